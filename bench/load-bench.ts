// `npm run bench -- load` (or `tsx bench/load-bench.ts`): the whole API under sustained load — the web client's
// own queries (search, an instrument's panel, a graph of depth 2, a trace, a document) in turn, on one HTTP
// server, for 10 minutes at 64 connections by default. Reports requests/s, p50/p99 latency, errors (socket
// errors, timeouts and non-2xx answers) and the resident memory of this process (server and load generator) at
// the start and the end, so that a leak or a slow collapse shows. First, with nothing else running, the time of
// the panel of an instrument cited 10,000 times (median of 5, after one that compiles the Cypher).
//
// Duration and connections: LOAD_SECONDS / LOAD_CONNECTIONS, or --seconds N / --connections N. The graph: a
// synthetic one of LOAD_INSTRUMENTS instruments (bench/api-fixture.ts, 5,000 by default) on a Neo4j of its own
// in a temporary folder (BENCH_NEO4J_URI to use another one: it is EMPTIED first).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { Q } from '../client/src/api.ts';
import { loadConfig } from '../server/config.ts';
import { log } from '../server/log.ts';
import { Graph } from '../server/graph/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../server/graph/local-neo4j.ts';
import { migrate } from '../server/graph/migrate.ts';
import { createApi } from '../server/api/yoga.ts';
import { createHttpServer, listen } from '../server/http.ts';
import { loadBenchGraph } from './api-fixture.ts';
import { isEntry, runStandalone } from './standalone.ts';

interface CannonResult {
  latency: { p50: number; p99: number; average: number; max: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  mismatches: number;
  timeouts: number;
  duration: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const mb = (n: number) => +(n / 1048576).toFixed(0);

function settings(): { seconds: number; connections: number; instruments: number } {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: false, options: { seconds: { type: 'string' }, connections: { type: 'string' } } });
  const num = (flag: unknown, env: string | undefined, dflt: number) => {
    const n = Number(typeof flag === 'string' ? flag : (env ?? dflt));
    if (!Number.isFinite(n) || n <= 0) throw new Error(`not a positive number: ${String(flag ?? env)}`);
    return n;
  };
  return {
    seconds: num(values.seconds, process.env.LOAD_SECONDS, 600),
    connections: num(values.connections, process.env.LOAD_CONNECTIONS, 64),
    instruments: num(undefined, process.env.LOAD_INSTRUMENTS, 5_000),
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const { seconds, connections, instruments } = settings();
  log.level = 'silent'; // failed answers are counted (graphqlErrors), not logged one by one
  let local: LocalNeo4j | null = null;
  let dir: string | null = null;
  let uri = process.env.BENCH_NEO4J_URI;
  if (!uri) {
    dir = mkdtempSync(join(tmpdir(), 'vanban-load-bench-'));
    local = await startLocalNeo4j({ dataDir: dir, port: 0, heapMb: 1024, pageCacheMb: 256 });
    uri = local.uri;
  }
  const graph = new Graph({ uri });
  try {
    await migrate(graph);
    await graph.write('test/reset', {}, 600_000);
    const g = await loadBenchGraph(graph, { instruments, documents: Math.ceil(instruments / 5), actions: Math.ceil(instruments / 2) });
    process.stderr.write(`load bench: ${g.instruments} instruments, ${g.documents} documents, ${g.actions} actions; ${seconds} s at ${connections} connections\n`);
    const yoga = createApi({ graph, config: loadConfig({ NEO4J_URI: uri, LOG_LEVEL: 'silent' }) });
    const server = createHttpServer(yoga);
    const port = await listen(server, 0, '127.0.0.1');
    const docId = (await graph.read<{ page: { id: string }[] }>('api/documents-page', { offset: 0, first: 1 }))[0]?.page[0]?.id;
    const ops = [
      { query: Q.search, variables: { text: g.searchText, first: 20 } },
      { query: Q.instrument, variables: { key: g.midKey } },
      { query: Q.instrument, variables: { key: g.hubKey } },
      { query: Q.graph, variables: { focus: [g.midKey], depth: 2, limit: 500 } },
      { query: Q.trace, variables: { actionId: g.traceActionId, depth: 3 } },
      ...(docId ? [{ query: Q.document, variables: { id: docId } }] : []),
    ];
    // The panel of an instrument cited 10,000 times (2,000 documents citing it 5 times each): its evidence is paged.
    await graph.write('test/many-citations', { key: g.midKey, docs: neo4j.int(2_000), perDoc: neo4j.int(5) }, 600_000);
    const panel: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: Q.instrument, variables: { key: g.midKey } }) });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`the panel of the instrument cited 10,000 times failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
      if (i > 0) panel.push(performance.now() - t); // the first one compiles the Cypher
    }
    panel.sort((a, b) => a - b);
    const requests = ops.map((op) => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify(op) }));
    global.gc?.();
    const rssStart = process.memoryUsage().rss;
    // an answer with "errors" is an error too, even with HTTP 200 (a database read that failed)
    const r = await autocannon({ url: `http://127.0.0.1:${port}`, requests, connections, duration: seconds, timeout: 30, verifyBody: (body: string) => !body.includes('"errors"') });
    const rssEnd = process.memoryUsage().rss;
    server.closeAllConnections();
    await new Promise((res) => server.close(res));
    return {
      seconds,
      connections,
      instruments: g.instruments,
      operations: ops.length,
      requests: r.requests.total,
      reqPerSec: +r.requests.average.toFixed(1),
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      maxMs: r.latency.max,
      errors: r.errors + r.non2xx,
      graphqlErrors: r.mismatches,
      timeouts: r.timeouts,
      panelCited10000Ms: { median: +panel[Math.floor(panel.length / 2)]!.toFixed(0), max: +panel[panel.length - 1]!.toFixed(0) },
      rssStartMb: mb(rssStart),
      rssEndMb: mb(rssEnd),
    };
  } finally {
    await graph.close();
    await local?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (isEntry(import.meta.url)) runStandalone('load', run);
