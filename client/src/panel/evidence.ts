// A quoted sentence with the citation inside it highlighted. Evidence offsets are UTF-16 offsets in the
// document's NFC text: the sentence starts at `start`, the citation is [highlightStart, highlightEnd).
import type { Evidence } from '../api.ts';
import { t } from '../i18n/index.ts';
import { appendMarked } from '../search/fold.ts';

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
  appendMarked(q, ev.sentence, ranges, 'cite');
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
