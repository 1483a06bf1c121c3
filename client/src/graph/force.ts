// The page's side of the force layout: sends the graph to the layout worker (force-worker.ts) as typed arrays and
// resolves with the positions. Where workers are unavailable (or fail to start) the same code runs in the page.
import { forceLayout, type ForceRequest, type ForceResult } from './force-core.ts';

/** A layout under way: its result, and when the worker has the job in hand (the page may then start long tasks). */
export interface LayoutJob {
  result: Promise<ForceResult>;
  received: Promise<void>;
}

interface Pending { resolve: (r: ForceResult) => void; reject: (e: Error) => void; received: () => void }

let worker: Worker | null | undefined;
let jobs = 0;
const pending = new Map<number, Pending>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./force-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<ForceResult & { job: number; error?: string; received?: true }>) => {
      const p = pending.get(e.data.job);
      if (!p) return;
      if (e.data.received) {
        p.received();
        return;
      }
      pending.delete(e.data.job);
      if (e.data.error) p.reject(new Error(e.data.error));
      else p.resolve(e.data);
    });
    worker.addEventListener('error', () => {
      // A worker that cannot start (blocked script, old browser): every waiting job runs in the page instead.
      worker = null;
      for (const [job, p] of pending) {
        pending.delete(job);
        p.received();
        p.reject(new Error('layout worker failed'));
      }
    });
  } catch {
    worker = null;
  }
  return worker;
}

/** Starts the worker ahead of the first layout (starting it takes a moment). */
export function warmLayoutWorker(): void {
  getWorker();
}

/**
 * Lays out in the worker; a newer call does not cancel an older one (each resolves with its own result).
 * `received` resolves once the worker has the job: a message to a worker is handed over in a turn of the page's
 * thread, so a page that goes straight into a long task after posting would hold the layout back by that long.
 */
export function layoutJob(req: ForceRequest): LayoutJob {
  const w = getWorker();
  if (!w) return { result: Promise.resolve(forceLayout(req)), received: Promise.resolve() };
  const job = ++jobs;
  let received: () => void = () => undefined;
  const got = new Promise<void>((done) => (received = done));
  const result = new Promise<ForceResult>((resolve, reject) => {
    pending.set(job, { resolve, reject, received });
    // Copied, not transferred: the arrays are small next to the layout, and the fallback below still needs them.
    w.postMessage({ job, ...req });
  }).catch(() => forceLayout(req));
  // A worker that never answers (still starting after a second) does not hold the page up.
  return { result, received: Promise.race([got, new Promise<void>((done) => setTimeout(done, 1000))]) };
}

/** Lays out in the worker and resolves with the positions. */
export function layoutInWorker(req: ForceRequest): Promise<ForceResult> {
  return layoutJob(req).result;
}
