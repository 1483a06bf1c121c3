// The source document in a dialog, every citation highlighted; a highlight is a button that opens the instrument
// it cites. Opened from the panel ("Mở tài liệu nguồn") and scrolled to the citation that was clicked.
import { api } from '../api.ts';
import { t, formatDate } from '../i18n/index.ts';

export function setupDocumentView(dialog: HTMLDialogElement, onInstrument: (key: string) => void) {
  const body = dialog.querySelector<HTMLElement>('.doc-body')!;
  const head = dialog.querySelector<HTMLElement>('.doc-head')!;
  const meta = dialog.querySelector<HTMLElement>('.doc-meta')!;
  const warning = dialog.querySelector<HTMLElement>('.doc-warning');
  dialog.querySelector<HTMLButtonElement>('.doc-close')!.addEventListener('click', () => dialog.close());

  return async function open(docId: string, at?: number): Promise<void> {
    const doc = await api.document(docId);
    if (!doc) return;
    head.textContent = doc.title || t('untitledDocument');
    // The file name or the address the document came from, never a path on the server.
    const source = doc.source && !/^[a-z][a-z0-9+.-]*:\/\//i.test(doc.source) ? (doc.source.split(/[\\/]/).pop() ?? '') : (doc.source ?? '');
    meta.textContent = [doc.publishedOn ? formatDate(doc.publishedOn) : '', source, doc.signer ? `${t('attr_signer')}: ${doc.signer}` : '', t('documentCitations', { n: doc.citations.length })].filter(Boolean).join(' · ');
    if (warning) {
      warning.hidden = !doc.textWarning;
      warning.textContent = doc.textWarning ? `${t('warningGarbled')} (${doc.textWarning})` : '';
    }
    body.replaceChildren();
    const cites = [...doc.citations].sort((a, b) => a.start - b.start);
    let pos = 0;
    let target: HTMLElement | null = null;
    for (const c of cites) {
      if (c.start < pos) continue; // overlapping mention of a list ("Nghị quyết … 4, 5, 6"): first one wins
      body.append(doc.text.slice(pos, c.start));
      const mark = document.createElement('button');
      mark.type = 'button';
      mark.className = 'cite-mark';
      mark.textContent = doc.text.slice(c.start, c.end);
      mark.title = c.instrument.label;
      mark.dataset.key = c.instrument.key;
      mark.addEventListener('click', () => {
        dialog.close();
        onInstrument(c.instrument.key);
      });
      body.append(mark);
      if (at !== undefined && target === null && c.end > at) target = mark;
      pos = c.end;
    }
    body.append(doc.text.slice(pos));
    if (!dialog.open) dialog.showModal();
    (target ?? body).scrollIntoView({ block: 'center' });
    target?.classList.add('cite-current');
    target?.focus();
  };
}
