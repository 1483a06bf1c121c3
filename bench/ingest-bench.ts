// Ingest throughput: a synthetic corpus (bench/corpus-generator.ts) written to disk, then `ingestFiles` —
// the same path as `npm run ingest`: read, extract, one batched transaction per document — into a fresh
// bundled Neo4j. Reports documents/s, relationships/s, peak memory (RSS of this process, sampled), and the
// naive baseline: the same extracted data written one row per statement, each its own transaction.
//
//   npm run bench -- ingest                       (10,000 documents; BENCH_INGEST_DOCS to change)
//   (the naive baseline runs on a sample, 100 documents by default, and is extrapolated to the corpus)
//   tsx bench/ingest-bench.ts [--docs N] [--naive-docs N] [--concurrency N]
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus-generator.ts';
import { Graph } from '../server/graph/driver.ts';
import { startLocalNeo4j } from '../server/graph/local-neo4j.ts';
import { migrate } from '../server/graph/migrate.ts';
import { expandPaths } from '../server/graph/documents.ts';
import { ingestFiles } from '../server/graph/ingest-files.ts';
import { documentId, instrumentRow, instrumentSearch, loadExtractor, normalizeText, organizationKey, searchFields } from '../server/graph/ingest.ts';
import { graphStats } from '../server/graph/stats.ts';
import { isEntry, runStandalone } from './standalone.ts';

interface Options {
  docs: number;
  naiveDocs: number;
  instruments: number;
  concurrency: number;
}

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

function memorySampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

/** The baseline: the same statements as the ingest, one row each, one auto-committed transaction per row. */
async function naiveIngest(graph: Graph, files: string[]): Promise<void> {
  const extract = await loadExtractor();
  for (const file of files) {
    const text = normalizeText(await readFile(file, 'utf8'));
    const id = documentId(text);
    const ex = extract(text);
    await graph.write('ingest/begin-documents', { docs: [{ id, source: null }], groups: [], keys: [] });
    for (const i of ex.instruments) {
      const [row] = await graph.write<Parameters<typeof instrumentSearch>[0]>('ingest/upsert-instruments', { rows: [instrumentRow(i.key, i)], fromCatalog: false, authoritative: false });
      if (row) await graph.write('ingest/set-instrument-search', { rows: [instrumentSearch(row)] });
    }
    const doc = { id, text, source: file, title: text.split('\n')[0] ?? null, publishedOn: null, ...searchFields([text.split('\n')[0]]) };
    await graph.write('ingest/write-document', { rekeys: [], instruments: [], docs: [{ doc, cites: [], orgs: [], issued: [] }] });
    for (const i of ex.instruments) {
      await graph.write('ingest/write-document', { rekeys: [], instruments: [], docs: [{ doc, cites: [{ key: i.key, count: i.mentions.length, starts: i.mentions.map((m) => m.start), ends: i.mentions.map((m) => m.end), issuedOn: i.issuedOn, title: i.title, issuer: i.issuer }], orgs: [], issued: [] }] });
    }
    for (const o of ex.organizations) {
      await graph.write('ingest/write-document', { rekeys: [], instruments: [], docs: [{ doc, cites: [], orgs: [{ key: o.key, name: o.name, level: null, ...searchFields([o.name]), mentioned: true, starts: o.mentions.map((m) => m.start), ends: o.mentions.map((m) => m.end) }], issued: [] }] });
    }
    for (const i of ex.instruments) {
      if (!i.issuer) continue;
      const orgKey = organizationKey(i.issuer);
      await graph.write('ingest/write-document', { rekeys: [], instruments: [], docs: [{ doc, cites: [], orgs: [{ key: orgKey, name: i.issuer, level: null, ...searchFields([i.issuer]), mentioned: false, starts: [], ends: [] }], issued: [] }] });
      await graph.write('ingest/write-document', { rekeys: [], instruments: [], docs: [{ doc, cites: [], orgs: [], issued: [{ orgKey, key: i.key, sentence: null, start: null, end: null, citeStart: null, citeEnd: null }] }] });
    }
    for (const r of ex.relations) {
      await graph.write('ingest/write-relations', { relations: [{ docId: id, from: r.from, to: r.to, type: r.type, citeStart: r.evidence.start, citeEnd: r.evidence.end, sentence: r.evidence.text, start: r.evidence.start, end: r.evidence.end }] });
    }
    for (const [n, a] of ex.actions.entries()) {
      const base = { id: `${id}:${n}`, kind: a.kind, ordinal: a.ordinal ?? null, summary: a.summary, text: a.evidence.text, start: a.evidence.start, end: a.evidence.end, actorName: a.actor, actorKey: null, quantities: null, ...searchFields([a.summary]) };
      // one action (with its own edges) per statement: write-actions CREATEs the edges of the action it gets
      await graph.write('ingest/write-actions', { actions: [{ ...base, docId: id, governs: [...new Set(a.backedBy)], mayGovern: (a.inferredBacking ?? []).map((b) => ({ key: b.key, score: b.score, reason: b.reason })) }] });
    }
  }
}

export async function run(overrides: Partial<Options> = {}): Promise<Record<string, unknown>> {
  const opts: Options = {
    docs: Number(process.env.BENCH_INGEST_DOCS ?? 10_000),
    naiveDocs: Number(process.env.BENCH_INGEST_NAIVE_DOCS ?? 100),
    instruments: Number(process.env.BENCH_INGEST_INSTRUMENTS ?? 5_000),
    concurrency: Number(process.env.BENCH_INGEST_CONCURRENCY ?? 8),
    ...overrides,
  };
  const dir = mkdtempSync(join(tmpdir(), 'vanban-ingest-bench-'));
  const corpusDir = join(dir, 'corpus');
  const db = await startLocalNeo4j({ dataDir: join(dir, 'db'), port: 0, heapMb: 2048, pageCacheMb: 512 });
  const graph = new Graph({ uri: db.uri });
  try {
    await migrate(graph);
    process.stderr.write(`generating ${opts.docs} documents citing ${opts.instruments} instruments…\n`);
    const written = await writeCorpus(corpusDir, { docs: opts.docs, instruments: opts.instruments });

    // 1. the ingest: streaming, one transaction per document
    await loadExtractor();
    const mem = memorySampler();
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    let last = 0;
    const summary = await ingestFiles(graph, [corpusDir], {
      concurrency: opts.concurrency,
      onProgress: (e) => {
        if (e.done - last >= 1000) {
          last = e.done;
          process.stderr.write(`  ${e.done} documents, ${(e.done / ((performance.now() - t0) / 1000)).toFixed(0)} docs/s\n`);
        }
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    const peakRss = mem.stop();
    const stats = await graphStats(graph);
    const relationships = sum(stats.relationships);
    const ingest = {
      documents: summary.documents.added,
      failed: summary.failed.length,
      seconds: +seconds.toFixed(1),
      docsPerSecond: +(summary.documents.added / seconds).toFixed(1),
      relationshipsPerSecond: +(relationships / seconds).toFixed(0),
      nodes: stats.nodes,
      relationships,
      corpusMB: +(written.bytes / 1e6).toFixed(1),
      rssBeforeMB: Math.round(rssBefore / 1e6),
      peakRssMB: Math.round(peakRss / 1e6),
      concurrency: opts.concurrency,
    };
    process.stderr.write(`ingest: ${JSON.stringify(ingest)}\n`);

    // 2. the same data, one row per statement, into an empty graph
    await graph.autoCommit('graph/clear-batched');
    const files: string[] = [];
    for await (const f of expandPaths([corpusDir])) {
      if (files.length >= opts.naiveDocs) break;
      files.push(f);
    }
    graph.statements = 0;
    const t1 = performance.now();
    await naiveIngest(graph, files);
    const naiveSeconds = (performance.now() - t1) / 1000;
    const naiveRels = sum((await graphStats(graph)).relationships);
    const naive = {
      documents: files.length,
      seconds: +naiveSeconds.toFixed(1),
      statements: graph.statements,
      docsPerSecond: +(files.length / naiveSeconds).toFixed(1),
      relationshipsPerSecond: +(naiveRels / naiveSeconds).toFixed(0),
      // a sample into an empty graph, not the whole corpus: the time for all of it is extrapolated linearly
      extrapolatedSecondsForAllDocs: +((naiveSeconds / Math.max(1, files.length)) * opts.docs).toFixed(0),
      note: `sample of ${files.length} of ${opts.docs} documents, extrapolated`,
    };
    return { ingest, naiveOneRowPerQuery: naive, speedup: +(ingest.docsPerSecond / naive.docsPerSecond).toFixed(1) };
  } finally {
    await graph.close();
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isEntry(import.meta.url)) {
  const { values } = parseArgs({ options: { docs: { type: 'string' }, 'naive-docs': { type: 'string' }, concurrency: { type: 'string' }, instruments: { type: 'string' } } });
  const o: Partial<Options> = {};
  if (values.docs) o.docs = Number(values.docs);
  if (values['naive-docs']) o.naiveDocs = Number(values['naive-docs']);
  if (values.concurrency) o.concurrency = Number(values.concurrency);
  if (values.instruments) o.instruments = Number(values.instruments);
  runStandalone('ingest', () => run(o));
}
