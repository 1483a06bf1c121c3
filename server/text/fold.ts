// Folding Vietnamese text for matching: "Nghị quyết" → "nghi quyet", "QĐ" → "qd", "hoà" and "hòa" → "hoa".
// Search, the graph and the extractor all compare folded strings, so "quy dinh 213" finds "Quy định 213".

const COMBINING = /[\u0300-\u036f]/g;

/**
 * NFD, strip combining marks, đ→d, lower case: `fold("Quyết định số 749/QĐ-TTg") === "quyet dinh so 749/qd-ttg"`.
 * Computed as NFC + a per-character table (the same result, several times faster on long texts); marks that
 * have no precomposed form are stripped afterwards.
 */
export function fold(text: string): string {
  if (text.length <= 64) {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
  }
  const aligned = foldAligned(text.normalize('NFC'));
  const folded = COMBINING_TEST.test(aligned) ? aligned.replace(COMBINING, '') : aligned;
  if (text.length <= 64) {
    // kinds, symbols and names repeat endlessly: a bounded cache spares most of the work
    if (cache.size > 20000) cache.clear();
    cache.set(text, folded);
  }
  return folded;
}
const cache = new Map<string, string>();
const COMBINING_TEST = /[\u0300-\u036f]/;

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
    // (Ð/ð, the Icelandic eth, and Ɖ stand in for Đ/đ in texts typed with the wrong key: "BGDÐT", "Ðảng")
    else if (c === 0x0110 || c === 0x0111 || c === 0x00d0 || c === 0x00f0 || c === 0x0189) f = 'd';
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
  if (n < 64) {
    let out = '';
    for (let i = 0; i < n; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
    return out;
  }
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = foldCode(text.charCodeAt(i));
  return decodeUnits(out);
}

const UTF16 = new TextDecoder('utf-16le');

/** Turns UTF-16 code units back into a string (lone surrogates cannot occur: we only map BMP letters). */
export function decodeUnits(units: Uint16Array): string {
  if (units.length < 64) return String.fromCharCode(...units);
  return UTF16.decode(units);
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
  if (text.length > 64) return slugOf(fold(text));
  let slug = slugs.get(text);
  if (slug === undefined) {
    // kinds, symbols and names repeat endlessly, as for fold
    if (slugs.size > 20000) slugs.clear();
    slug = slugOf(fold(text));
    slugs.set(text, slug);
  }
  return slug;
}
const slugs = new Map<string, string>();

/** `f.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')`: the runs of [a-z0-9], joined by "-". */
function slugOf(f: string): string {
  let out = '';
  let run = -1;
  for (let i = 0; i <= f.length; i++) {
    const c = i < f.length ? f.charCodeAt(i) : 0;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      out = out === '' ? f.slice(run, i) : `${out}-${f.slice(run, i)}`;
      run = -1;
    }
  }
  return out;
}
