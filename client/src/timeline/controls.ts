// The bar over the canvas: the date control (a date field and a slider over the years of the instruments loaded),
// "show citing documents", grouping, the line saying what is shown and what is hidden, and the list the collapsed
// unlinked instruments open into. Its choices live in the URL (at, docs, group) with the rest of the view.
import type { Core } from 'cytoscape';
import { formatDate, formatNumber, t } from '../i18n/index.ts';
import type { GroupBy, OverviewSummary } from '../graph/overview.ts';
import { issuedDate } from '../graph/overview.ts';

export interface ControlsState { at: string | null; docs: boolean; group: GroupBy }
export interface ControlsHandlers {
  onDate: (at: string | null) => void;
  onDocs: (docs: boolean) => void;
  onGroup: (group: GroupBy) => void;
  onPick: (id: string) => void;
}

const DAY = 86_400_000;
const toDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDay = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);

export class OverviewControls {
  private dateInput: HTMLInputElement;
  private slider: HTMLInputElement;
  private docs: HTMLInputElement;
  private group: HTMLSelectElement;
  private summary: HTMLElement;
  private list: HTMLElement;
  private range: { min: number; max: number } | null = null;

  constructor(
    private root: HTMLElement,
    private listRoot: HTMLElement,
    private state: ControlsState,
    private handlers: ControlsHandlers,
  ) {
    this.dateInput = Object.assign(document.createElement('input'), { type: 'date', id: 'as-of' });
    this.slider = Object.assign(document.createElement('input'), { type: 'range', id: 'as-of-slider', min: '0', max: '0', step: '1' });
    this.docs = Object.assign(document.createElement('input'), { type: 'checkbox', id: 'show-docs' });
    this.group = Object.assign(document.createElement('select'), { id: 'group-by' });
    this.summary = Object.assign(document.createElement('span'), { id: 'overview-summary', className: 'overview-summary' });
    this.list = listRoot;
    this.dateInput.addEventListener('change', () => this.setDate(this.dateInput.value || null));
    // The slider moves the picture as it is dragged (the date classes are cheap), the URL follows.
    this.slider.addEventListener('input', () => {
      if (!this.range) return;
      const v = Number(this.slider.value);
      this.setDate(v >= this.range.max ? null : fromDay(v));
    });
    this.docs.addEventListener('change', () => handlers.onDocs(this.docs.checked));
    this.group.addEventListener('change', () => handlers.onGroup(this.group.value as GroupBy));
    this.render();
  }

  private setDate(at: string | null): void {
    this.state.at = at;
    this.dateInput.value = at ?? '';
    this.syncSlider();
    this.handlers.onDate(at);
  }

  /** Re-renders the words (language switch) and the controls' values. */
  render(): void {
    const dateLabel = Object.assign(document.createElement('label'), { htmlFor: 'as-of', textContent: t('asOf') });
    const clear = Object.assign(document.createElement('button'), { type: 'button', className: 'small', id: 'as-of-clear', textContent: t('asOfClear') });
    clear.addEventListener('click', () => this.setDate(null));
    this.slider.setAttribute('aria-label', t('asOf'));
    const dateBox = document.createElement('span');
    dateBox.className = 'as-of';
    dateBox.append(dateLabel, this.dateInput, this.slider, clear);
    const docsLabel = Object.assign(document.createElement('label'), { htmlFor: 'show-docs', className: 'check' });
    docsLabel.append(this.docs, document.createTextNode(` ${t('showDocuments')}`));
    const groupLabel = Object.assign(document.createElement('label'), { htmlFor: 'group-by', textContent: `${t('groupBy')} ` });
    this.group.replaceChildren(
      ...(['issuer', 'kind', 'none'] as const).map((g) => Object.assign(document.createElement('option'), { value: g, textContent: t(g === 'issuer' ? 'groupIssuer' : g === 'kind' ? 'groupKind' : 'groupNone') })),
    );
    this.group.value = this.state.group;
    this.docs.checked = this.state.docs;
    this.dateInput.value = this.state.at ?? '';
    const groupBox = document.createElement('span');
    groupBox.append(groupLabel, this.group);
    this.root.replaceChildren(dateBox, docsLabel, groupBox, this.summary);
    this.syncSlider();
  }

  /** The slider spans the issue dates of the instruments loaded, up to today (its right end: no date). */
  setRange(cy: Core): void {
    let min = Infinity;
    cy.nodes('[type = "instrument"]').forEach((n) => {
      const d = issuedDate(n.data());
      if (d) min = Math.min(min, toDay(d));
    });
    const today = Math.floor(Date.now() / DAY);
    this.range = Number.isFinite(min) ? { min: Math.min(min, today - 1), max: today } : null;
    this.syncSlider();
  }

  private syncSlider(): void {
    this.slider.disabled = !this.range;
    if (!this.range) return;
    this.slider.min = String(this.range.min);
    this.slider.max = String(this.range.max);
    const v = this.state.at ? Math.max(this.range.min, Math.min(this.range.max, toDay(this.state.at))) : this.range.max;
    this.slider.value = String(v);
  }

  /** The status line: what is drawn out of what, and each thing hidden, with its count. */
  showSummary(s: OverviewSummary, extra: { total: number | null; citingDocuments: number | null; top: number; docsShown: boolean; at: string | null }): void {
    const parts = [t('summaryShown', { shown: s.drawn, total: Math.max(extra.total ?? s.instruments, s.instruments) })];
    if (extra.top) parts.push(t('summaryTop', { n: extra.top }));
    if (s.unlinked.length) parts.push(t('summaryUnlinked', { n: s.unlinked.length }));
    if (extra.docsShown) parts.push(t('summaryDocs', { n: s.documents }));
    else if (extra.citingDocuments) parts.push(t('summaryDocsHidden', { n: extra.citingDocuments }));
    if (extra.at && s.notYet) parts.push(t('summaryNotYet', { n: s.notYet, d: formatDate(extra.at) }));
    if (s.ended) parts.push(t('summaryEnded', { n: s.ended }));
    this.summary.textContent = parts.join(' · ');
  }

  /** Opens the list of the collapsed unlinked instruments (label and title, by issue date). */
  openList(cy: Core, ids: string[]): void {
    const head = document.createElement('div');
    head.className = 'dialog-head';
    const h = Object.assign(document.createElement('h3'), { textContent: t('unlinkedItem', { n: ids.length }) });
    const close = Object.assign(document.createElement('button'), { type: 'button', className: 'icon', textContent: '×' });
    close.setAttribute('aria-label', t('close'));
    close.addEventListener('click', () => (this.list.hidden = true));
    head.append(h, close);
    const hint = Object.assign(document.createElement('p'), { className: 'muted', textContent: t('unlinkedHint') });
    const ul = document.createElement('ul');
    const rows = ids
      .map((id) => cy.getElementById(id))
      .filter((n) => n.nonempty())
      .map((n) => ({ id: n.id(), label: String(n.data('label') ?? n.id()), title: (n.data('title') as string | null) ?? '', date: issuedDate(n.data()) ?? '', cites: Number(n.data('citationCount') ?? 0) }))
      .sort((a, b) => b.cites - a.cites || a.label.localeCompare(b.label, 'vi'));
    for (const r of rows) {
      const li = document.createElement('li');
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'linklike' });
      b.dataset.id = r.id;
      b.append(Object.assign(document.createElement('strong'), { textContent: r.label }), document.createTextNode(r.title ? ` — ${r.title}` : ''));
      b.addEventListener('click', () => this.handlers.onPick(r.id));
      const meta = Object.assign(document.createElement('span'), { className: 'muted', textContent: [r.date ? formatDate(r.date) : '', r.cites ? `${formatNumber(r.cites)} ↩` : ''].filter(Boolean).join(' · ') });
      li.append(b, document.createTextNode(' '), meta);
      ul.append(li);
    }
    this.list.replaceChildren(head, hint, ul);
    this.list.hidden = false;
  }

  closeList(): void {
    this.list.hidden = true;
  }
}
