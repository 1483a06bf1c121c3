// Dates and terms as Vietnamese texts write them. Day always comes before month:
// "ngày 2-1-2020", "ngày 02/01/2020", "ngày 02 tháng 01 năm 2020", "(2-1-2020)", "ngày 2.1.2020",
// and in English renderings "dated January 2, 2020" or "2 January 2020". All become "2020-01-02".

import { foldAligned } from './fold.ts';

export interface DateMatch {
  iso: string;
  year: number;
  start: number;
  end: number;
}

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_MONTH = `(${EN_MONTHS.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)`;
const WS = '[ \\n]{1,3}';

// All three run sticky on folded text (lower case, no diacritics, spaces unified). Bounded quantifiers only.
const NUMERIC = /(\d{1,2})[ ]{0,2}([-/.])[ ]{0,2}(\d{1,2})[ ]{0,2}\2[ ]{0,2}(\d{4})(?!\d)/y;
const WORDS = new RegExp(`(\\d{1,2})${WS}thang${WS}(\\d{1,2})${WS}nam${WS}(\\d{4})(?!\\d)`, 'y');
// ("June 12,1999": the space after the comma is sometimes lost)
const EN_MDY = new RegExp(`${EN_MONTH}${WS}(\\d{1,2})(?:st|nd|rd|th)?(?:,[ \\n]{0,3}|${WS})(\\d{4})(?!\\d)`, 'y');
const EN_DMY = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?${WS}${EN_MONTH},?${WS}(\\d{4})(?!\\d)`, 'y');

export function toIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dim = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day > dim) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthOf(word: string): number {
  const w = word.replace('.', '');
  const i = EN_MONTHS.findIndex((m) => m.startsWith(w));
  return i + 1;
}

/**
 * Reads a date that starts exactly at `pos` of the folded text (no leading "ngày": callers handle it).
 * Returns null when no valid date starts there.
 */
export function matchDateAt(folded: string, pos: number): DateMatch | null {
  let m: RegExpExecArray | null;
  NUMERIC.lastIndex = pos;
  if ((m = NUMERIC.exec(folded))) return make(+(m[4] ?? 0), +(m[3] ?? 0), +(m[1] ?? 0), pos, pos + m[0].length);
  WORDS.lastIndex = pos;
  if ((m = WORDS.exec(folded))) return make(+(m[3] ?? 0), +(m[2] ?? 0), +(m[1] ?? 0), pos, pos + m[0].length);
  EN_MDY.lastIndex = pos;
  if ((m = EN_MDY.exec(folded))) return make(+(m[3] ?? 0), monthOf(m[1] ?? ''), +(m[2] ?? 0), pos, pos + m[0].length);
  EN_DMY.lastIndex = pos;
  if ((m = EN_DMY.exec(folded))) return make(+(m[3] ?? 0), monthOf(m[2] ?? ''), +(m[1] ?? 0), pos, pos + m[0].length);
  return null;
}

function make(year: number, month: number, day: number, start: number, end: number): DateMatch | null {
  const iso = toIso(year, month, day);
  return iso ? { iso, year, start, end } : null;
}

/** Parses a whole string as a date: `parseDate("ngày 02 tháng 01 năm 2020") === "2020-01-02"`. */
export function parseDate(text: string): string | null {
  const f = foldAligned(text.normalize('NFC').replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ').replace(/[\u2010-\u2015\u2212]/g, '-')).trim();
  const body = f.replace(/^(?:ngay|dated|on)\s+/, '').replace(/^\(|\)$/g, '');
  const m = matchDateAt(body, 0);
  return m && m.end === body.length ? m.iso : null;
}

// ---- Terms (khóa) of the Party Central Committee and of the National Assembly ----

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** "XIII" → 13; null when not a Roman numeral. */
export function romanToInt(roman: string): number | null {
  const s = roman.toLowerCase();
  if (!/^[ivxlc]{1,8}$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] ?? ''] ?? 0;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/** 13 → "XIII". */
export function intToRoman(n: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [v, s] of table) while (rest >= v) { out += s; rest -= v; }
  return out;
}

// Each Central Committee term starts at its national congress.
const PARTY_TERMS: { term: number; start: string }[] = [
  { term: 9, start: '2001-04-22' },
  { term: 10, start: '2006-04-25' },
  { term: 11, start: '2011-01-19' },
  { term: 12, start: '2016-01-28' },
  { term: 13, start: '2021-02-01' },
  { term: 14, start: '2026-01-23' },
];

/** Party term (khóa) in force on an ISO date: `partyTermOf("2020-01-02") === "XII"`. */
export function partyTermOf(isoDate: string): string | null {
  let found: number | null = null;
  for (const t of PARTY_TERMS) if (isoDate >= t.start) found = t.term;
  return found === null ? null : intToRoman(found);
}

/** Years a Party term spans: `partyTermYears("XIII") → { from: 2021, to: 2026 }`. */
export function partyTermYears(term: string): { from: number; to: number } | null {
  const n = romanToInt(term) ?? (/^\d+$/.test(term) ? Number(term) : null);
  if (n === null) return null;
  const i = PARTY_TERMS.findIndex((t) => t.term === n);
  if (i < 0) return null;
  const from = Number(PARTY_TERMS[i]?.start.slice(0, 4));
  const next = PARTY_TERMS[i + 1];
  return { from, to: next ? Number(next.start.slice(0, 4)) : from + 5 };
}

const ASSEMBLY_STARTS: Record<number, number> = { 10: 1997, 11: 2002, 12: 2007, 13: 2011, 14: 2016, 15: 2021, 16: 2026 };

/** National Assembly term of a law symbol: "QH13" → { from: 2011, to: 2016 }. */
export function assemblyTermYears(term: number): { from: number; to: number } | null {
  const from = ASSEMBLY_STARTS[term];
  if (from === undefined) return null;
  return { from, to: ASSEMBLY_STARTS[term + 1] ?? from + 5 };
}
