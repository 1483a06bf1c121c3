// The official catalogue (data/catalog/phapdien-*.jsonl) against the real Neo4j: load, idempotence, facts
// kept apart from document evidence, and citations in ingested texts joining catalogue nodes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOfficialCatalog } from '../../server/catalog/official.ts';
import { ingestDocument } from '../../server/graph/ingest.ts';
import { graphStats } from '../../server/graph/stats.ts';
import { resetGraph, testGraph } from '../setup/db.ts';

const graph = testGraph();
afterAll(() => graph.close());

async function cypher<T = Record<string, unknown>>(text: string): Promise<T[]> {
  return (await graph.runMigrationStatement(text, false)).map((r) => r.toObject() as T);
}

/** Every catalogue node and relationship with all its properties, in a fixed order. */
async function snapshot(): Promise<string> {
  const nodes = await cypher<{ n: unknown }>('MATCH (i:Instrument) WITH i ORDER BY i.key RETURN collect(properties(i)) AS n');
  const rels = await cypher<{ r: unknown }>(
    'MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.key, type(r), b.key, r.catalogId, r.source RETURN collect([a.key, type(r), b.key, properties(r)]) AS r',
  );
  return JSON.stringify([nodes, rels]);
}

describe('the official catalogue', () => {
  let first: Awaited<ReturnType<typeof loadOfficialCatalog>>;
  beforeAll(async () => {
    await resetGraph(graph);
    first = await loadOfficialCatalog(graph);
  });

  it('loads every instrument and event of the files, marked as catalogue facts', async () => {
    expect(first.skipped).toBe(false);
    expect(first.instruments).toBe(4396);
    const s = await graphStats(graph);
    // a few numbers written with and without leading zeros ("08"/"8") are one instrument in the graph
    expect(s.nodes.Instrument).toBeGreaterThan(4300);
    expect(s.nodes.Instrument).toBeLessThanOrEqual(4396);
    expect((s.relationships.AMENDS ?? 0) + (s.relationships.REPEALS ?? 0)).toBe(first.relations);
    const [marks] = await cypher<{ notCatalog: number; withDoc: number; noSource: number }>(
      `MATCH (i:Instrument) WITH count(i) AS all, sum(CASE WHEN i.fromCatalog AND 'phapdien' IN i.catalogSources THEN 0 ELSE 1 END) AS notCatalog
       MATCH ()-[r:AMENDS|REPEALS]->() RETURN notCatalog, sum(CASE WHEN r.docId IS NULL THEN 0 ELSE 1 END) AS withDoc,
         sum(CASE WHEN r.source = 'phapdien' AND r.fromCatalog THEN 0 ELSE 1 END) AS noSource`,
    );
    expect(marks).toEqual({ notCatalog: 0, withDoc: 0, noSource: 0 });
    process.stderr.write(`official catalogue: ${first.instruments} instruments, ${first.relations} relations in ${first.ms} ms\n`);
  });

  it('keeps the official facts of an instrument (checked by hand against its notes)', async () => {
    const [luat] = await cypher<Record<string, unknown>>(
      "MATCH (i:Instrument {key: 'luat:57-2020-qh14'}) RETURN i.title AS title, i.issuedOn AS issuedOn, i.issuerName AS issuer, i.effectiveFrom AS effectiveFrom, i.officialUrl AS url, i.topics AS topics, i.titleKey AS titleKey",
    );
    expect(luat).toEqual({
      title: 'Luật Thanh niên',
      issuedOn: '2020-06-16',
      issuer: 'Quốc hội',
      effectiveFrom: '2021-01-01',
      url: 'http://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=142850',
      topics: ['Đề mục 36.3 Thanh niên'],
      titleKey: 'luat:t-thanh-nien@2020',
    });
    // Nghị định 52/2013/NĐ-CP: amended (Điều 1) and partly repealed (Điều 2) by Nghị định 85/2021/NĐ-CP from 01/01/2022
    const rels = await cypher<{ type: string; from: string; date: string; toPinpoints: string[]; fromPinpoints: string[] }>(
      `MATCH (b:Instrument)-[r]->(:Instrument {key: 'nghi-dinh:52-2013-nd-cp'})
       RETURN type(r) AS type, b.key AS from, r.effectiveFrom AS date, r.toPinpoints AS toPinpoints, r.fromPinpoints AS fromPinpoints ORDER BY date, type`,
    );
    expect(rels.map((r) => [r.type, r.from, r.date])).toEqual([
      ['AMENDS', 'nghi-dinh:8-2018-nd-cp', '2018-01-15'],
      ['REPEALS', 'nghi-dinh:8-2018-nd-cp', '2018-01-15'],
      ['AMENDS', 'nghi-dinh:85-2021-nd-cp', '2022-01-01'],
      ['REPEALS', 'nghi-dinh:85-2021-nd-cp', '2022-01-01'],
    ]);
    expect(rels[2]!.toPinpoints.slice(0, 4)).toEqual(['Điều 1', 'Điều 2', 'Điều 3', 'Điều 4']);
    expect(rels[2]!.fromPinpoints).toEqual(['Điều 1', 'Điều 2']);
    expect(rels[3]!.toPinpoints).toEqual(['Điều 2', 'Điều 4', 'Điều 9', 'Điều 44', 'Điều 60', 'Điều 64', 'Điều 78']);
  });

  it('loads the codified articles as nodes of their instrument (checked by hand against the notes)', async () => {
    expect(first.articles).toBeGreaterThan(60_000);
    const s = await graphStats(graph);
    expect(s.nodes.Article).toBe(first.articles);
    expect(s.relationships.PART_OF).toBe(first.articles);
    const rows = await cypher<{ article: string; codifiedAs: string; heading: string; topic: string }>(
      `MATCH (a:Article)-[:PART_OF]->(:Instrument {key: 'luat:57-2020-qh14'})
       RETURN a.article AS article, a.codifiedAs AS codifiedAs, a.heading AS heading, a.topic AS topic ORDER BY a.ordinal LIMIT 2`,
    );
    expect(rows).toEqual([
      { article: 'Điều 1', codifiedAs: 'Điều 36.3.LQ.1', heading: 'Thanh niên', topic: 'Đề mục 36.3 Thanh niên' },
      { article: 'Điều 2', codifiedAs: 'Điều 36.3.LQ.2', heading: 'Phạm vi điều chỉnh', topic: 'Đề mục 36.3 Thanh niên' },
    ]);
    const [orphans] = await cypher<{ n: number }>('MATCH (a:Article) WHERE COUNT { (a)-[:PART_OF]->(:Instrument) } <> 1 RETURN count(a) AS n');
    expect(orphans!.n).toBe(0);
  });

  it('is skipped when the files did not change, and a forced second load changes nothing', async () => {
    const before = await snapshot();
    const again = await loadOfficialCatalog(graph);
    expect(again.skipped).toBe(true);
    const forced = await loadOfficialCatalog(graph, { force: true });
    expect(forced).toMatchObject({ skipped: false, added: 0, relations: first.relations });
    expect(await snapshot()).toBe(before);
  });

  it('a citation by number and symbol, or a law by title and year, joins the catalogue node', async () => {
    const text =
      'Căn cứ Luật Thanh niên năm 2020; căn cứ Nghị định số 52/2013/NĐ-CP ngày 16 tháng 5 năm 2013 của Chính phủ về quản lý, cung cấp và sử dụng dịch vụ công; Ủy ban nhân dân tỉnh ban hành kế hoạch này.';
    const r = await ingestDocument(graph, { text, source: 'test-catalogue-join.txt' });
    expect(r.instruments.added).toBe(0);
    const rows = await cypher<{ key: string; title: string; fromCatalog: boolean; docs: number }>(
      `MATCH (d:Document {id: '${r.docId}'})-[:CITES]->(i:Instrument) RETURN i.key AS key, i.title AS title, i.fromCatalog AS fromCatalog, count(d) AS docs ORDER BY key`,
    );
    expect(rows.map((x) => [x.key, x.fromCatalog])).toEqual([
      ['luat:57-2020-qh14', true],
      ['nghi-dinh:52-2013-nd-cp', true],
    ]);
    // the catalogue's title stays: the text's own wording goes on its CITES edge
    expect(rows[0]!.title).toBe('Luật Thanh niên');
    const [n] = await cypher<{ n: number }>("MATCH (i:Instrument) WHERE i.key STARTS WITH 'luat:t-thanh-nien' RETURN count(i) AS n");
    expect(n?.n).toBe(0);
  });

  it('a law named by title without a year does not join a catalogue law of that title (no guess)', async () => {
    const [two] = await cypher<{ n: number }>("MATCH (i:Instrument) WHERE i.titleKey STARTS WITH 'luat:t-doanh-nghiep@' RETURN count(i) AS n");
    const text = 'Doanh nghiệp thực hiện theo Luật Doanh nghiệp và các văn bản hướng dẫn.';
    const r = await ingestDocument(graph, { text, source: 'test-catalogue-ambiguous.txt' });
    const rows = await cypher<{ key: string; fromCatalog: boolean }>(`MATCH (:Document {id: '${r.docId}'})-[:CITES]->(i:Instrument) RETURN i.key AS key, i.fromCatalog AS fromCatalog`);
    expect(two?.n).toBeGreaterThanOrEqual(1);
    expect(rows).toEqual([{ key: 'luat:t-doanh-nghiep', fromCatalog: false }]);
  });

  it('leaves the articles out when told to (CATALOG_ARTICLES=0), and brings them back', async () => {
    const without = await loadOfficialCatalog(graph, { articles: false });
    expect(without).toMatchObject({ skipped: false, articles: 0, relations: first.relations });
    expect((await graphStats(graph)).nodes.Article).toBe(0);
    const again = await loadOfficialCatalog(graph, { articles: true });
    expect(again).toMatchObject({ skipped: false, articles: first.articles });
    expect((await graphStats(graph)).nodes.Article).toBe(first.articles);
  });
});
