// Instrument identity keys. The graph merges nodes on them, so the same instrument must get the same key in
// every text, and two instruments must never share one.
//
//   quy-dinh:213-qd-tw@2020              Party: kind + number + symbol, + year (numbers restart every term)
//   nghi-quyet:11-nq-tu@2018#quang-ninh  local Party: + jurisdiction (every province has its own 11-NQ/TU)
//   nghi-dinh:30-2020-nd-cp              State normative: the year is already in the symbol
//   quyet-dinh:749-qd-ttg@2020           State administrative: no year in the symbol, so it is added
//   nghi-quyet:57                        short form nothing in the text completes ("Nghị quyết 57")
//   nghi-quyet:hntw-4-xiii               named by its conference; nghi-quyet:dai-hoi-xiii by its congress
//   nghi-quyet:dai-hoi-tinh-xv#lam-dong  a local congress: its unit, then its place when the text names it
//   luat:t-to-chuc-chinh-phu@2015        named only by its title
//
// Qualifiers come after the base, "@year" before "#jurisdiction".
//
// MERGE RULE (for the graph layer). A key whose base is B and that has no "@year" may be merged into the
// unique existing node whose key has the same base B (the part before "@" and "#") and a compatible
// jurisdiction (equal, or missing on either side). When several such nodes exist (21-KL/TW of 2012 and of
// 2021), the key stays a node of its own: guessing would merge two instruments. Keys that both carry a year
// merge only when equal. A short-form key ("nghi-quyet:57") merges the same way into a unique
// "nghi-quyet:57-…" node only if the caller also compares kind and number (see `keyMatchesRef` in index.ts).

import { fold, slugify } from '../text/fold.ts';

export interface KeyParts {
  kind: string;
  number?: string | null;
  symbol?: string | null;
  year?: number | null;
  jurisdiction?: string | null;
  /** Central Committee conference: "Hội nghị Trung ương 4" khóa XIII → { no: 4, term: "XIII" }. */
  conference?: { no: number; term: string | null } | null;
  /** Congress: "Đại hội XIII" → "XIII"; a local congress also sets `jurisdiction`. */
  congressTerm?: string | null;
  /** A local congress's unit, "tỉnh" in "Đại hội Đảng bộ tỉnh XV": never the national congress of that number. */
  congressUnit?: string | null;
  title?: string | null;
}

export interface ParsedKey {
  base: string;
  year: number | null;
  jurisdiction: string | null;
}

/** "Nghị quyết" → "nghi-quyet". */
export function kindSlug(kind: string): string {
  return slugify(kind);
}

/** "QĐ/TW" → "qd-tw", "2020/NĐ-CP" → "2020-nd-cp". */
export function symbolSlug(symbol: string): string {
  return slugify(symbol);
}

/** "01" → "1": numbers compare without leading zeros. */
export function numberSlug(n: string): string {
  const s = n.trim().replace(/^0+(?=\d)/, '');
  return slugify(s);
}

function hasYear(symbol: string | null | undefined): boolean {
  return !!symbol && /(?:^|[^0-9])(?:19|20)\d{2}(?:[^0-9]|$)/.test(symbol);
}

/** The part before the qualifiers: identity within one term and one jurisdiction. */
export function baseKey(p: KeyParts): string {
  const k = kindSlug(p.kind);
  if (p.number) {
    const n = numberSlug(p.number);
    return p.symbol ? `${k}:${n}-${symbolSlug(p.symbol)}` : `${k}:${n}`;
  }
  if (p.conference) return `${k}:hntw-${p.conference.no}${p.conference.term ? '-' + fold(p.conference.term) : ''}`;
  if (p.congressTerm) return `${k}:dai-hoi-${p.congressUnit ? `${slugify(p.congressUnit)}-` : ''}${fold(p.congressTerm)}`;
  const t = p.title ? slugify(p.title.replace(/^(?:về|ve|v\/v)\s+/i, '')) : '';
  return `${k}:t-${t || k}`;
}

/** Builds the full key: base, then "@year" unless the symbol holds it, then "#jurisdiction" when known. */
export function instrumentKey(p: KeyParts): string {
  let key = baseKey(p);
  const yearAllowed = !p.conference && !p.congressTerm && !hasYear(p.symbol);
  if (yearAllowed && p.year) key += `@${p.year}`;
  if (p.jurisdiction) key += `#${slugify(p.jurisdiction)}`;
  return key;
}

/** Splits a key into its base and qualifiers: "nghi-quyet:11-nq-tu@2018#quang-ninh" → base, 2018, "quang-ninh". */
export function parseKey(key: string): ParsedKey {
  const m = /^([^@#]*)(?:@(\d{4}))?(?:#(.*))?$/.exec(key);
  if (!m) return { base: key, year: null, jurisdiction: null };
  return { base: m[1] ?? key, year: m[2] ? Number(m[2]) : null, jurisdiction: m[3] ?? null };
}

/** True when two keys may name one instrument under the merge rule above. */
export function keysCompatible(a: string, b: string): boolean {
  const x = parseKey(a);
  const y = parseKey(b);
  if (x.base !== y.base) return false;
  if (x.year !== null && y.year !== null && x.year !== y.year) return false;
  if (x.jurisdiction !== null && y.jurisdiction !== null && x.jurisdiction !== y.jurisdiction) return false;
  return true;
}
