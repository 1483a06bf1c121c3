// Cutting the sentence around a citation out of a window of the document text (instrument-evidence.cypher
// ships ~400 characters either side). A sentence ends at ". ", "! ", "? ", ";" followed by a space, or a line
// break: "…Quy định số 213-QĐ/TW ngày 2-1-2020 của Bộ Chính trị. Qua đó…" → the part up to "Bộ Chính trị.".
import type { MentionRow } from './loaders.ts';
import type { EvidenceRow } from './models.ts';

const END = /[.!?…](?=\s)|\n/g;

export function sentenceAround(m: MentionRow): EvidenceRow {
  const w = m.window;
  const cs = m.citeStart - m.windowStart;
  const ce = Math.min(w.length, m.citeEnd - m.windowStart);
  let start = 0;
  let end = w.length;
  END.lastIndex = 0;
  for (let hit = END.exec(w); hit; hit = END.exec(w)) {
    const after = hit.index + hit[0].length;
    if (after <= cs) start = after;
    else if (hit.index >= ce) {
      end = after;
      break;
    }
  }
  while (start < cs && /\s/.test(w[start] ?? '')) start++;
  while (end > ce && /\s/.test(w[end - 1] ?? '')) end--;
  return {
    docId: m.docId,
    sentence: w.slice(start, end),
    start: m.windowStart + start,
    end: m.windowStart + end,
    citeStart: m.citeStart,
    citeEnd: m.citeEnd,
  };
}
