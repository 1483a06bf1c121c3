// Export what is in view: the picture (PNG), the elements (Cytoscape JSON, loadable with cy.add), and the
// instruments as CSV (UTF-8 with BOM so spreadsheet programs read Vietnamese correctly).
import type { GraphView } from '../graph/view.ts';

function download(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

export function exportPng(view: GraphView): void {
  const blob = view.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  download(`vanban-graph-${stamp()}.png`, blob);
}

export function viewJson(view: GraphView): { nodes: unknown[]; edges: unknown[] } {
  // Graph data only: not the view's own group frames and collapsed item, nor what the date control hides.
  const out = (e: { hasClass: (c: string) => boolean }) => e.hasClass('filtered-out') || e.hasClass('meta') || e.hasClass('not-yet');
  const visible = view.cy.elements().filter((e) => !out(e) && (e.isNode() || (!out(e.source()) && !out(e.target()))));
  return {
    nodes: visible.nodes().map((n) => ({ data: stripUi(n.data() as Record<string, unknown>), position: n.position() })),
    edges: visible.edges().map((e) => ({ data: stripUi(e.data() as Record<string, unknown>) })),
  };
}

function stripUi(d: Record<string, unknown>): Record<string, unknown> {
  const { displayLabel: _a, scoreLabel: _b, parent: _c, sizeW: _d, sizeH: _e, ...rest } = d;
  return rest;
}

export function exportJson(view: GraphView): void {
  download(`vanban-graph-${stamp()}.json`, new Blob([JSON.stringify({ elements: viewJson(view) }, null, 2)], { type: 'application/json' }));
}

const CSV_COLUMNS = ['key', 'label', 'kind', 'title', 'issuedOn', 'year', 'issuer', 'status', 'citationCount'] as const;

/**
 * One CSV cell. A text starting with = + - @ is read by spreadsheets as a formula: it gets a leading apostrophe,
 * shown as plain text (OWASP's advice on CSV injection; same rule as server/graph/export.ts). Numbers stay as they are.
 */
export function csvCell(v: unknown): string {
  const raw = v === null || v === undefined ? '' : String(v);
  const s = typeof v !== 'number' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function instrumentsCsv(view: GraphView): string {
  const rows = view.visibleNodes().filter((n) => n.data('type') === 'instrument');
  const lines = [CSV_COLUMNS.join(',')];
  for (const n of rows) lines.push(CSV_COLUMNS.map((c) => csvCell(c === 'key' ? n.id() : n.data(c))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function exportCsv(view: GraphView): void {
  download(`vanban-instruments-${stamp()}.csv`, new Blob(['\uFEFF', instrumentsCsv(view)], { type: 'text/csv;charset=utf-8' }));
}
