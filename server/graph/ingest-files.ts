// Files and folders → ingestDocument, a few documents in flight at once (each its own transaction), streaming:
// paths are walked lazily and only the documents being written are in memory. One bad file never stops the
// others; it is listed in the summary with the reason.
import { relative } from 'node:path';
import type { Graph } from './driver.ts';
import { expandPaths, readDocument } from './documents.ts';
import { ingestDocument, loadExtractor, type DocumentResult, type Extractor } from './ingest.ts';

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
  /** Documents written concurrently (separate transactions). */
  concurrency?: number;
  force?: boolean;
  onProgress?: (e: ProgressEvent) => void;
  /** Paths in the summary are shown relative to this folder. */
  cwd?: string;
}

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

/** Where the document came from, as stored in `source`: the absolute path. */
export async function ingestFiles(graph: Graph, paths: string[], opts: IngestFilesOptions = {}): Promise<IngestSummary> {
  const summary = emptySummary();
  const extract = opts.extract ?? (await loadExtractor());
  const files = expandPaths(paths);
  let done = 0;
  const show = (f: string) => {
    const r = opts.cwd ? relative(opts.cwd, f) : f;
    return !r || r.startsWith('..') ? f : r;
  };
  const worker = async () => {
    for (;;) {
      const next = await files.next();
      if (next.done) return;
      const file = next.value;
      try {
        const doc = await readDocument(file);
        if (!doc.text.trim()) throw new Error('the file is empty');
        const result = await ingestDocument(graph, { text: doc.text, source: file, title: doc.title }, { extract, force: opts.force });
        addResult(summary, result);
        done++;
        opts.onProgress?.({ done, failed: summary.failed.length, file: show(file), result });
      } catch (err) {
        const reason = (err as Error).message.split('\n')[0] ?? String(err);
        summary.failed.push({ file: show(file), reason });
        done++;
        opts.onProgress?.({ done, failed: summary.failed.length, file: show(file), error: reason });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 8) }, worker));
  return summary;
}
