// convertFile: a GraphQL multipart upload read into text by the ingest's own readers, nothing written; then the
// text goes through ingestText as pasted text would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetGraph, testGraph } from '../setup/db.ts';
import { docx, pdf } from '../setup/files.ts';
import { gql, testApi, type GqlResult, type Yoga } from './helpers.ts';

const graph = testGraph();
const yoga = testApi(graph);
const CONVERT = `mutation($file: File!) { convertFile(file: $file) { text title fileName length } }`;

/** The request a browser's FormData makes: operations, map, then the file part (GraphQL multipart request spec),
 * with the preflight header the web client sends (an upload without it could be a cross-site form). */
async function upload(app: Yoga, name: string, bytes: Buffer | string, headers: Record<string, string> = {}): Promise<GqlResult> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: CONVERT, variables: { file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name));
  const res = await app.fetch('http://localhost/graphql', { method: 'POST', body: form, headers: { accept: 'application/graphql-response+json', 'graphql-preflight': '1', ...headers } }, {});
  return { ...((await res.json()) as GqlResult), status: res.status };
}

beforeAll(() => resetGraph(graph));
afterAll(() => graph.close());

describe('convertFile', () => {
  it('reads a .docx into its paragraphs, writing nothing', async () => {
    const r = await upload(yoga, 'ke-hoach.docx', docx(['Kế hoạch thực hiện Nghị quyết số 11-NQ/TU', 'Một là, thực hiện nghiêm Quy định số 213-QĐ/TW, ngày 2-1-2020, của Bộ Chính trị.']));
    expect(r.errors).toBeUndefined();
    const c = r.data!.convertFile as { text: string; title: string | null; fileName: string; length: number };
    expect(c.fileName).toBe('ke-hoach.docx');
    expect(c.text).toContain('Kế hoạch thực hiện Nghị quyết số 11-NQ/TU');
    expect(c.text).toContain('Quy định số 213-QĐ/TW');
    expect(c.length).toBe(c.text.length);
    expect((await gql(yoga, `{ stats { documents } }`)).data.stats.documents).toBe(0);
    // The text then previews like pasted text.
    const p = await gql(yoga, `mutation($t: String!) { ingestText(input: {text: $t}, dryRun: true) { instruments } }`, { t: c.text });
    expect(p.data.ingestText.instruments).toBeGreaterThanOrEqual(2);
  });

  it('reads the text layer of a PDF, and its title when it has one', async () => {
    const r = await upload(yoga, 'qd.pdf', pdf('Regulation No. 213-QD/TW dated January 2, 2020'));
    expect(r.errors).toBeUndefined();
    expect((r.data!.convertFile as { text: string }).text).toContain('213-QD/TW');
  });

  it('reads HTML as the text a person sees, with its <title>', async () => {
    const r = await upload(yoga, 'bai.html', '<html><head><title>Bài viết</title><script>var x = "Quy định số 999-QĐ/TW"</script></head><body><p>Thực hiện Kết luận số 21-KL/TW.</p></body></html>');
    expect(r.data!.convertFile).toMatchObject({ title: 'Bài viết', text: expect.stringContaining('Kết luận số 21-KL/TW') });
    expect((r.data!.convertFile as { text: string }).text).not.toContain('999');
  });

  it('says why a file cannot be read: unknown type, a broken .docx, a PDF without text, an empty file, no upload', async () => {
    const cases: [string, Buffer | string, RegExp][] = [
      ['a.exe', 'MZ', /unsupported file type "\.exe"/],
      ['b.docx', 'not a zip', /b\.docx: not a readable \.docx/],
      ['c.pdf', 'not a pdf', /c\.pdf: not a readable PDF/],
      ['d.txt', '', /d\.txt is empty/],
      ['e.txt', Buffer.from([0x61, 0x00, 0x62]), /not a text file/],
    ];
    for (const [name, bytes, message] of cases) {
      const r = await upload(yoga, name, bytes);
      expect(r.data).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(message);
    }
    const plain = await gql(yoga, CONVERT, { file: 'just a string' });
    expect(plain.errors?.[0]?.message).toMatch(/multipart request/);
  });

  it('needs the API token when the server has one, like every mutation', async () => {
    const guarded = testApi(graph, { API_TOKEN: 'upload-token-0123456789' });
    const refused = await upload(guarded, 'a.txt', 'Quy định số 213-QĐ/TW');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const ok = await upload(guarded, 'a.txt', 'Quy định số 213-QĐ/TW', { authorization: 'Bearer upload-token-0123456789' });
    expect(ok.data!.convertFile).toMatchObject({ text: 'Quy định số 213-QĐ/TW', fileName: 'a.txt' });
  });
});
