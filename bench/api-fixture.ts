// A synthetic graph for the API bench: instruments from the corpus generator's registry (bench/corpus-generator.ts),
// with relations skewed towards a few much-cited instruments, documents that cite them, actions they govern,
// inferred backings and issuers. Written straight into Neo4j in UNWIND batches with the same statement the API
// tests use for case graphs (cypher/queries/test/api-fixture.cypher), in the shape of cypher/README.md.
import type { Graph } from '../server/graph/driver.ts';
import { organizationKey, searchFields } from '../server/graph/ingest.ts';
import { slugify } from '../server/text/fold.ts';
import { registry, rng, zipf } from './corpus-generator.ts';

const BATCH = 5000;
const LINK_TYPES: [string, number][] = [
  ['IMPLEMENTS', 30],
  ['CITES', 30],
  ['GUIDES', 15],
  ['BASED_ON', 10],
  ['CONTINUES', 5],
  ['REPLACES', 5],
  ['AMENDS', 5],
];

type Rows = Record<string, unknown>[];
const docIdOf = (d: number) => `bench-doc-${String(d).padStart(8, '0')}`.padEnd(64, '0');
const EMPTY = { instruments: [], organizations: [], documents: [], actions: [], links: [], issued: [], cites: [], mentions: [], reports: [], governs: [], mayGovern: [], performedBy: [] };

async function write(graph: Graph, list: string, rows: Rows): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await graph.write('test/api-fixture', { ...EMPTY, [list]: rows.slice(i, i + BATCH) }, 600_000);
}

export interface BenchGraph {
  instruments: number;
  relations: number;
  documents: number;
  actions: number;
  /** Picks for the bench queries. */
  hubKey: string;
  midKey: string;
  traceActionId: string;
  searchText: string;
}

export async function loadBenchGraph(graph: Graph, opts: { instruments?: number; documents?: number; actions?: number; seed?: number } = {}): Promise<BenchGraph> {
  const n = opts.instruments ?? 100_000;
  const nDocs = opts.documents ?? 20_000;
  const nActions = opts.actions ?? 50_000;
  const r = rng(opts.seed ?? 11);
  const popular = zipf(n, 1.1, r);
  const keys: string[] = [];
  const instruments: Rows = [];
  const issuers = new Map<string, string>();
  const issued: Rows = [];
  for (const s of registry(n)) {
    const year = Number(s.issuedOn.slice(0, 4));
    const state = /^\d{4}\//.test(s.symbol);
    const base = `${slugify(s.kind)}:${s.number}-${slugify(s.symbol)}`;
    const key = `${base}${state ? '' : `@${year}`}${s.jurisdiction ? `#${slugify(s.jurisdiction)}` : ''}`;
    keys.push(key);
    const label = `${s.kind} ${s.citation}`;
    instruments.push({
      key,
      baseKey: base,
      kind: s.kind,
      number: s.number,
      symbol: s.symbol,
      issuedOn: s.issuedOn,
      year,
      title: s.title,
      jurisdiction: s.jurisdiction,
      issuerName: s.issuer,
      label,
      fromCatalog: false,
      aliases: [],
      ...searchFields([s.kind, s.number, s.symbol, s.citation, s.title, s.issuer]),
    });
    const orgKey = organizationKey(s.issuer);
    issuers.set(orgKey, s.issuer);
    issued.push({ org: orgKey, instrument: key, docId: 'bench' });
  }
  // Documents: each cites 5 instruments (popular ones more often) in one sentence per citation.
  const documents: Rows = [];
  const cites: Rows = [];
  const docCited: string[][] = [];
  for (let d = 0; d < nDocs; d++) {
    const id = docIdOf(d);
    const chosen = [...new Set(Array.from({ length: 5 }, () => keys[popular()]!))];
    let text = '';
    for (const k of chosen) {
      const start = text.length + 'Thực hiện '.length;
      text += `Thực hiện ${k}, các cấp ủy đã quán triệt và triển khai nghiêm túc. `;
      cites.push({ doc: id, instrument: k, props: { count: 1, starts: [start], ends: [start + k.length] } });
    }
    documents.push({ id, title: `Báo cáo ${d}`, source: `bench/${d}.txt`, publishedOn: '2024-01-01', text, ...searchFields([`Báo cáo ${d}`]) });
    docCited.push(chosen);
  }
  // Relations: every instrument after the first acts on one to three others, chosen by popularity.
  const totalWeight = LINK_TYPES.reduce((s, [, w]) => s + w, 0);
  const pickType = () => {
    let x = r() * totalWeight;
    for (const [t, w] of LINK_TYPES) if ((x -= w) < 0) return t;
    return 'CITES';
  };
  const links: Rows = [];
  for (let i = 1; i < n; i++) {
    const m = 1 + Math.floor(r() * 3);
    const seen = new Set<number>();
    for (let j = 0; j < m; j++) {
      const t = popular();
      if (t === i || seen.has(t)) continue;
      seen.add(t);
      const doc = docIdOf(i % nDocs);
      links.push({ from: keys[i]!, to: keys[t]!, type: pickType(), props: { docId: doc, sentence: `${keys[i]} thực hiện ${keys[t]}.`, start: 0, end: 10, citeStart: 0, citeEnd: 5 } });
    }
  }
  // Actions: reported by a document, governed by one or two of the instruments it cites.
  const actions: Rows = [];
  const governs: Rows = [];
  const mayGovern: Rows = [];
  const reports: Rows = [];
  const performedBy: Rows = [];
  const orgKeys = [...issuers.keys()];
  for (let a = 0; a < nActions; a++) {
    const d = a % nDocs;
    const docId = docIdOf(d);
    const id = `${docId}:a${a}`;
    const summary = `tổ chức quán triệt, triển khai thực hiện nghị quyết lần ${a}`;
    actions.push({ id, kind: a % 4 === 0 ? 'task' : 'action', ordinal: a % 4 === 0 ? 1 : null, summary, text: summary, actorName: null, quantities: null, docId, start: 0, end: 10, ...searchFields([summary]) });
    reports.push({ doc: docId, action: id });
    const cited = docCited[d]!;
    for (const k of cited.slice(0, 1 + (a % 2))) governs.push({ instrument: k, action: id, props: { docId, sentence: summary, start: 0, end: 10 } });
    if (a % 3 === 0) mayGovern.push({ instrument: keys[popular()]!, action: id, score: 0.3, reason: 'quán triệt, triển khai' });
    performedBy.push({ action: id, org: orgKeys[a % orgKeys.length]!, docId });
  }
  await write(graph, 'instruments', instruments);
  await write(graph, 'organizations', [...issuers].map(([key, name]) => ({ key, name, level: 'central', ...searchFields([name]) })));
  await write(graph, 'issued', issued);
  await write(graph, 'documents', documents);
  await write(graph, 'cites', cites);
  await write(graph, 'links', links);
  await write(graph, 'actions', actions);
  await write(graph, 'reports', reports);
  await write(graph, 'governs', governs);
  await write(graph, 'mayGovern', mayGovern);
  await write(graph, 'performedBy', performedBy);
  // Picks: the most-cited instrument, one of middling rank, and an action whose backer implements something.
  const mid = keys[Math.floor(n / 50)]!;
  const implementsFrom = new Set(links.filter((l) => l.type === 'IMPLEMENTS').map((l) => l.from as string));
  const traced = governs.find((g) => implementsFrom.has(g.instrument as string));
  const hub = instruments[0]!;
  return {
    instruments: n,
    relations: links.length,
    documents: nDocs,
    actions: nActions,
    hubKey: keys[0]!,
    midKey: mid,
    traceActionId: (traced?.action as string) ?? (actions[0]!.id as string),
    searchText: `${String(hub.kind)} ${String(hub.number)}`,
  };
}
