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

// ("năm" before a year is the instrument's year, not a unit: "Chỉ thị 35 năm 2024")
export const UNIT_AFTER_NUMBER = /[ ]{1,2}(?:nam(?![ ]{1,2}(?:19|20)[0-9]{2}(?![0-9]))|thang|ngay|nguoi|lan|diem|noi dung|van de|muc|dieu|khoan|chuong|trang|%)(?![a-z])|%/y;

const NOTHING: NumberedRead = { mentions: [], joiner: null };

/** Reads numbers then a symbol after a kind word. Returns the mentions, or none when no number follows. */
export function readNumberedAt(doc: Doc, kind: string, start: number, afterKind: number, capitalised: boolean): NumberedRead {
  const { scan } = doc;
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
        mention('full', kind, range, { number: n.value, symbol: sym.symbol, codes: sym.codes, symbolYear: sym.year, listSize: numbers.length }),
      ),
      joiner: sym.joiner,
    };
  }
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
