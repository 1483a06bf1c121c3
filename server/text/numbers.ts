// Vietnamese numbers: "." groups thousands and "," marks decimals, the reverse of English.
// "10.745 đảng viên" → 10745, "578,47 triệu đồng" → 578470000, "103%" → 103.

import { foldAligned } from './fold.ts';

const MULTIPLIERS: Record<string, number> = { nghin: 1e3, ngan: 1e3, trieu: 1e6, ty: 1e9, ti: 1e9 };

/**
 * Parses one number as Vietnamese writes it: `"10.745"` → 10745, `"578,47"` → 578.47, `"1.234.567,5"` → 1234567.5.
 * A dot followed by anything but groups of three digits is read as a decimal point ("2.5" → 2.5), the way
 * English-influenced texts write it. Returns null for anything that is not a number.
 */
export function parseVietnameseNumber(raw: string): number | null {
  const s = raw.trim().replace(/[\s\u00a0]/g, '');
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:[,.](\d+))?$/.exec(s);
  if (!m) return null;
  const intPart = (m[1] ?? '').replace(/\./g, '');
  const frac = m[2] ?? '';
  return scaled(intPart, frac, 1);
}

/** intPart.frac × multiplier computed on integers, so 578,47 triệu is exactly 578470000. */
function scaled(intPart: string, frac: string, multiplier: number): number {
  const mantissa = Number(intPart + frac);
  const div = 10 ** frac.length;
  if (multiplier % div === 0) return mantissa * (multiplier / div);
  return (mantissa * multiplier) / div;
}

export interface Quantity {
  value: number;
  unit?: string;
  text: string;
  start: number;
  end: number;
}

const UNITS: Record<string, string> = {
  dong: 'đồng', 'ty dong': 'đồng', usd: 'USD', 'do la': 'USD', ha: 'ha', 'hec ta': 'ha', km: 'km', m2: 'm2', tan: 'tấn',
};

// Runs on the folded text, so "578,47 triệu đồng" is matched as "578,47 trieu dong"; offsets are shared.
// Every quantifier is bounded and the alternatives are disjoint after the number, so the scan is linear.
const QUANTITY = /(?<![\d.,/-])(\d{1,3}(?:\.\d{3}){1,5}|\d{1,12})(?:,(\d{1,6}))?(?![\d/]|[.,-]\d)(?:( ?%)|( (?:nghin|ngan|trieu|ty|ti))?( (?:dong|usd|do la|ha|km|m2|tan))?)(?![a-z0-9])/g;

const QUANTITY_READ = 80;

/** Finds the quantities in a stretch of text: `findQuantities("thu hồi 578,47 triệu đồng")[0].value === 578470000`. */
export function findQuantities(text: string, folded: string = foldAligned(text), from = 0, to = text.length): Quantity[] {
  const out: Quantity[] = [];
  // A match that starts before `to` reads at most QUANTITY_READ characters from its start (its own, at most about
  // 50, and the lookaheads after it): searching the text cut there finds the same matches before `to`, and no
  // longer runs on through the rest of the text to the next number.
  const subject = to + QUANTITY_READ < folded.length ? folded.slice(0, to + QUANTITY_READ) : folded;
  QUANTITY.lastIndex = from;
  for (let m = QUANTITY.exec(subject); m && m.index < to; m = QUANTITY.exec(subject)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const mult = m[4] ? (MULTIPLIERS[m[4].trim()] ?? 1) : 1;
    const value = scaled((m[1] ?? '').replace(/\./g, ''), m[2] ?? '', mult);
    const q: Quantity = { value, text: text.slice(m.index, end), start: m.index, end };
    if (m[3]) q.unit = '%';
    else if (m[5]) q.unit = UNITS[m[5].trim()] ?? m[5].trim();
    out.push(q);
  }
  return out;
}
