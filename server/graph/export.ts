// The graph (or the neighbourhood of one instrument) in formats other tools open:
//   graphml  Gephi, yEd, Cytoscape desktop          json    Cytoscape (cytoscape.js elements JSON)
//   csv      a spreadsheet: one row per relationship with both ends named, plus one row per lone node
//   jsonld   linked-data tools: schema.org Legislation vocabulary, one stable URI per node from its key
// Node ids are stable across exports and databases: "instrument:quy-dinh:213-qd-tw@2020", "document:<sha256>",
// "organization:bo-chinh-tri", "action:<document id>:<start>-<end>".
import type { Graph } from './driver.ts';
import { csvCell, scalar } from '../text/csv.ts';

export { csvCell };

export const EXPORT_FORMATS = ['graphml', 'json', 'csv', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportNode {
  id: string;
  label: 'Instrument' | 'Organization' | 'Document' | 'Action';
  props: Record<string, unknown>;
}

export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export interface ExportOptions {
  /** Key of the instrument whose neighbourhood to export; the whole graph when absent. */
  focus?: string | null;
  /** Hops from the focus (default 1). */
  depth?: number;
}

export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

/** Stable id of a node from its label and key. */
export function nodeId(label: string, props: Record<string, unknown>): string {
  const key = String(props.key ?? props.id ?? '');
  return `${label.toLowerCase()}:${key}`;
}

/** Stable URI of a node: `urn:vanban:instrument:quy-dinh:213-qd-tw@2020` (only URI-unsafe characters escaped). */
export function nodeUri(id: string, base = 'urn:vanban:'): string {
  return base + encodeURIComponent(id).replace(/%3A/gi, ':').replace(/%40/g, '@');
}

const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

/** Reads the nodes and relationships to export (the whole graph, or a neighbourhood). */
export async function readExportGraph(graph: Graph, opts: ExportOptions = {}): Promise<ExportGraph> {
  let ids: string[] | null = null;
  if (opts.focus) {
    const [start] = await graph.read<{ eid: string | null }>('graph/export-focus', { key: opts.focus });
    if (!start?.eid) throw new ExportError(`no instrument with key ${JSON.stringify(opts.focus)}; find keys with the API's search or in a full export`);
    const seen = new Set([start.eid]);
    let frontier = [start.eid];
    for (let d = 0; d < (opts.depth ?? 1) && frontier.length; d++) {
      const [row] = await graph.read<{ ids: string[] }>('graph/export-expand', { ids: frontier });
      frontier = (row?.ids ?? []).filter((x) => !seen.has(x));
      for (const x of frontier) seen.add(x);
    }
    ids = [...seen];
  }
  const rawNodes = await graph.read<{ eid: string; label: ExportNode['label']; props: Record<string, unknown> }>('graph/export-nodes', { ids });
  const idOf = new Map<string, string>();
  const nodes = rawNodes.map((n) => {
    const id = nodeId(n.label, n.props);
    idOf.set(n.eid, id);
    return { id, label: n.label, props: clean(n.props) };
  });
  nodes.sort((a, b) => a.id.localeCompare(b.id));
  const rawEdges = await graph.read<{ eid: string; type: string; source: string; target: string; props: Record<string, unknown> }>('graph/export-edges', { ids });
  const edges: ExportEdge[] = [];
  const counter = new Map<string, number>();
  for (const e of rawEdges) {
    const source = idOf.get(e.source);
    const target = idOf.get(e.target);
    if (!source || !target) continue;
    const props = clean(e.props);
    // stable edge id: ends, type and the evidence that distinguishes parallel edges
    const base = `${source}|${e.type}|${target}|${String(props.docId ?? props.source ?? '')}|${String(props.citeStart ?? '')}`;
    const n = (counter.get(base) ?? 0) + 1;
    counter.set(base, n);
    edges.push({ id: n === 1 ? base : `${base}|${n}`, type: e.type, source, target, props });
  }
  edges.sort((a, b) => a.id.localeCompare(b.id));
  return { nodes, edges };
}

// ------------------------------------------------------------------------------------------------ writers

export type Sink = (chunk: string) => void | Promise<void>;

const xml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');


function graphmlType(values: unknown[]): string {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'long';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

export async function writeGraphml(g: ExportGraph, sink: Sink): Promise<void> {
  const keys = (items: { props: Record<string, unknown> }[]) => {
    const byName = new Map<string, unknown[]>();
    for (const it of items) for (const [k, v] of Object.entries(it.props)) (byName.get(k) ?? byName.set(k, []).get(k)!).push(v);
    return [...byName.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, vals]) => ({ name, type: graphmlType(vals) }));
  };
  const nodeKeys = keys(g.nodes);
  const edgeKeys = keys(g.edges);
  await sink('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n');
  await sink('  <key id="n_label" for="node" attr.name="label" attr.type="string"/>\n  <key id="n_type" for="node" attr.name="type" attr.type="string"/>\n');
  for (const k of nodeKeys) if (k.name !== 'label') await sink(`  <key id="n_${xml(k.name)}" for="node" attr.name="${xml(k.name)}" attr.type="${k.type}"/>\n`);
  await sink('  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>\n');
  for (const k of edgeKeys) if (k.name !== 'type') await sink(`  <key id="e_${xml(k.name)}" for="edge" attr.name="${xml(k.name)}" attr.type="${k.type}"/>\n`);
  await sink('  <graph id="vanban" edgedefault="directed">\n');
  for (const n of g.nodes) {
    const display = String(n.props.label ?? n.props.name ?? n.props.title ?? n.props.summary ?? n.id);
    let s = `    <node id="${xml(n.id)}"><data key="n_label">${xml(display)}</data><data key="n_type">${n.label}</data>`;
    for (const [k, v] of Object.entries(n.props)) if (k !== 'label') s += `<data key="n_${xml(k)}">${xml(scalar(v))}</data>`;
    await sink(`${s}</node>\n`);
  }
  for (const e of g.edges) {
    let s = `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="e_type">${e.type}</data>`;
    for (const [k, v] of Object.entries(e.props)) if (k !== 'type') s += `<data key="e_${xml(k)}">${xml(scalar(v))}</data>`;
    await sink(`${s}</edge>\n`);
  }
  await sink('  </graph>\n</graphml>\n');
}

/** Cytoscape elements JSON: `{elements: {nodes: [{data}], edges: [{data}]}}`, opened by Cytoscape desktop and cytoscape.js. */
export async function writeCytoscapeJson(g: ExportGraph, sink: Sink): Promise<void> {
  await sink('{"format_version":"1.0","generated_by":"vanban-graph","elements":{"nodes":[');
  for (let i = 0; i < g.nodes.length; i++) {
    const n = g.nodes[i]!;
    const data = { ...n.props, id: n.id, type: n.label, name: String(n.props.label ?? n.props.name ?? n.props.title ?? n.props.summary ?? n.id) };
    await sink(`${i ? ',' : ''}\n{"data":${JSON.stringify(data)}}`);
  }
  await sink('\n],"edges":[');
  for (let i = 0; i < g.edges.length; i++) {
    const e = g.edges[i]!;
    await sink(`${i ? ',' : ''}\n{"data":${JSON.stringify({ ...e.props, id: e.id, source: e.source, target: e.target, interaction: e.type })}}`);
  }
  await sink('\n]}}\n');
}


/** One row per relationship with both ends named, then one row per node no relationship reaches. */
export async function writeCsv(g: ExportGraph, sink: Sink): Promise<void> {
  const byId = new Map(g.nodes.map((n) => [n.id, n] as const));
  const name = (n: ExportNode | undefined) => String(n?.props.label ?? n?.props.name ?? n?.props.title ?? n?.props.summary ?? '');
  const cols = ['source_id', 'source_type', 'source_name', 'relationship', 'target_id', 'target_type', 'target_name', 'doc_id', 'sentence', 'score', 'reason'];
  await sink(`\ufeff${cols.join(',')}\n`); // BOM: spreadsheets then read the Vietnamese text as UTF-8
  const linked = new Set<string>();
  for (const e of g.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    linked.add(e.source);
    linked.add(e.target);
    await sink(`${[e.source, s?.label, name(s), e.type, e.target, t?.label, name(t), e.props.docId ?? e.props.source, e.props.sentence, e.props.score, e.props.reason].map(csvCell).join(',')}\n`);
  }
  for (const n of g.nodes) if (!linked.has(n.id)) await sink(`${[n.id, n.label, name(n), '', '', '', '', '', '', '', ''].map(csvCell).join(',')}\n`);
}

// schema.org where it has a word for the relation, our own vocabulary (vg:) where it does not.
const JSONLD_RELATIONS: Record<string, string> = {
  AMENDS: 'legislationChanges',
  CONSOLIDATES: 'legislationConsolidates',
  BASED_ON: 'isBasedOn',
  CITES: 'citation',
  IMPLEMENTS: 'legislationApplies',
  REPLACES: 'vg:replaces',
  REPEALS: 'vg:repeals',
  GUIDES: 'vg:guides',
  CONTINUES: 'vg:continues',
  SUMMARIZES: 'vg:summarizes',
  CORRECTS: 'vg:corrects',
  SUSPENDS: 'vg:suspends',
};

/** JSON-LD with schema.org's Legislation vocabulary; every node has a stable `@id` from its key. */
export async function writeJsonLd(g: ExportGraph, sink: Sink, base = 'urn:vanban:'): Promise<void> {
  const uri = (id: string) => nodeUri(id, base);
  const out = new Map<string, Record<string, unknown>>();
  // parallel edges (the same link stated by two documents, or by a document and the catalogue) give one reference
  const add = (o: Record<string, unknown>, prop: string, value: Record<string, unknown>) => {
    const prev = o[prop] as Record<string, unknown> | Record<string, unknown>[] | undefined;
    const list = prev === undefined ? [] : Array.isArray(prev) ? prev : [prev];
    if (list.some((x) => x['@id'] === value['@id'])) return;
    o[prop] = list.length ? [...list, value] : value;
  };
  for (const n of g.nodes) {
    const p = n.props;
    let o: Record<string, unknown>;
    if (n.label === 'Instrument') {
      o = clean({
        '@id': uri(n.id),
        '@type': 'Legislation',
        name: p.label,
        alternateName: p.aliases,
        legislationIdentifier: p.number && p.symbol ? String(p.label).slice(String(p.kind).length + 1) : (p.label ?? p.key),
        legislationType: p.kind,
        legislationDate: p.issuedOn,
        legislationJurisdiction: p.jurisdiction ?? 'Việt Nam',
        headline: p.title,
        identifier: p.key,
        'vg:term': p.term,
        'vg:conference': p.conference,
        'vg:fromCatalog': p.fromCatalog,
      });
    } else if (n.label === 'Organization') {
      o = clean({ '@id': uri(n.id), '@type': 'Organization', name: p.name, identifier: p.key, 'vg:level': p.level });
    } else if (n.label === 'Document') {
      o = clean({ '@id': uri(n.id), '@type': 'Article', name: p.title, url: typeof p.source === 'string' && /^https?:/.test(p.source) ? p.source : undefined, 'vg:source': p.source, datePublished: p.publishedOn, identifier: p.id, sha256: p.id });
    } else {
      o = clean({ '@id': uri(n.id), '@type': p.kind === 'task' ? 'PlanAction' : 'Action', name: p.summary, description: p.text, identifier: p.id, 'vg:ordinal': p.ordinal });
    }
    out.set(n.id, o);
  }
  for (const e of g.edges) {
    const s = out.get(e.source);
    if (!s) continue;
    const ref = { '@id': uri(e.target) };
    if (e.type === 'ISSUED') add(out.get(e.target) ?? {}, 'legislationPassedBy', { '@id': uri(e.source) });
    else if (e.type === 'CITES' && s['@type'] === 'Article') add(s, 'citation', ref);
    else if (e.type === 'MENTIONS') add(s, 'mentions', ref);
    else if (e.type === 'REPORTS') add(s, 'about', ref);
    else if (e.type === 'PERFORMED_BY') add(s, 'agent', ref);
    else if (e.type === 'GOVERNS') add(out.get(e.target) ?? {}, 'instrument', { '@id': uri(e.source) });
    else if (e.type === 'MAY_GOVERN') add(out.get(e.target) ?? {}, 'vg:mayBeGovernedBy', clean({ '@id': uri(e.source), 'vg:score': e.props.score, 'vg:reason': e.props.reason }));
    else if (JSONLD_RELATIONS[e.type]) add(s, JSONLD_RELATIONS[e.type]!, ref);
  }
  await sink(`{"@context":${JSON.stringify({ '@vocab': 'https://schema.org/', vg: 'https://github.com/vanban-graph/vocab#', sha256: 'vg:sha256' })},\n"@graph":[`);
  let i = 0;
  for (const o of out.values()) await sink(`${i++ ? ',' : ''}\n${JSON.stringify(o)}`);
  await sink('\n]}\n');
}

export async function writeExport(g: ExportGraph, format: ExportFormat, sink: Sink): Promise<void> {
  switch (format) {
    case 'graphml':
      return writeGraphml(g, sink);
    case 'json':
      return writeCytoscapeJson(g, sink);
    case 'csv':
      return writeCsv(g, sink);
    case 'jsonld':
      return writeJsonLd(g, sink);
  }
}
