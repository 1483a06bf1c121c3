// Files, folders and JSON Lines dumps → the graph. A pipeline in three stages, streaming from end to end:
//
//   read    paths walked lazily; a file read whole (.txt .md .html .docx .pdf), a dump a line at a time
//   extract each text through the extractor, into batches sized by the rows they write (BATCH_ROWS)
//   write   one transaction per batch (ingest.ts ingestBatch), while the next batch is being extracted;
//           with `bulk`, a first load into a store without documents (bulk.ts)
//
// At most two batches are in memory at once, whatever the size of the corpus. One bad file, or one bad line
// of a dump, never stops the others: it is listed in the summary with the reason (a dump's lines as
// `dump.jsonl:LINE`). A batch whose transaction fails is written again one document at a time, so only the
// document at fault is reported.
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import type { Graph } from './driver.ts';
import { expandPaths, readDocument } from './documents.ts';
import { bulkWriter } from './bulk.ts';
import { isDumpFile, readDump } from './dumps.ts';
import { ExtractPool, defaultExtractWorkers } from './extract-pool.ts';
import { emptyWriteProfile, ingestBatch, loadExtractor, prepareDocument, type DocumentResult, type Extractor, type PreparedDocument, type SourceDocument, type WriteProfile } from './ingest.ts';
import { rowCount } from './rows.ts';

export interface IngestSummary {
  documents: { added: number; updated: number; unchanged: number };
  instruments: { added: number; updated: number };
  relations: { added: number; updated: number };
  actions: { added: number; updated: number };
  failed: { file: string; reason: string }[];
}

export interface ProgressEvent {
  done: number;
  failed: number;
  file: string;
  result?: DocumentResult;
  error?: string;
}

export interface IngestFilesOptions {
  extract?: Extractor;
  /** Batches written at once (separate transactions); 1, a single writer, is the fastest on one database. */
  concurrency?: number;
  force?: boolean;
  onProgress?: (e: ProgressEvent) => void;
  /** Paths in the summary are shown relative to this folder. */
  cwd?: string;
  /** Rows (nodes and relationships written) per transaction; documents per transaction at most `batchDocs`. */
  batchRows?: number;
  batchDocs?: number;
  /** A first load into a store without documents (bulk.ts): faster, one writer, not for updates. */
  bulk?: boolean;
  /** Called with each written document and its extraction (the benches count what was found). */
  onDocument?: (d: PreparedDocument, r: DocumentResult) => void;
  /**
   * Extraction worker threads (extract-pool.ts); 0 extracts on this thread. By default cores − 1 when there
   * are at least two cores and no `extract` function is given (a function cannot be sent to a worker), else 0,
   * started after the first few documents (short inputs do not wait for a worker to load).
   */
  workers?: number;
  /** A module exporting `extract(text)` for the workers, instead of the real extractor (tests). */
  extractorModule?: string;
  /** Filled with where the time went (see IngestProfile). */
  profile?: IngestProfile;
}

/**
 * Where an ingest's time goes (ms): `extract` extraction, summed over the documents (in the workers, it runs
 * beside the writer), `waitExtract` the writer waiting for the next extracted document, `waitWrite` the reader
 * waiting for the writer (back-pressure), and the writer's own parts (ingest.ts WriteProfile).
 */
export interface IngestProfile extends WriteProfile {
  workers: number;
  extractMs: number;
  waitExtractMs: number;
  waitWriteMs: number;
  /** The bulk path's statements, when it is used. */
  bulkMs: number;
}

export const emptyIngestProfile = (): IngestProfile => ({ ...emptyWriteProfile(), workers: 0, extractMs: 0, waitExtractMs: 0, waitWriteMs: 0, bulkMs: 0 });

export const BATCH_ROWS = 20_000;
export const BATCH_DOCS = 1_000;
/** Characters of document text per transaction at most (the texts travel as parameters). */
const BATCH_CHARS = 16_000_000;

export function emptySummary(): IngestSummary {
  return {
    documents: { added: 0, updated: 0, unchanged: 0 },
    instruments: { added: 0, updated: 0 },
    relations: { added: 0, updated: 0 },
    actions: { added: 0, updated: 0 },
    failed: [],
  };
}

export function addResult(s: IngestSummary, r: DocumentResult): void {
  s.documents[r.status]++;
  s.instruments.added += r.instruments.added;
  s.instruments.updated += r.instruments.updated;
  const bucket = r.status === 'added' ? 'added' : 'updated';
  s.relations[bucket] += r.relations;
  s.actions[bucket] += r.actions;
}

type Item = { label: string; doc: SourceDocument } | { label: string; error: string };

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? String(err);

/** Every document of the paths, in order: files read whole, dumps line by line. */
async function* documentsOf(paths: string[], show: (f: string) => string): AsyncGenerator<Item> {
  for await (const file of expandPaths(paths)) {
    if (isDumpFile(file)) {
      try {
        for await (const rec of readDump(file)) {
          const label = `${show(file)}:${rec.line}`;
          yield rec.doc ? { label, doc: rec.doc } : { label, error: rec.error };
        }
      } catch (err) {
        yield { label: show(file), error: reasonOf(err) };
      }
      continue;
    }
    try {
      const doc = await readDocument(file);
      if (!doc.text.trim()) throw new Error('the file is empty');
      yield { label: show(file), doc: { text: doc.text, source: file, title: doc.title } };
    } catch (err) {
      yield { label: show(file), error: reasonOf(err) };
    }
  }
}

interface Batch {
  docs: PreparedDocument[];
  labels: string[];
}

/** Documents extracted ahead of the writer at most (and characters of their texts): the reader's back-pressure. */
const AHEAD_DOCS = 512;
const AHEAD_CHARS = 64_000_000;
/** Documents extracted on the writer's thread before the default pool starts. */
const POOL_AFTER_DOCS = 32;

type Ready = { label: string; prepared: PreparedDocument; rows: number } | { label: string; error: string };

/** Where the document came from, as stored in `source`: the absolute path (a dump's line: see dumps.ts). */
export async function ingestFiles(graph: Graph, paths: string[], opts: IngestFilesOptions = {}): Promise<IngestSummary> {
  const summary = emptySummary();
  const profile = opts.profile;
  const workers = opts.extract ? 0 : (opts.workers ?? (availableParallelism() > 1 ? defaultExtractWorkers() : 0));
  // unless told, the workers start only once the input proves longer than a few documents (a worker loads its
  // own extractor, which takes longer than extracting a handful of texts here)
  let poolAfter = opts.workers === undefined ? POOL_AFTER_DOCS : 0;
  const extract = workers && !poolAfter ? null : (opts.extract ?? (await loadExtractor()));
  const maxRows = opts.batchRows ?? BATCH_ROWS;
  const maxDocs = opts.batchDocs ?? BATCH_DOCS;
  const writers = opts.bulk ? 1 : Math.max(1, opts.concurrency ?? 1);
  const bulk = opts.bulk ? await bulkWriter(graph) : null;
  const pool = workers ? new ExtractPool({ size: workers, extractorModule: opts.extractorModule }) : null;
  let usePool = false;
  try {
    let done = 0;
    const show = (f: string) => {
      const r = opts.cwd ? relative(opts.cwd, f) : f;
      return !r || r.startsWith('..') ? f : r;
    };
    const failed = (label: string, reason: string) => {
      summary.failed.push({ file: label, reason });
      done++;
      opts.onProgress?.({ done, failed: summary.failed.length, file: label, error: reason });
    };
    const written = (b: Batch, results: DocumentResult[]) => {
      for (const [n, r] of results.entries()) {
        addResult(summary, r);
        done++;
        opts.onDocument?.(b.docs[n]!, r);
        opts.onProgress?.({ done, failed: summary.failed.length, file: b.labels[n]!, result: r });
      }
    };
    const write = async (b: Batch) => {
      // the bulk path keeps its merge state across batches: a failure stops the load (what is written stays)
      if (bulk) {
        const t = performance.now();
        written(b, await bulk(b.docs));
        if (profile) profile.bulkMs += performance.now() - t;
        return;
      }
      try {
        written(b, await ingestBatch(graph, b.docs, { force: opts.force, profile }));
      } catch {
        // one document at a time: the others still go in, the one at fault is reported
        for (const [n, d] of b.docs.entries()) {
          try {
            written({ docs: [d], labels: [b.labels[n]!] }, await ingestBatch(graph, [d], { force: opts.force }));
          } catch (err) {
            failed(b.labels[n]!, reasonOf(err));
          }
        }
      }
    };

    // the writers take batches as they are filled; extraction waits while `writers` batches are pending
    const inFlight = new Set<Promise<void>>();
    const submit = async (b: Batch) => {
      if (!b.docs.length) return;
      const t = performance.now();
      while (inFlight.size >= writers) await Promise.race(inFlight);
      if (profile) profile.waitWriteMs += performance.now() - t;
      const p: Promise<void> = write(b).finally(() => inFlight.delete(p));
      p.catch(() => undefined); // awaited below (race, all): its failure reaches the caller there
      inFlight.add(p);
    };
    let batch: Batch = { docs: [], labels: [] };
    let rows = 0;
    let chars = 0;
    const add = async (r: Ready) => {
      if ('error' in r) return failed(r.label, r.error);
      const { prepared, rows: size } = r;
      if (batch.docs.length && (rows + size > maxRows || batch.docs.length >= maxDocs || chars + prepared.doc.text.length > BATCH_CHARS)) {
        await submit(batch);
        batch = { docs: [], labels: [] };
        rows = 0;
        chars = 0;
      }
      batch.docs.push(prepared);
      batch.labels.push(r.label);
      rows += size;
      chars += prepared.doc.text.length;
    };

    // documents in reading order, each extracted on this thread or by the pool: the writer takes them in that
    // order (a later version of a source replaces an earlier one), while the pool works ahead of it
    const ahead: { chars: number; ready: Promise<Ready> }[] = [];
    let aheadChars = 0;
    const next = async () => {
      const a = ahead.shift()!;
      aheadChars -= a.chars;
      const t = performance.now();
      const r = await a.ready;
      if (profile) profile.waitExtractMs += performance.now() - t;
      await add(r);
    };
    for await (const item of documentsOf(paths, show)) {
      if (pool && !usePool && poolAfter-- <= 0) {
        await pool.start();
        usePool = true;
        if (profile) profile.workers = workers;
      }
      if ('error' in item) {
        ahead.push({ chars: 0, ready: Promise.resolve(item) });
      } else if (usePool && pool) {
        const label = item.label;
        const ready = pool.prepare(item.doc).then(
          (x): Ready => {
            if (profile) profile.extractMs += x.ms;
            return { label, prepared: x.prepared, rows: x.rows };
          },
          (err: unknown): Ready => ({ label, error: reasonOf(err) }),
        );
        ahead.push({ chars: item.doc.text.length, ready });
        aheadChars += item.doc.text.length;
      } else {
        let r: Ready;
        const t = performance.now();
        try {
          const prepared = prepareDocument(item.doc, extract ?? (await loadExtractor()));
          r = { label: item.label, prepared, rows: rowCount(prepared.extraction) };
        } catch (err) {
          r = { label: item.label, error: reasonOf(err) };
        }
        if (profile) profile.extractMs += performance.now() - t;
        ahead.push({ chars: 0, ready: Promise.resolve(r) });
      }
      while (ahead.length && (ahead.length > (usePool ? AHEAD_DOCS : 0) || aheadChars > AHEAD_CHARS)) await next();
    }
    while (ahead.length) await next();
    await submit(batch);
    await Promise.all(inFlight);
    return summary;
  } finally {
    await pool?.close();
  }
}
