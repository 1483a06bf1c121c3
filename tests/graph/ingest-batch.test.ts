// Many documents in one transaction, JSON Lines dumps and the bulk path, against the real Neo4j: the graph is
// the one writing the documents one after the other gives, the full-text search sees a batch as soon as it
// is written, and a bad line of a dump costs only that line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction, Instrument } from '../../server/extract/models.ts';
import { ingestBatch, ingestDocument, prepareDocument } from '../../server/graph/ingest.ts';
import { ingestFiles } from '../../server/graph/ingest-files.ts';
import { graphStats } from '../../server/graph/stats.ts';
import { resetGraph, testGraph } from '../setup/db.ts';
import { seedExtraction, seedText } from './fixtures/seed-extraction.ts';

const graph = testGraph();
const dir = mkdtempSync(join(tmpdir(), 'vanban-batch-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await graph.close();
});
beforeEach(() => resetGraph(graph));

async function cypher<T = Record<string, unknown>>(text: string): Promise<T[]> {
  return (await graph.runMigrationStatement(text, false)).map((r) => r.toObject() as T);
}

/** Kết luận 21 without and then with a year (the seed), Quy định 213 in its full and short forms. */
function docs(): { text: string; extraction: Extraction }[] {
  const one = (text: string, inst: Partial<Instrument> & { key: string; kind: string }, surface: string) => {
    const start = text.indexOf(surface);
    const instrument: Instrument = { number: null, symbol: null, issuedOn: null, issuer: null, title: null, ...inst, mentions: [{ start, end: start + surface.length, text: surface }] };
    return { text, extraction: { instruments: [instrument], relations: [], actions: [], organizations: [] } };
  };
  const text = seedText();
  return [
    one('Theo Kết luận 21-KL/TW về xây dựng Đảng.', { key: 'ket-luan:21-kl-tw', kind: 'Kết luận', number: '21', symbol: 'KL/TW' }, 'Kết luận 21-KL/TW'),
    { text, extraction: seedExtraction(text) },
    one('Thực hiện Quy định 213 của Bộ Chính trị.', { key: 'quy-dinh:213', kind: 'Quy định', number: '213' }, 'Quy định 213'),
    one('Kết luận số 21-KL/TW ngày 25-10-2021 của Ban Chấp hành Trung ương.', { key: 'ket-luan:21-kl-tw@2021', kind: 'Kết luận', number: '21', symbol: 'KL/TW', issuedOn: '2021-10-25' }, 'Kết luận số 21-KL/TW'),
    one('Quy định số 37-QĐ/TW năm 2021 “Về những điều đảng viên không được làm”.', { key: 'quy-dinh:37-qd-tw@2021', kind: 'Quy định', number: '37', symbol: 'QĐ/TW', title: 'Về những điều đảng viên không được làm' }, 'Quy định số 37-QĐ/TW'),
  ];
}

async function snapshot() {
  const stats = await graphStats(graph);
  const keys = (await cypher<{ key: string; formerKeys: string[] | null; title: string | null }>('MATCH (i:Instrument) RETURN i.key AS key, i.formerKeys AS formerKeys, i.title AS title ORDER BY key'));
  const cites = await cypher<{ doc: string; key: string }>('MATCH (d:Document)-[:CITES]->(i:Instrument) RETURN d.source AS doc, i.key AS key ORDER BY doc, key');
  return { stats, keys, cites };
}

describe('a batch of documents', () => {
  it('gives the graph of writing them one after the other, in one go, and again changes nothing', async () => {
    const input = docs().map((d, n) => ({ ...d, source: `doc-${n}.txt` }));
    for (const d of input) await ingestDocument(graph, { text: d.text, source: d.source }, { extraction: d.extraction });
    const oneByOne = await snapshot();
    await resetGraph(graph);
    graph.statements = 0;
    const results = await ingestBatch(
      graph,
      input.map((d) => prepareDocument({ text: d.text, source: d.source }, d.extraction)),
    );
    expect(results.map((r) => r.status)).toEqual(['added', 'added', 'added', 'added', 'added']);
    expect(await snapshot()).toEqual(oneByOne);
    // the year-less Kết luận 21 took its year from the seed, in a second round of the same batch
    expect(oneByOne.keys.find((k) => k.key === 'ket-luan:21-kl-tw@2021')?.formerKeys).toEqual(['ket-luan:21-kl-tw']);
    const again = await ingestBatch(
      graph,
      input.map((d) => prepareDocument({ text: d.text, source: d.source }, d.extraction)),
    );
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(await snapshot()).toEqual(oneByOne);
  });

  it('is found by the full-text search as soon as it is written', async () => {
    const input = docs().filter((_, n) => n !== 1);
    await ingestBatch(
      graph,
      input.map((d, n) => prepareDocument({ text: d.text, source: `s-${n}`, title: `Bài số ${n} về nêu gương` }, d.extraction)),
    );
    const hits = await graph.read<{ label: string }>('api/search', { lucene: 'searchFolded:(neu AND guong)', labels: ['Document'], first: 10 });
    expect(hits).toHaveLength(input.length);
    const inst = await graph.read<{ node: { key: string } }>('api/search', { lucene: 'searchFolded:(dang AND vien AND khong)', labels: ['Instrument'], first: 10 });
    expect(inst.map((h) => h.node.key)).toEqual(['quy-dinh:37-qd-tw@2021']);
  });
});

describe('JSON Lines dumps and the bulk path', () => {
  const extract = (text: string): Extraction => {
    const d = docs().find((x) => x.text === text);
    return d?.extraction ?? { instruments: [], relations: [], actions: [], organizations: [] };
  };
  const dump = () => {
    const file = join(dir, 'dump.jsonl');
    const lines = docs().map((d, n) => JSON.stringify({ id: `D${n}`, text: d.text }));
    lines.splice(2, 0, '{"id": "bad"');
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };

  it('loads every good line of a dump and reports the bad one with its line number', async () => {
    const file = dump();
    const s = await ingestFiles(graph, [file], { extract, batchDocs: 2 });
    expect(s.documents.added).toBe(5);
    expect(s.failed).toEqual([{ file: `${file}:3`, reason: expect.stringMatching(/^not JSON/) as unknown as string }]);
    const sources = await cypher<{ s: string }>('MATCH (d:Document) RETURN d.source AS s ORDER BY s');
    expect(sources.map((r) => r.s)).toEqual(['D0', 'D1', 'D2', 'D3', 'D4'].map((id) => `${file}#${id}`).sort());
  });

  it('--bulk gives the graph of the normal ingest, and refuses a store that has documents', async () => {
    const file = dump();
    await ingestFiles(graph, [file], { extract });
    const normal = await snapshot();
    await resetGraph(graph);
    const s = await ingestFiles(graph, [file], { extract, bulk: true, batchDocs: 2 });
    expect(s.documents.added).toBe(5);
    expect(await snapshot()).toEqual(normal);
    await expect(ingestFiles(graph, [file], { extract, bulk: true })).rejects.toThrow(/store without documents/);
    // what a bulk load wrote, the normal ingest recognises
    const again = await ingestFiles(graph, [file], { extract });
    expect(again.documents.unchanged).toBe(5);
  });
});
