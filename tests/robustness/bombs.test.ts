// Decompression and nesting bombs, generated in memory: each is refused with one line naming the limit, by the
// reader (readDocument / readDocumentBytes), by convertFile and by the ingest of a folder, and the process goes
// on (a file that gets past the checks meets the worker's heap limit and deadline instead).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument, readDocumentBytes } from '../../server/graph/documents.ts';
import { DEFAULT_FILE_LIMITS, htmlShape } from '../../server/graph/file-limits.ts';
import { ingestFiles } from '../../server/graph/ingest-files.ts';
import { resetGraph, testGraph } from '../setup/db.ts';
import { docx, DOCX_PARTS, zip } from '../setup/files.ts';
import { gql, testApi, type GqlResult, type Yoga } from '../api/helpers.ts';

const PARAGRAPH = '<w:p><w:r><w:t>Quy định số 213-QĐ/TW.</w:t></w:r></w:p>';

/** A .docx of `n` paragraphs, deflated (a few hundred KB for millions of paragraphs). */
function paragraphsDocx(n: number, declare?: number): Buffer {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>');
  const tail = Buffer.from('</w:body></w:document>');
  const body = Buffer.alloc(Buffer.byteLength(PARAGRAPH) * n, PARAGRAPH);
  const xml = Buffer.concat([head, body, tail]);
  return zip({ ...DOCX_PARTS, 'word/document.xml': xml }, { deflate: true, declare: declare === undefined ? {} : { 'word/document.xml': declare } });
}

const nestedHtml = (depth: number) => `<html><head><title>t</title></head><body>${'<div>'.repeat(depth)}Quy định số 213-QĐ/TW${'</div>'.repeat(depth)}</body></html>`;

const graph = testGraph();
let yoga: Yoga;
let dir = '';
const FIVE_MILLION = paragraphsDocx(5_000_000);

async function upload(name: string, bytes: Buffer | string): Promise<GqlResult> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: 'mutation($file: File!) { convertFile(file: $file) { length } }', variables: { file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name));
  const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', body: form, headers: { accept: 'application/graphql-response+json', 'graphql-preflight': '1' } }, {});
  return { ...((await res.json()) as GqlResult), status: res.status };
}

beforeAll(async () => {
  await resetGraph(graph);
  yoga = testApi(graph);
  dir = mkdtempSync(join(tmpdir(), 'vanban-bombs-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await graph.close();
});

describe('bombs are refused before conversion, with one line', () => {
  it('a .docx of 5 million paragraphs (a few hundred KB) expands beyond 50 MB', async () => {
    expect(FIVE_MILLION.length).toBeLessThan(1024 * 1024);
    await expect(readDocumentBytes('big.docx', FIVE_MILLION)).rejects.toThrow(/expands beyond 50 MB/);
    const r = await upload('big.docx', FIVE_MILLION);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/^big\.docx: expands beyond 50 MB/);
  });

  it('a .docx within 50 MB but a thousand times its size (a million paragraphs) is refused by its ratio', async () => {
    const doc = paragraphsDocx(700_000);
    await expect(readDocumentBytes('ratio.docx', doc)).rejects.toThrow(/expands beyond 200 times its size/);
  });

  it('a .docx whose directory lies about its size meets the limit while inflating, in the worker', async () => {
    const liar = paragraphsDocx(2_000_000, 1_000);
    await expect(readDocumentBytes('liar.docx', liar)).rejects.toThrow(/expands beyond 50 MB \(word\/document\.xml\)/);
  });

  it('a .docx with more XML elements than the limit is refused', async () => {
    const doc = docx(Array.from({ length: 3_000 }, (_, i) => `Đoạn ${i}`));
    await expect(readDocumentBytes('many.docx', doc, { ...DEFAULT_FILE_LIMITS, elements: 5_000 })).rejects.toThrow(/more than 5,000 XML elements/);
  });

  it('HTML nested 100,000 deep is refused by its depth (and through convertFile), ordinary HTML is not', async () => {
    const bomb = nestedHtml(100_000);
    await expect(readDocumentBytes('deep.html', Buffer.from(bomb))).rejects.toThrow(/nests HTML elements 100002 deep/);
    const r = await upload('deep.html', bomb);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/^deep\.html: nests HTML elements/);
    // unclosed <p> and <li>, void elements and scripts do not count as depth
    const page = `<html><body>${'<p>Đoạn <br> văn'.repeat(2_000)}<ul>${'<li>mục'.repeat(2_000)}</ul><script>if (a < b) { x = "<div>"; }</script></body></html>`;
    expect(htmlShape(page).depth).toBeLessThan(6);
    expect((await readDocumentBytes('ok.html', Buffer.from(page))).text).toMatch(/Đoạn/);
  });

  it('a file larger than the limit is refused before it is read', async () => {
    const file = join(dir, 'large.txt');
    writeFileSync(file, 'Quy định số 213-QĐ/TW. '.repeat(200));
    await expect(readDocument(file, { ...DEFAULT_FILE_LIMITS, fileBytes: 1_000 })).rejects.toThrow(/more than the 1000 bytes a file may be/);
  });
});

describe('the conversion worker: heap limit and deadline end the worker, never the process', () => {
  it('a conversion over its heap limit fails with one line, and the next file converts', async () => {
    const heavy = paragraphsDocx(400_000); // ~20 MB of XML: mammoth needs far more than 64 MB for it
    await expect(readDocumentBytes('heavy.docx', heavy, { ...DEFAULT_FILE_LIMITS, ratio: 100_000, heapMb: 64 })).rejects.toThrow(/needs more than 64 MB of memory to read/);
    const next = await readDocumentBytes('next.docx', docx(['Quy định số 213-QĐ/TW']));
    expect(next.text).toContain('213-QĐ/TW');
  });

  it('a conversion past its deadline fails with one line, and the next file converts', async () => {
    const slow = paragraphsDocx(200_000);
    await expect(readDocumentBytes('slow.docx', slow, { ...DEFAULT_FILE_LIMITS, ratio: 100_000, deadlineMs: 200 })).rejects.toThrow(/takes longer than 200 ms to read/);
    expect((await readDocumentBytes('next.html', Buffer.from('<p>Quy định số 213-QĐ/TW</p>'))).text).toContain('213');
  });
});

describe('the ingest of a folder', () => {
  it('lists a bomb among the failures with its one line and ingests the rest', async () => {
    const folder = join(dir, 'folder');
    rmSync(folder, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-bomb.docx'), FIVE_MILLION);
    writeFileSync(join(folder, 'b-deep.html'), nestedHtml(100_000));
    writeFileSync(join(folder, 'c-good.txt'), 'Quy định số 213-QĐ/TW ngày 2-1-2020 của Bộ Chính trị thay thế Quy định số 76-QĐ/TW ngày 15-6-2017.');
    const summary = await ingestFiles(graph, [folder], { cwd: folder, concurrency: 2 });
    expect(summary.documents.added).toBe(1);
    expect(summary.failed.map((f) => f.file).sort()).toEqual(['a-bomb.docx', 'b-deep.html']);
    expect(summary.failed.find((f) => f.file === 'a-bomb.docx')!.reason).toMatch(/^expands beyond 50 MB/);
    expect((await gql(yoga, '{ stats { documents } }')).data.stats.documents).toBe(1);
  });
});
