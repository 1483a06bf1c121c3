// `npm run ingest -- PATH... [--json] [--force] [--bulk] [--concurrency N] [--batch N] [--workers N]` and `npm run ingest -- --delete ID`.
// Uses the Neo4j a running `npm start` uses (NEO4J_URI, or the bundled one found through DATA_DIR), else
// starts the bundled one for its duration; applies migrations and loads the catalogue first.
// Progress goes to stderr; with --json stdout carries exactly one JSON object, the summary.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadCatalog } from '../graph/catalog.ts';
import { deleteDocument } from '../graph/ingest.ts';
import { ingestFiles, type IngestSummary } from '../graph/ingest-files.ts';
import { withGraph } from './with-graph.ts';
import type { Graph } from '../graph/driver.ts';

/** How long the database may be unreachable before the ingest gives up (instead of the driver's retries). */
const DB_GONE_MS = 5_000;

/**
 * Asks the database every second whether it is there; once it has not answered for DB_GONE_MS, calls `gone`.
 * Each document is one transaction, so stopping then leaves no partial document behind.
 */
function watchDatabase(graph: Graph, gone: () => void): () => void {
  let lastSeen = Date.now();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    let t: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((r) => (t = setTimeout(() => r(false), 2_000)));
    void Promise.race([graph.driver.getServerInfo({ database: graph.database }).then(() => true, () => false), late]).then((up) => {
      clearTimeout(t);
      busy = false;
      if (up) lastSeen = Date.now();
      else if (Date.now() - lastSeen >= DB_GONE_MS) gone();
    });
  }, 1_000);
  timer.unref();
  return () => clearInterval(timer);
}

const USAGE = `usage: npm run ingest -- PATH... [--json] [--force] [--bulk] [--concurrency N] [--batch N] [--workers N]
       npm run ingest -- --delete DOCUMENT_ID [--json]
PATH: files (.txt .md .html .docx .pdf), JSON Lines dumps of documents (.jsonl .ndjson, gzip or not:
      one {id, title, text} or {id, sourceUrl, chapters} object a line) or folders (walked recursively)
--bulk: first load into a store without documents (faster; no replacing of earlier versions)
--concurrency N: batches written at once (default 1, a single writer)
--batch N: at most N documents per transaction (default 1000; smaller batches commit, and resume, in smaller steps)
--workers N: extraction threads beside the writer (default: cores − 1; 0 extracts on the writer's thread)`;

function printSummary(s: IngestSummary, seconds: number): void {
  const total = s.documents.added + s.documents.updated + s.documents.unchanged;
  const lines = [
    `Ingested ${total} document(s) in ${seconds.toFixed(1)}s: ${s.documents.added} added, ${s.documents.updated} updated, ${s.documents.unchanged} unchanged`,
    `  instruments: ${s.instruments.added} added, ${s.instruments.updated} updated`,
    `  relations:   ${s.relations.added} added, ${s.relations.updated} updated`,
    `  actions:     ${s.actions.added} added, ${s.actions.updated} updated`,
  ];
  if (s.failed.length) {
    lines.push(`  failed: ${s.failed.length}`);
    for (const f of s.failed) lines.push(`    ${f.file}: ${f.reason}`);
  }
  process.stderr.write(`${lines.join('\n')}\n`);
}

/**
 * The --json contract (other tools read it): `documents`, `instruments`, `relations`, `actions` are the numbers added or
 * updated by this run and `failed` the number of files that failed; `failures` lists those files with the
 * reason, `unchanged` counts documents already in the graph, and `details` splits added from updated.
 */
function jsonSummary(s: IngestSummary) {
  const n = (c: { added: number; updated: number }) => c.added + c.updated;
  return {
    documents: n(s.documents),
    instruments: n(s.instruments),
    relations: n(s.relations),
    actions: n(s.actions),
    failed: s.failed.length,
    unchanged: s.documents.unchanged,
    failures: s.failed,
    details: { documents: s.documents, instruments: s.instruments, relations: s.relations, actions: s.actions },
  };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        bulk: { type: 'boolean', default: false },
        delete: { type: 'string', multiple: true },
        concurrency: { type: 'string', default: '1' },
        batch: { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help || (!positionals.length && !values.delete?.length)) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    process.stderr.write(`--concurrency must be a whole number from 1 to 64, got ${values.concurrency}\n`);
    return 2;
  }
  const batchDocs = values.batch === undefined ? undefined : Number(values.batch);
  if (batchDocs !== undefined && (!Number.isInteger(batchDocs) || batchDocs < 1 || batchDocs > 100_000)) {
    process.stderr.write(`--batch must be a whole number from 1 to 100000, got ${values.batch}\n`);
    return 2;
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 64)) {
    process.stderr.write(`--workers must be a whole number from 0 to 64, got ${values.workers}\n`);
    return 2;
  }
  return withGraph('ingest', async (graph) => {
    if (values.delete?.length) {
      const deleted = [];
      let missing = 0;
      for (const id of values.delete) {
        const r = await deleteDocument(graph, id);
        if (r) deleted.push(r);
        else {
          missing++;
          process.stderr.write(`no document with id ${id}\n`);
        }
      }
      if (values.json) process.stdout.write(`${JSON.stringify({ deleted, missing })}\n`);
      else for (const d of deleted) process.stderr.write(`Deleted ${d.docId}: ${d.instrumentsDeleted} instrument(s) and ${d.organizationsDeleted} organisation(s) no longer supported\n`);
      if (!positionals.length) return missing ? 1 : 0;
    }
    await loadCatalog(graph);
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: '{bar} {value} docs | {rate} docs/s | {failed} failed | {file}',
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
        noTTYOutput: false,
      },
      cliProgress.Presets.shades_classic,
    );
    const showBar = process.stderr.isTTY;
    const t0 = Date.now();
    let committed = 0;
    const unwatch = watchDatabase(graph, () => {
      if (showBar) bar.stop();
      process.stderr.write(
        `ingest stopped: the database has not answered for ${DB_GONE_MS / 1000} s; ${committed} document(s) were committed ` +
          '(the batch in flight may have been too: its commit can reach the database while the answer is lost). ' +
          'Run the same command again when it is back: committed documents stay unchanged and the rest are added.\n',
      );
      process.exit(3);
    });
    if (showBar) bar.start(0, 0, { rate: '0.0', failed: 0, file: '' });
    const summary = await ingestFiles(graph, positionals, {
      concurrency,
      batchDocs,
      workers,
      force: values.force,
      bulk: values.bulk,
      cwd: process.cwd(),
      onProgress: (e) => {
        if (e.result) committed++;
        if (!showBar) return;
        const rate = (e.done / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1);
        bar.setTotal(e.done);
        bar.update(e.done, { rate, failed: e.failed, file: e.file.length > 60 ? `…${e.file.slice(-59)}` : e.file });
      },
    });
    unwatch();
    if (showBar) bar.stop();
    printSummary(summary, (Date.now() - t0) / 1000);
    if (values.json) process.stdout.write(`${JSON.stringify(jsonSummary(summary))}\n`);
    return summary.failed.length ? 1 : 0;
  });
}

void main().then((code) => process.exit(code));
