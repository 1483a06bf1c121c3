// The official catalogue's first load into an empty graph, as `npm start` does it: instruments, amendment and
// repeal events, and the codified articles (with, then without them), on a throw-away bundled Neo4j.
//
//   npx tsx bench/catalog-bench.ts        (standalone)     run() is also called by bench/run.ts
//
// Wall time depends on what else the machine runs: the load average is printed beside it, and this process's
// CPU time (the database's own work is not in it).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOfficialCatalog } from '../server/catalog/official.ts';
import { Graph } from '../server/graph/driver.ts';
import { startLocalNeo4j } from '../server/graph/local-neo4j.ts';
import { migrate } from '../server/graph/migrate.ts';
import { graphStats } from '../server/graph/stats.ts';
import { isEntry, runStandalone } from './standalone.ts';

async function timed(work: () => Promise<{ instruments: number; relations: number; articles: number }>) {
  const load = loadavg()[0]!;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await work();
  const cpu = process.cpuUsage(cpu0);
  return { seconds: +((performance.now() - t0) / 1000).toFixed(1), nodeCpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(1), loadAverage: +load.toFixed(1), instruments: r.instruments, relations: r.relations, articles: r.articles };
}

export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-catalog-bench-'));
  const db = await startLocalNeo4j({ dataDir: join(dir, 'db'), port: 0, heapMb: 1024, pageCacheMb: 512 });
  const graph = new Graph({ uri: db.uri });
  try {
    await migrate(graph);
    const withArticles = await timed(() => loadOfficialCatalog(graph, { articles: true }));
    const stats = await graphStats(graph);
    const restart = await timed(() => loadOfficialCatalog(graph, { articles: true }));
    const withoutArticles = await timed(() => loadOfficialCatalog(graph, { articles: false }));
    return {
      firstLoadWithArticles: withArticles,
      nodes: stats.nodes,
      partOf: stats.relationships.PART_OF ?? 0,
      // the next start: the files' checksum matches, one read
      unchangedRestart: restart,
      // switching CATALOG_ARTICLES=0 on a loaded graph: a reload that removes the articles
      reloadWithoutArticles: withoutArticles,
    };
  } finally {
    await graph.close();
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isEntry(import.meta.url)) runStandalone('catalog', run);
