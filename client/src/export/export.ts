// Export what is in view: the picture (PNG), the elements (Cytoscape JSON, loadable with cy.add), and the
// instruments and their relations as CSV (UTF-8 with BOM so spreadsheet programs read Vietnamese correctly); kinds,
// statuses and relation types in the interface's language, a status never stated without evidence (unknown).
import type { GraphView } from '../graph/view.ts';
import { api, RELATION_TYPES, type Evidence } from '../api.ts';
import { kindName, lang } from '../i18n/index.ts';
import { relationLabel } from '../../../server/vocabulary/relations.ts';
import { csvCell } from '../../../server/text/csv.ts';

export { csvCell };
import { nodeStatus, statusLabel } from '../panel/status.ts';

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


export function instrumentsCsv(view: GraphView): string {
  const rows = view.visibleNodes().filter((n) => n.data('type') === 'instrument');
  const lines = [CSV_COLUMNS.join(',')];
  const cell = (n: (typeof rows)[number], c: (typeof CSV_COLUMNS)[number]): unknown => {
    if (c === 'key') return n.id();
    if (c === 'kind') return kindName(n.data('kind') as string | null);
    if (c === 'status') return statusLabel(nodeStatus(n.data('status')));
    return n.data(c);
  };
  for (const n of rows) lines.push(CSV_COLUMNS.map((c) => csvCell(cell(n, c))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

const RELATION_COLUMNS = ['from', 'fromLabel', 'type', 'to', 'toLabel', 'inferred', 'sentence', 'document'] as const;
const INSTRUMENT_RELATIONS = new Set<string>(RELATION_TYPES);

/**
 * The links in view, one row per quoted sentence (a link without one: one row, sentence empty): from, type (in the
 * interface's language), to, whether it is inferred, the sentence and the document that states it. The sentences
 * of links between instruments are read from the API, once per instrument at their source.
 */
export async function relationsCsv(view: GraphView): Promise<string> {
  const edges = view.cy.edges().filter((e) => !e.hasClass('filtered-out'));
  const sources = [...new Set(edges.filter((e) => INSTRUMENT_RELATIONS.has(String(e.data('type')))).map((e) => String(e.data('source'))))];
  const evidence = new Map<string, Evidence[]>();
  const queue = [...sources];
  await Promise.all(
    Array.from({ length: Math.min(6, queue.length) }, async () => {
      for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
        const d = await api.instrument(key).catch(() => null);
        for (const r of d?.relations ?? []) if (r.direction !== 'INCOMING') evidence.set(`${key}>${r.type}>${r.instrument.key}`, r.evidence);
      }
    }),
  );
  const label = (id: string) => String(view.cy.getElementById(id).data('label') ?? id);
  const lines = [RELATION_COLUMNS.join(',')];
  edges.forEach((e) => {
    const from = String(e.data('source'));
    const to = String(e.data('target'));
    const type = String(e.data('type'));
    const base = [from, label(from), relationLabel(type, 'active', lang()), to, label(to), e.data('inferred') ? 'x' : ''];
    const evs = evidence.get(`${from}>${type}>${to}`) ?? [];
    if (!evs.length) lines.push([...base, '', ''].map(csvCell).join(','));
    for (const ev of evs) lines.push([...base, ev.sentence, ev.document.title ?? ev.document.id].map(csvCell).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

export async function exportRelationsCsv(view: GraphView): Promise<void> {
  const csv = await relationsCsv(view);
  download(`vanban-relations-${stamp()}.csv`, new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
}

export function exportCsv(view: GraphView): void {
  download(`vanban-instruments-${stamp()}.csv`, new Blob(['\uFEFF', instrumentsCsv(view)], { type: 'text/csv;charset=utf-8' }));
}
