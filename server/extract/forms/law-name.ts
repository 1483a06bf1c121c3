// Law by name: a law, code, ordinance, constitution, charter or platform cited by its name, with or without
// its number after the name.
//
//   "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"          named
//   "Luật Thanh niên số 57/2020/QH14"                          name then number: one instrument
//   "Luật sửa đổi, bổ sung một số điều của Luật Đất đai"      a law named by what it amends
//   "Hiến pháp năm 2013", "Cương lĩnh chính trị"               the Constitution with its year; the Party's platform

import type { Doc, Mention, Range } from '../models.ts';
import { isUpperAt, tidy } from '../normalize.ts';
import { CATALOG_LAW_NAMES, KNOWN_LAW_NAMES } from '../law-names.ts';
import { predicateAt } from '../predicates.ts';
import { mention } from './mention.ts';
import { readNumbered } from './numbered.ts';
import type { KindWordForm } from './types.ts';

const NAME_WORD = /(?<sep>[ ]{1,2}|[ ]?\n[ ]?)(?<word>[a-z0-9]{1,12})(?![a-z0-9])/y;
/** Words that open a new line of their own, never the rest of a law's name broken across lines. */
const LINE_OPENERS = new Set(['dieu', 'chuong', 'muc', 'phan', 'can', 'theo', 'xet', 'so', 'nay', 'tai', 'nghi', 'quyet', 'quy', 'ket', 'chi', 'thong', 'ke', 'luat', 'phap', 'hien', 'cong', 'bo', 'ban', 'uy', 'chu', 'thu']);

/** End of `name` (folded, single spaces) read at `at` with any run of spaces or one line break between words; -1 if absent. */
function looseMatch(scan: string, at: number, name: string): number {
  let i = at;
  for (let j = 0; j < name.length; j++) {
    const c = name[j];
    if (c === ' ') {
      let n = 0;
      while (i < scan.length && (scan[i] === ' ' || scan[i] === '\n') && n < 3) { i++; n++; }
      if (n === 0) return -1;
    } else if (scan[i] === c) i++;
    else return -1;
  }
  return i;
}
// compared on the original words: folding would merge "đang" with "dạng", "do" with "đô", "từ" with "tư"
const NAME_STOPS = new Set([
  'của', 'và', 'về', 'được', 'đã', 'đang', 'sẽ', 'này', 'là', 'để', 'nhằm', 'cho', 'tại', 'trong', 'theo', 'với', 'hiện',
  'mới', 'các', 'những', 'cũng', 'đều', 'không', 'chưa', 'khi', 'nên', 'trên', 'dưới', 'vào', 'như', 'hoặc', 'hay', 'bởi',
  'phải', 'gồm', 'sửa', 'hướng', 'thì', 'ban', 'quy', 'có', 'từ', 'do', 'mà', 'vì', 'cần', 'số', 'ngày', 'năm', 'đó',
  // a term after the name ("Điều lệ Đảng Cộng sản Việt Nam khoá XI") and the sentence's verbs of saying
  'khóa', 'khoá', 'ghi', 'nêu', 'nói',
]);
const NEEDS_DIGIT_AFTER = new Set(['nam', 'ngay', 'so']);

/**
 * The name of a law cited without a number: "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015" → "Tổ chức Chính phủ".
 * Known names first (they may hold commas: "Luật Cán bộ, công chức"); otherwise capitalised first word, then words
 * until a function word, a date, punctuation or eight words.
 */
function readLawName(doc: Doc, afterKind: number, lower = false, acrossLine = false): Range | null {
  const { scan, text } = doc;
  // (an amended law's name may open the next line: "… một số điều của Luật⏎Tổ chức Chính phủ")
  if (scan[afterKind] !== ' ' && !(acrossLine && scan[afterKind] === '\n' && isUpperAt(text, afterKind + 1))) return null;
  const at = afterKind + 1;
  const firstWord = /^[a-z0-9]+/.exec(scan.slice(at, at + 12))?.[0];
  // a known name is one also when written in lower case ("Luật phòng chống bạo lực gia đình")
  for (const name of (firstWord && KNOWN_LAW_NAMES.get(firstWord)) || []) {
    const e = looseMatch(scan, at, name);
    if (e > 0 && !/[a-z0-9]/.test(scan[e] ?? '')) return { start: at, end: catalogNameEnd(doc, at, firstWord ?? '', e) };
  }
  if (!lower && !isUpperAt(text, at)) return null;
  let p = afterKind;
  let end = -1;
  for (let words = 0; words < 8; words++) {
    NAME_WORD.lastIndex = p;
    const w = NAME_WORD.exec(scan);
    if (!w) break;
    const sep = w[1] ?? '';
    if (words > 0 && sep.length !== 1 && !(sep.includes('\n') && sep.trim() === '')) break;
    const wStart = p + sep.length;
    const word = w[2] ?? '';
    if (/^\d/.test(word)) break;
    // a name broken across lines (a PDF's text layer): the next line goes on with it unless it opens a new part
    if (sep.includes('\n') && LINE_OPENERS.has(word)) break;
    // "… Luật Cư trú hết hiệu lực kể từ …": the clause's predicate is no part of the name
    if (words > 0 && !isUpperAt(text, wStart) && predicateAt(scan, wStart)) break;
    if (words > 0 && !isUpperAt(text, wStart) && NAME_STOPS.has(text.slice(wStart, wStart + word.length)) && !(word === 'ban' && scan.slice(wStart - 3, wStart) === 'uy ')) {
      if (word === 'va' && sep === ' ') {
        const joined = joinedNameEnd(doc, wStart + word.length);
        if (joined > 0) end = joined;
      }
      break;
    }
    if (words > 0 && NEEDS_DIGIT_AFTER.has(word) && /^[ ]\d/.test(scan.slice(wStart + word.length, wStart + word.length + 2))) break;
    p = wStart + word.length;
    end = p;
    if (scan[p] === ',' && words <= 1) {
      const pair = pairedNameEnd(doc, at, p);
      if (pair > 0) end = pair;
      break;
    }
    if (scan[p] !== ' ') break;
  }
  // a name the catalogue knows, when the generic reading stops short of it
  if (firstWord) end = catalogNameEnd(doc, at, firstWord, end);
  return end < 0 ? null : { start: at, end };
}

/**
 * The end of the longest name the catalogue knows at `at` that runs past `end` (a capital first, as a name is
 * written), else `end`: "Luật Đầu tư theo phương thức đối tác công tư" goes on where "Luật Đầu tư" would stop.
 */
function catalogNameEnd(doc: Doc, at: number, firstWord: string, end: number): number {
  const names = CATALOG_LAW_NAMES.get(firstWord);
  if (!names || !isUpperAt(doc.text, at)) return end;
  for (const name of names) {
    if (at + name.length <= end) break; // longest first: the rest are shorter still
    const e = looseMatch(doc.scan, at, name);
    if (e > end && !/[a-z0-9]/.test(doc.scan[e] ?? '')) return e;
  }
  return end;
}

/** After the second half of a paired name: a date, the clause's end, or the next item of a list. */
const PAIRED_END = /^(?:[ ]{1,2}(?:ngay|nam|so)[ ]{1,2}\d|[ ]{0,2}(?:[;)]|\n|\.(?:[ \n]|$)|$)|,[ ]{1,2}|[ ]va[ ]{1,2})/;

/**
 * "Luật Phòng, chống rửa tiền năm 2022", "Luật Quản lý, sử dụng tài sản công;": a name that opens with two coordinated
 * words ("phòng, chống", "quản lý, sử dụng") goes on after its comma in lower case, when the words after it run with
 * no function word up to a date or the end of the clause and do not repeat the name ("Luật Doanh nghiệp, doanh
 * nghiệp phải …" is a law and the subject of the next clause). Returns the end of the name, or -1.
 */
function pairedNameEnd(doc: Doc, at: number, comma: number): number {
  const { scan, text } = doc;
  if (scan[comma + 1] !== ' ' || isUpperAt(text, comma + 2)) return -1;
  const first = /^[a-z0-9]+/.exec(scan.slice(at, at + 12))?.[0];
  let p = comma + 1;
  let end = -1;
  for (let words = 0; words < 10; words++) {
    NAME_WORD.lastIndex = p;
    const w = NAME_WORD.exec(scan);
    if (!w || w[1] !== ' ') break;
    const wStart = p + 1;
    const word = w[2] ?? '';
    // ("việc …" opens a noun phrase of its own: "Luật Doanh nghiệp, việc phát hành …")
    if (/^\d/.test(word) || (words === 0 && (word === first || word === 'viec' || KIND_OPENERS.has(word)))) return -1;
    if (NAME_STOPS.has(text.slice(wStart, wStart + word.length)) || isUpperAt(text, wStart)) break;
    p = wStart + word.length;
    end = p;
    // a second pair inside the name: "… đầu tư vào sản xuất, kinh doanh …"
    if (scan[p] === ',' && scan[p + 1] === ' ' && !isUpperAt(text, p + 2)) p++;
    else if (scan[p] !== ' ') break;
  }
  return end > 0 && PAIRED_END.test(scan.slice(end, end + 8)) && !(scan[end] === ',' && !isUpperAt(text, end + 2)) ? end : -1;
}

/** Words that open another instrument's name: after "và" they start a second citation, never the rest of this name. */
const KIND_OPENERS = new Set(['luat', 'bo', 'phap', 'nghi', 'quyet', 'thong', 'chi', 'hien', 'dieu', 'quy', 'ket', 'huong', 'cac', 'nhung']);
const JOINED_END = /^(?:[ ]{1,2}(?:ngay|nam)[ ]{1,2}\d|[ ]{0,2}(?:;|\n|\.(?:[ \n]|$)|$))/;

/**
 * "Luật Tổ chức HĐND và UBND ngày 26/11/2003", "Pháp lệnh Khai thác và bảo vệ công trình thủy lợi;": a name goes on
 * through "và" when the words after it run, with no function word and no other instrument's kind, up to a date or
 * the end of the clause. Returns the end of the joined name, or -1.
 */
function joinedNameEnd(doc: Doc, afterVa: number): number {
  const { scan, text } = doc;
  let p = afterVa;
  let end = -1;
  for (let words = 0; words < 8; words++) {
    NAME_WORD.lastIndex = p;
    const w = NAME_WORD.exec(scan);
    if (!w || w[1] !== ' ') break;
    const wStart = p + 1;
    const word = w[2] ?? '';
    if (/^\d/.test(word)) break;
    if (words === 0 && KIND_OPENERS.has(word)) return -1;
    // ("… và Ủy ban nhân dân năm 2003": "ban" after "Ủy" is the body's name, not "ban hành")
    if (NAME_STOPS.has(text.slice(wStart, wStart + word.length)) && !(word === 'ban' && scan.slice(wStart - 3, wStart) === 'uy ')) break;
    p = wStart + word.length;
    end = p;
  }
  return end > 0 && JOINED_END.test(scan.slice(end, end + 8)) ? end : -1;
}

// (a PDF or a page may break the line anywhere in it: "… một số điều của Luật⏎Tổ chức Chính phủ …")
const AMENDING = /[ \n]{1,2}(?:sua doi,?[ \n]{1,2}bo sung|sua doi|bo sung)(?:[ \n]{1,2}mot[ \n]{1,2}so[ \n]{1,2}dieu)?[ \n]{1,2}cua[ \n]{1,2}(?<amended>bo luat|luat|phap lenh)(?![a-z0-9])/y;
const AMENDING_MORE = /[ \n]{0,2}(?:,|va)[ \n]{1,2}(?<amended>bo luat|luat|phap lenh)(?![a-z0-9])/y;

/**
 * "Luật sửa đổi, bổ sung một số điều của Luật Đất đai (và Luật …)": a law named by what it amends. Returns the
 * range of its name, "sửa đổi … Luật Đất đai", or null when what follows is no named law ("… của các luật …").
 */
function readAmending(doc: Doc, afterKind: number): Range | null {
  AMENDING.lastIndex = afterKind;
  const m = AMENDING.exec(doc.scan);
  if (!m || !isUpperAt(doc.text, afterKind + m[0].length - (m[1]?.length ?? 0))) return null;
  // older texts write the amended law's name in lower case: then only a number or a date after the names makes it one
  // ("Luật sửa đổi, bổ sung một số điều của Luật thuế giá trị gia tăng số 07/2003/QH11")
  const lower = !isUpperAt(doc.text, afterKind + m[0].length + 1);
  let name = readLawName(doc, afterKind + m[0].length, lower, true);
  if (!name) return null;
  let end = name.end;
  // (up to a dozen laws amended together: "… của Luật Chứng khoán, Luật Kế toán, …, Luật Xử lý vi phạm hành chính")
  for (let i = 0; i < 12; i++) {
    AMENDING_MORE.lastIndex = end;
    const more = AMENDING_MORE.exec(doc.scan);
    if (!more || (!lower && !isUpperAt(doc.text, end + more[0].length - (more[1]?.length ?? 0)))) break;
    name = readLawName(doc, end + more[0].length, lower, true);
    if (!name) break;
    end = name.end;
  }
  if (lower && !/^[ \n]{1,2}(?:so|nam|ngay)[ \n]{1,2}[0-9]/.test(doc.scan.slice(end, end + 12))) return null;
  return { start: afterKind + 1 + (doc.scan[afterKind + 1] === ' ' ? 1 : 0), end };
}

/**
 * The Party's platform, named in lower case: "Cương lĩnh chính trị (của Đảng)", "Cương lĩnh xây dựng đất nước trong
 * thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011)" (the year, when given, is the platform's).
 */
const PLATFORM = /[ ]{1,2}(?<name>chinh[ ]{1,2}tri|xay[ ]{1,2}dung[ ]{1,2}dat[ ]{1,2}nuoc[ ]{1,2}trong[ ]{1,2}thoi[ ]{1,2}ky[ ]{1,2}qua[ ]{1,2}do[ ]{1,2}len[ ]{1,2}chu[ ]{1,2}nghia[ ]{1,2}xa[ ]{1,2}hoi)(?![a-z0-9])/y;
const PLATFORM_YEAR = /[ ]{0,2}\([ ]{0,2}(?:bo[ ]{1,2}sung,?[ ]{1,2}phat[ ]{1,2}trien[ ]{1,2})?nam[ ]{1,2}(?<year>(?:19|20)\d{2})[ ]{0,2}\)/y;
function readPlatform(doc: Doc, kind: string, start: number, afterKind: number): Mention[] {
  PLATFORM.lastIndex = afterKind;
  const m = PLATFORM.exec(doc.scan);
  if (!m) return [];
  const titleRange = { start: afterKind + m[0].length - (m[1]?.length ?? 0), end: afterKind + m[0].length };
  const title = tidy(doc.text.slice(titleRange.start, titleRange.end));
  PLATFORM_YEAR.lastIndex = titleRange.end;
  const y = PLATFORM_YEAR.exec(doc.scan);
  const end = y ? titleRange.end + y[0].length : titleRange.end;
  return [mention('named', kind, { start, end }, { title, titleRange, ...(y ? { year: Number(y[1]) } : {}) })];
}

function readNamed(doc: Doc, kind: string, start: number, afterKind: number): Mention[] {
  if (kind === 'Hiến pháp') {
    // "Hiến pháp năm 2013": only with its year does the Constitution have an identity in our sense
    // (or by the State's name, the one Constitution in force when the text was written: "Căn cứ Hiến pháp nước
    // Cộng hòa xã hội chủ nghĩa Việt Nam;")
    const state = /^[ \n]{1,2}nuoc[ \n]{1,2}cong[ \n]{1,2}hoa[ \n]{1,2}xa[ \n]{1,2}hoi[ \n]{1,2}chu[ \n]{1,2}nghia[ \n]{1,2}viet[ \n]{1,2}nam(?![a-z])/.exec(doc.scan.slice(afterKind, afterKind + 60));
    const from = afterKind + (state?.[0].length ?? 0);
    const y = /^[ ]{1,2}(?:nam[ ]{1,2})?((?:19|20)\d{2})(?!\d)/.exec(doc.scan.slice(from, from + 12));
    if (!y && state) return [mention('named', kind, { start, end: from }, {})];
    if (!y) return [];
    // "các bản Hiến pháp năm 1946, 1959, 1980, 1992 và năm 2013": one constitution a year, sharing the span
    const years = [Number(y[1])];
    let end = from + y[0].length;
    for (let i = 0; i < 8; i++) {
      const more = /^(?:[ ]{0,2},[ ]{1,2}|[ ]{1,2}va[ ]{1,2})(?:nam[ ]{1,2})?((?:19|20)\d{2})(?![\d/])/.exec(doc.scan.slice(end, end + 16));
      if (!more) break;
      years.push(Number(more[1]));
      end += more[0].length;
    }
    if (years.length === 1) return [mention('named', kind, { start, end }, { year: years[0] })];
    return years.map((year) => mention('named', kind, { start, end }, { year, listSize: years.length }));
  }
  if (kind === 'Cương lĩnh') return readPlatform(doc, kind, start, afterKind);
  const amending = readAmending(doc, afterKind);
  if (amending) {
    const title = tidy(doc.text.slice(amending.start, amending.end));
    const withNumber = numberAfterName(doc, kind, start, amending);
    if (withNumber) {
      withNumber.title = title.charAt(0).toUpperCase() + title.slice(1);
      return [withNumber];
    }
    return [mention('named', kind, { start, end: amending.end }, { title: title.charAt(0).toUpperCase() + title.slice(1), titleRange: amending })];
  }
  // (an amended law after "một số điều của" may open the next line: "… một số điều của Luật⏎Tổ chức Chính phủ")
  let name = readLawName(doc, afterKind, false, /(?:mot[ ]so[ ]dieu|sua[ ]doi|bo[ ]sung)[ ]cua[ ]$/.test(doc.scan.slice(Math.max(0, start - 20), start)));
  if (!name) {
    // older texts write the name in lower case ("Luật thuế tiêu thụ đặc biệt số 05/1998/QH10", "Luật tổ chức Chính
    // phủ 2015"): only its number or its year makes it a citation
    name = readLawName(doc, afterKind, true);
    // ("Luật này thay thế Luật …": a function word first is no name)
    if (!name || NAME_STOPS.has(doc.text.slice(name.start, name.end).split(/[^\p{L}]/u, 1)[0] ?? '')) return [];
    // (or its date: "Luật thuế tiêu thụ đặc biệt ngày 30 tháng 6 năm 1990")
    const year = /^[ ]{1,2}(?:(?:nam[ ]{1,2})?(?:19|20)\d\d(?![\d/.,-]\d)|ngay[ ]{1,2}\d{1,2}(?:[ ]{1,2}thang[ ]{1,2}|[/-])\d{1,2}(?:[ ]{1,2}nam[ ]{1,2}|[/-])(?:19|20)\d\d)/.test(doc.scan.slice(name.end, name.end + 30));
    if (!year && !numberAfterName(doc, kind, start, name) && !articlesOf(doc, start, name)) return [];
  }
  const written = tidy(doc.text.slice(name.start, name.end));
  // "Điều lệ Đảng Cộng sản Việt Nam" is "Điều lệ Đảng": the Party's full name names the same charter
  const title = kind === 'Điều lệ' && /^dang[ \n]{1,2}cong[ \n]{1,2}san[ \n]{1,2}viet[ \n]{1,2}nam$/.test(doc.scan.slice(name.start, name.end))
    ? 'Đảng'
    : written.charAt(0).toUpperCase() + written.slice(1);
  const m = numberAfterName(doc, kind, start, name);
  if (m) {
    m.title = title;
    return [m];
  }
  return [mention('named', kind, { start, end: name.end }, { title, titleRange: name })];
}

const ARTICLES_OF = /(?:mot[ ]{1,2}so[ ]{1,2}dieu|cac[ ]{1,2}dieu|dieu[ ]{1,2}[0-9]{1,3}|huong[ ]{1,2}dan)[ \n]{1,2}(?:cua[ \n]{1,2})?$/;

/**
 * "quy định chi tiết một số điều của Luật bảo hiểm xã hội", "hướng dẫn Pháp lệnh khai thác …": a capitalised
 * kind whose articles are detailed names a law even when its name is written in lower case.
 */
function articlesOf(doc: Doc, start: number, name: Range): boolean {
  if (!isUpperAt(doc.text, start) || NAME_STOPS.has(doc.text.slice(name.start, Math.min(name.end, name.start + 12)).split(/[^\p{L}]/u, 1)[0] ?? '')) return false;
  return ARTICLES_OF.test(doc.scan.slice(Math.max(0, start - 30), start));
}

/** "Luật Tổ chức Chính phủ số 76/2015/QH13", "Luật Thanh niên số 57/2020/QH14": a named law that also gives its number. */
export function numberAfterName(doc: Doc, kind: string, start: number, name: Range): Mention | null {
  if (!/^[ \n]{1,2}(so|no)/.test(doc.scan.slice(name.end, name.end + 5))) return null;
  const full = readNumbered(doc, kind, start, name.end, true).filter((m) => m.form === 'full');
  if (full.length !== 1) return null;
  const m = full[0] as Mention;
  m.titleRange = name;
  return m;
}

/**
 * "Luật sửa đổi, bổ sung … của Luật Quản lý thuế số 21/2012/QH12": the number closes the amending law's name;
 * the amended law read inside it with the same number and end is cited by its name only. `mentions` are sorted.
 */
function settleAmendedNames(mentions: Mention[]): void {
  const outerEnd = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.number === null || m.form !== 'full') continue;
    const outer = outerEnd.get(m.end);
    if (outer && outer.start < m.start && outer.number === m.number && m.titleRange) {
      Object.assign(m, { form: 'named', number: null, symbol: null, codes: [], symbolYear: null, listSize: 1, end: m.titleRange.end, extentEnd: m.titleRange.end });
      continue;
    }
    outerEnd.set(m.end, m);
  }
}

export const lawName: KindWordForm = {
  name: 'law-name',
  summary: 'a law, code, ordinance or the Constitution by its name, with or without its number: "Luật Đất đai năm 2013"',
  trigger: 'kind-word',
  patterns: { NAME_WORD, AMENDING, AMENDING_MORE, PLATFORM, PLATFORM_YEAR, ARTICLES_OF, JOINED_END },
  examples: [
    { text: 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', mentions: [{ kind: 'Luật', form: 'named', title: 'Tổ chức Chính phủ' }] },
    { text: 'Căn cứ Luật Thanh niên số 57/2020/QH14;', mentions: [{ kind: 'Luật', form: 'full', number: '57', symbol: '2020/QH14', title: 'Thanh niên' }] },
    { text: 'Căn cứ Luật Tổ chức\nChính phủ số 76/2015/QH13;', mentions: [{ kind: 'Luật', number: '76', title: 'Tổ chức Chính phủ' }] },
    {
      text: 'Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Đất đai.',
      mentions: [{ kind: 'Luật', form: 'named', title: 'Sửa đổi, bổ sung một số điều của Luật Đất đai' }, { kind: 'Luật', form: 'named', title: 'Đất đai' }],
    },
    { text: 'Các quy định của Hiến pháp năm 2013 được bảo đảm.', mentions: [{ kind: 'Hiến pháp', form: 'named', year: 2013 }] },
    { text: 'Kiên định Cương lĩnh chính trị của Đảng.', mentions: [{ kind: 'Cương lĩnh', form: 'named', title: 'chính trị' }] },
    { text: 'Bộ luật Hình sự năm 2015 có hiệu lực từ năm 2018.', mentions: [{ kind: 'Bộ luật', form: 'named', title: 'Hình sự' }] },
    { text: 'Theo Luật MTTQ Việt Nam năm 2015, mặt trận giám sát.', mentions: [{ kind: 'Luật', form: 'named', title: 'MTTQ Việt Nam' }] },
    { text: 'Luật Đất đai năm 2013 quy định khác với năm 2003.', mentions: [{ kind: 'Luật', form: 'named', title: 'Đất đai' }] },
    // a name that opens with two coordinated words goes on after its comma, up to a date or the clause's end
    { text: 'Luật Phòng, chống mua bán người năm 2024 có hiệu lực.', mentions: [{ kind: 'Luật', form: 'named', title: 'Phòng, chống mua bán người' }] },
    { text: 'Theo Luật Hộ tịch, công dân phải đăng ký.', mentions: [{ kind: 'Luật', form: 'named', title: 'Hộ tịch' }] },
    { text: 'Theo Luật Thương mại, thương nhân phải đăng ký.', mentions: [{ kind: 'Luật', form: 'named', title: 'Thương mại' }] },
    // "và" inside the name when no function word or other kind follows it before the end of the clause
    { text: 'Căn cứ Pháp lệnh Khai thác và bảo vệ công trình thủy lợi;', mentions: [{ kind: 'Pháp lệnh', form: 'named', title: 'Khai thác và bảo vệ công trình thủy lợi' }] },
  ],
  read: (at) => (at.info?.named && at.capitalised ? readNamed(at.doc, at.kind, at.start, at.afterKind) : []),
  settle: settleAmendedNames,
};
