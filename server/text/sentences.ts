// The one sentence rule, used by the extractor (an action is a sentence), the ingest (the sentence stored on
// each link) and the API (the sentence quoted as evidence).
//
// A sentence ends
//   - at ".", "!", "?" or "…" followed by white space and then a capital, a digit, an opening quote or
//     bracket, a dash, or the end of the text: "… của Bộ Chính trị. Qua đó …", "… số 30/2020/NĐ-CP. Nghị định …";
//     not inside "10.745", "2.1.2020" or "NĐ-CP." before a lower-case word, and never after an abbreviation that
//     precedes a name: "TP. Hồ Chí Minh", "Tp. Hải Phòng", "TS. Nguyễn Văn A";
//   - at a line break, except where a line was only wrapped (text taken from a PDF): the line does not end in
//     punctuation that closes a clause and the next one goes on in lower case, not with a list mark ("a)").
//
// Every function takes the original text, and optionally `scan`, a copy of the same length the caller matches
// on (the extractor's folded text); case is always read on the original.

/** Abbreviations written with a dot before a name; the dot ends no sentence ("TP. Hồ Chí Minh"). */
const ABBREVIATIONS = new Set(['TP', 'Tp', 'TX', 'Tx', 'GS', 'PGS', 'TS', 'ThS', 'Ths', 'BS', 'KS', 'ĐC', 'Đ/c', 'đ/c']);

const CAPITAL_START = /[\p{Lu}\d“"(\-–]/u;
const LOWER = /\p{Ll}/u;
/** A line that opens with a list mark ("a)", "đ)", "b.") starts a new item, not the rest of a wrapped line. */
const LIST_MARK = /^\p{Ll}[).]/u;
/** The last character of a wrapped line: a letter, a digit or a comma (nothing that closes a clause). */
const WRAPPED_TAIL = /[\p{L}\d,]/u;

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
const isBreak = (c: number) => c === 10 || c === 13;

/** True when the sentence that holds position `i - 1` ends at `i` (`scan[i]` is its last character or a break). */
export function endsSentence(text: string, i: number, scan: string = text): boolean {
  const c = scan.charCodeAt(i);
  if (isBreak(c)) return !wrappedAt(text, scan, i);
  if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) return false;
  const n = scan.length;
  let j = i + 1;
  if (j >= n) return true;
  const d = scan.charCodeAt(j);
  if (!isSpace(d) && !isBreak(d)) return false;
  while (j < n && (isSpace(scan.charCodeAt(j)) || isBreak(scan.charCodeAt(j)))) j++;
  if (j < n && !CAPITAL_START.test(text[j] as string)) return false;
  return c !== 46 || !ABBREVIATIONS.has(wordBefore(text, i));
}

/** The word that ends at `i` (exclusive), opening punctuation dropped: "TP" in "(TP. Hồ Chí Minh". */
function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && i - s < 8 && !/[\s(“"]/u.test(text[s - 1] as string)) s--;
  return text.slice(s, i);
}

/** True when the line break at `i` only wraps a line (see the rule above). */
function wrappedAt(text: string, scan: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && (isSpace(scan.charCodeAt(p)) || scan.charCodeAt(p) === 13)) p--;
  if (p < 0 || isBreak(scan.charCodeAt(p)) || !WRAPPED_TAIL.test(text[p] as string)) return false;
  let q = i + 1;
  if (scan.charCodeAt(i) === 13 && scan.charCodeAt(q) === 10) q++;
  while (q < scan.length && isSpace(scan.charCodeAt(q))) q++;
  const next = text[q];
  if (next === undefined || LIST_MARK.test(text.slice(q, q + 2))) return false;
  if (LOWER.test(next)) return true;
  // "… của Ban Chấp hành⏎Trung ương Đảng …", "… Nghị định số 12/2020/NĐ-CP của⏎Chính phủ": a line that ends in a word
  // no sentence ends with goes on, whatever the case of the next line
  return /\p{L}/u.test(next) && JOINING_TAIL.test(text.slice(Math.max(0, p - 15), p + 1));
}

/** The last words of a line that never end a sentence: a preposition, a conjunction, or a body's name cut in two. */
const JOINING_TAIL = /(?:^|[^\p{L}])(?:của|và|về|với|cho|các|những|tại|theo|trong|số|ngày|tháng|do|để|từ|đến|hoặc|Ban Chấp hành|Ban Thường vụ|Ủy ban|Hội đồng|Bộ|Ban)$/iu;

/** The characters `endsSentence` can end a sentence at: a line break, ".", "!", "?" or "…" (any other: false). */
const mayEnd = (c: number): boolean => c === 10 || c === 13 || c === 46 || c === 33 || c === 63 || c === 0x2026;

/**
 * The sentence [start, end) that holds the span [from, to): start just after the previous boundary, end after
 * the closing punctuation (before a line break). Looks no further than `limit` characters either side; the
 * text's edges (or the limit) bound a sentence that goes on beyond them.
 */
export function sentenceBounds(text: string, from: number, to: number = from, scan: string = text, limit = Infinity): [number, number] {
  const lo = Math.max(0, from - limit);
  let s = lo;
  for (let i = from - 1; i >= lo; i--) {
    if (!mayEnd(scan.charCodeAt(i))) continue;
    if (endsSentence(text, i, scan)) {
      s = i + 1;
      break;
    }
  }
  const hi = Math.min(scan.length, to + limit);
  let e = hi;
  for (let i = Math.max(to, from); i < hi; i++) {
    if (!mayEnd(scan.charCodeAt(i))) continue;
    if (endsSentence(text, i, scan)) {
      e = isBreak(scan.charCodeAt(i)) ? i : i + 1;
      break;
    }
  }
  return [s, e];
}

/** The sentence around a span, without the white space before it: `{ start, end, text }`. */
export function sentenceAround(text: string, from: number, to: number = from, limit = 1000): { start: number; end: number; text: string } {
  let [s, e] = sentenceBounds(text, from, to, text, limit);
  while (s < from && /\s/.test(text[s] as string)) s++;
  while (e > to && /\s/.test(text[e - 1] as string)) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** Every sentence as a [start, end) range (empty ones left out). */
export function sentences(text: string, scan: string = text): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 0; i < scan.length; i++) {
    if (!endsSentence(text, i, scan)) continue;
    const e = isBreak(scan.charCodeAt(i)) ? i : i + 1;
    if (e > s) out.push([s, e]);
    s = i + 1;
  }
  if (s < text.length) out.push([s, text.length]);
  return out;
}
