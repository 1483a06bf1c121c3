// Numbers and a symbol after a kind word, read once for the three forms that share them: numbered with a
// Party-style symbol, numbered with a State-style symbol, and short (a number, no symbol).
//
//   "Quy định số 213-QĐ/TW"        full: kind + number + symbol
//   "Nghị quyết số 18, 19-NQ/TW"   full, a list: two mentions
//   "Quy định 213", "Chỉ thị 05"   short: symbol to be found elsewhere

import type { Doc, Mention } from '../models.ts';
import { NUMBER, NUMBER_INTRO, NUMBER_MORE } from '../patterns.ts';
import { mention } from './mention.ts';
import { readSymbol } from './symbol.ts';
import type { KindWordAt } from './types.ts';

export interface NumberedRead {
  mentions: Mention[];
  /** The mark between number and symbol ("-" or "/"); null for a short form or nothing read. */
  joiner: string | null;
}

// ("năm" before a year is the instrument's year, not a unit: "Chỉ thị 35 năm 2024"; "ngày" before a date its date:
// "Nghị quyết số 18 ngày 25-10-2017")
export const UNIT_AFTER_NUMBER = /[ ]{1,2}(?:nam(?![ ]{1,2}(?:19|20)[0-9]{2}(?![0-9]))|thang|ngay(?![ ]{1,2}[0-9]{1,2}[ ]{0,2}[-/.][ ]{0,2}[0-9]{1,2}[ ]{0,2}[-/.][ ]{0,2}[0-9]{4}|[ ]{1,2}[0-9]{1,2}[ ]{1,2}thang)|nguoi|lan|diem|noi dung|van de|muc|dieu|khoan|chuong|trang|%)(?![a-z])|%/y;

const NOTHING: NumberedRead = { mentions: [], joiner: null };

// " của Chính phủ số", " của Thủ tướng Chính phủ số", " của Bộ trưởng Bộ Tài chính số": a body (its head word
// first), at most eight words, then "số"
const BODY_LOWER_WORDS = new Set(['tướng', 'trưởng', 'tịch', 'đồng', 'ban', 'nhân', 'dân', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'xã', 'hàng', 'án', 'tối', 'cao', 'kiểm', 'sát', 'toán', 'nhà', 'nước', 'cục', 'phòng', 'chấp', 'hành', 'thường', 'vụ', 'trực', 'bộ', 'chính', 'phủ', 'trị', 'thư', 'trung', 'ương', 'và']);
const ISSUER_BETWEEN =
  /[ ]cua[ ]((?:chinh phu|thu tuong|quoc hoi|chu tich|uy ban|hoi dong|bo|ban|tinh uy|thanh uy|huyen uy|ngan hang|toa an|vien kiem sat|kiem toan|tong cuc|cuc|van phong)(?:[ ][a-z]+){0,7}?)[ ]so[ ]/y;

/** Reads numbers then a symbol after a kind word. Returns the mentions, or none when no number follows. */
export function readNumberedAt(doc: Doc, kind: string, start: number, afterKind: number, capitalised: boolean): NumberedRead {
  const { scan } = doc;
  // "Nghị định của Chính phủ số 91/CP": the issuer written between the kind word and its number
  let issuerBetween: string | null = null;
  if (scan.charCodeAt(afterKind + 1) === 0x63 /* c */) {
    ISSUER_BETWEEN.lastIndex = afterKind;
    const between = ISSUER_BETWEEN.exec(scan);
    const from = between?.[1] ? afterKind + between[0].indexOf(between[1]) : -1;
    const name = between?.[1] ? doc.text.slice(from, from + between[1].length) : '';
    // (a proper name: each word capitalised or one of the lower-case words of a body's name — never "… của ngân
    // hàng thương mại quy định tại Nghị định số …" or "của Chính phủ tại Nghị định số …")
    if (between && name.split(' ').every((w, k) => (k === 0 ? /^\p{Lu}/u.test(w) : /^\p{Lu}/u.test(w) || BODY_LOWER_WORDS.has(w)))) {
      issuerBetween = name;
      afterKind += between[0].length - 1;
    }
  }
  NUMBER_INTRO.lastIndex = afterKind;
  const intro = NUMBER_INTRO.exec(scan);
  let p = afterKind + (intro?.[0].length ?? 0);
  const hadSo = (intro?.[0] ?? '').trim() !== '';
  if (!hadSo && p === afterKind) return NOTHING;
  if (!hadSo) {
    // "Quy định 213": a single space, then the number
    if (!/^[ \n]{1,3}$/.test(scan.slice(afterKind, p))) return NOTHING;
  }
  const numbers: { value: string; at: number }[] = [];
  NUMBER.lastIndex = p;
  const first = NUMBER.exec(scan);
  if (!first) return NOTHING;
  // "… thi hành Nghị định\n1. Bộ trưởng …": a number opening the next line with its list mark is no number of the kind
  if (!hadSo && scan.slice(afterKind, p).includes('\n') && /^[.)][ ]/.test(scan.slice(p + first[0].length, p + first[0].length + 2))) return NOTHING;
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
    return {
      mentions: numbers.map((n) =>
        mention('full', kind, range, { number: n.value, symbol: sym.symbol, codes: sym.codes, symbolYear: sym.year, listSize: numbers.length, issuer: issuerBetween }),
      ),
      joiner: sym.joiner,
    };
  }
  // (an issuer between kind word and number is read only for a full citation)
  if (issuerBetween !== null) return NOTHING;
  // A short form: "Quy định 213", "Nghị quyết số 11". Lower-case kind words are common nouns ("các quy định 2 năm")
  // unless "số" makes them specific; numbers followed by a unit ("Kết luận 3 nội dung") are counts, not citations.
  if (!capitalised && !hadSo && !doc.lenient) return NOTHING;
  const firstEnd = numbers[0] ? numbers[0].at + numbers[0].value.length : p;
  UNIT_AFTER_NUMBER.lastIndex = firstEnd;
  if (UNIT_AFTER_NUMBER.test(scan)) return NOTHING;
  // "Nghị định 145/2020": a number and the year with the symbol's codes left out is an abbreviated citation
  const abbreviated = numbers.length === 1 ? /^\/((?:19|20)\d\d)(?![0-9a-z]|[/-][a-z0-9])/.exec(scan.slice(p, p + 8)) : null;
  if (abbreviated) return { mentions: [mention('short', kind, { start, end: p + abbreviated[0].length }, { number: numbers[0]?.value ?? null, year: Number(abbreviated[1]) })], joiner: null };
  if (/^[/.,-]\d/.test(scan.slice(p, p + 2))) return NOTHING;
  const range = { start, end: p };
  return { mentions: numbers.map((n) => mention('short', kind, range, { number: n.value, listSize: numbers.length })), joiner: null };
}

/** The mentions of `readNumberedAt` alone (named laws followed by their number use it). */
export function readNumbered(doc: Doc, kind: string, start: number, afterKind: number, capitalised: boolean): Mention[] {
  return readNumberedAt(doc, kind, start, afterKind, capitalised).mentions;
}

/** The shared read at a kind word, done on first use by whichever numbered form asks. */
export function numberedAt(at: KindWordAt): NumberedRead {
  at.numbered ??= readNumberedAt(at.doc, at.kind, at.start, at.afterKind, at.capitalised);
  return at.numbered;
}
