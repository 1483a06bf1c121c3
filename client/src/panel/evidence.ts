// A quoted sentence with the citation inside it highlighted. Evidence offsets are UTF-16 offsets in the
// document's NFC text: the sentence starts at `start`, the citation is [highlightStart, highlightEnd).
import type { Evidence } from '../api.ts';
import { t } from '../i18n/index.ts';
import { appendMarked } from '../search/fold.ts';

/** Quotes longer than this are shortened around the citation. */
const MAX_QUOTE = 360;
const SIDE = 160;

/** The part of a long sentence around [s, e), cut at word boundaries; `before`/`after`: something was left out. */
export function excerpt(sentence: string, range: [number, number] | null): { text: string; offset: number; before: boolean; after: boolean } {
  if (sentence.length <= MAX_QUOTE) return { text: sentence, offset: 0, before: false, after: false };
  const [s, e] = range ?? [0, 0];
  let from = Math.max(0, s - SIDE);
  let to = Math.min(sentence.length, Math.max(e, from + 1) + SIDE);
  if (from > 0) {
    while (from < s && /\S/.test(sentence[from - 1]!)) from++;
    while (from < s && /\s/.test(sentence[from]!)) from++;
  }
  if (to < sentence.length) {
    while (to > e && /\S/.test(sentence[to]!)) to--;
    while (to > e && /\s/.test(sentence[to - 1]!)) to--;
  }
  return { text: sentence.slice(from, to), offset: from, before: from > 0, after: to < sentence.length };
}

export function evidenceBlock(ev: Evidence, onOpenDocument: (docId: string, at?: number) => void): HTMLElement {
  const fig = document.createElement('figure');
  fig.className = 'evidence';
  const q = document.createElement('blockquote');
  q.className = 'evidence-sentence';
  const ranges: [number, number][] = [];
  if (ev.highlightStart !== null && ev.highlightEnd !== null) {
    const s = ev.highlightStart - ev.start;
    const e = ev.highlightEnd - ev.start;
    if (s >= 0 && e <= ev.sentence.length && e > s) ranges.push([s, e]);
  }
  // A quote cut inside its sentence says so; a long one is shortened around the citation at word boundaries.
  const ex = excerpt(ev.sentence, ranges[0] ?? null);
  if (ev.cutBefore || ex.before) q.append('…');
  appendMarked(q, ex.text, ranges.length ? [[ranges[0]![0] - ex.offset, ranges[0]![1] - ex.offset]] : [], 'cite');
  if (ev.cutAfter || ex.after) q.append('…');
  const cap = document.createElement('figcaption');
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'link';
  open.textContent = t('inDocument', { t: ev.document.title || t('untitledDocument') });
  open.title = t('openDocument');
  open.addEventListener('click', () => onOpenDocument(ev.document.id, ev.highlightStart ?? ev.start));
  cap.append('— ', open);
  fig.append(q, cap);
  return fig;
}
