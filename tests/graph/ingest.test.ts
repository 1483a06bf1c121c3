// The ingest against the real Neo4j: the seed article's graph, idempotence, replace, delete with orphans,
// merging across documents, conflicts, concurrency, and the catalogue.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction, Instrument } from '../../server/extract/models.ts';
import { deleteDocument, documentId, ingestDocument, instrumentRow, loadExtractor, normalizeText, planInstruments, resolveKeys, type InstrumentNode } from '../../server/graph/ingest.ts';
import { loadCatalog, readCatalog } from '../../server/graph/catalog.ts';
import { loadBundledDataIfEmpty } from '../../server/graph/bundled.ts';
import { graphStats, type GraphStats } from '../../server/graph/stats.ts';
import type { Graph } from '../../server/graph/driver.ts';
import { resetGraph, testConfig, testGraph } from '../setup/db.ts';
import { SEED_EXPECTED, SEED_KEYS, seedExtraction, seedText } from './fixtures/seed-extraction.ts';

const graph = testGraph();
beforeAll(() => resetGraph(graph));
afterAll(() => graph.close());

/** Stats without the zero entries, for readable diffs. */
async function counts(g: Graph = graph): Promise<GraphStats> {
  const s = await graphStats(g);
  const nz = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n > 0));
  return { nodes: nz(s.nodes), relationships: nz(s.relationships) };
}

async function cypher<T = Record<string, unknown>>(text: string): Promise<T[]> {
  return (await graph.runMigrationStatement(text, false)).map((r) => r.toObject() as T);
}

/** A one-instrument extraction of a short text, for the merging tests. */
function tiny(text: string, inst: Partial<Instrument> & { key: string; kind: string }, surface: string): { text: string; extraction: Extraction } {
  const start = text.indexOf(surface);
  const instrument: Instrument = { number: null, symbol: null, issuedOn: null, issuer: null, title: null, ...inst, mentions: [{ start, end: start + surface.length, text: surface }] };
  return { text, extraction: { instruments: [instrument], relations: [], actions: [], organizations: [] } };
}

describe('the seed article', () => {
  beforeEach(() => resetGraph(graph));

  it('gives exactly the expected nodes and relationships', async () => {
    const text = seedText();
    const r = await ingestDocument(graph, { text, source: 'data/corpus/seed.txt' }, { extraction: seedExtraction(text) });
    expect(r.status).toBe('added');
    expect(r.docId).toBe(documentId(text));
    expect(await counts()).toEqual(SEED_EXPECTED);
  });

  it('has the paths the text states, with their evidence', async () => {
    const text = seedText();
    await ingestDocument(graph, { text, source: 'seed.txt' }, { extraction: seedExtraction(text) });
    const [governs] = await cypher<{ summary: string; sentence: string; start: number; end: number; docId: string }>(
      `MATCH (:Instrument {key: '${SEED_KEYS.qd213}'})-[g:GOVERNS]->(a:Action) RETURN a.summary AS summary, g.sentence AS sentence, g.start AS start, g.end AS end, g.docId AS docId`,
    );
    expect(governs?.summary).toContain('ngành than');
    expect(text.slice(governs!.start, governs!.end)).toBe(governs!.sentence);
    expect(governs!.docId).toBe(documentId(text));
    const [cont] = await cypher<{ sentence: string; start: number; end: number; citeStart: number; citeEnd: number }>(
      `MATCH (:Instrument {key: '${SEED_KEYS.kl01}'})-[c:CONTINUES]->(:Instrument {key: '${SEED_KEYS.ct05}'}) RETURN c.sentence AS sentence, c.start AS start, c.end AS end, c.citeStart AS citeStart, c.citeEnd AS citeEnd`,
    );
    expect(text.slice(cont!.citeStart, cont!.citeEnd)).toBe('Về tiếp tục thực hiện Chỉ thị số 05-CT/TW');
    expect(text.slice(cont!.start, cont!.end)).toBe(cont!.sentence);
    expect(cont!.start).toBeLessThanOrEqual(cont!.citeStart);
    // the document keeps the NFC text the offsets refer to; nodes carry search text
    const [doc] = await cypher<{ same: boolean; folded: string }>(`MATCH (d:Document) RETURN d.text = d.text AS same, d.searchFolded AS folded`);
    expect(doc?.folded).toContain('thanh uy cam pha');
    const [inst] = await cypher<{ searchFolded: string; label: string }>(`MATCH (i:Instrument {key: '${SEED_KEYS.qd109}'}) RETURN i.searchFolded AS searchFolded, i.label AS label`);
    expect(inst?.label).toBe('Quy định 109-QĐ/TW');
    expect(inst?.searchFolded).toContain('quy dinh 109-qd/tw');
    const issued = await cypher<{ org: string }>(`MATCH (o:Organization)-[:ISSUED]->(:Instrument {key: '${SEED_KEYS.qd213}'}) RETURN o.name AS org`);
    expect(issued.map((x) => x.org)).toEqual(['Bộ Chính trị']);
    // inferred backing is kept apart from stated backing
    const [mix] = await cypher<{ n: number }>(`MATCH (i)-[:GOVERNS]->(a)<-[:MAY_GOVERN]-(i) RETURN count(*) AS n`);
    expect(mix?.n).toBe(0);
  });

  it('ingested twice changes nothing', async () => {
    const text = seedText();
    await ingestDocument(graph, { text, source: 'seed.txt' }, { extraction: seedExtraction(text) });
    const before = await counts();
    const again = await ingestDocument(graph, { text, source: 'seed.txt' }, { extraction: seedExtraction(text) });
    expect(again.status).toBe('unchanged');
    expect(await counts()).toEqual(before);
    // forcing a rewrite of the same content gives the same graph too
    const forced = await ingestDocument(graph, { text, source: 'seed.txt' }, { extraction: seedExtraction(text), force: true });
    expect(forced.status).toBe('updated');
    expect(await counts()).toEqual(before);
  });

  it('through the real extractor gives the 13 instruments and the stated paths', async () => {
    const extract = await loadExtractor();
    const text = seedText();
    const ex = extract(text);
    await ingestDocument(graph, { text, source: 'seed.txt' }, { extract });
    const c = await counts();
    expect(c.nodes.Instrument).toBe(13);
    expect(c.nodes.Document).toBe(1);
    expect(c.nodes.Action).toBe(ex.actions.length);
    expect(c.relationships.CITES).toBe(13);
    expect(c.relationships.CONTINUES).toBe(1);
    const gov = await cypher<{ summary: string }>(`MATCH (i:Instrument {number: '213'})-[:GOVERNS]->(a:Action) RETURN a.summary AS summary, a.text AS text`);
    expect(gov.length).toBe(1);
    const [cont] = await cypher<{ n: number }>(`MATCH (:Instrument {kind: 'Kết luận', number: '01'})-[:CONTINUES]->(:Instrument {kind: 'Chỉ thị', number: '05'}) RETURN count(*) AS n`);
    expect(cont?.n).toBe(1);
    // twice changes nothing, with the real extractor as well
    const before = await counts();
    await ingestDocument(graph, { text, source: 'seed.txt' }, { extract });
    expect(await counts()).toEqual(before);
  });

  it('an NFD copy of the text is the same document', async () => {
    const text = seedText();
    await ingestDocument(graph, { text, source: 'a.txt' }, { extraction: seedExtraction(text) });
    const nfd = `\ufeff${text.normalize('NFD')}`;
    expect(normalizeText(nfd)).toBe(text);
    const r = await ingestDocument(graph, { text: nfd, source: 'a.txt' }, { extraction: seedExtraction(text) });
    expect(r.status).toBe('unchanged');
  });
});

describe('pinpoints', () => {
  beforeEach(() => resetGraph(graph));

  it('a relation keeps the article, clause or point each end names', async () => {
    const r = await ingestDocument(graph, { text: 'Khoản 2 Điều 1 Nghị định số 85/2021/NĐ-CP sửa đổi, bổ sung Điều 4 Nghị định số 52/2013/NĐ-CP.', source: 'pinpoints.txt' });
    const rels = await cypher<{ type: string; from: string; to: string; fromPinpoint: string | null; toPinpoint: string | null }>(
      `MATCH (a:Instrument)-[x {docId: '${r.docId}'}]->(b:Instrument) RETURN type(x) AS type, a.key AS from, b.key AS to, x.fromPinpoint AS fromPinpoint, x.toPinpoint AS toPinpoint`,
    );
    expect(rels).toEqual([{ type: 'AMENDS', from: 'nghi-dinh:85-2021-nd-cp', to: 'nghi-dinh:52-2013-nd-cp', fromPinpoint: 'Khoản 2 Điều 1', toPinpoint: 'Điều 4' }]);
  });
});

describe('replace and delete', () => {
  beforeEach(() => resetGraph(graph));

  it('a changed file with the same source path replaces its contributions', async () => {
    const v1 = tiny('Theo Quy định số 37-QĐ/TW, ngày 25-10-2021.', { key: SEED_KEYS.qd37, kind: 'Quy định', number: '37', symbol: 'QĐ/TW', issuedOn: '2021-10-25' }, 'Quy định số 37-QĐ/TW');
    const v2 = tiny('Theo Quy định số 109-QĐ/TW, ngày 3-1-2018.', { key: SEED_KEYS.qd109, kind: 'Quy định', number: '109', symbol: 'QĐ/TW', issuedOn: '2018-01-03' }, 'Quy định số 109-QĐ/TW');
    const first = await ingestDocument(graph, { text: v1.text, source: '/docs/a.txt' }, { extraction: v1.extraction });
    const second = await ingestDocument(graph, { text: v2.text, source: '/docs/a.txt' }, { extraction: v2.extraction });
    expect(second.status).toBe('updated');
    expect(second.replaced).toEqual([first.docId]);
    const keys = await cypher<{ key: string }>('MATCH (i:Instrument) RETURN i.key AS key');
    expect(keys.map((k) => k.key)).toEqual([SEED_KEYS.qd109]);
    expect((await counts()).nodes.Document).toBe(1);
  });

  it('delete leaves no orphans and keeps shared instruments with their other evidence', async () => {
    const text = seedText();
    const seed = await ingestDocument(graph, { text, source: 'seed.txt' }, { extraction: seedExtraction(text) });
    const other = tiny('Đảng viên sinh hoạt theo Quy định số 213-QĐ/TW của Bộ Chính trị.', { key: SEED_KEYS.qd213, kind: 'Quy định', number: '213', symbol: 'QĐ/TW', issuer: 'Bộ Chính trị' }, 'Quy định số 213-QĐ/TW');
    const o = await ingestDocument(graph, { text: other.text, source: 'other.txt' }, { extraction: other.extraction });
    expect((await counts()).nodes.Instrument).toBe(13);

    const gone = await deleteDocument(graph, seed.docId);
    expect(gone?.instrumentsDeleted).toBe(12);
    const c = await counts();
    expect(c.nodes).toEqual({ Document: 1, Instrument: 1, Organization: 1 });
    expect(c.relationships).toEqual({ CITES: 1, ISSUED: 1 });
    const [left] = await cypher<{ key: string; docs: string[]; title: string | null; issuedOn: string | null }>(
      'MATCH (d:Document)-[:CITES]->(i:Instrument) RETURN i.key AS key, collect(d.id) AS docs, i.title AS title, i.issuedOn AS issuedOn',
    );
    expect(left?.key).toBe(SEED_KEYS.qd213);
    expect(left?.docs).toEqual([o.docId]);
    // attributes only the deleted document stated are gone with it
    expect(left?.title).toBeNull();
    expect(left?.issuedOn).toBeNull();
    const [issuedBy] = await cypher<{ docId: string }>('MATCH (:Organization)-[r:ISSUED]->(:Instrument) RETURN r.docId AS docId');
    expect(issuedBy?.docId).toBe(o.docId);

    expect(await deleteDocument(graph, o.docId)).not.toBeNull();
    expect(await counts()).toEqual({ nodes: {}, relationships: {} });
    expect(await deleteDocument(graph, o.docId)).toBeNull();
  });

  it('catalogue instruments stay when the last document citing them goes', async () => {
    await loadCatalog(graph);
    const text = seedText();
    const seed = await ingestDocument(graph, { text, source: 'seed.txt' }, { extraction: seedExtraction(text) });
    expect((await counts()).nodes.Instrument).toBe(13);
    await deleteDocument(graph, seed.docId);
    const c = await counts();
    expect(c.nodes.Instrument).toBe(13);
    expect(c.nodes.Document).toBeUndefined();
    expect(c.relationships).toEqual({ ISSUED: 13 });
    const [i] = await cypher<{ title: string; fromCatalog: boolean }>(`MATCH (i:Instrument {key: '${SEED_KEYS.qd37}'}) RETURN i.title AS title, i.fromCatalog AS fromCatalog`);
    expect(i).toEqual({ title: 'Về những điều đảng viên không được làm', fromCatalog: true });
  });
});

describe('merging across documents', () => {
  beforeEach(() => resetGraph(graph));

  const full = () =>
    tiny('Bộ Chính trị ban hành Quy định số 213-QĐ/TW, ngày 2-1-2020, “Về trách nhiệm của đảng viên”.', { key: 'quy-dinh:213-qd-tw@2020', kind: 'Quy định', number: '213', symbol: 'QĐ/TW', issuedOn: '2020-01-02', issuer: 'Bộ Chính trị', title: 'Về trách nhiệm của đảng viên' }, 'Quy định số 213-QĐ/TW');
  const short = () => tiny('Các chi bộ thực hiện tốt Quy định 213 trong năm.', { key: 'quy-dinh:213', kind: 'Quy định', number: '213' }, 'Quy định 213');

  it('"Quy định 213" in full and in short form share one node, in either order', async () => {
    for (const order of [
      [full(), short()],
      [short(), full()],
    ]) {
      await resetGraph(graph);
      for (const d of order) await ingestDocument(graph, { text: d.text, source: null }, { extraction: d.extraction });
      const rows = await cypher<{ key: string; docs: number; title: string; formerKeys: string[] | null }>(
        'MATCH (i:Instrument) OPTIONAL MATCH (d:Document)-[:CITES]->(i) RETURN i.key AS key, count(d) AS docs, i.title AS title, i.formerKeys AS formerKeys',
      );
      expect(rows.length).toBe(1);
      expect(rows[0]).toMatchObject({ key: 'quy-dinh:213-qd-tw@2020', docs: 2, title: 'Về trách nhiệm của đảng viên' });
    }
  });

  it('a key without year stays its own node when the year would be a guess', async () => {
    const kl = (year: number) =>
      tiny(`Kết luận số 21-KL/TW năm ${year}.`, { key: `ket-luan:21-kl-tw@${year}`, kind: 'Kết luận', number: '21', symbol: 'KL/TW', issuedOn: `${year}-01-01` }, 'Kết luận số 21-KL/TW');
    for (const d of [kl(2012), kl(2021), tiny('Kết luận 21-KL/TW.', { key: 'ket-luan:21-kl-tw', kind: 'Kết luận', number: '21', symbol: 'KL/TW' }, 'Kết luận 21-KL/TW')]) {
      await ingestDocument(graph, { text: d.text, source: null }, { extraction: d.extraction });
    }
    const keys = (await cypher<{ key: string }>('MATCH (i:Instrument) RETURN i.key AS key ORDER BY key')).map((r) => r.key);
    expect(keys).toEqual(['ket-luan:21-kl-tw', 'ket-luan:21-kl-tw@2012', 'ket-luan:21-kl-tw@2021']);
  });

  it('local instruments of different provinces stay apart', () => {
    const { map } = resolveKeys([{ key: 'nghi-quyet:11-nq-tu#bac-ninh' }], [
      { key: 'nghi-quyet:11-nq-tu@2018#quang-ninh', baseKey: 'nghi-quyet:11-nq-tu', mergeGroup: 'nghi-quyet:11', year: 2018, jurisdiction: 'Quảng Ninh', symbol: 'NQ/TU' },
    ]);
    expect(map.get('nghi-quyet:11-nq-tu#bac-ninh')).toBe('nghi-quyet:11-nq-tu#bac-ninh');
  });

  it('a document writes (and locks) only the instruments it creates, re-keys or completes', () => {
    const row = instrumentRow('quy-dinh:213-qd-tw@2020', { kind: 'Quy định', number: '213', symbol: 'QĐ/TW', issuedOn: '2020-01-02', issuer: null, title: null });
    const created = planInstruments([{ key: row.key, row }], []);
    expect(created.writes.map((w) => w.key)).toEqual([row.key]);
    expect([...created.lockGroups]).toEqual(['quy-dinh:213']);
    const node: InstrumentNode = { key: row.key, ...created.writes[0]!.props };
    // the same attributes again, or fewer (a short form), change nothing: no write, no lock
    const short = instrumentRow('quy-dinh:213', { kind: 'Quy định', number: '213', symbol: null, issuedOn: null, issuer: null, title: null });
    for (const item of [{ key: row.key, row }, { key: short.key, row: short }]) {
      const plan = planInstruments([item], [node]);
      expect(plan.writes).toEqual([]);
      expect(plan.lockGroups.size).toBe(0);
      expect(plan.map.get(item.key)).toBe(row.key);
      expect(plan.existing).toBe(1);
    }
    // a title the node lacks: written, with its search text, under the lock
    const titled = instrumentRow(row.key, { kind: 'Quy định', number: '213', symbol: 'QĐ/TW', issuedOn: '2021-01-01', issuer: null, title: 'Về trách nhiệm' });
    const fill = planInstruments([{ key: row.key, row: titled }], [node]);
    expect(fill.writes[0]?.props).toMatchObject({ title: 'Về trách nhiệm', issuedOn: '2020-01-02' });
    expect(fill.writes[0]?.props.searchFolded).toContain('ve trach nhiem');
    expect([...fill.lockGroups]).toEqual(['quy-dinh:213']);
    // a year-less node taking a year: re-keyed under the lock
    const bare: InstrumentNode = { ...node, key: 'quy-dinh:213-qd-tw', year: null };
    const rekey = planInstruments([{ key: row.key, row }], [bare]);
    expect(rekey.rekeys.map((r) => [r.from, r.to])).toEqual([['quy-dinh:213-qd-tw', row.key]]);
    expect([...rekey.lockGroups]).toEqual(['quy-dinh:213']);
  });

  it('attributes found later fill what is missing; conflicts are kept and visible', async () => {
    const a = tiny('Quy định số 213-QĐ/TW năm 2020.', { key: 'quy-dinh:213-qd-tw@2020', kind: 'Quy định', number: '213', symbol: 'QĐ/TW', issuedOn: '2020-01-02' }, 'Quy định số 213-QĐ/TW');
    const b = tiny('Quy định số 213-QĐ/TW ngày 3-1-2020 “Về trách nhiệm”.', { key: 'quy-dinh:213-qd-tw@2020', kind: 'Quy định', number: '213', symbol: 'QĐ/TW', issuedOn: '2020-01-03', title: 'Về trách nhiệm' }, 'Quy định số 213-QĐ/TW');
    await ingestDocument(graph, { text: a.text, source: 'a' }, { extraction: a.extraction });
    const rb = await ingestDocument(graph, { text: b.text, source: 'b' }, { extraction: b.extraction });
    expect(rb.instruments).toEqual({ added: 0, updated: 1 });
    const [node] = await cypher<{ issuedOn: string; title: string }>('MATCH (i:Instrument) RETURN i.issuedOn AS issuedOn, i.title AS title');
    expect(node).toEqual({ issuedOn: '2020-01-02', title: 'Về trách nhiệm' });
    const conflicts = await graph.read<{ key: string; fields: string[]; claims: { issuedOn: string | null }[] }>('graph/instrument-conflicts', { key: null, limit: 10 });
    expect(conflicts.length).toBe(1);
    expect(conflicts[0]!.key).toBe('quy-dinh:213-qd-tw@2020');
    expect(conflicts[0]!.fields).toEqual(['issuedOn']);
    expect(conflicts[0]!.claims.map((c) => c.issuedOn).sort()).toEqual(['2020-01-02', '2020-01-03']);
  });
});

describe('concurrency', () => {
  beforeEach(() => resetGraph(graph));

  it('two ingests at once create no duplicates', async () => {
    const text = seedText();
    const other = graphFor();
    try {
      await Promise.all([
        ingestDocument(graph, { text, source: 'seed.txt' }, { extraction: seedExtraction(text) }),
        ingestDocument(other, { text, source: 'seed.txt' }, { extraction: seedExtraction(text) }),
      ]);
      expect(await counts()).toEqual(SEED_EXPECTED);
    } finally {
      await other.close();
    }
  });

  it('documents citing the same instruments in different forms, written at once, share the nodes', async () => {
    const forms = [
      (n: number) => tiny(`Bài ${n}: Quy định số 213-QĐ/TW, ngày 2-1-2020.`, { key: 'quy-dinh:213-qd-tw@2020', kind: 'Quy định', number: '213', symbol: 'QĐ/TW', issuedOn: '2020-01-02' }, 'Quy định số 213-QĐ/TW'),
      (n: number) => tiny(`Bài ${n}: theo Quy định 213.`, { key: 'quy-dinh:213', kind: 'Quy định', number: '213' }, 'Quy định 213'),
      (n: number) => tiny(`Bài ${n}: Quy định số 213-QĐ/TW.`, { key: 'quy-dinh:213-qd-tw', kind: 'Quy định', number: '213', symbol: 'QĐ/TW' }, 'Quy định số 213-QĐ/TW'),
    ];
    const graphs = [graph, graphFor(), graphFor(), graphFor()];
    try {
      await Promise.all(
        Array.from({ length: 12 }, (_, n) => {
          const d = forms[n % 3]!(n);
          return ingestDocument(graphs[n % 4]!, { text: d.text, source: `doc-${n}` }, { extraction: d.extraction });
        }),
      );
    } finally {
      for (const g of graphs.slice(1)) await g.close();
    }
    const rows = await cypher<{ key: string; docs: number }>('MATCH (i:Instrument) OPTIONAL MATCH (d:Document)-[:CITES]->(i) RETURN i.key AS key, count(d) AS docs');
    expect(rows).toEqual([{ key: 'quy-dinh:213-qd-tw@2020', docs: 12 }]);
  });
});

describe('the catalogue', () => {
  beforeEach(() => resetGraph(graph));

  it('loads the seed instruments, marked as such, and loading again changes nothing', async () => {
    const entries = [];
    for await (const e of readCatalog()) entries.push(e);
    expect(entries.length).toBeGreaterThanOrEqual(13);
    const r = await loadCatalog(graph);
    expect(r.added).toBe(entries.length);
    const before = await counts();
    expect(before.nodes.Instrument).toBe(entries.length);
    const again = await loadCatalog(graph);
    expect(again.added).toBe(0);
    expect(await counts()).toEqual(before);
    const [n] = await cypher<{ n: number }>('MATCH (i:Instrument) WHERE i.fromCatalog AND NOT EXISTS { (:Document)-[:CITES]->(i) } RETURN count(i) AS n');
    expect(n?.n).toBe(entries.length);
    const [src] = await cypher<{ sources: string[] }>('MATCH ()-[r:ISSUED]->() RETURN collect(DISTINCT r.source) AS sources');
    expect(src?.sources).toEqual(['catalog']);
  });

  it('the seed article joins the catalogue nodes instead of duplicating them', async () => {
    await loadCatalog(graph);
    const text = seedText();
    const r = await ingestDocument(graph, { text, source: 'seed.txt' }, { extraction: seedExtraction(text) });
    expect(r.instruments).toEqual({ added: 0, updated: 13 });
    expect((await counts()).nodes.Instrument).toBe(13);
  });
});

describe('npm start with an empty graph', () => {
  beforeEach(() => resetGraph(graph));

  it('loads the catalogue and data/corpus through the ingest, once', async () => {
    const loaded = await loadBundledDataIfEmpty(graph, testConfig());
    expect(loaded).toMatch(/^13 catalogue instruments, 4396 official catalogue instruments, \d+ amendment\/repeal relations and \d+ codified articles \(Bộ Pháp điển, [\d.]+ s\), 1 documents/);
    const c = await counts();
    const [official] = await cypher<{ n: number }>("MATCH (i:Instrument) WHERE 'phapdien' IN i.catalogSources RETURN count(i) AS n");
    expect(official!.n).toBeGreaterThan(4300);
    expect(c.nodes.Instrument).toBe(13 + official!.n);
    expect(c.nodes.Document).toBe(1);
    expect(await loadBundledDataIfEmpty(graph, testConfig())).toBeNull();
  });

  it('finishes a first load that was interrupted half-way instead of taking the half-loaded graph for user data', async () => {
    // what a first start that died after the catalogue leaves behind: catalogue nodes, no documents
    await graph.write('graph/bundled-mark', { state: 'loading' });
    await loadCatalog(graph);
    expect((await counts()).nodes.Document ?? 0).toBe(0);
    const loaded = await loadBundledDataIfEmpty(graph, testConfig(), undefined, { official: false });
    expect(loaded).toMatch(/^resumed an interrupted first load, 13 catalogue instruments, 1 documents/);
    const c = await counts();
    expect(c.nodes.Document).toBe(1);
    expect(c.nodes.Instrument).toBe(13);
    expect(await loadBundledDataIfEmpty(graph, testConfig(), undefined, { official: false })).toBeNull();
  });

  it("leaves a graph that has the user's own data alone (no load state recorded)", async () => {
    await loadCatalog(graph);
    expect(await loadBundledDataIfEmpty(graph, testConfig(), undefined, { official: false })).toBeNull();
    expect((await counts()).nodes.Document ?? 0).toBe(0);
  });
});

function graphFor(): Graph {
  return testGraph();
}
