// Cutting the sentence around a citation out of a window of the document text (instrument-evidence.cypher
// ships ~400 characters either side), by the one sentence rule (text/sentences.ts: ". ", "! ", "? ", "… "
// before a capital, or a line break that is not a wrapped line): "…Quy định số 213-QĐ/TW ngày 2-1-2020 của
// Bộ Chính trị. Qua đó…" → the part up to "Bộ Chính trị.".
import { sentenceBounds } from '../text/sentences.ts';
import type { MentionRow } from './loaders.ts';
import type { EvidenceRow } from './models.ts';

/** The evidence row of one mention: its sentence, cut to at most MAX_SIDE characters either side of it. */
export function evidenceSentence(m: MentionRow): EvidenceRow {
  const w = m.window;
  const cs = m.citeStart - m.windowStart;
  const ce = Math.min(w.length, m.citeEnd - m.windowStart);
  let [start, end] = sentenceBounds(w, cs, ce);
  // No boundary inside the window, or a sentence too long to quote whole: cut at a word boundary, marked as cut.
  let cutBefore = start === 0 && m.windowStart > 0;
  let cutAfter = end === w.length && w.length >= ce + WINDOW_AFTER;
  if (cs - start > MAX_SIDE) {
    start = cs - MAX_SIDE;
    cutBefore = true;
  }
  if (end - ce > MAX_SIDE) {
    end = ce + MAX_SIDE;
    cutAfter = true;
  }
  if (cutBefore) start = wordStartFrom(w, start, cs);
  if (cutAfter) end = wordEndBefore(w, end, ce);
  while (start < cs && /\s/.test(w[start] ?? '')) start++;
  while (end > ce && /\s/.test(w[end - 1] ?? '')) end--;
  return {
    docId: m.docId,
    sentence: w.slice(start, end),
    start: m.windowStart + start,
    end: m.windowStart + end,
    citeStart: m.citeStart,
    citeEnd: m.citeEnd,
    cutBefore,
    cutAfter,
  };
}

/** The most characters quoted on each side of the citation; a longer sentence is cut at a word boundary. */
const MAX_SIDE = 160;

/** Characters of text the evidence query ships after a citation (instrument-evidence.cypher). */
const WINDOW_AFTER = 400;

/** The first word start at or after `from` (never past the citation); the window's edge counts as mid-word. */
function wordStartFrom(w: string, from: number, limit: number): number {
  if (from > 0 && /\s/.test(w[from - 1] ?? '')) return from;
  let i = from;
  while (i < limit && /\S/.test(w[i] ?? '')) i++;
  return i;
}

/** The last word end at or before `to` (never before the citation). */
function wordEndBefore(w: string, to: number, limit: number): number {
  let i = to;
  while (i > limit && /\S/.test(w[i - 1] ?? '') && /\S/.test(w[i] ?? '')) i--;
  return i;
}
