// Status at a date, history and the catalogue's fields through the API, against the real Neo4j with the
// official catalogue loaded. The expected values were checked by hand against the Bộ Pháp điển's notes:
//  - Nghị định 52/2013/NĐ-CP, in force from 01/07/2013; Điều 52 and 61 amended (Điều 10, 11 of Nghị định
//    08/2018/NĐ-CP, from 15/01/2018; Điều 52 also partly repealed); Điều 1–5, 24–38, 53–67c … amended and
//    supplemented and Điều 2, 4, 9, 44, 60, 64, 78 partly repealed by Điều 1, 2 of Nghị định 85/2021/NĐ-CP from
//    01/01/2022.
//  - Luật Thanh niên 57/2020/QH14: in force from 01/01/2021, no amendment note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOfficialCatalog } from '../../server/catalog/official.ts';
import { ingestDocument } from '../../server/graph/ingest.ts';
import { resetGraph, testGraph } from '../setup/db.ts';
import { gql, testApi } from './helpers.ts';

const graph = testGraph();
const yoga = testApi(graph);

beforeAll(async () => {
  await resetGraph(graph);
  await loadOfficialCatalog(graph, { force: true });
});
afterAll(() => graph.close());

const STATUS = `query($ref: String, $at: Date) { instrument(ref: $ref) { instrument {
  key label title issuedOn effectiveFrom officialUrl topics fromCatalog
  status(at: $at)
  statusDetail(at: $at) { status at basis source events { type date by { key } pinpoints byPinpoints fromCatalog source } }
  history { type supplements date by { key label } byPinpoints pinpoints fromCatalog source evidence { sentence } }
} } }`;

describe('codified articles', () => {
  const ARTICLES = `query($ref: String) { instrument(ref: $ref) { instrument {
    articleCount
    articles(first: 500) { key article number heading codifiedAs topic officialUrl source instrument { key }
      changes { type supplements date by { key } byPinpoints pinpoints } }
  } } }`;

  it('Nghị định 52/2013/NĐ-CP: its articles in order, each with the dated changes that name it', async () => {
    const r = await gql(yoga, ARTICLES, { ref: 'Nghị định 52/2013/NĐ-CP' });
    expect(r.errors).toBeUndefined();
    const i = r.data.instrument.instrument;
    expect(i.articleCount).toBe(i.articles.length);
    expect(i.articleCount).toBeGreaterThan(60);
    type A = { article: string; number: string; codifiedAs: string | null; source: string; instrument: { key: string }; officialUrl: string | null; changes: { type: string; date: string; by: { key: string }; byPinpoints: string[] }[] };
    const arts = i.articles as A[];
    expect(arts.slice(0, 3).map((a) => a.article)).toEqual(['Điều 1', 'Điều 2', 'Điều 3']);
    expect(arts.every((a) => a.instrument.key === 'nghi-dinh:52-2013-nd-cp' && a.source === 'phapdien')).toBe(true);
    expect(arts[0]!.officialUrl).toMatch(/^http:\/\/vbpl\.vn\/.*#/);
    const art = (n: string) => arts.find((a) => a.number === n)!;
    // Điều 4: amended and partly repealed by Điều 1, 2 of Nghị định 85/2021/NĐ-CP from 01/01/2022
    expect(art('4').changes.map((c) => [c.type, c.date, c.by.key])).toEqual([
      ['AMENDS', '2022-01-01', 'nghi-dinh:85-2021-nd-cp'],
      ['REPEALS', '2022-01-01', 'nghi-dinh:85-2021-nd-cp'],
    ]);
    // Điều 52: changed in 2018 (Nghị định 08/2018/NĐ-CP) and not by the 2022 repeal; Điều 40 is not Điều 4
    expect(art('52').changes.map((c) => [c.type, c.date])).toEqual(expect.arrayContaining([['AMENDS', '2018-01-15']]));
    expect(art('52').changes.some((c) => c.type === 'REPEALS' && c.date === '2022-01-01')).toBe(false);
    expect(art('40').changes.some((c) => c.type === 'REPEALS')).toBe(false);
  });

  it('an instrument without codified articles has none (and a count of 0)', async () => {
    const r = await gql(yoga, ARTICLES, { ref: 'Nghị định 85/2021/NĐ-CP' });
    expect(r.errors).toBeUndefined();
    const i = r.data.instrument.instrument;
    expect(i.articles.length).toBe(i.articleCount);
  });
});

describe('status at a date', () => {
  it('Nghị định 52/2013/NĐ-CP: dated amendments with their articles, and its status over time', async () => {
    const r = await gql(yoga, STATUS, { ref: 'Nghị định 52/2013/NĐ-CP', at: '2023-01-01' });
    expect(r.errors).toBeUndefined();
    const i = r.data.instrument.instrument;
    expect(i).toMatchObject({ key: 'nghi-dinh:52-2013-nd-cp', effectiveFrom: '2013-07-01', fromCatalog: true, status: 'PARTLY_REPEALED' });
    expect(i.officialUrl).toMatch(/^http:\/\/vbpl\.vn\/TW\/Pages\/vbpq-toanvan\.aspx\?ItemID=\d+$/);
    expect(i.topics.length).toBeGreaterThan(0);
    expect(i.history.map((h: { type: string; date: string; by: { key: string } }) => [h.type, h.date, h.by.key])).toEqual([
      ['AMENDS', '2018-01-15', 'nghi-dinh:8-2018-nd-cp'],
      ['REPEALS', '2018-01-15', 'nghi-dinh:8-2018-nd-cp'],
      ['AMENDS', '2022-01-01', 'nghi-dinh:85-2021-nd-cp'],
      ['REPEALS', '2022-01-01', 'nghi-dinh:85-2021-nd-cp'],
    ]);
    const [a2018, , a2022, r2022] = i.history;
    expect(a2018).toMatchObject({ supplements: false, pinpoints: ['Điều 52', 'Điều 61'], byPinpoints: ['Điều 10', 'Điều 11'], fromCatalog: true, source: 'Bộ Pháp điển', evidence: [] });
    expect(a2022.supplements).toBe(true);
    expect(a2022.byPinpoints).toEqual(['Điều 1', 'Điều 2']);
    expect(a2022.pinpoints).toEqual(expect.arrayContaining(['Điều 4', 'Điều 24', 'Điều 67a']));
    expect(r2022.pinpoints).toEqual(['Điều 2', 'Điều 4', 'Điều 9', 'Điều 44', 'Điều 60', 'Điều 64', 'Điều 78']);
    expect(i.statusDetail).toMatchObject({ status: 'PARTLY_REPEALED', at: '2023-01-01', source: 'catalog' });
    expect(i.statusDetail.basis).toMatch(/^Bộ Pháp điển: bãi bỏ một phần bởi Nghị định 85\/2021\/NĐ-CP từ 01\/01\/2022/);
    expect(i.statusDetail.events.map((e: { type: string; date: string }) => [e.type, e.date])).toEqual([
      ['REPEALS', '2018-01-15'],
      ['REPEALS', '2022-01-01'],
    ]);

    const at = async (d: string) => (await gql(yoga, STATUS, { ref: 'Nghị định 52/2013/NĐ-CP', at: d })).data.instrument.instrument.status;
    expect(await at('2013-06-30')).toBe('NOT_YET_IN_FORCE');
    expect(await at('2015-01-01')).toBe('IN_FORCE');
    expect(await at('2018-01-15')).toBe('PARTLY_REPEALED');
  });

  it('Luật Thanh niên 2020: not yet in force in 2020, in force from 01/01/2021, on the catalogue\'s word', async () => {
    const r = await gql(yoga, STATUS, { ref: 'Luật 57/2020/QH14', at: '2020-12-31' });
    const i = r.data.instrument.instrument;
    expect(i).toMatchObject({ title: 'Luật Thanh niên', issuedOn: '2020-06-16', effectiveFrom: '2021-01-01', status: 'NOT_YET_IN_FORCE', history: [] });
    const later = (await gql(yoga, STATUS, { ref: 'Luật 57/2020/QH14', at: '2024-01-01' })).data.instrument.instrument;
    expect(later.statusDetail).toEqual({ status: 'IN_FORCE', at: '2024-01-01', basis: 'Bộ Pháp điển: hiệu lực từ 01/01/2021', source: 'catalog', events: [] });
  });

  it('an instrument with no evidence either way is UNKNOWN, also in the subgraph', async () => {
    const text = 'Thực hiện Quyết định số 999/QĐ-XYZ của Ủy ban nhân dân tỉnh, các sở triển khai kế hoạch.';
    const doc = await ingestDocument(graph, { text, source: 'test-unknown-status.txt' });
    const key = 'quyet-dinh:999-qd-xyz';
    const r = await gql(yoga, `query($k: ID) { instrument(key: $k) { instrument { key status statusDetail { status source basis events { type } } } } }`, { k: key });
    expect(r.data.instrument.instrument).toEqual({ key, status: 'UNKNOWN', statusDetail: { status: 'UNKNOWN', source: 'none', basis: null, events: [] } });
    const g = await gql(yoga, `query($f: [ID!]) { graph(focus: $f, depth: 1) { nodes { data { id status effectiveFrom } } } }`, { f: [key] });
    expect(g.errors).toBeUndefined();
    const node = g.data.graph.nodes.find((n: { data: { id: string } }) => n.data.id === key);
    expect(node.data.status).toBe('UNKNOWN');
    expect(doc.instruments.added).toBe(1);
  });

  it('filters instruments by their status at a date, the same status the field gives', async () => {
    const q = `query($f: InstrumentFilter) { instruments(filter: $f, first: 50) { totalCount nodes { key status(at: "2023-01-01") } } }`;
    const counts: Record<string, number> = {};
    for (const s of ['IN_FORCE', 'AMENDED', 'PARTLY_REPEALED', 'NOT_YET_IN_FORCE', 'UNKNOWN', 'REPLACED']) {
      const r = await gql(yoga, q, { f: { statusAt: '2023-01-01', statuses: [s] } });
      expect(r.errors).toBeUndefined();
      counts[s] = r.data.instruments.totalCount;
      for (const n of r.data.instruments.nodes) expect(n.status).toBe(s);
    }
    const all = (await gql(yoga, q, { f: {} })).data.instruments.totalCount;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(all);
    expect(counts.AMENDED).toBeGreaterThan(100);
    expect(counts.PARTLY_REPEALED).toBeGreaterThan(50);
    expect(counts.IN_FORCE).toBeGreaterThan(2000);
    const nd52 = await gql(yoga, `query { instruments(filter: {statusAt: "2015-01-01", statuses: [IN_FORCE], text: "52/2013"}) { nodes { key } } }`);
    expect(nd52.data.instruments.nodes.map((n: { key: string }) => n.key)).toContain('nghi-dinh:52-2013-nd-cp');
  });

  it('catalogue edges carry their effective date and articles, and count no document evidence', async () => {
    const g = await gql(yoga, `query { graph(focus: ["nghi-dinh:52-2013-nd-cp"], depth: 1) { edges { data { source target type evidenceCount pinpoint effectiveFrom } classes } } }`);
    expect(g.errors).toBeUndefined();
    const e = g.data.graph.edges.find((x: { data: { source: string; type: string } }) => x.data.source === 'nghi-dinh:85-2021-nd-cp' && x.data.type === 'REPEALS');
    expect(e.data).toMatchObject({ target: 'nghi-dinh:52-2013-nd-cp', evidenceCount: 0, effectiveFrom: '2022-01-01', pinpoint: 'Điều 2, Điều 4, Điều 9, Điều 44, Điều 60, Điều 64, Điều 78' });
    expect(e.classes).toBe('repeals catalog');
  });
});
