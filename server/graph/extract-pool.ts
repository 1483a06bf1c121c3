// Extraction in worker threads (node:worker_threads): a small pool, each worker with its own extractor, fed a
// few documents per message (fewer messages than documents) by the one thread that reads the files and writes
// the graph. The caller gets one promise per document; how many documents it keeps waiting is its back-pressure.
//
// A document the extractor throws on rejects its own promise only. A worker that dies (out of memory, a crash)
// dies on the oldest message it holds (it takes them in order): the other messages go to a worker again, and
// the documents of that message are tried again one per message, so only the document that kills a worker
// fails, with a clear reason. A new worker starts for the next message.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractReply, ExtractRequest } from './extract-worker.ts';
import type { PreparedDocument, SourceDocument } from './ingest.ts';

export interface Extracted {
  prepared: PreparedDocument;
  /** rows.ts rowCount of the extraction: what a batch is sized by. */
  rows: number;
  /** Milliseconds the extraction took in the worker. */
  ms: number;
}

export interface ExtractPoolOptions {
  /** Worker threads; by default one fewer than the cores (the writer and the database need one), at least 1. */
  size?: number;
  /** A module exporting `extract(text)` to use instead of the real extractor (a file: URL or absolute path). */
  extractorModule?: string;
  /** Documents per message at most, and characters of text per message at most. */
  chunkDocs?: number;
  chunkChars?: number;
  /** Heap limit of each worker (MB); by default the limit this process has. */
  heapMb?: number;
}

/** Worker threads the pool starts when not told: cores − 1, at least 1. */
export function defaultExtractWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}

interface Task {
  doc: SourceDocument;
  resolve: (r: Extracted) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker | null;
  ready: Promise<void> | null;
  inFlight: Map<number, Task[]>;
  docs: number;
}

export class ExtractPool {
  readonly size: number;
  private readonly slots: Slot[];
  private readonly opts: Required<Omit<ExtractPoolOptions, 'extractorModule' | 'size' | 'heapMb'>> & { extractorModule?: string; heapMb?: number };
  private buffer: Task[] = [];
  private bufferChars = 0;
  private flushScheduled = false;
  private nextId = 1;
  private closed = false;

  constructor(opts: ExtractPoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? defaultExtractWorkers());
    this.opts = { chunkDocs: opts.chunkDocs ?? 16, chunkChars: opts.chunkChars ?? 1_000_000, heapMb: opts.heapMb, extractorModule: opts.extractorModule };
    this.slots = Array.from({ length: this.size }, () => ({ worker: null, ready: null, inFlight: new Map(), docs: 0 }));
  }

  /** Starts the workers and waits until each has loaded its extractor; rejects if one cannot. */
  async start(): Promise<void> {
    await Promise.all(this.slots.map((s) => this.spawn(s)));
  }

  /** The document, normalised and extracted (ingest.ts prepareDocument) in a worker. */
  prepare(doc: SourceDocument): Promise<Extracted> {
    if (this.closed) return Promise.reject(new ExtractError('the extraction pool is closed'));
    return new Promise<Extracted>((resolve, reject) => {
      this.buffer.push({ doc, resolve, reject });
      this.bufferChars += doc.text.length;
      if (this.buffer.length >= this.opts.chunkDocs || this.bufferChars >= this.opts.chunkChars) this.flush();
      else if (!this.flushScheduled) {
        // what is buffered goes out once the caller yields (a dump's lines come in many at a time)
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushScheduled = false;
          this.flush();
        });
      }
    });
  }

  /** Ends the workers; documents still buffered or in flight are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const gone = new ExtractError('the extraction pool was closed');
    for (const t of this.buffer.splice(0)) t.reject(gone);
    await Promise.all(
      this.slots.map(async (s) => {
        const w = s.worker;
        s.worker = null;
        this.failSlot(s, gone);
        if (w) await w.terminate();
      }),
    );
  }

  private flush(): void {
    if (!this.buffer.length) return;
    const tasks = this.buffer;
    this.buffer = [];
    this.bufferChars = 0;
    this.send(tasks);
  }

  /** One message to the least busy worker (started if needed). */
  private send(tasks: Task[]): void {
    if (this.closed) {
      for (const t of tasks) t.reject(new ExtractError('the extraction pool was closed'));
      return;
    }
    const slot = this.slots.reduce((a, b) => (b.docs < a.docs ? b : a));
    const id = this.nextId++;
    slot.inFlight.set(id, tasks);
    slot.docs += tasks.length;
    void this.spawn(slot).then(
      () => slot.worker?.postMessage({ id, docs: tasks.map((t) => t.doc) } satisfies ExtractRequest),
      () => undefined, // the slot's failure rejected or re-sent the tasks
    );
  }

  private failSlot(slot: Slot, err: Error): void {
    for (const tasks of slot.inFlight.values()) for (const t of tasks) t.reject(err);
    slot.inFlight.clear();
    slot.docs = 0;
  }

  /** A worker died: its oldest message is the one it died on (one document: it fails), the others go again. */
  private recover(slot: Slot, err: Error): void {
    const messages = [...slot.inFlight.entries()].sort((a, b) => a[0] - b[0]).map(([, tasks]) => tasks);
    slot.inFlight.clear();
    slot.docs = 0;
    const [culprit, ...others] = messages;
    if (!culprit) return;
    if (culprit.length === 1) culprit[0]!.reject(err);
    else for (const t of culprit) this.send([t]);
    for (const tasks of others) this.send(tasks);
  }

  private spawn(slot: Slot): Promise<void> {
    if (slot.ready) return slot.ready;
    const w = new Worker(new URL('./extract-worker-boot.mjs', import.meta.url), {
      workerData: { extractor: this.opts.extractorModule },
      resourceLimits: this.opts.heapMb ? { maxOldGenerationSizeMb: this.opts.heapMb } : undefined,
    });
    slot.worker = w;
    let started!: () => void;
    let failed!: (e: Error) => void;
    slot.ready = new Promise<void>((res, rej) => {
      started = res;
      failed = rej;
    });
    slot.ready.catch(() => undefined);
    let loaded = false;
    const stop = (err: Error) => {
      if (slot.worker !== w) return;
      slot.worker = null;
      slot.ready = null;
      failed(err);
      // a worker that never loaded its extractor would fail again: everything it held fails with the reason
      if (loaded && !this.closed) this.recover(slot, err);
      else this.failSlot(slot, err);
      void w.terminate();
    };
    w.on('message', (m: ExtractReply) => {
      if (m.kind === 'ready') {
        loaded = true;
        return started();
      }
      if (m.kind === 'fatal') return stop(new ExtractError(`the extractor could not be loaded in a worker: ${m.message}`));
      const tasks = slot.inFlight.get(m.id);
      if (!tasks) return;
      slot.inFlight.delete(m.id);
      slot.docs -= tasks.length;
      for (const [n, r] of m.results.entries()) {
        const t = tasks[n]!;
        if (r.ok) t.resolve({ prepared: r.prepared, rows: r.rows, ms: r.ms });
        else t.reject(new ExtractError(r.message));
      }
    });
    w.on('error', (err: NodeJS.ErrnoException) => {
      const heap = err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message);
      stop(new ExtractError(heap ? 'the extraction worker ran out of memory' : `the extraction worker failed: ${err.message}`));
    });
    w.on('exit', (code) => stop(new ExtractError(`the extraction worker stopped unexpectedly (exit code ${code})`)));
    return slot.ready;
  }
}
