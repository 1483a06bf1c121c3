// How big the graph is: node counts by label and relationship counts by type (`npm run stats`).
import type { Graph } from './driver.ts';

export interface GraphStats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Counts from Neo4j's count store, keys sorted so the JSON is stable. */
export async function graphStats(graph: Graph): Promise<GraphStats> {
  const [row] = await graph.read<GraphStats>('graph/stats');
  const sorted = (o: Record<string, number> = {}) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return { nodes: sorted(row?.nodes), relationships: sorted(row?.relationships) };
}
