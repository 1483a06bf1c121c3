// Loads data/ (the catalogue data/catalog/*.jsonl, the official catalogue derived from the Bộ Pháp điển, then
// the seed article and other bundled texts under data/corpus/) into an empty graph at start. The ingest
// (server/graph/ingest.ts) does the work; this only decides whether to run it. The official catalogue is also
// (re)loaded into a graph that has data when its files changed since the last load (or were never loaded).
// A (:BundledLoad) node says 'loading' while the first load runs and 'done' after it: a first start that died
// half-way (the database stopped, the process was killed) left data behind, so the next start sees that state
// and finishes the load instead of taking the half-loaded graph for the user's own.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from './driver.ts';
import type { Config } from '../config.ts';
import { loadCatalog } from './catalog.ts';
import { loadOfficialCatalog, type OfficialLoad } from '../catalog/official.ts';
import { ingestFiles } from './ingest-files.ts';
import { REPO_ROOT } from './queries.ts';

export const CORPUS_DIR = join(REPO_ROOT, 'data', 'corpus');

/** Returns a one-line summary when it loaded something, null when the graph already had data. */
export async function loadBundledDataIfEmpty(graph: Graph, config: Config, corpusDir = CORPUS_DIR, opts: { official?: boolean } = {}): Promise<string | null> {
  const [row] = await graph.read<{ count: number }>('graph/count-nodes');
  const [mark] = await graph.read<{ state: string | null }>('graph/bundled-state');
  const interrupted = mark?.state === 'loading';
  const official = async (): Promise<string[]> => {
    if (opts.official === false) return [];
    const o: OfficialLoad = await loadOfficialCatalog(graph, { articles: config.catalogArticles });
    return o.skipped ? [] : [`${o.instruments} official catalogue instruments, ${o.relations} amendment/repeal relations and ${o.articles} codified articles (Bộ Pháp điển, ${(o.ms / 1000).toFixed(1)} s)`];
  };
  if ((row?.count ?? 0) > 0 && !interrupted) {
    const parts = await official();
    return parts.length ? parts.join(', ') : null;
  }
  // Every step below is idempotent (merges by identity, documents replaced by id), so a resumed load only
  // completes what the interrupted one left.
  await graph.write('graph/bundled-mark', { state: 'loading' });
  const catalog = await loadCatalog(graph);
  const parts = [...(interrupted ? ['resumed an interrupted first load'] : []), `${catalog.entries} catalogue instruments`, ...(await official())];
  if (existsSync(corpusDir)) {
    // a database that stops mid-corpus throws here: the state stays 'loading', and the next start tries again
    const s = await ingestFiles(graph, [corpusDir], { cwd: REPO_ROOT }).catch((err: unknown) => {
      parts.push(`corpus not loaded (the next start tries again): ${(err as Error).message}`);
      return null;
    });
    if (!s) return parts.join(', ');
    parts.push(`${s.documents.added} documents (${s.instruments.added} new instruments, ${s.relations.added} relations, ${s.actions.added} actions)`);
    if (s.failed.length) parts.push(`failed: ${s.failed.map((f) => `${f.file} (${f.reason})`).join('; ')}`);
  }
  await graph.write('graph/bundled-mark', { state: 'done' });
  return parts.join(', ');
}
