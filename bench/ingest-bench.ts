// Ingest throughput: a synthetic corpus (bench/corpus-generator.ts) written to disk, or a JSON Lines dump of
// real documents, then `ingestFiles` — the same path as `npm run ingest`: read, extract, batches of documents
// each written in one transaction, or with --bulk the first-load path — into a fresh bundled Neo4j. Reports
// documents/s, relationships/s, peak memory (RSS of this process, sampled, and at every tenth of the corpus
// to show whether it stays flat), what was found (citations, pinpoints, catalogue nodes joined), and the
// naive baseline: the same extracted data written one row per statement, each its own transaction.
//
//   npm run bench -- ingest                       (10,000 documents; BENCH_INGEST_DOCS to change)
//   tsx bench/ingest-bench.ts [--docs N] [--naive-docs N] [--bulk] [--batch-rows N] [--batch-docs N] [--concurrency N] [--workers N]
//   tsx bench/ingest-bench.ts --dump ../shared/real-corpus/documents/vbpl-texts.jsonl.gz [--bulk]
//   (the naive baseline runs on a sample, 100 documents by default, 0 to skip, and is extrapolated)
//   --batch-docs 1 --concurrency 8 is the earlier ingest: one transaction per document, 8 in flight.
//
// Figures (2 cores shared with five other sessions, load average 18–27: wall-clock rates depend on their load,
// hence loadAverage and the CPU seconds of both processes in the output; cpuSecondsAtDocuments gives the warm
// cost per document, `profile` where the writer's time goes and Neo4j's CPU per document in each phase):
//   nice -n 10 npx tsx bench/ingest-bench.ts --docs 10000 --naive-docs 30          (load 2, others idle)
//     307.2 docs/s, 10,641 relationships/s, peak RSS 436 MB; CPU Node 17.0 s, Neo4j 42.5 s; naive 0.5 docs/s
//     (614×); with --workers 0: 297.9 docs/s; with --bulk: 330.2 docs/s; --dump of the 352 real documents: 11.4 s
//   nice -n 10 npx tsx bench/ingest-bench.ts --docs 20000 --naive-docs 0
//     182.7 docs/s overall (load 3–8), ≈ 355 docs/s from 10,000 to 20,000 (JVM warm), 6,331 relationships/s, peak
//     RSS 446 MB; CPU Node 33 s, Neo4j 66.9 s; warm 3.1 CPU ms/doc; Neo4j ms/doc: begin 0.36, plan 0.30, write
//     1.37, commit 1.24
//   nice -n 15 npx tsx bench/ingest-bench.ts --docs 100000 --naive-docs 0
//     1,654 s, 60.4 docs/s overall (load 27 falling to 3), RSS 238–358 MB at every 10,000, peak 422 MB
//   nice -n 10 npx tsx bench/ingest-bench.ts --docs 10000 --naive-docs 0
//     98.9 docs/s, 3,425 relationships/s, peak RSS 424 MB (load 13–18), the last 1,000 at ≈ 235 docs/s; CPU Node
//     18.9 s, Neo4j 55.1 s; warm 2.9 CPU ms/doc (both processes); Neo4j ms/doc: begin 0.8, plan 0.5, write 2.2,
//     commit 1.8 (under load 18–24 with --naive-docs 50: 30.9 docs/s; naive 0.1 docs/s)
//   nice -n 10 npx tsx bench/ingest-bench.ts --docs 10000 --naive-docs 0 --bulk
//     34.4 docs/s, 1,191 relationships/s, peak RSS 385 MB (load 25); CPU Node 21.3 s, Neo4j 61.6 s
//   nice -n 10 npx tsx bench/ingest-bench.ts --dump ../shared/real-corpus/documents/vbpl-texts.jsonl.gz
//     352 documents in 108.9 s (load 18–22); CPU Node 6.4 s, Neo4j 25.5 s; 3,093 citations, 99 catalogue joins
//   --workers 0 extracts on the writer's thread (as before); --workers N sets the pool size.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus-generator.ts';
import { Graph } from '../server/graph/driver.ts';
import { startLocalNeo4j } from '../server/graph/local-neo4j.ts';
import { migrate } from '../server/graph/migrate.ts';
import { loadCatalog } from '../server/graph/catalog.ts';
import { loadOfficialCatalog } from '../server/catalog/official.ts';
import { expandPaths } from '../server/graph/documents.ts';
import { emptyIngestProfile, ingestFiles, type IngestProfile } from '../server/graph/ingest-files.ts';
import { documentId, instrumentRow, instrumentSearch, loadExtractor, normalizeText, organizationKey, searchFields } from '../server/graph/ingest.ts';
import { graphStats } from '../server/graph/stats.ts';
import { isEntry, runStandalone } from './standalone.ts';

interface Options {
  docs: number;
  naiveDocs: number;
  instruments: number;
  concurrency: number;
  /** A JSON Lines dump to ingest instead of a synthetic corpus. */
  dump: string | null;
  bulk: boolean;
  batchRows: number | undefined;
  batchDocs: number | undefined;
  /** Extraction worker threads (undefined: the ingest's default, cores − 1). */
  workers: number | undefined;
}

/** The ingest's time breakdown, in seconds over the run and milliseconds per batch. */
function profileOf(p: IngestProfile) {
  const parts = { extract: p.extractMs, waitExtract: p.waitExtractMs, waitWrite: p.waitWriteMs, begin: p.beginMs, plan: p.planMs, rows: p.rowsMs, write: p.writeMs, commit: p.commitMs, bulk: p.bulkMs };
  const perBatch = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, p.batches ? +(v / p.batches).toFixed(1) : 0]));
  const seconds = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, +(v / 1000).toFixed(2)]));
  // the database's CPU time in each phase of the writer (ms per document): what the load does not stretch
  const dbCpuMsPerDoc = Object.fromEntries(Object.entries(p.db).map(([k, v]) => [k, p.docs ? +(v / p.docs).toFixed(2) : 0]));
  return { batches: p.batches, docsPerBatch: p.batches ? Math.round(p.docs / p.batches) : 0, seconds, msPerBatch: perBatch, dbCpuMsPerDoc };
}

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

/** CPU seconds (user + system) of a process, from /proc (Linux); null elsewhere. */
function processCpu(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

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
    concurrency: Number(process.env.BENCH_INGEST_CONCURRENCY ?? 1),
    dump: null,
    bulk: false,
    batchRows: undefined,
    batchDocs: undefined,
    workers: process.env.BENCH_INGEST_WORKERS ? Number(process.env.BENCH_INGEST_WORKERS) : undefined,
    ...overrides,
  };
  const dir = mkdtempSync(join(tmpdir(), 'vanban-ingest-bench-'));
  const corpusDir = join(dir, 'corpus');
  const db = await startLocalNeo4j({ dataDir: join(dir, 'db'), port: 0, heapMb: 2048, pageCacheMb: 512 });
  const graph = new Graph({ uri: db.uri });
  try {
    await migrate(graph);
    const catalog = await loadCatalog(graph);
    // real documents are measured against the official catalogue, as `npm start` has it: how many citations join it
    if (opts.dump) await loadOfficialCatalog(graph);
    let corpusMB: number;
    let input: string;
    if (opts.dump) {
      input = resolve(opts.dump);
      corpusMB = NaN;
    } else {
      process.stderr.write(`generating ${opts.docs} documents citing ${opts.instruments} instruments…\n`);
      const written = await writeCorpus(corpusDir, { docs: opts.docs, instruments: opts.instruments });
      input = corpusDir;
      corpusMB = +(written.bytes / 1e6).toFixed(1);
    }

    // 1. the ingest, streaming, in batches (or the bulk path)
    await loadExtractor();
    const mem = memorySampler();
    const rssBefore = process.memoryUsage().rss;
    const cpu0 = process.cpuUsage();
    const dbCpu0 = processCpu(db.pid);
    const t0 = performance.now();
    let last = 0;
    let chars = 0;
    let citations = 0;
    let pinpoints = 0;
    let pinpointField = false;
    const rssAt: Record<string, number> = {};
    // CPU seconds (this process + Neo4j) at every tenth: the steady cost per document, warm-up excluded
    const cpuAt: Record<string, number> = {};
    const every = Math.max(1000, Math.round((opts.dump ? 1000 : opts.docs) / 10));
    const profile = emptyIngestProfile();
    profile.dbCpuMs = () => {
      const c = processCpu(db.pid);
      return c === null ? null : c * 1000;
    };
    const summary = await ingestFiles(graph, [input], {
      profile,
      workers: opts.workers,
      concurrency: opts.concurrency,
      bulk: opts.bulk,
      batchRows: opts.batchRows,
      batchDocs: opts.batchDocs,
      onDocument: (d) => {
        chars += d.doc.text.length;
        for (const i of d.extraction.instruments) {
          citations += i.mentions.length;
          for (const m of i.mentions as ({ pinpoint?: unknown } & object)[]) {
            if ('pinpoint' in m) pinpointField = true;
            if (m.pinpoint) pinpoints++;
          }
        }
      },
      onProgress: (e) => {
        if (e.done - last >= every) {
          last = e.done;
          rssAt[e.done] = Math.round(process.memoryUsage().rss / 1e6);
          const c = process.cpuUsage(cpu0);
          cpuAt[e.done] = +((c.user + c.system) / 1e6 + (processCpu(db.pid) ?? 0) - (dbCpu0 ?? 0)).toFixed(1);
          process.stderr.write(`  ${e.done} documents, ${(e.done / ((performance.now() - t0) / 1000)).toFixed(0)} docs/s, RSS ${rssAt[e.done]} MB\n`);
        }
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const dbCpu1 = processCpu(db.pid);
    const peakRss = mem.stop();
    // the machine is shared: CPU seconds say what the ingest costs whatever else runs beside it
    const nodeCpu = (cpu.user + cpu.system) / 1e6;
    const neo4jCpu = dbCpu0 !== null && dbCpu1 !== null ? dbCpu1 - dbCpu0 : null;
    const stats = await graphStats(graph);
    const relationships = sum(stats.relationships);
    const [joined] = await graph.read<{ joined: number }>('ingest/catalog-cited');
    const ingest = {
      path: opts.bulk ? 'bulk' : 'batched transactions',
      documents: summary.documents.added,
      unchanged: summary.documents.unchanged,
      failed: summary.failed.length,
      failures: summary.failed.slice(0, 5),
      seconds: +seconds.toFixed(1),
      docsPerSecond: +(summary.documents.added / seconds).toFixed(1),
      relationshipsPerSecond: +(relationships / seconds).toFixed(0),
      charsPerSecond: Math.round(chars / seconds),
      cpuSeconds: { node: +nodeCpu.toFixed(1), neo4j: neo4jCpu === null ? null : +neo4jCpu.toFixed(1) },
      // at best, on 2 idle cores: documents per second the CPU time of the two processes allows
      docsPerSecondCpuBound: neo4jCpu === null ? null : +(summary.documents.added / Math.max(nodeCpu, neo4jCpu, (nodeCpu + neo4jCpu) / 2)).toFixed(1),
      loadAverage: loadavg().map((l) => +l.toFixed(1)),
      nodes: stats.nodes,
      relationships,
      citations,
      pinpoints: pinpointField ? pinpoints : 'the extraction has no pinpoint field',
      catalogInstruments: catalog.entries,
      catalogNodesJoined: joined?.joined ?? 0,
      corpusMB,
      rssBeforeMB: Math.round(rssBefore / 1e6),
      peakRssMB: Math.round(peakRss / 1e6),
      rssMBAtDocuments: rssAt,
      cpuSecondsAtDocuments: cpuAt,
      concurrency: opts.concurrency,
      batchRows: opts.batchRows ?? 'default',
      batchDocs: opts.batchDocs ?? 'default',
      workers: profile.workers,
      // where the time went: ms summed over the run and per batch (extraction in workers overlaps the writer)
      profile: profileOf(profile),
    };
    process.stderr.write(`ingest: ${JSON.stringify(ingest)}\n`);
    if (!opts.naiveDocs || opts.dump) return { ingest };

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
  const { values } = parseArgs({
    options: {
      docs: { type: 'string' },
      'naive-docs': { type: 'string' },
      concurrency: { type: 'string' },
      instruments: { type: 'string' },
      dump: { type: 'string' },
      bulk: { type: 'boolean' },
      'batch-rows': { type: 'string' },
      'batch-docs': { type: 'string' },
      workers: { type: 'string' },
    },
  });
  const o: Partial<Options> = {};
  if (values.docs) o.docs = Number(values.docs);
  if (values['naive-docs']) o.naiveDocs = Number(values['naive-docs']);
  if (values.concurrency) o.concurrency = Number(values.concurrency);
  if (values.instruments) o.instruments = Number(values.instruments);
  if (values.dump) o.dump = values.dump;
  if (values.bulk) o.bulk = true;
  if (values['batch-rows']) o.batchRows = Number(values['batch-rows']);
  if (values['batch-docs']) o.batchDocs = Number(values['batch-docs']);
  if (values.workers !== undefined) o.workers = Number(values.workers);
  runStandalone('ingest', () => run(o));
}
