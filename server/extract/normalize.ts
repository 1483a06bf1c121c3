// Stage 1: normalise. Copied PDFs arrive as NFD, with NBSP, en-dashes and a BOM; we put the text in NFC
// (the offsets of every Span refer to it) and build a folded twin of the same length for matching:
//
//   text  "Quy định số 109- QĐ/TW"      (NFC, exactly what spans point into)
//   scan  "quy dinh so 109- qd/tw"      (lower case, no diacritics, đ→d, one code unit per code unit)
//
// In `scan` every horizontal space (NBSP, thin space, tab, CR…) becomes " ", every dash (‐ ‑ ‒ – — −) "-",
// and line breaks stay "\n" so paragraph structure survives. Curly quotes become \x93 and \x94, anything else
// beyond Latin-1 becomes \x1a: `scan` is then a one-byte string, which V8 matches regexes on much faster.

import { foldCode } from '../text/fold.ts';
import type { Doc } from './models.ts';

/** The text spans point into: BOM removed, NFC. CRLF is kept, so offsets stay those of the input. */
export function normalizeInput(input: string): string {
  const noBom = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // ICU's NFC pass is the costliest step for a text that is already NFC, as most are. A text made only of
  // code points that are NFC-stable and never compose with a neighbour (no combining mark, no Hangul jamo, no
  // singleton like U+2126) is its own NFC, so the pass is skipped; anything else goes through ICU.
  return NEEDS_NFC.test(noBom) ? noBom.normalize('NFC') : noBom;
}

// Outside: Basic Latin to Spacing Modifiers (U+0000–02FF), Latin Extended Additional (U+1E00–1EFF, every
// precomposed Vietnamese letter), General Punctuation without the singletons U+2000/2001 and the line and
// paragraph separators, and the currency signs (₫).
const NEEDS_NFC = /[^\u0000-\u02ff\u1e00-\u1eff\u2002-\u2027\u2030-\u205f\u20a0-\u20bf]/;

const SPACE = new Set([0x09, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0xfeff, 0x200b]);
const DASH = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d]);

function scanCode(c: number): number {
  if (c === 0x0a) return c;
  if (SPACE.has(c) || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x85) {
    return c === 0x2028 || c === 0x2029 || c === 0x85 ? 0x0a : 0x20;
  }
  if (DASH.has(c)) return 0x2d;
  if (c === 0x201c) return 0x93;
  if (c === 0x201d) return 0x94;
  const f = foldCode(c);
  return f < 0x100 ? f : 0x1a;
}

let scanTable: Uint16Array | null = null;
/** Flag of a code unit of the scan table that NEEDS_NFC matches; the low byte is its scan code. */
const NFC_FLAG = 0x100;

function buildScanTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = scanCode(c) | (NEEDS_NFC.test(String.fromCharCode(c)) ? NFC_FLAG : 0);
  return t;
}

/** Builds the `Doc` every later stage reads. */
export function normalize(input: string, lenient = false): Doc {
  scanTable ??= buildScanTable();
  const table = scanTable;
  // one pass folds the text and tells whether it needs NFC (normalizeInput's test); only then is it folded again
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let n = text.length;
  let bytes = Buffer.allocUnsafe(n);
  const flags = foldInto(text, table, bytes);
  if (flags & NFC_FLAG) {
    text = text.normalize('NFC');
    n = text.length;
    bytes = Buffer.allocUnsafe(n);
    foldInto(text, table, bytes);
  }
  return { text, scan: bytes.toString('latin1'), lenient };
}

/**
 * Writes the scan code of each code unit of `text` into `bytes`; returns the OR of the table entries. (A loop of
 * its own: left inside `normalize`, V8 compiled it on stack before the code after it had run once, and that code
 * was thrown back to the interpreter on every later call.)
 */
function foldInto(text: string, table: Uint16Array, bytes: Buffer): number {
  const n = text.length;
  let flags = 0;
  for (let i = 0; i < n; i++) {
    const t = table[text.charCodeAt(i)] as number;
    flags |= t;
    bytes[i] = t;
  }
  return flags;
}

/**
 * True when `s` has no whitespace that `tidy` changes: none at an end, never two in a row, none but plain spaces, no
 * U+200B (what `/^[\s\u00a0\u200b]|[\s\u00a0\u200b]$|[\s\u00a0\u200b]{2}|[^\S ]|\u200b/` would find, tested code by code).
 */
function isTidy(s: string): boolean {
  const n = s.length;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace || i === 0 || i === n - 1) return false;
      prevSpace = true;
    } else if (c > 0x20 && c < 0xa0) prevSpace = false;
    else if (c < 0x20 ? c >= 0x09 && c <= 0x0d : isOtherSpace(c)) return false;
    else prevSpace = false;
  }
  return true;
}
/** A whitespace code unit above U+009F, or U+200B (with \t…\r, UNTIDY's `[^\S ]|\u200b`). */
function isOtherSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Collapses the whitespace of a slice for display: "Quy định số 109-\u00a0QĐ/TW" → "Quy định số 109- QĐ/TW". */
export function tidy(s: string): string {
  // most slices are already tidy: single plain spaces inside, none at the ends
  if (isTidy(s)) return s;
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** True when the code unit at `i` of the original text is an upper-case letter ("Q", "Đ", "Ủ"). */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = text[i];
  if (ch === undefined) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
