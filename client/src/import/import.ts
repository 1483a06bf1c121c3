// Add a document: paste text or choose a file (.txt and .md read here; .html, .docx and .pdf read by the server's
// convertFile into the text box, where it can be checked and edited), preview what the extractor finds (ingestText with
// dryRun: true, nothing written) highlighted in the text, then add it to the graph (dryRun: false).
import { api, ApiError, hasApiToken, setApiToken, type DocumentIdentity, type Extraction, type IngestResult } from '../api.ts';
import { lang, t } from '../i18n/index.ts';
import { relationLabel } from '../../../server/vocabulary/relations.ts';

/** "Thông tư 99/2026/TT-BTP", "Quy định 213-QĐ/TW": an identity as a person writes it. */
export function identityText(i: Pick<DocumentIdentity, 'kind' | 'number' | 'symbol' | 'label'>): string {
  if (!i.number) return i.label;
  const sep = i.symbol && /^\d/.test(i.symbol) ? '/' : '-';
  return `${i.kind} ${i.number}${i.symbol ? `${sep}${i.symbol}` : ''}`;
}

/** The relations of an extraction as lines a reader understands: "Thông tư 99/2026/TT-BTP — Căn cứ — Luật 64/2025/QH15". */
export function relationLines(ex: Extraction): { from: string; type: string; to: string; label: string; sentence: string }[] {
  const names = new Map(ex.instruments.map((i) => [i.key, identityText({ kind: i.kind, number: i.number, symbol: i.symbol, label: i.key })]));
  return (ex.relations ?? []).map((r) => ({
    from: names.get(r.from) ?? r.from,
    type: r.type,
    to: names.get(r.to) ?? r.to,
    label: relationLabel(r.type, 'active', lang()),
    sentence: r.evidence?.text ?? '',
  }));
}

/** A text file read in the browser. */
const MAX_BYTES = 2 * 1024 * 1024;
/** A file the server converts (its convertFile limit). */
const MAX_UPLOAD_BYTES = 7 * 1024 * 1024;
const LOCAL_TYPES = ['.txt', '.md', '.markdown'];
const SERVER_TYPES = ['.html', '.htm', '.docx', '.pdf'];
const extOf = (name: string) => /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';

interface Mark { start: number; end: number; cls: string; title: string }

/** The text with every extracted span wrapped: citations, organisations, actions (which may contain the others). */
export function renderHighlighted(root: HTMLElement, text: string, ex: Extraction): void {
  const marks: Mark[] = [];
  for (const i of ex.instruments ?? []) for (const m of i.mentions ?? []) marks.push({ start: m.start, end: m.end, cls: 'x-cite', title: `${i.kind} ${i.number ?? ''}${i.symbol ? `-${i.symbol}` : ''}`.trim() });
  for (const o of ex.organizations ?? []) for (const m of o.mentions ?? []) marks.push({ start: m.start, end: m.end, cls: 'x-org', title: o.name });
  for (const a of ex.actions ?? []) if (a.evidence) marks.push({ start: a.evidence.start, end: a.evidence.end, cls: a.kind === 'task' ? 'x-task' : 'x-action', title: a.summary });
  // Cut the text at every boundary; each piece carries the classes of the spans covering it.
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  root.replaceChildren();
  for (let k = 0; k + 1 < points.length; k++) {
    const s = points[k]!;
    const e = points[k + 1]!;
    const covering = marks.filter((m) => m.start <= s && m.end >= e);
    const piece = text.slice(s, e);
    if (!covering.length) {
      root.append(piece);
      continue;
    }
    const span = document.createElement(covering.some((m) => m.cls === 'x-cite') ? 'mark' : 'span');
    span.className = [...new Set(covering.map((m) => m.cls))].join(' ');
    span.title = covering.map((m) => m.title).join(' | ');
    span.textContent = piece;
    root.append(span);
  }
}

export function setupImport(dialog: HTMLDialogElement, onAdded: (result: IngestResult) => Promise<void>): () => void {
  const q = <T extends HTMLElement>(sel: string) => dialog.querySelector<T>(sel)!;
  const text = q<HTMLTextAreaElement>('#import-text');
  const file = q<HTMLInputElement>('#import-file');
  const title = q<HTMLInputElement>('#import-title');
  const preview = q<HTMLButtonElement>('#import-preview');
  const commit = q<HTMLButtonElement>('#import-commit');
  const out = q<HTMLElement>('#import-highlight');
  const summary = q<HTMLElement>('#import-summary');
  const tokenRow = q<HTMLElement>('#import-token-row');
  const warning = q<HTMLElement>('#import-warning');
  const identityRow = q<HTMLElement>('#import-identity-row');
  const identity = q<HTMLInputElement>('#import-identity');
  const identityHint = q<HTMLElement>('#import-identity-hint');
  const relations = q<HTMLElement>('#import-relations');
  /** The identity the preview found: sent only when the person changed it. */
  let foundIdentity = '';
  const typedIdentity = () => (identity.value.trim() && identity.value.trim() !== foundIdentity ? identity.value.trim() : undefined);
  /** What the server read about the text: its identity (editable), its relations, a warning on its diacritics. */
  const showAbout = (r: IngestResult) => {
    warning.hidden = !r.textWarning;
    warning.textContent = r.textWarning ? t('importGarbled', { s: r.textWarning }) : '';
    identityRow.hidden = false;
    if (r.identity && r.identity.source !== 'typed') {
      foundIdentity = identityText(r.identity);
      identity.value = foundIdentity;
      identityHint.textContent = t('importIdentityHint');
    } else if (r.identity) {
      // What the person typed was understood: keep it as they wrote it (it is sent again on adding).
      identityHint.textContent = t('importIdentityHint');
    } else {
      identityHint.textContent = t('importIdentityNone');
    }
    const lines = relationLines(r.extraction);
    relations.hidden = false;
    const h = Object.assign(document.createElement('h3'), { textContent: t('importRelations', { n: lines.length }) });
    const ul = document.createElement('ul');
    for (const l of lines) {
      const li = document.createElement('li');
      li.append(Object.assign(document.createElement('strong'), { textContent: l.from }), ` — ${l.label} — `, Object.assign(document.createElement('strong'), { textContent: l.to }));
      if (l.sentence) li.title = l.sentence;
      li.dataset.type = l.type;
      ul.append(li);
    }
    relations.replaceChildren(h, ul);
    if (!title.value.trim() && r.proposedTitle) title.value = r.proposedTitle;
  };
  const token = q<HTMLInputElement>('#import-token');
  q<HTMLButtonElement>('.import-close').addEventListener('click', () => dialog.close());

  let previewed: string | null = null;
  const setBusy = (busy: boolean) => {
    preview.disabled = busy;
    commit.disabled = busy;
    dialog.setAttribute('aria-busy', String(busy));
  };
  text.addEventListener('input', () => {
    previewed = null;
  });
  identity.addEventListener('input', () => {
    previewed = null;
  });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    const ext = extOf(f.name);
    const local = LOCAL_TYPES.includes(ext);
    const error = (msg: string) => {
      summary.textContent = msg;
      summary.className = 'error';
    };
    if (!local && !SERVER_TYPES.includes(ext)) return error(t('importFileType', { ext: ext || f.name }));
    if (f.size > (local ? MAX_BYTES : MAX_UPLOAD_BYTES)) return error(t('importFileTooLarge', { n: f.size, max: local ? '2 MB' : '7 MB' }));
    let body: string;
    let docTitle: string | null = null;
    if (local) body = await f.text();
    else {
      if (!tokenRow.hidden) setApiToken(token.value);
      setBusy(true);
      summary.textContent = t('importReading', { name: f.name });
      summary.className = 'muted';
      try {
        const r = await api.convertFile(f);
        body = r.text;
        docTitle = r.title;
      } catch (err) {
        fail(err);
        return;
      } finally {
        setBusy(false);
      }
    }
    text.value = body;
    if (!title.value) title.value = docTitle ?? f.name.replace(/\.[^.]+$/, '');
    summary.textContent = t('importFileRead', { name: f.name, n: body.length });
    summary.className = 'muted';
    out.hidden = true;
    previewed = null;
  });
  /** An error under the form; a refused token opens (or keeps open) the token field and puts the cursor in it. */
  const fail = (err: unknown) => {
    const e = err as ApiError;
    summary.className = 'error';
    if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') {
      summary.textContent = t(hasApiToken() ? 'importTokenWrong' : 'importTokenNeeded');
      tokenRow.hidden = false;
      token.focus();
      token.select();
    } else {
      summary.textContent = t('errorQuery', { msg: e.message });
    }
  };
  /** The pasted text, or null (with the reason shown) when there is nothing to send; then marks the form busy. */
  const begin = (status: string): string | null => {
    if (!tokenRow.hidden) setApiToken(token.value);
    const body = text.value;
    if (!body.trim()) {
      summary.textContent = t('importEmpty');
      summary.className = 'error';
      return null;
    }
    setBusy(true);
    summary.textContent = status;
    summary.className = 'muted';
    return body;
  };
  preview.addEventListener('click', async () => {
    const body = begin(t('importPreviewing'));
    if (body === null) return;
    try {
      const r = await api.ingest({ text: body, title: title.value || undefined, identity: typedIdentity() }, true);
      showAbout(r);
      // Offsets refer to the NFC text without a BOM (server/extract/normalize.ts).
      const nfc = body.replace(/^\uFEFF/, '').normalize('NFC');
      renderHighlighted(out, nfc, r.extraction);
      out.hidden = false;
      summary.textContent = `${t('importSummary', { i: r.instruments, r: r.relations, a: r.actions, o: r.extraction.organizations?.length ?? 0 })} ${t('importNothingWritten')}`;
      summary.className = 'ok';
      previewed = body;
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  });
  commit.addEventListener('click', async () => {
    const body = begin(t('importCommitting'));
    if (body === null) return;
    try {
      const r = await api.ingest({ text: body, title: title.value || undefined, source: file.files?.[0]?.name, identity: typedIdentity() }, false);
      showAbout(r);
      if (previewed !== body) renderHighlighted(out, body.replace(/^\uFEFF/, '').normalize('NFC'), r.extraction);
      out.hidden = false;
      summary.textContent = t('importDone', { i: r.instruments, r: r.relations, a: r.actions });
      summary.className = 'ok';
      await onAdded(r);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  });
  return () => {
    if (!dialog.open) dialog.showModal();
    text.focus();
  };
}
