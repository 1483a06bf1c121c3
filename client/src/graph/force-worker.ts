// The Web Worker that runs the force layout (force-core.ts) off the page's thread: the page stays responsive
// while thousands of nodes are placed, and Cytoscape builds its elements meanwhile on the other core.
import { forceLayout, type ForceRequest } from './force-core.ts';

interface Job extends ForceRequest { job: number }

addEventListener('message', (e: MessageEvent<Job>) => {
  const { job, ...req } = e.data;
  // The page waits for this before its own long tasks (force.ts).
  postMessage({ job, received: true });
  try {
    const r = forceLayout(req);
    (postMessage as (m: unknown, t: Transferable[]) => void)({ job, ...r }, [r.x.buffer, r.y.buffer]);
  } catch (err) {
    postMessage({ job, error: String(err) });
  }
});
