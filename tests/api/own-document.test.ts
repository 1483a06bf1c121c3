// An instrument's own document: the text that is the instrument (its header or enacting sentence names it, or the
// person adding it did) is linked to it by the ingest, through the CLI's folder ingest as through an upload, so the
// instrument's panel can show its source document and its signer. A document that only cites it is not its own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';
import { ingestFiles } from '../../server/graph/ingest-files.ts';
import { resetGraph, testGraph } from '../setup/db.ts';
import { gql, testApi, type Yoga } from './helpers.ts';

/** A circular with its full header and signature block (written for this test). */
const WITH_HEADER = `BỘ TƯ PHÁP
Số: 98/2026/TT-BTP
Hà Nội, ngày 5 tháng 3 năm 2026

THÔNG TƯ
Quy định mẫu sổ lưu trữ điện tử

Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp;
Bộ trưởng Bộ Tư pháp ban hành Thông tư quy định mẫu sổ lưu trữ điện tử.

Điều 1. Thông tư này thay thế Thông tư số 04/2019/TT-BTP ngày 2 tháng 4 năm 2019 của Bộ trưởng Bộ Tư pháp.
Điều 2. Thông tư này có hiệu lực từ ngày 1 tháng 5 năm 2026.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
(Đã ký)
Nguyễn Văn An
`;

/** News that cites the circular: not its own text. */
const NEWS = `Ngày 5/3/2026, Bộ Tư pháp đã ban hành văn bản hướng dẫn. Các sở thực hiện theo Thông tư số 98/2026/TT-BTP ngày 5/3/2026 của Bộ Tư pháp.`;

/** A circular pasted without its header: its identity is only in the enacting sentence. */
const ENACTING = `Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp;
Bộ trưởng Bộ Tư pháp ban hành Thông tư số 97/2026/TT-BTP.
Điều 1. Thông tư này bãi bỏ Thông tư số 03/2018/TT-BTP.

BỘ TRƯỞNG
(Đã ký)
Trần Thị Bình
`;

/** A plan with no header and no enacting sentence: only the person adding it can say what it is. */
const UNNAMED = `Kế hoạch triển khai việc số hóa hồ sơ lưu trữ của các sở trong năm 2026, thực hiện Thông tư số 98/2026/TT-BTP.`;

const Q = `query($key: ID!) { instrument(key: $key) { instrument { key signer ownDocument { id title } relations(direction: OUTGOING) { type instrument { key } } } } }`;
type Answer = { instrument: { instrument: { key: string; signer: string | null; ownDocument: { id: string; title: string | null } | null; relations: { type: string; instrument: { key: string } }[] } | null } };

const graph = testGraph({ txTimeoutMs: 60_000 });
let yoga: Yoga;
let dir = '';

async function instrument(key: string) {
  const r = await gql<Answer>(yoga, Q, { key });
  expect(r.errors).toBeUndefined();
  return r.data!.instrument.instrument!;
}

beforeAll(async () => {
  await resetGraph(graph);
  yoga = testApi(graph);
  dir = mkdtempSync(join(tmpdir(), 'vanban-own-'));
  const files = { 'tt98.txt': WITH_HEADER, 'tin-tuc.txt': NEWS, 'tt97.txt': ENACTING };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // the CLI's folder ingest, with the real extractor
  const s = await ingestFiles(graph, Object.keys(files).map((f) => join(dir, f)), { extract });
  expect(s.failed).toEqual([]);
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await graph.close();
});

describe('an instrument and its own document', () => {
  it('links a circular ingested by the CLI to its own text (from its header), with the signer of that text', async () => {
    const i = await instrument('thong-tu:98-2026-tt-btp');
    expect(i.ownDocument).not.toBeNull();
    const doc = await gql<{ document: { text: string } }>(yoga, `query($id: ID!) { document(id: $id) { text } }`, { id: i.ownDocument!.id });
    expect(doc.data!.document.text).toContain('Số: 98/2026/TT-BTP'); // the circular itself, not the news citing it
    expect(i.signer).toBe('Nguyễn Văn An (KT. BỘ TRƯỞNG THỨ TRƯỞNG)');
    // the links it states about itself, as an upload gets them
    expect(i.relations).toEqual(expect.arrayContaining([{ type: 'REPLACES', instrument: { key: 'thong-tu:4-2019-tt-btp' } }, { type: 'BASED_ON', instrument: { key: 'nghi-dinh:39-2022-nd-cp' } }]));
  });

  it('finds the identity of a text without a header in its enacting sentence', async () => {
    const i = await instrument('thong-tu:97-2026-tt-btp');
    expect(i.ownDocument).not.toBeNull();
    expect(i.signer).toBe('Trần Thị Bình (BỘ TRƯỞNG)');
    expect(i.relations).toEqual(expect.arrayContaining([{ type: 'REPEALS', instrument: { key: 'thong-tu:3-2018-tt-btp' } }]));
  });

  it('gives an instrument that documents only cite no own document and no signer', async () => {
    for (const key of ['thong-tu:4-2019-tt-btp', 'nghi-dinh:39-2022-nd-cp']) {
      const i = await instrument(key);
      expect(i.ownDocument, key).toBeNull();
      expect(i.signer, key).toBeNull();
    }
  });

  it('links an upload to the instrument the person named, and keeps the circular its own text', async () => {
    const add = await gql<{ ingestText: { identity: { key: string; source: string } | null; document: { id: string } } }>(
      yoga,
      `mutation($input: IngestTextInput!) { ingestText(input: $input) { identity { key source } document { id } } }`,
      { input: { text: UNNAMED, title: 'Kế hoạch số hóa', identity: 'Kế hoạch 15/KH-STP' } },
    );
    expect(add.errors).toBeUndefined();
    const identity = add.data!.ingestText.identity!;
    expect(identity.source).toBe('typed');
    const plan = await instrument(identity.key);
    expect(plan.ownDocument?.id).toBe(add.data!.ingestText.document.id);
    expect(plan.signer).toBeNull(); // the text has no signature block
    // the plan cites the circular; the circular's own document is still the circular
    const tt98 = await instrument('thong-tu:98-2026-tt-btp');
    expect(tt98.ownDocument?.id).not.toBe(add.data!.ingestText.document.id);
  });

  it('reads the final provisions of a text of articles as the typed instrument\'s ("Nghị định này … thay thế …")', async () => {
    const articles = 'Điều 5. Hiệu lực thi hành\nNghị định này có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo; thay thế Nghị định số 152/2025/NĐ-CP ngày 15 tháng 12 năm 2025 của Chính phủ.';
    const add = await gql<{ ingestText: { identity: { key: string; source: string } | null } }>(
      yoga,
      `mutation($input: IngestTextInput!) { ingestText(input: $input) { identity { key source } } }`,
      { input: { text: articles, title: 'Nghị định về thư viện (các điều)', identity: 'Nghị định 66/2031/NĐ-CP' } },
    );
    expect(add.errors).toBeUndefined();
    expect(add.data!.ingestText.identity).toEqual({ key: 'nghi-dinh:66-2031-nd-cp', source: 'typed' });
    const own = await instrument('nghi-dinh:66-2031-nd-cp');
    expect(own.relations.map((r) => [r.type, r.instrument.key])).toContainEqual(['REPLACES', 'nghi-dinh:152-2025-nd-cp']);
  });

  it('the bulk path links a document to its own instrument too', async () => {
    await resetGraph(graph);
    const s = await ingestFiles(graph, ['tt98.txt', 'tin-tuc.txt', 'tt97.txt'].map((f) => join(dir, f)), { extract, bulk: true });
    expect(s.failed).toEqual([]);
    const i = await instrument('thong-tu:98-2026-tt-btp');
    expect(i.signer).toBe('Nguyễn Văn An (KT. BỘ TRƯỞNG THỨ TRƯỞNG)');
    expect((await instrument('thong-tu:97-2026-tt-btp')).signer).toBe('Trần Thị Bình (BỘ TRƯỞNG)');
  });
});
