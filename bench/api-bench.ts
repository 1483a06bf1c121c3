// `npm run bench -- api` (or `tsx bench/api-bench.ts`): the GraphQL API under load on a synthetic graph of
// 100,000 instruments (bench/api-fixture.ts), against the floor of the same Cypher run straight through
// neo4j-driver. For each of search, instrument with relations, graph(depth: 2) and trace, at 1, 16 and 64
// concurrent connections: p50/p99 latency and requests/s, through HTTP with autocannon, and the same
// statements (recorded from one API request, replayed in the same waves) with the driver; ratio = API/driver.
//
// Uses its own Neo4j in a temporary folder (BENCH_NEO4J_URI to use another one: it is EMPTIED first).
// BENCH_INSTRUMENTS, BENCH_SECONDS change the size and the duration per measurement; BENCH_OPS=search,trace
// measures only some operations.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../server/config.ts';
import { Graph, type Params } from '../server/graph/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../server/graph/local-neo4j.ts';
import { migrate } from '../server/graph/migrate.ts';
import { query } from '../server/graph/queries.ts';
import { createApi } from '../server/api/yoga.ts';
import { createHttpServer, listen } from '../server/http.ts';
import { loadBenchGraph } from './api-fixture.ts';
import { isEntry, runStandalone } from './standalone.ts';

interface CannonResult {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const CONNECTIONS = [1, 16, 64];

interface Recorded {
  name: string;
  params: Params;
  wave: number;
}

/** Runs one GraphQL request in-process and records its statements, grouped in waves: a statement joins the
 * wave of the ones started while none of them had finished (what the API ran concurrently). */
async function record(graph: Graph, yoga: ReturnType<typeof createApi>, body: string): Promise<Recorded[]> {
  const out: Recorded[] = [];
  let finished = 0;
  let wave = -1;
  let waveStartFinished = -1;
  const original = graph.run.bind(graph);
  graph.run = (tx, name, params) => {
    if (finished !== waveStartFinished) {
      wave++;
      waveStartFinished = finished;
    }
    out.push({ name, params, wave });
    return original(tx, name, params).finally(() => finished++);
  };
  try {
    const res = await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { errors?: { message: string }[] };
    if (json.errors) throw new Error(`bench query failed: ${json.errors[0]?.message}`);
  } finally {
    graph.run = original;
  }
  return out;
}

/** Counts the statements in flight through `graph`, so that a measurement can wait for the server to be idle:
 * when autocannon stops, requests it abandoned are still running, and they must not leak into the next
 * operation's recording or timing. */
function trackInFlight(graph: Graph): () => Promise<void> {
  let active = 0;
  const original = graph.run.bind(graph);
  graph.run = (tx, name, params) => {
    active++;
    return original(tx, name, params).finally(() => active--);
  };
  return async () => {
    let quietSince = Date.now();
    while (Date.now() - quietSince < 500) {
      await new Promise((r) => setTimeout(r, 50));
      if (active > 0) quietSince = Date.now();
    }
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The floor: the recorded statements through neo4j-driver, wave by wave, `connections` loops for `seconds`. */
async function direct(uri: string, statements: Recorded[], connections: number, seconds: number, timeoutMs: number) {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  const waves: Recorded[][] = [];
  for (const s of statements) (waves[s.wave] ??= []).push(s);
  const texts = new Map(statements.map((s) => [s.name, query(s.name)]));
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < end) {
      const t0 = performance.now();
      for (const wave of waves) {
        if (!wave) continue;
        await Promise.all(
          wave.map(async (s) => {
            const session = driver.session({ defaultAccessMode: neo4j.session.READ });
            try {
              await session.executeRead((tx) => tx.run(texts.get(s.name)!, s.params), { timeout: timeoutMs });
            } finally {
              await session.close();
            }
          }),
        );
      }
      latencies.push(performance.now() - t0);
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (Date.now() - t0) / 1000;
  await driver.close();
  latencies.sort((a, b) => a - b);
  return { p50: +percentile(latencies, 50).toFixed(2), p99: +percentile(latencies, 99).toFixed(2), rps: +(latencies.length / elapsed).toFixed(1) };
}

export async function run(): Promise<Record<string, unknown>> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const size = Number(process.env.BENCH_INSTRUMENTS ?? 100_000);
  let local: LocalNeo4j | null = null;
  let dir: string | null = null;
  let uri = process.env.BENCH_NEO4J_URI;
  if (!uri) {
    dir = mkdtempSync(join(tmpdir(), 'vanban-api-bench-'));
    local = await startLocalNeo4j({ dataDir: dir, port: 0, heapMb: 2048, pageCacheMb: 1024 });
    uri = local.uri;
  }
  const graph = new Graph({ uri });
  try {
    await migrate(graph);
    await graph.write('test/reset', {}, 600_000);
    const t0 = Date.now();
    const g = await loadBenchGraph(graph, { instruments: size });
    const loadSeconds = +((Date.now() - t0) / 1000).toFixed(1);
    process.stderr.write(`api bench: loaded ${g.instruments} instruments, ${g.relations} relations, ${g.documents} documents, ${g.actions} actions in ${loadSeconds}s\n`);

    const config = loadConfig({ NEO4J_URI: uri, LOG_LEVEL: 'silent' });
    const yoga = createApi({ graph, config });
    const server = createHttpServer(yoga);
    const port = await listen(server, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${port}/graphql`;

    const operations: Record<string, { query: string; variables: Record<string, unknown> }> = {
      search: { query: 'query($t: String!) { search(text: $t, first: 20) { type score label detail } }', variables: { t: g.searchText } },
      instrument: {
        query: 'query($k: ID) { instrument(key: $k) { instrument { key label citation status citationCount issuer { name } relations { type direction instrument { key label status } } } } }',
        variables: { k: g.midKey },
      },
      'graph(depth:2)': { query: 'query($f: [ID!]) { graph(focus: $f, depth: 2, limit: 500) { truncated nodes { data { id label type } } edges { data { id source target type } } } }', variables: { f: [g.midKey] } },
      trace: { query: 'query($a: ID!) { trace(actionId: $a, depth: 3) { steps { depth via inferred instrument { key label } evidence { sentence } } } }', variables: { a: g.traceActionId } },
    };

    const results: Record<string, unknown> = {};
    const idle = trackInFlight(graph);
    const only = process.env.BENCH_OPS?.split(',');
    for (const [name, op] of Object.entries(operations)) {
      if (only && !only.includes(name)) continue;
      try {
        const body = JSON.stringify(op);
        await idle();
        const statements = await record(graph, yoga, body);
        // warm both paths (query plans, page cache) before measuring
        await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 4, amount: 50 });
        await direct(uri, statements, 4, 1, config.queryTimeoutMs);
        const rows: Record<string, unknown>[] = [];
        for (const c of CONNECTIONS) {
          await idle();
          const a = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: c, duration: seconds });
          await idle();
          const d = await direct(uri, statements, c, seconds, config.queryTimeoutMs);
          rows.push({
            connections: c,
            api: { p50: a.latency.p50, p99: a.latency.p99, rps: +a.requests.average.toFixed(1), non2xx: a.non2xx, errors: a.errors },
            driver: d,
            ratio: { p50: +(a.latency.p50 / Math.max(d.p50, 0.01)).toFixed(2), rps: +(d.rps / Math.max(a.requests.average, 0.01)).toFixed(2) },
          });
          process.stderr.write(`api bench: ${name} c=${c} api p50 ${a.latency.p50}ms p99 ${a.latency.p99}ms ${a.requests.average.toFixed(0)} req/s | driver p50 ${d.p50}ms p99 ${d.p99}ms ${d.rps} req/s\n`);
        }
        results[name] = { statements: statements.length, waves: new Set(statements.map((s) => s.wave)).size, runs: rows };
      } catch (err) {
        results[name] = { error: (err as Error).message };
      }
    }
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    return {
      graph: { instruments: g.instruments, relations: g.relations, documents: g.documents, actions: g.actions, loadSeconds },
      secondsPerMeasurement: seconds,
      note: 'ratio.p50 = API p50 / driver p50; ratio.rps = driver req/s / API req/s (both >1 mean the API is slower). The @neo4j/graphql comparison is bench/neo4j-graphql-bench.ts.',
      results,
    };
  } finally {
    await graph.close();
    await local?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (isEntry(import.meta.url)) runStandalone('api', run);
