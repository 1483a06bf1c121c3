// Folding Vietnamese text for matching: "Nghị quyết" → "nghi quyet", "QĐ" → "qd", "hoà" and "hòa" → "hoa".
// Search, the graph and the extractor all compare folded strings, so "quy dinh 213" finds "Quy định 213".

const COMBINING = /[\u0300-\u036f]/g;

/** NFD, strip combining marks, đ→d, lower case: `fold("Quyết định số 749/QĐ-TTg") === "quyet dinh so 749/qd-ttg"`. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

// One folded code unit per input code unit, so offsets in the folded string are offsets in the input.
// Only the Latin ranges need a table; everything else passes through unchanged (lower-cased when ASCII).
const TABLE_SIZE = 0x2000;
let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const t = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    let f = ch;
    if (c >= 0xd800) f = ch;
    else if (c === 0x0110 || c === 0x0111) f = 'd';
    else {
      const base = ch.normalize('NFD')[0] ?? ch;
      const lower = base.toLowerCase();
      f = lower.length === 1 ? lower : base;
    }
    t[c] = f.charCodeAt(0);
  }
  return t;
}

/** Code unit of `c` folded (same rules as `fold`, one unit in, one unit out). */
export function foldCode(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= TABLE_SIZE) return c;
  table ??= buildTable();
  return table[c] ?? c;
}

/**
 * Length-preserving fold of NFC text: `foldAligned("Quy định").length === 8`.
 * A combining mark left over in NFC (no precomposed form) stays as it is, so lengths always agree.
 */
export function foldAligned(text: string): string {
  const n = text.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = foldCode(text.charCodeAt(i));
  return decodeUnits(out);
}

/** Turns UTF-16 code units back into a string in chunks (String.fromCharCode limits its argument count). */
export function decodeUnits(units: Uint16Array): string {
  const CHUNK = 0x8000;
  if (units.length <= CHUNK) return String.fromCharCode(...units);
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK) parts.push(String.fromCharCode(...units.subarray(i, i + CHUNK)));
  return parts.join('');
}

// Tone marks (grave, acute, tilde, hook above, dot below) as they appear in NFD.
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
// Old and new tone placement differ only in the open syllables oa, oe, uy: "hoà"/"hòa", "khoẻ"/"khỏe",
// "thuỷ"/"thủy". We settle on the first vowel ("hòa", "thủy"), the placement most Vietnamese newspapers use.
// "quý" is left alone: after q the u is part of the consonant and the tone always sits on y.
const NEW_STYLE = new RegExp(`(?<![qQ])([oO])(?![\\u0300-\\u036f])([aAeE])(${TONE})(?![\\p{L}\\p{M}])|(?<![qQ])([uU])(?![\\u0300-\\u036f])([yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');

/** Moves the tone of "oa", "oe", "uy" syllables to the first vowel: `normalizeTone("hoà thuỷ") === "hòa thủy"` (NFC out). */
export function normalizeTone(text: string): string {
  return text
    .normalize('NFD')
    .replace(NEW_STYLE, (_m, o: string | undefined, a: string | undefined, t1: string | undefined, u: string | undefined, y: string | undefined, t2: string | undefined) =>
      o !== undefined ? `${o}${t1 ?? ''}${a ?? ''}` : `${u ?? ''}${t2 ?? ''}${y ?? ''}`,
    )
    .normalize('NFC');
}

/** Folded, tone-normalised and whitespace-collapsed key for search: `searchKey("  Hoà  Bình ") === "hoa binh"`. */
export function searchKey(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/** Folded slug: `slugify("Quảng Ninh") === "quang-ninh"`, `slugify("QĐ/TW") === "qd-tw"`. */
export function slugify(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
