// The list view: the instruments in view as a sortable table. Column headers are buttons (aria-sort says the
// order); a row's label is a button that opens the instrument in the panel.
import type { GraphView } from '../graph/view.ts';
import { formatDate, formatNumber, kindName, t, type MessageKey } from '../i18n/index.ts';
import { nodeStatus, statusLabel } from '../panel/status.ts';

type Col = 'label' | 'kind' | 'title' | 'issuedOn' | 'issuer' | 'status' | 'citationCount';
const COLS: Col[] = ['label', 'kind', 'title', 'issuedOn', 'issuer', 'status', 'citationCount'];

let sortCol: Col = 'issuedOn';
let sortDir: 1 | -1 = -1;

interface Row { id: string; label: string; kind: string; title: string; issuedOn: string; year: number | null; issuer: string; status: string; citationCount: number }

export function renderList(root: HTMLElement, view: GraphView, onOpen: (id: string) => void): void {
  const rows: Row[] = view
    .visibleNodes()
    .filter((n) => n.data('type') === 'instrument')
    .map((n) => ({
      id: n.id(),
      label: String(n.data('label') ?? n.id()),
      kind: String(n.data('kind') ?? ''),
      title: String(n.data('title') ?? ''),
      issuedOn: String(n.data('issuedOn') ?? ''),
      year: (n.data('year') as number | null) ?? null,
      issuer: String(n.data('issuer') ?? ''),
      status: nodeStatus(n.data('status')),
      citationCount: Number(n.data('citationCount') ?? 0),
    }));
  const key = (r: Row): string | number => (sortCol === 'issuedOn' ? r.issuedOn || (r.year ? `${r.year}` : '') : r[sortCol]);
  rows.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi', { numeric: true });
    return c * sortDir;
  });
  if (!rows.length) {
    root.replaceChildren(Object.assign(document.createElement('p'), { className: 'muted', textContent: t('listEmpty') }));
    return;
  }
  const table = document.createElement('table');
  table.className = 'instrument-list';
  const thead = table.createTHead().insertRow();
  for (const c of COLS) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.setAttribute('aria-sort', c === sortCol ? (sortDir === 1 ? 'ascending' : 'descending') : 'none');
    const b = Object.assign(document.createElement('button'), { type: 'button', className: 'sort', textContent: t(`col_${c}` as MessageKey) + (c === sortCol ? (sortDir === 1 ? ' ▲' : ' ▼') : '') });
    b.setAttribute('aria-label', t('sortBy', { c: t(`col_${c}` as MessageKey) }));
    b.addEventListener('click', () => {
      if (sortCol === c) sortDir = sortDir === 1 ? -1 : 1;
      else {
        sortCol = c;
        sortDir = 1;
      }
      renderList(root, view, onOpen);
      root.querySelector<HTMLButtonElement>(`th:nth-child(${COLS.indexOf(c) + 1}) button`)?.focus();
    });
    th.append(b);
    thead.append(th);
  }
  const tbody = table.createTBody();
  for (const r of rows) {
    const tr_ = tbody.insertRow();
    tr_.dataset.id = r.id;
    const open = Object.assign(document.createElement('button'), { type: 'button', className: 'link', textContent: r.label });
    open.addEventListener('click', () => onOpen(r.id));
    tr_.insertCell().append(open);
    tr_.insertCell().textContent = kindName(r.kind);
    tr_.insertCell().textContent = r.title;
    tr_.insertCell().textContent = r.issuedOn ? formatDate(r.issuedOn) : r.year ? String(r.year) : '';
    tr_.insertCell().textContent = r.issuer;
    tr_.insertCell().textContent = statusLabel(r.status);
    const n = tr_.insertCell();
    n.className = 'num';
    n.textContent = formatNumber(r.citationCount);
  }
  root.replaceChildren(table);
}
