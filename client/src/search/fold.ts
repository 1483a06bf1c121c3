// Folding for matching what a person typed against what is shown: "quy dinh 213" matches "Quy định 213".
// The server's fold (server/text/fold.ts: marks stripped, đ→d, lower case) in its length-preserving form: one
// character per character of NFC input, so offsets found in the folded text are offsets in the original.
import { foldAligned } from '../../../server/text/fold.ts';

export function fold(s: string): string {
  return foldAligned(s.normalize('NFC'));
}

/** Ranges of `text` (offsets in its NFC form) that match the words of `query`, diacritics ignored, for <mark>ing. */
export function matchRanges(text: string, query: string): [number, number][] {
  const hay = fold(text);
  const ranges: [number, number][] = [];
  for (const word of fold(query).split(/[\s,.;:]+/).filter((w) => w.length > 0)) {
    let i = hay.indexOf(word);
    while (i >= 0) {
      ranges.push([i, i + word.length]);
      i = hay.indexOf(word, i + word.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * Appends `text` to `el` with the given ranges wrapped in <mark>. Ranges are offsets in the NFC form of the text
 * (what matchRanges and the server give), so the text is shown in that form: it looks the same, and a decomposed
 * "định" is cut where the match is, not one mark short.
 */
export function appendMarked(el: HTMLElement, raw: string, ranges: [number, number][], markClass = ''): void {
  const text = raw.normalize('NFC');
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at || e > text.length) continue;
    if (s > at) el.append(text.slice(at, s));
    const m = document.createElement('mark');
    if (markClass) m.className = markClass;
    m.textContent = text.slice(s, e);
    el.append(m);
    at = e;
  }
  if (at < text.length) el.append(text.slice(at));
}
