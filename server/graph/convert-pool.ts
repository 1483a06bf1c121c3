// One conversion worker thread (node:worker_threads) with a heap limit, fed one file at a time, each within a
// deadline. A file that overruns either ends the worker (a new one starts for the next file) and fails with one
// clear line; the process that asked carries on.
import { Worker } from 'node:worker_threads';
import type { ConvertReply } from './convert-worker.ts';
import { FileLimitError, seconds, type FileLimits } from './file-limits.ts';

interface Task {
  id: number;
  file: string;
  bytes: Uint8Array;
  limits: FileLimits;
  resolve: (r: { text: string; title: string | null }) => void;
  reject: (e: Error) => void;
}

export class ConvertError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConvertError';
  }
}

let worker: Worker | null = null;
let workerHeapMb = 0;
let current: Task | null = null;
let timer: NodeJS.Timeout | undefined;
const queue: Task[] = [];
let nextId = 1;

function finish(fn: (t: Task) => void): void {
  const t = current;
  current = null;
  clearTimeout(timer);
  if (t) fn(t);
  pump();
}

function kill(reason: Error): void {
  const w = worker;
  worker = null;
  void w?.terminate();
  finish((t) => t.reject(reason));
}

function spawn(heapMb: number): Worker {
  const w = new Worker(new URL('./convert-worker-boot.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, stackSizeMb: 8 },
    stderr: false,
  });
  w.unref(); // an idle worker never keeps the process alive; a running task's deadline timer does
  w.on('message', (m: ConvertReply) => {
    if (!current || m.id !== current.id) return;
    if (m.ok) finish((t) => t.resolve({ text: m.text, title: m.title }));
    else finish((t) => t.reject(m.limit ? new FileLimitError(m.message) : new ConvertError(m.message)));
  });
  w.on('error', (err: NodeJS.ErrnoException) => {
    if (worker !== w) return;
    const heap = err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message);
    kill(heap ? new FileLimitError(`needs more than ${workerHeapMb} MB of memory to read`) : new ConvertError(`the reader failed: ${err.message}`));
  });
  w.on('exit', () => {
    if (worker === w) kill(new ConvertError('the reader stopped unexpectedly'));
  });
  return w;
}

function pump(): void {
  if (current || !queue.length) return;
  const t = queue.shift()!;
  current = t;
  if (!worker || workerHeapMb !== t.limits.heapMb) {
    void worker?.terminate();
    workerHeapMb = t.limits.heapMb;
    worker = spawn(workerHeapMb);
  }
  timer = setTimeout(() => kill(new FileLimitError(`takes longer than ${seconds(t.limits.deadlineMs)} to read`)), t.limits.deadlineMs);
  worker.postMessage({ id: t.id, file: t.file, bytes: t.bytes, limits: t.limits });
}

/** Converts `bytes` (named `file`, whose extension tells the format) in the worker. */
export function convertInWorker(file: string, bytes: Uint8Array, limits: FileLimits): Promise<{ text: string; title: string | null }> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, file, bytes, limits, resolve, reject });
    pump();
  });
}
