// The page's side of the force layout: sends the graph to the layout worker (force-worker.ts) as typed arrays and
// resolves with the positions. Where workers are unavailable (or fail to start) the same code runs in the page.
import { forceLayout, type ForceRequest, type ForceResult } from './force-core.ts';

let worker: Worker | null | undefined;
let jobs = 0;
const pending = new Map<number, { resolve: (r: ForceResult) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./force-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<ForceResult & { job: number; error?: string }>) => {
      const p = pending.get(e.data.job);
      if (!p) return;
      pending.delete(e.data.job);
      if (e.data.error) p.reject(new Error(e.data.error));
      else p.resolve(e.data);
    });
    worker.addEventListener('error', () => {
      // A worker that cannot start (blocked script, old browser): every waiting job runs in the page instead.
      worker = null;
      for (const [job, p] of pending) {
        pending.delete(job);
        p.reject(new Error('layout worker failed'));
      }
    });
  } catch {
    worker = null;
  }
  return worker;
}

/** Lays out in the worker; a newer call does not cancel an older one (each resolves with its own result). */
export function layoutInWorker(req: ForceRequest): Promise<ForceResult> {
  const w = getWorker();
  if (!w) return Promise.resolve(forceLayout(req));
  const job = ++jobs;
  return new Promise<ForceResult>((resolve, reject) => {
    pending.set(job, { resolve, reject });
    // Copied, not transferred: the arrays are small next to the layout, and the fallback below still needs them.
    w.postMessage({ job, ...req });
  }).catch(() => forceLayout(req));
}
