// An extraction worker: takes a few documents at a time, runs the extractor on each and sends back what the
// writer needs (prepareDocument: normalised text, id, extraction, instrument rows, and the rows it will write).
// A document the extractor fails on is answered with its error; the others of the message are not affected.
import { parentPort, workerData } from 'node:worker_threads';
import { loadExtractor, prepareDocument, type PreparedDocument, type SourceDocument } from './ingest.ts';
import { rowCount } from './rows.ts';

export interface ExtractRequest {
  id: number;
  docs: SourceDocument[];
}

/** `ms`: the extraction's wall-clock time in the worker. */
export type ExtractResult = { ok: true; prepared: PreparedDocument; rows: number; ms: number } | { ok: false; message: string };

export type ExtractReply = { kind: 'done'; id: number; results: ExtractResult[] } | { kind: 'ready' } | { kind: 'fatal'; message: string };

const data = workerData as { extractor?: string } | undefined;

async function extractor() {
  if (!data?.extractor) return loadExtractor();
  // another module's `extract` (tests: an extractor that fails on some texts)
  const mod = (await import(data.extractor)) as { extract: (text: string) => never };
  return mod.extract;
}

const ready = extractor();
ready.then(
  () => parentPort?.postMessage({ kind: 'ready' } satisfies ExtractReply),
  (err: unknown) => parentPort?.postMessage({ kind: 'fatal', message: (err as Error).message } satisfies ExtractReply),
);

parentPort?.on('message', (req: ExtractRequest) => {
  void ready.then((extract) => {
    const results = req.docs.map((doc): ExtractResult => {
      const t = performance.now();
      try {
        const prepared = prepareDocument(doc, extract);
        return { ok: true, prepared, rows: rowCount(prepared.extraction), ms: performance.now() - t };
      } catch (err) {
        return { ok: false, message: err instanceof Error ? err.message : String(err) };
      }
    });
    parentPort?.postMessage({ kind: 'done', id: req.id, results } satisfies ExtractReply);
  });
});
