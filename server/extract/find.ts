// Stage 2: find. Locates every citation and reads its core — kind, number(s), symbol — or, for instruments
// without a number, the conference, congress or name that identifies them. Attributes that follow the core
// (date, issuer, title) are read by parse.ts.
//
//   "Quy định số 213-QĐ/TW"                      full: kind + number + symbol
//   "Nghị quyết số 18, 19-NQ/TW"                 full, a list: two mentions
//   "Quy định 213", "Chỉ thị 05"                 short: symbol to be found elsewhere (resolve.ts)
//   "… và 08-QĐi/TW", "Số: 10/2016/NĐ-CP"        bare: no kind word; kind from the list or the code
//   "Nghị quyết Hội nghị Trung ương 4, 5 khóa XIII"   conference: two mentions
//   "Nghị quyết Đại hội XIII của Đảng"           congress
//   "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"   named
//   "Regulation No. 213-QD/TW", "Decree No. 30/2020/ND-CP"   English renderings, Vietnamese kind and symbol

import { fold } from '../text/fold.ts';
import { intToRoman, matchDateAt } from '../text/dates.ts';
import type { Doc, Mention, MentionForm, Range } from './models.ts';
import { isUpperAt, tidy } from './normalize.ts';
import {
  CODE_KIND, CONFERENCE, EN_CONGRESS, EN_PLENUM, enOrdinalValue, ENGLISH_KINDS, KINDS, KIND_ANCHOR, NUMBER, NUMBER_INTRO, NUMBER_MORE, ordinalValue,
  SEGMENT_CANON, SEGMENT_SEP, SYMBOL_SEGMENT, SYMBOL_SEP, SYMBOL_YEAR,
} from './patterns.ts';
import { KNOWN_LAW_NAMES, englishAmendingName } from './law-names.ts';

export interface SymbolRead {
  end: number;
  symbol: string;
  codes: string[];
  year: number | null;
}

/** A code segment as the original writes it must look like a code: "QĐ", "QĐi", "TTg", "NĐ", "QH13"; not "Bộ", "Ban". */
function codeLike(code: string, loose: boolean, lenient: boolean): boolean {
  const orig = code.replace(/TƯ/g, 'TW'); // "BTVTƯĐ": the centre inside a longer code
  if (orig.length < 2 || !/^[A-Za-zĐđ][A-Za-zĐđ0-9]*$/.test(orig)) return false;
  let upper = 0;
  let lower = 0;
  for (const ch of orig) {
    if (ch >= '0' && ch <= '9') continue;
    if (ch === ch.toUpperCase()) upper++;
    else lower++;
  }
  if (lower === 0) return true;
  if (upper === 0) return !loose || lenient; // "nq/tw" in a lower-case text, never with stray spaces
  return upper >= 2 && lower <= 2;
}

/** "TƯ" (Trung ương) as a symbol segment: folding makes it "tu", the code of a provincial Party committee. */
function isCentre(orig: string): boolean {
  return orig === 'TƯ';
}

function canonSegment(folded: string, orig: string): string {
  if (/[đĐ]/.test(orig)) return SEGMENT_CANON[folded] ?? orig.toUpperCase().replace('ĐI', 'Đi');
  return SEGMENT_CANON[folded] ?? orig.toUpperCase();
}

/**
 * Reads a symbol starting at `pos`, right after a number: "-QĐ/TW", "/2020/NĐ-CP", "- QĐ/TW", "/QĐ-TTg".
 * The symbol is returned in canonical form without the number ("QĐ/TW", "2020/NĐ-CP").
 */
export function readSymbol(doc: Doc, pos: number): SymbolRead | null {
  const { scan, text } = doc;
  SYMBOL_SEP.lastIndex = pos;
  const sep = SYMBOL_SEP.exec(scan);
  if (!sep) return null;
  let p = pos + sep[0].length;
  let loose = (sep[1] ?? '') !== '' || (sep[3] ?? '') !== '';
  let year: number | null = null;
  let out = '';
  SYMBOL_YEAR.lastIndex = p;
  const y = sep[2] === '/' ? SYMBOL_YEAR.exec(scan) : null;
  if (y) {
    year = Number(y[1]);
    out = `${y[1]}${y[3]}`;
    p += y[0].length;
    loose ||= (y[2] ?? '') !== '' || (y[4] ?? '') !== '';
  }
  const codes: string[] = [];
  for (let i = 0; i < 6; i++) {
    SYMBOL_SEGMENT.lastIndex = p;
    const seg = SYMBOL_SEGMENT.exec(scan);
    if (!seg) break;
    // (the centre inside a longer code is TW too: "NQ/BTVTƯĐ" is "NQ/BTVTWĐ")
    const written = text.slice(p, p + seg[0].length);
    const inner = codes.length > 0 && written.length > 2 && written.includes('TƯ');
    const orig = inner ? written.replace(/TƯ/g, 'TW') : written;
    const folded = inner ? seg[0].replace(/tu/g, 'tw') : seg[0];
    // "QĐ/TƯ", "KL/T.Ư": the centre written with its Vietnamese letter is the same TW
    const centre = codes.length > 0 && isCentre(orig);
    // an old law's one-letter type code: "23-L/CTN" (Luật, promulgated by the President's order)
    const letter = codes.length === 0 && /^[A-Z]$/.test(orig) && scan[p + 1] === '/';
    if (!centre && !letter && !codeLike(orig, loose, doc.lenient)) break;
    out += centre ? 'TW' : canonSegment(folded, orig);
    codes.push(centre ? 'tw' : folded);
    p += seg[0].length;
    SEGMENT_SEP.lastIndex = p;
    const s2 = SEGMENT_SEP.exec(scan);
    if (!s2) break;
    // "QC-TT.HĐND-UBND": a dot joins two codes only when nothing stands around it
    if (s2[2] === '.' && s2[0] !== '.') break;
    SYMBOL_SEGMENT.lastIndex = p + s2[0].length;
    const next = SYMBOL_SEGMENT.exec(scan);
    if (!next) break;
    const nextOrig = text.slice(p + s2[0].length, p + s2[0].length + next[0].length);
    const looseHere = (s2[1] ?? '') !== '' || (s2[3] ?? '') !== '';
    if (!isCentre(nextOrig) && !codeLike(nextOrig, loose || looseHere, doc.lenient)) break;
    out += s2[2];
    p += s2[0].length;
  }
  if (codes.length === 0) return null;
  return { end: p, symbol: out, codes, year };
}

/** Kind implied by a symbol's codes, when no kind word is written: "NĐ-CP" → Nghị định, "QĐ-TTg" → Quyết định. */
export function kindFromCodes(codes: string[], year: number | null): string | null {
  const [type, issuer] = codes;
  if (!type) return null;
  if (CODE_KIND[type]) return CODE_KIND[type] ?? null;
  const state = year !== null || (issuer !== undefined && !/^(tw|tu|hu|qu|du|[a-z]*tw)$/.test(issuer));
  if (type === 'qd' && state) return 'Quyết định';
  if (type === 'tt' && state) return 'Thông tư';
  if (type === 'tt') return 'Thông tri';
  if (/^qh\d+$/.test(type) && year !== null && codes.length === 1) return 'Luật';
  return null;
}

const UNIT_AFTER_NUMBER = /[ ]{1,2}(?:nam|thang|ngay|nguoi|lan|diem|noi dung|van de|muc|dieu|khoan|chuong|trang|%)(?![a-z])|%/y;
const SELF_AFTER_KIND = /[ ]{1,2}nay(?![a-z0-9])/y;

let nextId = 0;

function mention(form: MentionForm, kind: string, range: Range, over: Partial<Mention> = {}): Mention {
  return {
    id: nextId++, form, kind, start: range.start, end: range.end, number: null, symbol: null, codes: [], symbolYear: null,
    extentEnd: range.end, issuedOn: null, year: null, issuer: null, issuerPlace: null, issuerLevel: null, title: null,
    titleRange: null, conference: null, conferenceNo: null, term: null, local: false, jurisdiction: null, listSize: 1,
    nestedIn: null, aliasConference: null, listPrev: null, self: false, ...over,
  };
}

function termOf(raw: string | undefined): string | null {
  if (!raw) return null;
  return /^\d+$/.test(raw) ? intToRoman(Number(raw)) : raw.toUpperCase();
}


/** Reads numbers then a symbol after a kind word. Returns the mentions, or [] when no number follows. */
function readNumbered(doc: Doc, kind: string, start: number, afterKind: number, capitalised: boolean): Mention[] {
  const { scan } = doc;
  NUMBER_INTRO.lastIndex = afterKind;
  const intro = NUMBER_INTRO.exec(scan);
  let p = afterKind + (intro?.[0].length ?? 0);
  const hadSo = (intro?.[0] ?? '').trim() !== '';
  if (!hadSo && p === afterKind) return [];
  if (!hadSo) {
    // "Quy định 213": a single space, then the number
    if (!/^[ \n]{1,3}$/.test(scan.slice(afterKind, p))) return [];
  }
  const numbers: { value: string; at: number }[] = [];
  NUMBER.lastIndex = p;
  const first = NUMBER.exec(scan);
  if (!first) return [];
  numbers.push({ value: doc.text.slice(p, p + (first[1]?.length ?? 0)), at: p });
  p += first[0].length;
  for (let i = 0; i < 30; i++) {
    NUMBER_MORE.lastIndex = p;
    const more = NUMBER_MORE.exec(scan);
    if (!more) break;
    const at = p + more[0].length - (more[1]?.length ?? 0);
    numbers.push({ value: doc.text.slice(at, at + (more[1]?.length ?? 0)), at });
    p += more[0].length;
  }
  const sym = readSymbol(doc, p);
  if (sym) {
    const range = { start, end: sym.end };
    return numbers.map((n) =>
      mention('full', kind, range, { number: n.value, symbol: sym.symbol, codes: sym.codes, symbolYear: sym.year, listSize: numbers.length }),
    );
  }
  // A short form: "Quy định 213", "Nghị quyết số 11". Lower-case kind words are common nouns ("các quy định 2 năm")
  // unless "số" makes them specific; numbers followed by a unit ("Kết luận 3 nội dung") are counts, not citations.
  if (!capitalised && !hadSo && !doc.lenient) return [];
  const firstEnd = numbers[0] ? numbers[0].at + numbers[0].value.length : p;
  UNIT_AFTER_NUMBER.lastIndex = firstEnd;
  if (UNIT_AFTER_NUMBER.test(scan)) return [];
  // "Nghị định 145/2020": a number and the year with the symbol's codes left out is an abbreviated citation
  const abbreviated = numbers.length === 1 ? /^\/((?:19|20)\d\d)(?![0-9a-z]|[/-][a-z0-9])/.exec(scan.slice(p, p + 8)) : null;
  if (abbreviated) return [mention('short', kind, { start, end: p + abbreviated[0].length }, { number: numbers[0]?.value ?? null, year: Number(abbreviated[1]) })];
  if (/^[/.,-]\d/.test(scan.slice(p, p + 2))) return [];
  const range = { start, end: p };
  return numbers.map((n) => mention('short', kind, range, { number: n.value, listSize: numbers.length }));
}

/** "Nghị quyết Hội nghị Trung ương 4, 5, 6, 7, 8 khóa XIII" → five mentions; "Trung ương 4" alone is fine too. */
function readConference(doc: Doc, kind: string, start: number, afterKind: number): Mention[] {
  CONFERENCE.lastIndex = afterKind;
  const m = CONFERENCE.exec(doc.scan);
  if (!m) return [];
  const nums: number[] = [];
  if (m[1]) {
    const n = ordinalValue(m[1]);
    if (n !== null) nums.push(n);
  }
  const list = m[2] ?? m[3];
  if (list) {
    const n = ordinalValue(list);
    if (n !== null) nums.push(n);
    else for (const d of list.match(/\d{1,2}/g) ?? []) nums.push(Number(d));
  }
  if (nums.length === 0) return [];
  // a term is written in capitals ("khóa XIII"); "khóa vi…" in lower case is some other word
  const origTail = doc.text.slice(afterKind, afterKind + m[0].length);
  const terms = (m[4] ?? '').split(',').map((t) => t.trim()).filter((t) => t && (/^\d/.test(t) || origTail.includes(t.toUpperCase()))).map(termOf);
  if (terms.length === 0) terms.push(null);
  const range = { start, end: afterKind + m[0].length };
  const out: Mention[] = [];
  for (const n of new Set(nums)) {
    for (const term of terms) out.push(mention('conference', kind, range, { conference: `Hội nghị Trung ương ${n}`, conferenceNo: n, term, listSize: nums.length * terms.length }));
  }
  return out;
}

const EN_OF = /[ \n]{1,3}(?:of|adopted[ \n]{1,3}(?:at|by)|by)[ \n]{1,3}/y;

/** "Resolution of the 4th plenum of the 13th Party Central Committee", "… of the 13th National Party Congress". */
function readEnglishConference(doc: Doc, kind: string, start: number, afterKind: number): Mention[] {
  EN_OF.lastIndex = afterKind;
  const of = EN_OF.exec(doc.scan);
  if (!of) return [];
  const at = afterKind + of[0].length;
  EN_PLENUM.lastIndex = at;
  const p = EN_PLENUM.exec(doc.scan);
  if (p) {
    const no = enOrdinalValue(p[1], p[2]);
    const t = enOrdinalValue(p[3], p[4]);
    if (no === null) return [];
    const term = t === null ? null : intToRoman(t);
    return [mention('conference', kind, { start, end: at + p[0].length }, { conference: `Hội nghị Trung ương ${no}`, conferenceNo: no, term, listSize: 1 })];
  }
  EN_CONGRESS.lastIndex = at;
  const c = EN_CONGRESS.exec(doc.scan);
  const n = c ? enOrdinalValue(c[1], c[2]) : null;
  if (!c || n === null) return [];
  const term = intToRoman(n);
  return [mention('congress', kind, { start, end: at + c[0].length }, { conference: `Đại hội ${term}`, term, local: false, jurisdiction: null })];
}

const CONGRESS_HEAD = /[ \n]{1,3}(?:cua[ \n]{1,3})?dai[ \n]{1,3}hoi(?![a-z0-9])/y;
const CONGRESS_TOKEN = /[ \n]{1,3}(dai bieu|toan quoc|dang bo|dang|lan thu|tinh|thanh pho|huyen|quan|thi xa|([ivxl]{1,7}|\d{1,2})(?![a-z0-9])|([a-z]{1,7}))(?![a-z0-9])/y;

const TERM_MORE = /^(?:[ ]{0,2},[ ]{1,2}|[ ]{1,2}va[ ]{1,2})([ivxl]{1,7})(?![a-z0-9])/;
/** "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII", "Đại hội Đảng bộ tỉnh lần thứ XV". */
function readCongress(doc: Doc, kind: string, start: number, afterKind: number): Mention[] {
  CONGRESS_HEAD.lastIndex = afterKind;
  const head = CONGRESS_HEAD.exec(doc.scan);
  if (!head) return [];
  let p = afterKind + head[0].length;
  let local = false;
  let unit: string | null = null;
  const place: string[] = [];
  for (let i = 0; i < 10; i++) {
    CONGRESS_TOKEN.lastIndex = p;
    const t = CONGRESS_TOKEN.exec(doc.scan);
    if (!t) return [];
    const tokStart = p + t[0].length - (t[1]?.length ?? 0);
    p += t[0].length;
    if (t[2]) {
      // a term must be written in capitals ("XIII"), so "Đại hội vi…" is not read as a number
      if (!/^\d/.test(t[2]) && !isUpperAt(doc.text, tokStart)) return [];
      // "lần thứ X, XI": one resolution per congress of the list
      const terms = [termOf(t[2]) as string];
      for (let more = TERM_MORE.exec(doc.scan.slice(p, p + 16)); more && terms.length < 6; more = TERM_MORE.exec(doc.scan.slice(p, p + 16))) {
        const at = p + more[0].length - (more[1]?.length ?? 0);
        if (!isUpperAt(doc.text, at)) break;
        terms.push(termOf(more[1]) as string);
        p += more[0].length;
      }
      return terms.map((term) => {
        const conference = local ? `Đại hội Đảng bộ ${unit ?? ''}${place.length ? ' ' + place.join(' ') : ''} ${term}`.replace(/\s+/g, ' ') : `Đại hội ${term}`;
        return mention('congress', kind, { start, end: p }, { conference, term, local, jurisdiction: place.length ? place.join(' ') : null, listSize: terms.length });
      });
    }
    const word = (t[1] ?? '').replace(/[ \n]+/g, ' ');
    if (word === 'dang bo') local = true;
    else if (['tinh', 'thanh pho', 'huyen', 'quan', 'thi xa'].includes(word)) unit = doc.text.slice(tokStart, p);
    else if (t[3]) {
      if (!local || !isUpperAt(doc.text, tokStart)) return [];
      place.push(doc.text.slice(tokStart, p));
    }
  }
  return [];
}

const NAME_WORD = /([ ]{1,2}|[ ]?\n[ ]?)([a-z0-9]{1,12})(?![a-z0-9])/y;
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
]);
const NEEDS_DIGIT_AFTER = new Set(['nam', 'ngay', 'so']);

/**
 * The name of a law cited without a number: "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015" → "Tổ chức Chính phủ".
 * Known names first (they may hold commas: "Luật Cán bộ, công chức"); otherwise capitalised first word, then words
 * until a function word, a date, punctuation or eight words.
 */
function readLawName(doc: Doc, afterKind: number, lower = false): Range | null {
  const { scan, text } = doc;
  if (scan[afterKind] !== ' ') return null;
  const at = afterKind + 1;
  const firstWord = /^[a-z0-9]+/.exec(scan.slice(at, at + 12))?.[0];
  // a known name is one also when written in lower case ("Luật phòng chống bạo lực gia đình")
  for (const name of (firstWord && KNOWN_LAW_NAMES.get(firstWord)) || []) {
    const e = looseMatch(scan, at, name);
    if (e > 0 && !/[a-z0-9]/.test(scan[e] ?? '')) return { start: at, end: e };
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
    if (words > 0 && !isUpperAt(text, wStart) && NAME_STOPS.has(text.slice(wStart, wStart + word.length))) {
      if (word === 'va' && sep === ' ') {
        const joined = joinedNameEnd(doc, wStart + word.length);
        if (joined > 0) end = joined;
      }
      break;
    }
    if (words > 0 && NEEDS_DIGIT_AFTER.has(word) && /^[ ]\d/.test(scan.slice(wStart + word.length, wStart + word.length + 2))) break;
    p = wStart + word.length;
    end = p;
    if (scan[p] !== ' ') break;
  }
  return end < 0 ? null : { start: at, end };
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
    if (NAME_STOPS.has(text.slice(wStart, wStart + word.length))) break;
    p = wStart + word.length;
    end = p;
  }
  return end > 0 && JOINED_END.test(scan.slice(end, end + 8)) ? end : -1;
}

const AMENDING = /[ ]{1,2}(?:sua doi,?[ ]{1,2}bo sung|sua doi|bo sung)(?:[ ]{1,2}mot[ ]{1,2}so[ ]{1,2}dieu)?[ ]{1,2}cua[ ]{1,2}(bo luat|luat|phap lenh)(?![a-z0-9])/y;
const AMENDING_MORE = /[ ]{0,2}(?:,|va)[ ]{1,2}(bo luat|luat|phap lenh)(?![a-z0-9])/y;

/**
 * "Luật sửa đổi, bổ sung một số điều của Luật Đất đai (và Luật …)": a law named by what it amends. Returns the
 * range of its name, "sửa đổi … Luật Đất đai", or null when what follows is no named law ("… của các luật …").
 */
function readAmending(doc: Doc, afterKind: number): Range | null {
  AMENDING.lastIndex = afterKind;
  const m = AMENDING.exec(doc.scan);
  if (!m || !isUpperAt(doc.text, afterKind + m[0].length - (m[1]?.length ?? 0))) return null;
  let name = readLawName(doc, afterKind + m[0].length);
  if (!name) return null;
  let end = name.end;
  for (let i = 0; i < 6; i++) {
    AMENDING_MORE.lastIndex = end;
    const more = AMENDING_MORE.exec(doc.scan);
    if (!more || !isUpperAt(doc.text, end + more[0].length - (more[1]?.length ?? 0))) break;
    name = readLawName(doc, end + more[0].length);
    if (!name) break;
    end = name.end;
  }
  return { start: afterKind + 1 + (doc.scan[afterKind + 1] === ' ' ? 1 : 0), end };
}

/**
 * The Party's platform, named in lower case: "Cương lĩnh chính trị (của Đảng)", "Cương lĩnh xây dựng đất nước trong
 * thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011)" (the year, when given, is the platform's).
 */
const PLATFORM = /[ ]{1,2}(chinh[ ]{1,2}tri|xay[ ]{1,2}dung[ ]{1,2}dat[ ]{1,2}nuoc[ ]{1,2}trong[ ]{1,2}thoi[ ]{1,2}ky[ ]{1,2}qua[ ]{1,2}do[ ]{1,2}len[ ]{1,2}chu[ ]{1,2}nghia[ ]{1,2}xa[ ]{1,2}hoi)(?![a-z0-9])/y;
const PLATFORM_YEAR = /[ ]{0,2}\([ ]{0,2}(?:bo[ ]{1,2}sung,?[ ]{1,2}phat[ ]{1,2}trien[ ]{1,2})?nam[ ]{1,2}((?:19|20)\d{2})[ ]{0,2}\)/y;
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
    return [mention('named', kind, { start, end: from + y[0].length }, { year: Number(y[1]) })];
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
  let name = readLawName(doc, afterKind);
  if (!name) {
    // older texts write the name in lower case ("Luật thuế tiêu thụ đặc biệt số 05/1998/QH10", "Luật tổ chức Chính
    // phủ 2015"): only its number or its year makes it a citation
    name = readLawName(doc, afterKind, true);
    if (!name) return [];
    const year = /^[ ]{1,2}(?:nam[ ]{1,2})?(?:19|20)\d\d(?![\d/.,-]\d)/.test(doc.scan.slice(name.end, name.end + 10));
    if (!year && !numberAfterName(doc, kind, start, name) && !articlesOf(doc, start, name)) return [];
  }
  const written = tidy(doc.text.slice(name.start, name.end));
  const title = written.charAt(0).toUpperCase() + written.slice(1);
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
function numberAfterName(doc: Doc, kind: string, start: number, name: Range): Mention | null {
  if (!/^[ \n]{1,2}(so|no)/.test(doc.scan.slice(name.end, name.end + 5))) return null;
  const full = readNumbered(doc, kind, start, name.end, true).filter((m) => m.form === 'full');
  if (full.length !== 1) return null;
  const m = full[0] as Mention;
  m.titleRange = name;
  return m;
}

const BARE = /(?<![a-z0-9/.,:-])(\d{1,5})[ ]?[-/][ ]?(?:(?:19|20)\d\d[ ]?[-/][ ]?)?[a-z]/g;
const LIST_BEFORE = /[ \n]{0,2}(?:,|;|va|and|&)[ \n]{1,3}$/;
const HEADER_BEFORE = /(?:^|\n)[ ]{0,8}(?:so|no\.?|number)[ ]{0,3}:?[ ]{0,3}$/;

/** Finds every citation core in the text. */
export function findMentions(doc: Doc): Mention[] {
  const { scan, text } = doc;
  const out: Mention[] = [];
  const selfRefs: Mention[] = [];
  KIND_ANCHOR.lastIndex = 0;
  for (let m = KIND_ANCHOR.exec(scan); m; m = KIND_ANCHOR.exec(scan)) {
    const start = m.index;
    const afterKind = start + m[0].length;
    const word = (m[1] ?? '').replace(/[ \n]+/g, ' ');
    const capitalised = isUpperAt(text, start);
    const english = ENGLISH_KINDS[word];
    const info = KINDS[word];
    if (english !== undefined && !capitalised) continue;
    const kind = english ?? info?.display ?? '';
    if (!kind) continue;
    let found = readNumbered(doc, kind, start, afterKind, capitalised);
    if (found.length === 0 && info?.conference && capitalised) {
      found = readConference(doc, kind, start, afterKind);
      if (found.length === 0) found = readCongress(doc, kind, start, afterKind);
    }
    if (found.length === 0 && info?.named && capitalised) found = readNamed(doc, kind, start, afterKind);
    if (found.length === 0 && english === 'Nghị quyết') found = readEnglishConference(doc, kind, start, afterKind);
    if (found.length === 0 && english !== undefined && (word === 'law' || word === 'ordinance')) found = readEnglishLaw(doc, kind, start, afterKind);
    if (found.length === 0 && english !== undefined && /(?:^|[^a-z])this[ ]$/.test(scan.slice(Math.max(0, start - 6), start))) {
      // "This Decision replaces …": the document itself, in English
      selfRefs.push(mention('short', kind, { start: start - 5, end: afterKind }, { self: true }));
      continue;
    }
    if (found.length === 0 && capitalised) {
      SELF_AFTER_KIND.lastIndex = afterKind;
      const s = SELF_AFTER_KIND.exec(scan);
      if (s && text.slice(afterKind, afterKind + s[0].length).includes('này')) {
        selfRefs.push(mention('short', kind, { start, end: afterKind + s[0].length }, { self: true }));
      }
    }
    out.push(...found);
  }
  out.push(...findBare(doc, out));
  out.push(...selfRefs);
  out.sort((a, b) => a.start - b.start || a.id - b.id);
  // "Luật sửa đổi, bổ sung … của Luật Quản lý thuế số 21/2012/QH12": the number closes the amending law's name;
  // the amended law read inside it with the same number and end is cited by its name only
  const outerEnd = new Map<number, Mention>();
  for (const m of out) {
    if (m.number === null || m.form !== 'full') continue;
    const outer = outerEnd.get(m.end);
    if (outer && outer.start < m.start && outer.number === m.number && m.titleRange) {
      Object.assign(m, { form: 'named', number: null, symbol: null, codes: [], symbolYear: null, listSize: 1, end: m.titleRange.end, extentEnd: m.titleRange.end });
      continue;
    }
    outerEnd.set(m.end, m);
  }
  return out;
}

/** Symbols written without a kind word: list continuations ("37-QĐ/TW và 08-QĐi/TW") and document headers ("Số: 10/2016/NĐ-CP"). */
function findBare(doc: Doc, found: Mention[]): Mention[] {
  const { scan } = doc;
  const covered = found.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
  const inCore = (pos: number): boolean => {
    let lo = 0;
    let hi = covered.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = covered[mid] as readonly [number, number];
      if (pos < c[0]) hi = mid - 1;
      else if (pos >= c[1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const byEnd = new Map<number, Mention>();
  const out: Mention[] = [];
  for (const m of found) byEnd.set(m.end, m);
  BARE.lastIndex = 0;
  for (let m = BARE.exec(scan); m; m = BARE.exec(scan)) {
    const start = m.index;
    BARE.lastIndex = start + (m[1]?.length ?? 1);
    if (inCore(start)) continue;
    const numEnd = start + (m[1]?.length ?? 0);
    const sym = readSymbol(doc, numEnd);
    if (!sym) continue;
    BARE.lastIndex = sym.end;
    const before = scan.slice(Math.max(0, start - 12), start);
    let kind: string | null = null;
    let self = false;
    let listPrev: number | null = null;
    const list = LIST_BEFORE.exec(before);
    if (list) {
      const prev = byEnd.get(start - list[0].length);
      if (prev && (prev.form === 'full' || prev.form === 'bare')) {
        kind = prev.kind;
        listPrev = prev.id;
      }
    }
    if (!kind && HEADER_BEFORE.test(scan.slice(Math.max(0, start - 20), start))) self = true;
    kind ??= kindFromCodes(sym.codes, sym.year);
    if (!kind && self) kind = headerKindAfter(doc, sym.end);
    if (!kind) continue;
    const mm = mention('bare', kind, { start, end: sym.end }, {
      number: doc.text.slice(start, numEnd), symbol: sym.symbol, codes: sym.codes, symbolYear: sym.year, self, listPrev,
    });
    out.push(mm);
    byEnd.set(mm.end, mm);
  }
  return out;
}

/**
 * The kind of a document whose header gives its number without a kind code ("Số: 29-QĐ/TW", "No.: 4409/TCT-KK"):
 * the kind line below it ("QUY ĐỊNH"), else an official letter's subject line ("V/v …", "Re: …") makes it a công văn.
 */
function headerKindAfter(doc: Doc, from: number): string | null {
  const region = doc.text.slice(from, Math.min(doc.text.length, from + 600)).split('\n').slice(1, 14);
  for (const raw of region) {
    const line = raw.trim();
    if (!line) continue;
    const f = fold(line).replace(/\s+/g, ' ');
    if (line === line.toUpperCase() && KINDS[f]) return KINDS[f]?.display ?? null;
    if (/^(?:v\/v|re:)/.test(f)) return 'Công văn';
  }
  return null;
}

// "the Law on Tax Administration No. 78/2006/QH11", "the Law on Organization of the Government": English names
const EN_LAW_ON = /[ ]{1,2}on[ ]{1,2}/y;
const EN_LAW_WORD = /([ ]{1,2})([a-z][a-z-]{0,20})(?![a-z0-9])/y;
const EN_LAW_STOPS = new Set(['dated', 'no', 'nos', 'which', 'that', 'adopted', 'promulgated', 'issued', 'was', 'is', 'has', 'have', 'and', 'or', 'in', 'to', 'for', 'with', 'by', 'as', 'at', 'from', 'under', 'regarding', 'amending', 'guiding', 'detailing', 'prescribing']);

const EN_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

function readEnglishLaw(doc: Doc, kind: string, start: number, afterKind: number): Mention[] {
  const { scan, text } = doc;
  EN_LAW_ON.lastIndex = afterKind;
  if (!EN_LAW_ON.exec(scan)) {
    // "the June 15, 2018 Law amending and supplementing a number of articles of 11 laws related to planning"
    const amending = englishAmendingName(doc, afterKind);
    if (!amending) return [];
    const t = tidy(text.slice(amending.start, amending.end));
    const dateBefore = /(?:^|[^a-z])([a-z]{3,9}[ ]\d{1,2},?[ ]\d{4})[ ]$/.exec(scan.slice(Math.max(0, start - 24), start));
    const dd = dateBefore ? matchDateAt(scan, start - (dateBefore[1]?.length ?? 0) - 1) : null;
    return [mention('named', kind, { start, end: amending.end }, { title: t.charAt(0).toUpperCase() + t.slice(1), titleRange: amending, ...(dd ? { issuedOn: dd.iso, year: dd.year } : {}) })];
  }
  const nameStart = EN_LAW_ON.lastIndex;
  let p = nameStart - 1;
  let end = -1;
  for (let words = 0; words < 10; words++) {
    EN_LAW_WORD.lastIndex = p;
    const w = EN_LAW_WORD.exec(scan);
    if (!w) break;
    const word = w[2] ?? '';
    const wStart = p + (w[1]?.length ?? 0);
    // "Cadres and Civil Servants" goes on; "… and its amended versions", "… and the Law on …" end the name
    const andName = word === 'and' && isUpperAt(text, wStart + 4) && !/^[ ](?:the|law|decree|ordinance|code)(?![a-z])/.test(scan.slice(wStart + 3, wStart + 14));
    if (EN_LAW_STOPS.has(word) && !andName) break;
    // "… of the Government of September 30, 1992": a date ends the name
    if (EN_MONTHS.has(word) && /^[ ]{1,2}\d/.test(scan.slice(wStart + word.length, wStart + word.length + 3))) break;
    // "of the Government" goes on; "of the Ministry …" after a complete name is the issuer, kept short by the cap
    if (words === 0 && !isUpperAt(text, wStart)) return [];
    p = wStart + word.length;
    end = p;
  }
  if (end < 0) return [];
  // a name never ends on a function word: "Law on Organization of the" → "Law on Organization"
  while (/[ ](?:of|the)$/.test(scan.slice(nameStart, end))) end = scan.lastIndexOf(' ', end - 1);
  const name = { start: nameStart, end };
  const title = tidy(text.slice(name.start, name.end));
  // "the June 19, 2015 Law on Government Organization": the date stands before the name
  const before = /(?:^|[^a-z])([a-z]{3,9}[ ]\d{1,2},?[ ]\d{4})[ ]$/.exec(scan.slice(Math.max(0, start - 24), start));
  const d = before ? matchDateAt(scan, start - (before[1]?.length ?? 0) - 1) : null;
  const dated = d ? { issuedOn: d.iso, year: d.year } : {};
  const numbered = numberAfterName(doc, kind, start, name);
  if (numbered) {
    numbered.title = title;
    return [Object.assign(numbered, dated)];
  }
  return [mention('named', kind, { start, end }, { title, titleRange: name, ...dated })];
}

/** Exposed for parseReference: the fold of a kind word → display kind, Vietnamese or English. */
export function kindOfWord(word: string): string | null {
  const w = fold(word).replace(/\s+/g, ' ').trim().replace(/s$/, '');
  return KINDS[w]?.display ?? ENGLISH_KINDS[w] ?? null;
}
