// Every query of the SDL through yoga.fetch against the real Neo4j, on a graph built for the case
// (helpers.ts) and on the seed article ingested for real.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/graph/queries.ts';
import { resetGraph, testGraph } from '../setup/db.ts';
import { caseGraph, gql, K, load, testApi } from './helpers.ts';

const graph = testGraph();
const yoga = testApi(graph);

beforeAll(async () => {
  await resetGraph(graph);
  await load(graph, caseGraph());
});
afterAll(() => graph.close());

describe('instrument', () => {
  it('is fromCatalog only while no document cites it', async () => {
    await graph.runMigrationStatement(`MATCH (i:Instrument {key: '${K.qd213}'}) SET i.fromCatalog = true`);
    try {
      const q = `query($k: ID) { instrument(key: $k) { instrument { key fromCatalog citationCount } } }`;
      const cited = await gql(yoga, q, { k: K.qd213 });
      expect(cited.data.instrument.instrument).toMatchObject({ fromCatalog: false, citationCount: 2 });
      const uncited = await gql(yoga, q, { k: K.nq4xi });
      expect(uncited.data.instrument.instrument).toMatchObject({ fromCatalog: true, citationCount: 0 });
    } finally {
      await graph.runMigrationStatement(`MATCH (i:Instrument {key: '${K.qd213}'}) SET i.fromCatalog = false`);
    }
  });

  it('by key, with every attribute, its issuer, status and relations both ways', async () => {
    const r = await gql(
      yoga,
      `query($k: ID) { instrument(key: $k) { instrument {
        key kind number symbol issuedOn year title label citation fromCatalog status citationCount
        issuer { key name }
        replaces { key } replacedBy { key } guidedBy { key } guides { key }
        relations { type direction instrument { key } evidence { sentence start end highlightStart highlightEnd document { id title } } }
        supersededBy { type instrument { key } }
        conflicts { attribute values { value documents { id } } }
        evidence { sentence start end highlightStart highlightEnd document { id } }
        citedBy(first: 1) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
      } } }`,
      { k: K.qd213 },
    );
    expect(r.errors).toBeUndefined();
    const i = r.data.instrument.instrument;
    expect(i).toMatchObject({ key: K.qd213, kind: 'Quy định', number: '213', symbol: 'QĐ/TW', issuedOn: '2020-01-02', year: 2020, label: 'QĐ 213-QĐ/TW', status: 'UNKNOWN', fromCatalog: false, citationCount: 2 });
    expect(i.citation).toBe('Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị “Về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú”');
    expect(i.issuer).toEqual({ key: 'bo-chinh-tri', name: 'Bộ Chính trị' });
    expect(i.replaces).toEqual([{ key: K.qd76 }]);
    expect(i.replacedBy).toEqual([]);
    expect(i.guidedBy).toEqual([{ key: K.hd33 }]);
    const rep = i.relations.find((x: { type: string }) => x.type === 'REPLACES');
    expect(rep.direction).toBe('OUTGOING');
    expect(rep.evidence[0].sentence).toMatch(/^Quy định số 213-QĐ\/TW .* thay thế Quy định số 76-QĐ\/TW/);
    expect(rep.evidence[0].document.title).toBe('Cẩm Phả xây dựng Đảng');
    // offsets point into the document text
    const doc = await gql(yoga, `query($id: ID!) { document(id: $id) { text } }`, { id: K.doc1 });
    const ev = rep.evidence[0];
    expect(doc.data.document.text.slice(ev.start, ev.end)).toBe(ev.sentence);
    expect(doc.data.document.text.slice(ev.highlightStart, ev.highlightEnd)).toBe('Quy định số 76-QĐ/TW');
    // evidence of the instrument itself: the sentences that cite it
    expect(i.evidence).toHaveLength(2);
    const own = i.evidence.find((e: { document: { id: string } }) => e.document.id === K.doc1);
    expect(doc.data.document.text.slice(own.highlightStart, own.highlightEnd)).toBe('Quy định số 213-QĐ/TW');
    expect(own.sentence.startsWith('Quy định số 213-QĐ/TW ngày 2-1-2020')).toBe(true);
    expect(i.conflicts).toEqual([{ attribute: 'issuedOn', values: expect.arrayContaining([{ value: '2020-01-02', documents: [{ id: K.doc1 }] }, { value: '2020-01-03', documents: [{ id: K.doc2 }] }]) }]);
    expect(i.citedBy.totalCount).toBe(2);
    expect(i.citedBy.nodes).toHaveLength(1);
    expect(i.citedBy.pageInfo.hasNextPage).toBe(true);
  });

  it('a replaced instrument says so and names what replaced it', async () => {
    const r = await gql(yoga, `{ instrument(key: "${K.qd76}") { instrument { status supersededBy { type direction instrument { label } } replacedBy { key } affectedActions { id } governs { id } } } }`);
    expect(r.data.instrument.instrument).toEqual({
      status: 'REPLACED',
      supersededBy: [{ type: 'REPLACES', direction: 'INCOMING', instrument: { label: 'QĐ 213-QĐ/TW' } }],
      replacedBy: [{ key: K.qd213 }],
      affectedActions: [{ id: K.act1 }],
      governs: [{ id: K.act1 }],
    });
  });

  it('by ref, written the ways people write it', async () => {
    for (const ref of ['Quy định 213', '213-QĐ/TW', 'qd 213', 'Regulation No. 213-QD/TW', 'quy dinh so 213']) {
      const r = await gql(yoga, `query($r: String) { instrument(ref: $r) { instrument { key } candidates { key } parsed } }`, { r: ref });
      expect(r.errors, ref).toBeUndefined();
      expect(r.data.instrument.instrument?.key, ref).toBe(K.qd213);
    }
  });

  it('an ambiguous ref returns the candidates, not a guess', async () => {
    const r = await gql(yoga, `{ instrument(ref: "21-KL/TW") { instrument { key } candidates { key year } parsed } }`);
    expect(r.data.instrument.instrument).toBeNull();
    expect(r.data.instrument.candidates.map((c: { key: string }) => c.key).sort()).toEqual([K.kl21a, K.kl21b]);
    expect(r.data.instrument.parsed).toMatchObject({ number: '21', symbol: 'KL/TW' });
    // the key without its year is ambiguous the same way
    const k = await gql(yoga, `{ instrument(key: "ket-luan:21-kl-tw") { instrument { key } candidates { key } } }`);
    expect(k.data.instrument.instrument).toBeNull();
    expect(k.data.instrument.candidates).toHaveLength(2);
  });

  it('neither key nor ref is a BAD_USER_INPUT; an unknown key is no instrument', async () => {
    const r = await gql(yoga, `{ instrument { candidates { key } } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const u = await gql(yoga, `{ instrument(key: "quy-dinh:999-qd-tw@2099") { instrument { key } candidates { key } } }`);
    expect(u.data.instrument).toEqual({ instrument: null, candidates: [] });
  });
});

describe('instruments', () => {
  it('pages through with cursors and a total', async () => {
    const first = await gql(yoga, `{ instruments(first: 4, orderBy: {field: KEY, direction: ASC}) { totalCount edges { cursor node { key } } pageInfo { hasNextPage endCursor } } }`);
    expect(first.data.instruments.totalCount).toBe(11);
    expect(first.data.instruments.edges).toHaveLength(4);
    const keys: string[] = first.data.instruments.edges.map((e: { node: { key: string } }) => e.node.key);
    expect([...keys].sort()).toEqual(keys);
    const next = await gql(yoga, `query($a: String) { instruments(first: 10, after: $a, orderBy: {field: KEY, direction: ASC}) { nodes { key } pageInfo { hasNextPage } } }`, { a: first.data.instruments.pageInfo.endCursor });
    expect(next.data.instruments.nodes).toHaveLength(7);
    expect(next.data.instruments.pageInfo.hasNextPage).toBe(false);
    expect(next.data.instruments.nodes[0].key > keys[3]!).toBe(true);
  });

  it('filters by kind, issuer, symbol, years, jurisdiction and text', async () => {
    const q = async (filter: Record<string, unknown>) =>
      (await gql(yoga, `query($f: InstrumentFilter) { instruments(filter: $f, first: 50, orderBy: {field: KEY, direction: ASC}) { totalCount nodes { key } } }`, { f: filter })).data.instruments;
    expect((await q({ kinds: ['Quy định'] })).totalCount).toBe(3);
    expect((await q({ issuers: ['Bộ Chính trị'] })).nodes.map((n: { key: string }) => n.key)).toEqual([K.qd213, K.qd76]);
    expect((await q({ issuers: ['bo-chinh-tri'] })).totalCount).toBe(2);
    expect((await q({ symbols: ['QD/TW'] })).totalCount).toBe(2);
    expect((await q({ yearFrom: 2020, yearTo: 2020 })).totalCount).toBe(2);
    expect((await q({ jurisdiction: 'Quảng Ninh' })).totalCount).toBe(4);
    expect((await q({ text: 'hoa giai' })).nodes).toEqual([{ key: K.hoaGiai }]);
    expect((await q({ text: 'nơi cư trú', kinds: ['Quy định'] })).totalCount).toBe(2);
  });

  it('orders by date newest first by default, missing dates last', async () => {
    const r = await gql(yoga, `{ instruments(first: 50) { nodes { key issuedOn } } }`);
    const dates = r.data.instruments.nodes.map((n: { issuedOn: string | null }) => n.issuedOn);
    expect(dates[0]).toBe('2021-10-25');
    expect(dates.at(-1)).toBeNull();
    const byCitations = await gql(yoga, `{ instruments(first: 1, orderBy: {field: CITATION_COUNT, direction: DESC}) { nodes { key citationCount } } }`);
    expect(byCitations.data.instruments.nodes).toEqual([{ key: K.qd213, citationCount: 2 }]);
  });

  it('refuses a page that is too large or a cursor it never gave', async () => {
    expect((await gql(yoga, `{ instruments(first: 1000) { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(yoga, `{ instruments(after: "bm9wZQ==") { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  const search = async (text: string, types?: string[]) =>
    (await gql(yoga, `query($t: String!, $ty: [SearchType!]) { search(text: $t, types: $ty) { type score label detail node { __typename ... on Instrument { key } ... on Action { id } ... on Document { id } ... on Organization { key } } } }`, { t: text, ty: types })).data
      .search as { type: string; label: string; node: { key?: string; id?: string } }[];

  it('is insensitive to diacritics, tone placement and case: "hoa" finds "hòa" and "hoà"', async () => {
    const keys = (await search('hoa', ['INSTRUMENT'])).map((h) => h.node.key);
    expect(keys).toEqual(expect.arrayContaining([K.hoa, K.hoaGiai, K.hoaNhap]));
    expect(keys[0]).toBe(K.hoa); // the exact "hoa" first
    for (const q of ['hòa', 'hoà', 'HÒA']) {
      const k = (await search(q, ['INSTRUMENT'])).map((h) => h.node.key);
      expect(k.slice(0, 2).sort(), q).toEqual([K.hoaGiai, K.hoaNhap].sort()); // exact-diacritic matches first
      expect(k, q).toContain(K.hoa); // the folded match still found
    }
  });

  it('understands number-and-symbol queries', async () => {
    for (const q of ['quy dinh 213', 'Quy định 213', '213-QĐ/TW', '213-qd/tw', 'qd 213']) {
      const hits = await search(q);
      expect(hits[0]?.node.key, q).toBe(K.qd213);
    }
  });

  it('ranks all four types in one list and filters by type', async () => {
    const all = await search('Cẩm Phả');
    expect(new Set(all.map((h) => h.type))).toEqual(new Set(['ORGANIZATION', 'DOCUMENT']));
    const actions = await search('nêu gương', ['ACTION']);
    expect(actions.map((h) => h.node.id)).toEqual([K.task1]);
    expect(await search('nêu gươ', ['ACTION'])).toHaveLength(1); // the last word is a prefix
  });

  it('keeps every word: Vietnamese syllables that are English stop words still count', async () => {
    // "to" (tổ) is an English stop word; the analyzer must keep it
    const hits = await search('to chuc trung uong', ['ORGANIZATION']);
    expect(hits[0]?.node.key).toBe('ban-to-chuc-trung-uong');
  });

  it('treats Lucene syntax as text', async () => {
    for (const q of ['213 AND', '"', '*', 'a:b', '(((', '\\', 'OR OR', '~1', '[x TO y]']) {
      const r = await gql(yoga, `query($t: String!) { search(text: $t) { label } }`, { t: q });
      expect(r.errors, q).toBeUndefined();
    }
  });
});

describe('actions, organisations, documents', () => {
  it('an action backed by a replaced rule carries a warning naming the newer one', async () => {
    const r = await gql(yoga, `{ action(id: "${K.act1}") { id kind summary text actor { key name } quantities { value unit text } document { id } evidence { sentence start end } backedBy { key } inferredBacking { score } warnings } }`);
    expect(r.data.action).toMatchObject({
      kind: 'action',
      actor: { key: 'thanh-uy-cam-pha', name: 'Thành ủy Cẩm Phả' },
      quantities: [{ value: 9000, unit: 'đảng viên', text: '9.000 đảng viên' }],
      document: { id: K.doc1 },
      backedBy: [{ key: K.qd76 }],
      inferredBacking: [],
      warnings: ['backed by Quy định 76-QĐ/TW, replaced by Quy định 213-QĐ/TW'],
    });
  });

  it('a task keeps explicit and inferred backing apart', async () => {
    const r = await gql(yoga, `{ action(id: "${K.task1}") { kind ordinal backedBy { key } inferredBacking { instrument { key } action { id } score reason } warnings } }`);
    expect(r.data.action).toEqual({
      kind: 'task',
      ordinal: 1,
      backedBy: [{ key: K.kh05 }],
      inferredBacking: [{ instrument: { key: K.hd33 }, action: { id: K.task1 }, score: 0.42, reason: 'cán bộ, trách nhiệm' }],
      warnings: [],
    });
  });

  it('lists actions with filters', async () => {
    const q = async (f: Record<string, unknown>) => (await gql(yoga, `query($f: ActionFilter) { actions(filter: $f) { totalCount nodes { id } } }`, { f })).data.actions;
    expect((await q({})).totalCount).toBe(2);
    expect((await q({ kinds: ['task'] })).nodes).toEqual([{ id: K.task1 }]);
    expect((await q({ backedBy: K.qd76 })).nodes).toEqual([{ id: K.act1 }]);
    expect((await q({ actor: 'thanh-uy-cam-pha' })).nodes).toEqual([{ id: K.act1 }]);
    expect((await q({ document: K.doc2 })).totalCount).toBe(0);
    expect((await q({ text: 'neu guong' })).nodes).toEqual([{ id: K.task1 }]);
  });

  it('an organisation with what it issued and performed', async () => {
    const r = await gql(yoga, `{ a: organization(key: "bo-chinh-tri") { name level issued { key } performed { id } } b: organization(key: "thanh-uy-cam-pha") { performed { id } mentionCount } c: organization(key: "nope") { name } }`);
    expect(r.data.a).toEqual({ name: 'Bộ Chính trị', level: 'central', issued: [{ key: K.qd213 }, { key: K.qd76 }], performed: [] });
    expect(r.data.b).toEqual({ performed: [{ id: K.act1 }], mentionCount: 1 });
    expect(r.data.c).toBeNull();
  });

  it('a document with its citations (offsets into its text), instruments and actions; documents pages', async () => {
    const r = await gql(yoga, `{ document(id: "${K.doc1}") { id title source publishedOn ingestedAt text citations { instrument { key } start end text } instruments { key } actions { id } } documents(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } } }`);
    const d = r.data.document;
    expect(d.publishedOn).toBe('2024-05-01');
    expect(Date.parse(d.ingestedAt)).not.toBeNaN();
    for (const c of d.citations) expect(d.text.slice(c.start, c.end)).toBe(c.text);
    expect(d.instruments).toHaveLength(5);
    expect(d.actions.map((a: { id: string }) => a.id)).toEqual([K.act1, K.task1]);
    expect(r.data.documents).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
  });
});

describe('trace', () => {
  it('explicit backers first, then what they implement or continue, then inferred, each step with evidence', async () => {
    const r = await gql(yoga, `{ trace(actionId: "${K.task1}") { action { id } steps { depth via inferred score reason instrument { key } from { key } evidence { sentence } } graph { nodes { data { id type } } edges { data { source target type inferred } } truncated } } }`);
    const steps = r.data.trace.steps;
    expect(steps.map((s: { depth: number; via: string; instrument: { key: string } }) => [s.depth, s.via, s.instrument.key])).toEqual([
      [0, 'GOVERNS', K.kh05],
      [1, 'IMPLEMENTS', K.nq4xii],
      [2, 'CONTINUES', K.nq4xi],
      [0, 'MAY_GOVERN', K.hd33],
    ]);
    expect(steps[0].evidence[0].sentence).toMatch(/^Một là/);
    expect(steps[1].from.key).toBe(K.kh05);
    expect(steps[3]).toMatchObject({ inferred: true, score: 0.42, evidence: [] });
    const g = r.data.trace.graph;
    expect(g.nodes).toHaveLength(5);
    expect(g.edges).toEqual(
      expect.arrayContaining([
        { data: { source: K.kh05, target: K.task1, type: 'GOVERNS', inferred: false } },
        { data: { source: K.hd33, target: K.task1, type: 'MAY_GOVERN', inferred: true } },
        { data: { source: K.kh05, target: K.nq4xii, type: 'IMPLEMENTS', inferred: false } },
      ]),
    );
    const shallow = await gql(yoga, `{ trace(actionId: "${K.task1}", depth: 1, includeInferred: false) { steps { via } } }`);
    expect(shallow.data.trace.steps.map((s: { via: string }) => s.via)).toEqual(['GOVERNS', 'IMPLEMENTS']);
    expect((await gql(yoga, `{ trace(actionId: "nope") { steps { via } } }`)).data.trace).toBeNull();
  });
});

describe('graph and path', () => {
  it('a focused subgraph in Cytoscape element shape', async () => {
    const r = await gql(yoga, `{ graph(focus: ["${K.qd213}"], depth: 1) { truncated nodes { data { id type label kind status citationCount hiddenNeighbors issuer } classes } edges { data { id source target type label inferred evidenceCount } } } }`);
    const g = r.data.graph;
    expect(g.truncated).toBe(false);
    expect(g.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).toEqual([K.hd33, K.qd213, K.qd76].sort());
    const n213 = g.nodes.find((n: { data: { id: string } }) => n.data.id === K.qd213);
    expect(n213.data).toMatchObject({ type: 'instrument', label: 'QĐ 213-QĐ/TW', kind: 'Quy định', status: 'UNKNOWN', citationCount: 2, hiddenNeighbors: 0, issuer: 'Bộ Chính trị' });
    expect(g.edges).toEqual(expect.arrayContaining([{ data: { id: `${K.qd213}|REPLACES|${K.qd76}`, source: K.qd213, target: K.qd76, type: 'REPLACES', label: 'thay thế', inferred: false, evidenceCount: 1 } }]));
    // depth 2 reaches the action governed by the replaced rule
    const d2 = await gql(yoga, `{ graph(focus: ["${K.qd213}"], depth: 2) { nodes { data { id type } } edges { data { type } } } }`);
    expect(d2.data.graph.nodes.map((n: { data: { id: string } }) => n.data.id)).toContain(K.act1);
    const noActions = await gql(yoga, `{ graph(focus: ["${K.qd213}"], depth: 2, includeActions: false) { nodes { data { id } } } }`);
    expect(noActions.data.graph.nodes.map((n: { data: { id: string } }) => n.data.id)).not.toContain(K.act1);
  });

  it('says when the limit cut it, and how many neighbours each node hides', async () => {
    const r = await gql(yoga, `{ graph(focus: ["${K.qd213}"], depth: 2, limit: 2) { truncated nodes { data { id hiddenNeighbors } } } }`);
    expect(r.data.graph.truncated).toBe(true);
    expect(r.data.graph.nodes).toHaveLength(2);
    expect(r.data.graph.nodes.some((n: { data: { hiddenNeighbors: number } }) => n.data.hiddenNeighbors > 0)).toBe(true);
    const types = await gql(yoga, `{ graph(focus: ["${K.qd213}"], relationTypes: ["GUIDES"], includeActions: false) { nodes { data { id } } } }`);
    expect(types.data.graph.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).toEqual([K.hd33, K.qd213].sort());
  });

  it('without focus: the best-connected instruments', async () => {
    const r = await gql(yoga, `{ graph(limit: 3) { truncated nodes { data { id } } edges { data { type } } } }`);
    expect(r.data.graph.truncated).toBe(true);
    expect(r.data.graph.nodes.map((n: { data: { id: string } }) => n.data.id)).toContain(K.qd213);
  });

  it('a focus organisation or document expands to what it issued or cites', async () => {
    const r = await gql(yoga, `{ o: graph(focus: ["bo-chinh-tri"]) { nodes { data { id type } } edges { data { type } } } d: graph(focus: ["${K.doc2}"]) { nodes { data { id type } } } }`);
    expect(r.data.o.nodes).toHaveLength(3);
    expect(r.data.o.edges.map((e: { data: { type: string } }) => e.data.type)).toContain('ISSUED');
    expect(r.data.d.nodes.map((n: { data: { type: string } }) => n.data.type).sort()).toEqual(['document', 'instrument', 'instrument']);
  });

  it('path: the shortest chain of links, null when none, NOT_FOUND for an unknown key', async () => {
    const r = await gql(yoga, `{ path(from: "${K.hd33}", to: "${K.qd76}") { nodes { data { id } } edges { data { type source target } } } }`);
    expect(r.data.path.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).toEqual([K.hd33, K.qd213, K.qd76].sort());
    expect(r.data.path.edges.map((e: { data: { type: string } }) => e.data.type).sort()).toEqual(['GUIDES', 'REPLACES']);
    expect((await gql(yoga, `{ path(from: "${K.hd33}", to: "${K.hoa}") { nodes { data { id } } } }`)).data.path).toBeNull();
    // two instruments cited by the same document are not linked through it
    expect((await gql(yoga, `{ path(from: "${K.qd213}", to: "${K.kl21a}") { nodes { data { id } } } }`)).data.path).toBeNull();
    const nf = await gql(yoga, `{ path(from: "nope", to: "${K.qd76}") { truncated } }`);
    expect(nf.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('stats and health', () => {
  it('counts by kind, issuer, year and relation type', async () => {
    const r = await gql(yoga, `{ stats { instruments organizations actions tasks documents byKind { key count } byIssuer { key count } byYear { key count } byRelationType { key count } } health { ok counts { label count } } }`);
    const s = r.data.stats;
    expect(s).toMatchObject({ instruments: 11, organizations: 3, actions: 1, tasks: 1, documents: 2 });
    expect(s.byKind).toContainEqual({ key: 'Quy định', count: 3 });
    expect(s.byIssuer).toContainEqual({ key: 'Bộ Chính trị', count: 2 });
    expect(s.byYear).toContainEqual({ key: '2019', count: 3 });
    expect(s.byRelationType).toEqual(expect.arrayContaining([{ key: 'REPLACES', count: 1 }, { key: 'CONTINUES', count: 1 }]));
    expect(r.data.health.ok).toBe(true);
  });
});

describe('the seed article, ingested for real', () => {
  const text = readFileSync(join(REPO_ROOT, 'data', 'corpus', '000_b6e12600ca508f52.txt'), 'utf8');
  let docId = '';

  it('ingestText dry run returns the extraction and writes nothing', async () => {
    const before = (await gql(yoga, `{ stats { documents } }`)).data.stats.documents;
    const r = await gql(yoga, `mutation($t: String!) { ingestText(input: {text: $t}, dryRun: true) { dryRun document { id } extraction instruments relations actions } }`, { t: text });
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestText).toMatchObject({ dryRun: true, document: null, instruments: 13 });
    expect(r.data.ingestText.extraction.instruments).toHaveLength(13);
    expect((await gql(yoga, `{ stats { documents } }`)).data.stats.documents).toBe(before);
  });

  it('ingestText writes it; the API then finds and traces it', async () => {
    const r = await gql(yoga, `mutation($t: String!) { ingestText(input: {text: $t, title: "Seed", source: "data/corpus/seed.txt", publishedOn: "2024-05-01"}) { dryRun document { id title publishedOn } instruments actions } }`, { t: text });
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestText).toMatchObject({ dryRun: false, document: { title: 'Seed', publishedOn: '2024-05-01' }, instruments: 13 });
    docId = r.data.ingestText.document.id;
    const s = await gql(yoga, `{ search(text: "quy dinh 213") { node { ... on Instrument { key label citedBy { totalCount } governs { summary } } } } }`);
    expect(s.data.search[0].node.label).toContain('213-QĐ/TW');
    expect(s.data.search[0].node.citedBy.totalCount).toBeGreaterThanOrEqual(1);
    const acts = await gql(yoga, `query($d: ID) { actions(filter: {document: $d}, first: 50) { totalCount nodes { id kind backedBy { key } } } }`, { d: docId });
    expect(acts.data.actions.totalCount).toBe(8);
    const backed = acts.data.actions.nodes.find((a: { backedBy: unknown[] }) => a.backedBy.length > 0);
    const t = await gql(yoga, `query($id: ID!) { trace(actionId: $id) { steps { depth via instrument { key } evidence { sentence } } } }`, { id: backed.id });
    expect(t.data.trace.steps[0]).toMatchObject({ depth: 0, via: 'GOVERNS' });
    expect(t.data.trace.steps[0].evidence[0].sentence.length).toBeGreaterThan(10);
    const g = await gql(yoga, `query($id: ID!) { graph(focus: [$id], depth: 1) { nodes { data { id type } } } }`, { id: docId });
    expect(g.data.graph.nodes.length).toBeGreaterThan(13);
  });

  it('deleteDocument removes it; a second delete is NOT_FOUND', async () => {
    const r = await gql(yoga, `mutation($id: ID!) { deleteDocument(id: $id) { deleted removedInstruments removedActions removedOrganizations } }`, { id: docId });
    expect(r.errors).toBeUndefined();
    expect(r.data.deleteDocument).toMatchObject({ deleted: true, removedActions: 8 });
    expect(r.data.deleteDocument.removedInstruments).toBeGreaterThan(0);
    expect((await gql(yoga, `query($id: ID!) { document(id: $id) { id } }`, { id: docId })).data.document).toBeNull();
    const again = await gql(yoga, `mutation($id: ID!) { deleteDocument(id: $id) { deleted } }`, { id: docId });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
