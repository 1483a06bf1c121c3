// Shared by the API tests: a yoga app on the test database, a `gql` that goes through yoga.fetch like a client,
// and small graphs built for a case (written with cypher/queries/test/api-fixture.cypher in the shape of
// cypher/README.md, search fields made by the graph layer's own searchFields).
import type { YogaServerInstance } from 'graphql-yoga';
import { searchFields } from '../../server/graph/ingest.ts';
import type { Graph } from '../../server/graph/driver.ts';
import { createApi } from '../../server/api/yoga.ts';
import { testConfig } from '../setup/db.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Yoga = YogaServerInstance<any, any>;

export function testApi(graph: Graph, env: NodeJS.ProcessEnv = {}): Yoga {
  return createApi({ graph, config: testConfig(env) });
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

export async function gql<T = any>( // eslint-disable-line @typescript-eslint/no-explicit-any
  yoga: Yoga,
  query: string,
  variables: Record<string, unknown> = {},
  opts: { headers?: Record<string, string>; serverContext?: Record<string, unknown> } = {},
): Promise<GqlResult<T>> {
  const res = await yoga.fetch(
    'http://localhost/graphql',
    { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...opts.headers }, body: JSON.stringify({ query, variables }) },
    opts.serverContext ?? {},
  );
  const body = (await res.json()) as GqlResult<T>;
  return { ...body, status: res.status };
}

// ---------------------------------------------------------------------------------------------- case graph

interface Inst {
  key: string;
  kind: string;
  number?: string | null;
  symbol?: string | null;
  issuedOn?: string | null;
  title?: string | null;
  conference?: string | null;
  term?: string | null;
  jurisdiction?: string | null;
  issuerName?: string | null;
  fromCatalog?: boolean;
}

function instrument(i: Inst): Record<string, unknown> {
  const year = i.issuedOn ? Number(i.issuedOn.slice(0, 4)) : null;
  const base = i.key.replace(/[@#].*$/, '');
  return {
    baseKey: base,
    number: null,
    symbol: null,
    issuedOn: null,
    title: null,
    conference: null,
    term: null,
    jurisdiction: null,
    issuerName: null,
    fromCatalog: false,
    ...i,
    year,
    aliases: [],
    ...searchFields([i.kind, i.number, i.symbol, i.number && i.symbol ? `${i.number}-${i.symbol}` : null, i.title, i.conference, i.issuerName]),
  };
}

function org(key: string, name: string, level: string | null) {
  return { key, name, level, ...searchFields([name]) };
}

/** Offsets of `needle` in `text` (the first occurrence after `from`). */
function span(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${needle} not in text`);
  return { start, end: start + needle.length };
}

export const DOC1_TEXT =
  'Quy định số 213-QĐ/TW ngày 2-1-2020 của Bộ Chính trị thay thế Quy định số 76-QĐ/TW ngày 15-6-2017. ' +
  'Hướng dẫn số 33-HD/BTCTW hướng dẫn thực hiện Quy định 213. ' +
  'Thành ủy Cẩm Phả đã tổ chức cho 9.000 đảng viên sinh hoạt theo Quy định số 76-QĐ/TW. ' +
  'Kế hoạch số 05-KH/TU thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XII. ' +
  'Một là, tăng cường trách nhiệm nêu gương của cán bộ theo Kế hoạch số 05-KH/TU. ' +
  'Nghị quyết Hội nghị Trung ương 4 khóa XII tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XI.';

export const DOC2_TEXT = 'Quy định số 213-QĐ/TW ngày 3-1-2020 nói về đảng viên nơi cư trú. Kết luận số 21-KL/TW năm 2012 và Kết luận số 21-KL/TW năm 2021.';

export const K = {
  qd76: 'quy-dinh:76-qd-tw@2017',
  qd213: 'quy-dinh:213-qd-tw@2020',
  hd33: 'huong-dan:33-hd-btctw@2020',
  kl21a: 'ket-luan:21-kl-tw@2012',
  kl21b: 'ket-luan:21-kl-tw@2021',
  nq4xii: 'nghi-quyet:hntw-4-xii',
  nq4xi: 'nghi-quyet:hntw-4-xi',
  kh05: 'ke-hoach:5-kh-tu@2021#quang-ninh',
  hoa: 'chi-thi:12-ct-tu@2019#quang-ninh',
  hoaGiai: 'nghi-quyet:10-nq-tu@2019#quang-ninh',
  hoaNhap: 'quy-dinh:15-qd-tu@2019#quang-ninh',
  doc1: 'd1'.padEnd(64, '0'),
  doc2: 'd2'.padEnd(64, '0'),
  act1: 'd1-action-1',
  task1: 'd1-task-1',
};

function evidence(docId: string, text: string, sentence: string, cite: string) {
  const s = span(text, sentence);
  const c = span(text, cite, s.start);
  return { docId, sentence, start: s.start, end: s.end, citeStart: c.start, citeEnd: c.end };
}

/** The case graph: a replaced rule backing an action, a guide, an implementing plan, an ambiguous number… */
export function caseGraph(): Fixture {
  const t = DOC1_TEXT;
  const s1 = 'Quy định số 213-QĐ/TW ngày 2-1-2020 của Bộ Chính trị thay thế Quy định số 76-QĐ/TW ngày 15-6-2017.';
  const s2 = 'Hướng dẫn số 33-HD/BTCTW hướng dẫn thực hiện Quy định 213.';
  const s3 = 'Thành ủy Cẩm Phả đã tổ chức cho 9.000 đảng viên sinh hoạt theo Quy định số 76-QĐ/TW.';
  const s4 = 'Kế hoạch số 05-KH/TU thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XII.';
  const s5 = 'Một là, tăng cường trách nhiệm nêu gương của cán bộ theo Kế hoạch số 05-KH/TU.';
  const s6 = 'Nghị quyết Hội nghị Trung ương 4 khóa XII tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XI.';
  const cite = (doc: string, text: string, instrumentKey: string, needles: string[], claims: Record<string, unknown> = {}) => {
    const spans = needles.map((n) => span(text, n));
    return { doc, instrument: instrumentKey, props: { count: spans.length, starts: spans.map((x) => x.start), ends: spans.map((x) => x.end), ...claims } };
  };
  const a3 = span(t, s3);
  const a5 = span(t, s5);
  return {
    instruments: [
      instrument({ key: K.qd76, kind: 'Quy định', number: '76', symbol: 'QĐ/TW', issuedOn: '2017-06-15', title: 'Về việc đảng viên đang công tác giữ mối liên hệ với nơi cư trú', issuerName: 'Bộ Chính trị' }),
      instrument({ key: K.qd213, kind: 'Quy định', number: '213', symbol: 'QĐ/TW', issuedOn: '2020-01-02', title: 'Về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú', issuerName: 'Bộ Chính trị' }),
      instrument({ key: K.hd33, kind: 'Hướng dẫn', number: '33', symbol: 'HD/BTCTW', issuedOn: '2020-03-12', title: 'Thực hiện Quy định 213', issuerName: 'Ban Tổ chức Trung ương' }),
      instrument({ key: K.kl21a, kind: 'Kết luận', number: '21', symbol: 'KL/TW', issuedOn: '2012-05-25', title: 'Về tiếp tục thực hiện Nghị quyết Trung ương 3 khóa X' }),
      instrument({ key: K.kl21b, kind: 'Kết luận', number: '21', symbol: 'KL/TW', issuedOn: '2021-10-25', title: 'Về đẩy mạnh xây dựng, chỉnh đốn Đảng' }),
      instrument({ key: K.nq4xii, kind: 'Nghị quyết', conference: 'Hội nghị Trung ương 4', term: 'XII' }),
      instrument({ key: K.nq4xi, kind: 'Nghị quyết', conference: 'Hội nghị Trung ương 4', term: 'XI', fromCatalog: true }),
      instrument({ key: K.kh05, kind: 'Kế hoạch', number: '05', symbol: 'KH/TU', issuedOn: '2021-03-01', jurisdiction: 'Quảng Ninh', title: 'Thực hiện Nghị quyết Trung ương 4 khóa XII' }),
      instrument({ key: K.hoa, kind: 'Chỉ thị', number: '12', symbol: 'CT/TU', issuedOn: '2019-01-01', jurisdiction: 'Quảng Ninh', title: 'Về phát triển hoa và cây cảnh' }),
      instrument({ key: K.hoaGiai, kind: 'Nghị quyết', number: '10', symbol: 'NQ/TU', issuedOn: '2019-02-01', jurisdiction: 'Quảng Ninh', title: 'Về công tác hòa giải ở cơ sở' }),
      instrument({ key: K.hoaNhap, kind: 'Quy định', number: '15', symbol: 'QĐ/TU', issuedOn: '2019-03-01', jurisdiction: 'Quảng Ninh', title: 'Về hoà nhập cộng đồng' }),
    ],
    organizations: [org('bo-chinh-tri', 'Bộ Chính trị', 'central'), org('ban-to-chuc-trung-uong', 'Ban Tổ chức Trung ương', 'central'), org('thanh-uy-cam-pha', 'Thành ủy Cẩm Phả', 'district')],
    documents: [
      { id: K.doc1, title: 'Cẩm Phả xây dựng Đảng', source: 'case/doc1.txt', publishedOn: '2024-05-01', text: DOC1_TEXT, ...searchFields(['Cẩm Phả xây dựng Đảng']) },
      { id: K.doc2, title: 'Ghi chú về Quy định 213', source: 'case/doc2.txt', publishedOn: '2024-05-02', text: DOC2_TEXT, ...searchFields(['Ghi chú về Quy định 213']) },
    ],
    actions: [
      { id: K.act1, kind: 'action', summary: 'tổ chức cho 9.000 đảng viên sinh hoạt theo Quy định 76', text: s3, actorName: 'Thành ủy Cẩm Phả', quantities: JSON.stringify([{ value: 9000, unit: 'đảng viên', text: '9.000 đảng viên' }]), docId: K.doc1, start: a3.start, end: a3.end, ...searchFields(['tổ chức cho 9.000 đảng viên sinh hoạt theo Quy định 76']) },
      { id: K.task1, kind: 'task', ordinal: 1, summary: 'tăng cường trách nhiệm nêu gương của cán bộ', text: s5, actorName: null, quantities: null, docId: K.doc1, start: a5.start, end: a5.end, ...searchFields(['tăng cường trách nhiệm nêu gương của cán bộ']) },
    ],
    links: [
      { from: K.qd213, to: K.qd76, type: 'REPLACES', props: evidence(K.doc1, t, s1, 'Quy định số 76-QĐ/TW') },
      { from: K.hd33, to: K.qd213, type: 'GUIDES', props: evidence(K.doc1, t, s2, 'Quy định 213') },
      { from: K.kh05, to: K.nq4xii, type: 'IMPLEMENTS', props: evidence(K.doc1, t, s4, 'Nghị quyết Hội nghị Trung ương 4 khóa XII') },
      { from: K.nq4xii, to: K.nq4xi, type: 'CONTINUES', props: evidence(K.doc1, t, s6, 'Nghị quyết Hội nghị Trung ương 4 khóa XI') },
    ],
    issued: [
      { org: 'bo-chinh-tri', instrument: K.qd213, docId: K.doc1 },
      { org: 'bo-chinh-tri', instrument: K.qd76, docId: K.doc1 },
      { org: 'ban-to-chuc-trung-uong', instrument: K.hd33, docId: K.doc1 },
    ],
    cites: [
      cite(K.doc1, t, K.qd213, ['Quy định số 213-QĐ/TW'], { claimIssuedOn: '2020-01-02' }),
      cite(K.doc1, t, K.qd76, ['Quy định số 76-QĐ/TW']),
      cite(K.doc1, t, K.hd33, ['Hướng dẫn số 33-HD/BTCTW']),
      cite(K.doc1, t, K.kh05, ['Kế hoạch số 05-KH/TU']),
      cite(K.doc1, t, K.nq4xii, ['Nghị quyết Hội nghị Trung ương 4 khóa XII']),
      cite(K.doc2, DOC2_TEXT, K.qd213, ['Quy định số 213-QĐ/TW'], { claimIssuedOn: '2020-01-03' }),
      cite(K.doc2, DOC2_TEXT, K.kl21a, ['Kết luận số 21-KL/TW năm 2012']),
    ],
    mentions: [{ doc: K.doc1, org: 'thanh-uy-cam-pha', count: 1, starts: [span(t, 'Thành ủy Cẩm Phả').start], ends: [span(t, 'Thành ủy Cẩm Phả').end] }],
    reports: [
      { doc: K.doc1, action: K.act1 },
      { doc: K.doc1, action: K.task1 },
    ],
    governs: [
      { instrument: K.qd76, action: K.act1, props: evidence(K.doc1, t, s3, 'Quy định số 76-QĐ/TW') },
      { instrument: K.kh05, action: K.task1, props: evidence(K.doc1, t, s5, 'Kế hoạch số 05-KH/TU') },
    ],
    mayGovern: [{ instrument: K.hd33, action: K.task1, score: 0.42, reason: 'cán bộ, trách nhiệm' }],
    performedBy: [{ action: K.act1, org: 'thanh-uy-cam-pha', docId: K.doc1 }],
  };
}

type Rows = Record<string, unknown>[];
export interface Fixture {
  instruments: Rows;
  organizations: Rows;
  documents: Rows;
  actions: Rows;
  links: Rows;
  issued: Rows;
  cites: Rows;
  mentions: Rows;
  reports: Rows;
  governs: Rows;
  mayGovern: Rows;
  performedBy: Rows;
}

export const EMPTY: Fixture = {
  instruments: [],
  organizations: [],
  documents: [],
  actions: [],
  links: [],
  issued: [],
  cites: [],
  mentions: [],
  reports: [],
  governs: [],
  mayGovern: [],
  performedBy: [],
};

export async function load(graph: Graph, f: Partial<Fixture>): Promise<void> {
  await graph.write('test/api-fixture', { ...EMPTY, ...f });
}

/** n instruments, each issued by one of three organisations, citing a hub, cited by its own document and
 * backing its own action: every nested field of the N+1 test has something to load. */
export function manyGraph(n: number): Partial<Fixture> {
  const hub = instrument({ key: 'nghi-quyet:1-nq-tw@2000', kind: 'Nghị quyết', number: '01', symbol: 'NQ/TW', issuedOn: '2000-01-01', title: 'Hub' });
  const insts = [hub];
  const out: Pick<Fixture, 'links' | 'issued' | 'cites' | 'governs' | 'documents' | 'actions' | 'reports' | 'performedBy'> = {
    links: [],
    issued: [],
    cites: [],
    governs: [],
    documents: [],
    actions: [],
    reports: [],
    performedBy: [],
  };
  for (let i = 1; i <= n; i++) {
    const key = `quy-dinh:${1000 + i}-qd-tw@2020`;
    insts.push(instrument({ key, kind: 'Quy định', number: String(1000 + i), symbol: 'QĐ/TW', issuedOn: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, title: `Quy định thử ${i}` }));
    const doc = `m${String(i).padStart(5, '0')}`.padEnd(64, '0');
    const text = `Quy định số ${1000 + i}-QĐ/TW thực hiện Nghị quyết số 01-NQ/TW. Ban A thực hiện Quy định số ${1000 + i}-QĐ/TW.`;
    const ev = evidence(doc, text, `Quy định số ${1000 + i}-QĐ/TW thực hiện Nghị quyết số 01-NQ/TW.`, 'Nghị quyết số 01-NQ/TW');
    out.documents.push({ id: doc, title: `Văn bản ${i}`, source: `many/${i}.txt`, publishedOn: '2024-01-01', text, ...searchFields([`Văn bản ${i}`]) });
    out.links.push({ from: key, to: hub.key as string, type: 'IMPLEMENTS', props: ev });
    out.issued.push({ org: ['bo-chinh-tri', 'ban-bi-thu', 'ban-to-chuc-trung-uong'][i % 3]!, instrument: key, docId: doc });
    out.cites.push({ doc, instrument: key, props: { count: 1, starts: [0], ends: [`Quy định số ${1000 + i}-QĐ/TW`.length] } });
    const act = `${doc}-a`;
    const s = span(text, `Ban A thực hiện Quy định số ${1000 + i}-QĐ/TW.`);
    out.actions.push({ id: act, kind: 'action', summary: `Ban A thực hiện Quy định ${1000 + i}`, text: text.slice(s.start, s.end), actorName: 'Ban A', quantities: null, docId: doc, start: s.start, end: s.end, ...searchFields(['Ban A']) });
    out.governs.push({ instrument: key, action: act, props: evidence(doc, text, text.slice(s.start, s.end), `Quy định số ${1000 + i}-QĐ/TW`) });
    out.reports.push({ doc, action: act });
    out.performedBy.push({ action: act, org: 'ban-a', docId: doc });
  }
  return {
    ...out,
    instruments: insts,
    organizations: [org('bo-chinh-tri', 'Bộ Chính trị', 'central'), org('ban-bi-thu', 'Ban Bí thư', 'central'), org('ban-to-chuc-trung-uong', 'Ban Tổ chức Trung ương', 'central'), org('ban-a', 'Ban A', null)],
  };
}
