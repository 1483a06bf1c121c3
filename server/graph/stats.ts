// How big the graph is: node counts by label and relationship counts by type (`npm run stats`).
import type { Graph } from './driver.ts';

export interface GraphStats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Catalogues loaded (e.g. phapdien): instruments and amendment/repeal relations of their files. */
  catalog?: Record<string, { instruments: number; relations: number; loadedAt: string | null }>;
}

/** Counts from Neo4j's count store, keys sorted so the JSON is stable. */
export async function graphStats(graph: Graph): Promise<GraphStats> {
  const [row] = await graph.read<GraphStats>('graph/stats');
  const sorted = (o: Record<string, number> = {}) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  const sources = await graph.read<{ name: string; instruments: number; relations: number; loadedAt: string | null }>('catalog/sources');
  const out: GraphStats = { nodes: sorted(row?.nodes), relationships: sorted(row?.relationships) };
  if (sources.length) out.catalog = Object.fromEntries(sources.map((s) => [s.name, { instruments: s.instruments, relations: s.relations, loadedAt: s.loadedAt }]));
  return out;
}
