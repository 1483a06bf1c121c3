// Extraction in worker threads, against the real Neo4j: the graph is the one extraction on the writer's thread
// gives, and a document the extractor fails on (or that ends its worker) is reported alone, the others written.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus-generator.ts';
import { extract as failingExtract } from './fixtures/failing-extractor.ts';
import { ingestFiles } from '../../server/graph/ingest-files.ts';
import { graphStats } from '../../server/graph/stats.ts';
import { resetGraph, testGraph } from '../setup/db.ts';
import { seedText } from './fixtures/seed-extraction.ts';

const graph = testGraph();
const dir = mkdtempSync(join(tmpdir(), 'vanban-workers-'));
const failing = pathToFileURL(join(import.meta.dirname, 'fixtures', 'failing-extractor.ts')).href;
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await graph.close();
});
beforeEach(() => resetGraph(graph));

async function cypher<T = Record<string, unknown>>(text: string): Promise<T[]> {
  return (await graph.runMigrationStatement(text, false)).map((r) => r.toObject() as T);
}

/** Everything a reader of the graph sees: counts, every node's key and every edge with its evidence. */
async function snapshot() {
  const stats = await graphStats(graph);
  const instruments = await cypher('MATCH (i:Instrument) RETURN i.key AS key, i.title AS title, i.issuedOn AS issuedOn, i.formerKeys AS formerKeys, i.searchFolded AS s ORDER BY key');
  const edges = await cypher(
    'MATCH (a)-[r]->(b) WHERE NOT a:MergeLock RETURN labels(a)[0] AS from, coalesce(a.key, a.source, a.id) AS a, type(r) AS type, coalesce(b.key, b.source, b.id) AS b, ' +
      'r.docId AS docId, r.start AS start, r.starts AS starts, r.count AS count, r.sentence AS sentence ORDER BY from, a, type, b, docId, start, sentence',
  );
  return { stats, instruments, edges };
}

describe('extraction in worker threads', () => {
  it('gives the graph that extraction on the writer thread gives', async () => {
    const corpus = join(dir, 'corpus');
    await writeCorpus(corpus, { docs: 30, instruments: 20 });
    writeFileSync(join(corpus, 'seed.txt'), seedText());
    const inThread = await ingestFiles(graph, [corpus], { workers: 0, batchDocs: 8 });
    const expected = await snapshot();
    expect(inThread.documents.added).toBe(31);
    expect(expected.stats.relationships.CITES).toBeGreaterThan(50);
    await resetGraph(graph);
    const inWorkers = await ingestFiles(graph, [corpus], { workers: 2, batchDocs: 8 });
    expect(inWorkers).toEqual(inThread);
    expect(await snapshot()).toEqual(expected);
  }, 300_000);

  it('reports the document the extractor fails on, or that ends its worker, and writes every other one', async () => {
    const corpus = join(dir, 'bad');
    mkdirSync(corpus, { recursive: true });
    const text = seedText();
    for (let n = 0; n < 12; n++) writeFileSync(join(corpus, `doc-${String(n).padStart(2, '0')}.txt`), `Bài ${n}.\n${text}`);
    writeFileSync(join(corpus, 'doc-04.txt'), `Bài 4. LỖI TRÍCH XUẤT\n${text}`);
    writeFileSync(join(corpus, 'doc-09.txt'), `Bài 9. WORKER CHẾT\n${text}`);
    const s = await ingestFiles(graph, [corpus], { workers: 2, extractorModule: failing, cwd: corpus });
    expect(s.documents.added).toBe(10);
    expect(s.failed).toEqual([
      { file: 'doc-04.txt', reason: 'the extractor cannot read this text' },
      { file: 'doc-09.txt', reason: 'the extraction worker stopped unexpectedly (exit code 7)' },
    ]);
    const sources = await cypher<{ s: string }>('MATCH (d:Document) RETURN d.source AS s ORDER BY s');
    expect(sources.map((r) => r.s.slice(-10))).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 10, 11].map((n) => `doc-${String(n).padStart(2, '0')}.txt`));
    // the same failure on the writer's thread reads the same
    await resetGraph(graph);
    const inThread = await ingestFiles(graph, [join(corpus, 'doc-04.txt'), join(corpus, 'doc-05.txt')], { extract: failingExtract, cwd: corpus });
    expect(inThread.failed).toEqual([{ file: 'doc-04.txt', reason: 'the extractor cannot read this text' }]);
    expect(inThread.documents.added).toBe(1);
  });
});
