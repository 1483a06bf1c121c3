// The extraction pool (worker threads): results come back for every document, in any order of completion; a
// document that throws or ends its worker fails alone, also when it shares a message with others.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ExtractPool } from '../../server/graph/extract-pool.ts';

const failing = pathToFileURL(join(import.meta.dirname, '..', 'graph', 'fixtures', 'failing-extractor.ts')).href;
let pool: ExtractPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

const text = (n: number, mark = '') => `Bài ${n}. ${mark}\nThực hiện Quy định số 213-QĐ/TW ngày 2-1-2020 của Bộ Chính trị về trách nhiệm nêu gương.`;

describe('the extraction pool', () => {
  it('extracts every document of a message and reports the one that throws', async () => {
    pool = new ExtractPool({ size: 1, extractorModule: failing, chunkDocs: 8 });
    await pool.start();
    const docs = Array.from({ length: 8 }, (_, n) => ({ text: text(n, n === 3 ? 'LỖI TRÍCH XUẤT' : ''), source: `s${n}` }));
    const results = await Promise.allSettled(docs.map((d) => pool!.prepare(d)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect((results[3] as PromiseRejectedResult).reason).toMatchObject({ message: 'the extractor cannot read this text' });
    const first = (results[0] as PromiseFulfilledResult<Awaited<ReturnType<ExtractPool['prepare']>>>).value;
    expect(first.prepared.doc.source).toBe('s0');
    expect(first.prepared.extraction.instruments.map((i) => i.key)).toContain('quy-dinh:213-qd-tw@2020');
    expect(first.rows).toBeGreaterThan(1);
  });

  it('a document that ends its worker fails alone; the others of its message are extracted again', async () => {
    pool = new ExtractPool({ size: 2, extractorModule: failing, chunkDocs: 6 });
    await pool.start();
    const docs = Array.from({ length: 12 }, (_, n) => ({ text: text(n, n === 4 ? 'WORKER CHẾT' : ''), source: `s${n}` }));
    const results = await Promise.allSettled(docs.map((d) => pool!.prepare(d)));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(results[4]).toMatchObject({ status: 'rejected', reason: { message: 'the extraction worker stopped unexpectedly (exit code 7)' } });
    // and the pool goes on with a new worker
    const after = await pool.prepare({ text: text(99), source: 'after' });
    expect(after.prepared.doc.source).toBe('after');
  });
});
