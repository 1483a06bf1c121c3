// `npm run bench -- neo4j-graphql` (or `tsx bench/neo4j-graphql-bench.ts`): the `graph(focus: [key], depth: 2)`
// question asked of @neo4j/graphql — what a user might pick instead of a hand-written schema — against our API in
// the same run, on the synthetic graph of bench/api-fixture.ts. @neo4j/graphql gets an SDL of our model
// (cypher/README.md: Instrument and its twelve relation types in both directions, Action with GOVERNS and
// MAY_GOVERN, Organization with ISSUED and PERFORMED_BY) and the question as a nested selection: the focus
// instrument, its neighbours and their neighbours with the edges between levels. Both are served over HTTP
// with graphql-yoga and measured with autocannon at 1, 16 and 64 connections: p50/p99 latency, requests/s,
// ratio = @neo4j/graphql / ours.
//
// Uses its own Neo4j in a temporary folder, or BENCH_NEO4J_URI: a database that already holds the fixture (as
// many Instrument nodes as BENCH_INSTRUMENTS) is used as it is, any other is EMPTIED and loaded.
// BENCH_INSTRUMENTS, BENCH_SECONDS (default 10) change the size and the duration per measurement;
// BENCH_NG_LIMIT caps every relationship field of the nested selection (default: no cap, the whole
// two-step neighbourhood).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../server/config.ts';
import { Graph } from '../server/graph/driver.ts';
import { query } from '../server/graph/queries.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../server/graph/local-neo4j.ts';
import { migrate } from '../server/graph/migrate.ts';
import { createApi } from '../server/api/yoga.ts';
import { createHttpServer, listen } from '../server/http.ts';
import { loadBenchGraph, type BenchGraph } from './api-fixture.ts';
import { isEntry, runStandalone } from './standalone.ts';

interface CannonResult {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const CONNECTIONS = [1, 16, 64];

/** Instrument relation types (cypher/README.md), with a field name for each direction. */
const RELATIONS: [type: string, out: string, inward: string][] = [
  ['REPLACES', 'replaces', 'replacedBy'],
  ['AMENDS', 'amends', 'amendedBy'],
  ['REPEALS', 'repeals', 'repealedBy'],
  ['GUIDES', 'guides', 'guidedBy'],
  ['IMPLEMENTS', 'implements', 'implementedBy'],
  ['CONTINUES', 'continues', 'continuedBy'],
  ['BASED_ON', 'basedOn', 'basisOf'],
  ['SUMMARIZES', 'summarizes', 'summarizedBy'],
  ['CONSOLIDATES', 'consolidates', 'consolidatedBy'],
  ['CORRECTS', 'corrects', 'correctedBy'],
  ['SUSPENDS', 'suspends', 'suspendedBy'],
  ['CITES', 'cites', 'citedBy'],
];

const TYPE_DEFS = `
type Instrument @node {
  key: ID!
  kind: String
  number: String
  symbol: String
  title: String
  year: Int
  label: String
${RELATIONS.map(([t, o, i]) => `  ${o}: [Instrument!]! @relationship(type: "${t}", direction: OUT)\n  ${i}: [Instrument!]! @relationship(type: "${t}", direction: IN)`).join('\n')}
  governs: [Action!]! @relationship(type: "GOVERNS", direction: OUT)
  mayGovern: [Action!]! @relationship(type: "MAY_GOVERN", direction: OUT)
  issuedBy: [Organization!]! @relationship(type: "ISSUED", direction: IN)
}

type Action @node {
  id: ID!
  kind: String
  summary: String
  ordinal: Int
  governedBy: [Instrument!]! @relationship(type: "GOVERNS", direction: IN)
  mayBeGovernedBy: [Instrument!]! @relationship(type: "MAY_GOVERN", direction: IN)
  performedBy: [Organization!]! @relationship(type: "PERFORMED_BY", direction: OUT)
}

type Organization @node {
  key: ID!
  name: String
  level: String
}
`;

const INSTRUMENT_SCALARS = 'key kind number symbol title year label';
const ACTION_SCALARS = 'id kind summary ordinal';

/** The nested selection for graph(depth: 2): what our graph-expand follows from an instrument (the relation
 * types both ways, GOVERNS and MAY_GOVERN to actions) and from an action (its backers and its performer). */
function depth2Query(limit: number | null): string {
  const arg = limit ? `(limit: ${limit})` : '';
  const fromInstrument = (inner: { instrument: string; action: string }) =>
    [...RELATIONS.flatMap(([, o, i]) => [`${o}${arg} { ${inner.instrument} }`, `${i}${arg} { ${inner.instrument} }`]), `governs${arg} { ${inner.action} }`, `mayGovern${arg} { ${inner.action} }`].join(' ');
  const fromAction = (inner: { instrument: string; organization: string }) =>
    `governedBy${arg} { ${inner.instrument} } mayBeGovernedBy${arg} { ${inner.instrument} } performedBy${arg} { ${inner.organization} }`;
  const level2 = { instrument: INSTRUMENT_SCALARS, action: ACTION_SCALARS, organization: 'key name level' };
  const level1 = {
    instrument: `${INSTRUMENT_SCALARS} ${fromInstrument(level2)}`,
    action: `${ACTION_SCALARS} ${fromAction(level2)}`,
  };
  return `query($k: ID!) { instruments(where: { key: { eq: $k } }) { ${INSTRUMENT_SCALARS} ${fromInstrument(level1)} } }`;
}

/** Relationship field → [type, direction], to name an edge the same whichever end it was read from. */
const FIELDS = new Map<string, [string, 'out' | 'in']>([
  ...RELATIONS.flatMap(([t, o, i]): [string, [string, 'out' | 'in']][] => [
    [o, [t, 'out']],
    [i, [t, 'in']],
  ]),
  ['governs', ['GOVERNS', 'out']],
  ['mayGovern', ['MAY_GOVERN', 'out']],
  ['issuedBy', ['ISSUED', 'in']],
  ['governedBy', ['GOVERNS', 'in']],
  ['mayBeGovernedBy', ['MAY_GOVERN', 'in']],
  ['performedBy', ['PERFORMED_BY', 'out']],
]);

/** Distinct nodes and source|TYPE|target edges in a nested @neo4j/graphql answer (our edge ids' form). */
function countNested(root: Record<string, unknown>): { nodes: number; edges: number } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const idOf = (n: Record<string, unknown>) => String(n.key ?? n.id);
  const visit = (n: Record<string, unknown>) => {
    nodes.add(idOf(n));
    for (const [field, value] of Object.entries(n)) {
      const rel = FIELDS.get(field);
      if (!rel || !Array.isArray(value)) continue;
      for (const m of value as Record<string, unknown>[]) {
        edges.add(rel[1] === 'out' ? `${idOf(n)}|${rel[0]}|${idOf(m)}` : `${idOf(m)}|${rel[0]}|${idOf(n)}`);
        visit(m);
      }
    }
  };
  visit(root);
  return { nodes: nodes.size, edges: edges.size };
}

/** Counts requests in flight through a server, so a measurement can wait until requests autocannon abandoned
 * when it stopped have finished (they must not load the next measurement). */
function serve(handler: (req: never, res: never) => unknown): { server: Server; idle: () => Promise<void> } {
  let active = 0;
  const server = createServer((req, res) => {
    active++;
    res.on('close', () => active--);
    void handler(req as never, res as never);
  });
  const idle = async () => {
    let quietSince = Date.now();
    while (Date.now() - quietSince < 500) {
      await new Promise((r) => setTimeout(r, 50));
      if (active > 0) quietSince = Date.now();
    }
  };
  return { server, idle };
}

async function post(url: string, body: string): Promise<{ data?: Record<string, unknown>; errors?: { message: string }[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

const load = () => loadavg().map((l) => +l.toFixed(2));

export async function run(): Promise<Record<string, unknown>> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const size = Number(process.env.BENCH_INSTRUMENTS ?? 100_000);
  const ngLimit = process.env.BENCH_NG_LIMIT ? Number(process.env.BENCH_NG_LIMIT) : null;
  let local: LocalNeo4j | null = null;
  let dir: string | null = null;
  let uri = process.env.BENCH_NEO4J_URI;
  if (!uri) {
    dir = mkdtempSync(join(tmpdir(), 'vanban-ng-bench-'));
    local = await startLocalNeo4j({ dataDir: dir, port: 0, heapMb: 2048, pageCacheMb: 1024 });
    uri = local.uri;
  }
  const graph = new Graph({ uri });
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''));
  const servers: Server[] = [];
  try {
    await migrate(graph);
    // The fixture is deterministic (seeded): generating it without writing gives the same picks as loading it.
    const existing = await driver.executeQuery(query('graph/count-instruments'), {}, { routing: neo4j.routing.READ });
    const present = Number(existing.records[0]?.get('n') ?? 0);
    let g: BenchGraph;
    let loadSeconds: number | null = null;
    if (present === size) {
      g = await loadBenchGraph({ write: async () => undefined } as unknown as Graph, { instruments: size });
      process.stderr.write(`neo4j-graphql bench: reusing the ${present} instruments already in ${uri}\n`);
    } else {
      await graph.write('test/reset', {}, 600_000);
      const t0 = Date.now();
      g = await loadBenchGraph(graph, { instruments: size });
      loadSeconds = +((Date.now() - t0) / 1000).toFixed(1);
      process.stderr.write(`neo4j-graphql bench: loaded ${g.instruments} instruments, ${g.relations} relations in ${loadSeconds}s\n`);
    }

    // Ours, as bench/api-bench.ts serves it.
    const config = loadConfig({ NEO4J_URI: uri, LOG_LEVEL: 'silent' });
    const ours = createHttpServer(createApi({ graph, config }));
    servers.push(ours);
    const oursPort = await listen(ours, 0, '127.0.0.1');
    let oursActive = 0;
    ours.prependListener('request', (_req, res) => {
      oursActive++;
      res.on('close', () => oursActive--);
    });
    const oursIdle = async () => {
      let quietSince = Date.now();
      while (Date.now() - quietSince < 500) {
        await new Promise((r) => setTimeout(r, 50));
        if (oursActive > 0) quietSince = Date.now();
      }
    };

    // @neo4j/graphql, its defaults, served by graphql-yoga.
    const neoSchema = new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver });
    const schema = await neoSchema.getSchema();
    const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, logging: false });
    const ng = serve(yoga as never);
    servers.push(ng.server);
    const ngPort = await listen(ng.server, 0, '127.0.0.1');

    const focus = g.midKey;
    const targets = {
      ours: {
        url: `http://127.0.0.1:${oursPort}/graphql`,
        body: JSON.stringify({
          query: 'query($f: [ID!]) { graph(focus: $f, depth: 2, limit: 500) { truncated nodes { data { id label type } } edges { data { id source target type } } } }',
          variables: { f: [focus] },
        }),
        idle: oursIdle,
      },
      'neo4j-graphql': { url: `http://127.0.0.1:${ngPort}/graphql`, body: JSON.stringify({ query: depth2Query(ngLimit), variables: { k: focus } }), idle: ng.idle },
    };

    // One answer of each, to check both work and to say what each returns.
    const oursAnswer = await post(targets.ours.url, targets.ours.body);
    if (oursAnswer.errors) throw new Error(`our graph query failed: ${oursAnswer.errors[0]?.message}`);
    const sub = oursAnswer.data!.graph as { truncated: boolean; nodes: unknown[]; edges: unknown[] };
    const t0 = performance.now();
    const ngAnswer = await post(targets['neo4j-graphql'].url, targets['neo4j-graphql'].body);
    const ngFirstMs = +(performance.now() - t0).toFixed(1);
    if (ngAnswer.errors) throw new Error(`@neo4j/graphql query failed: ${ngAnswer.errors[0]?.message}`);
    const roots = ngAnswer.data!.instruments as Record<string, unknown>[];
    if (roots.length !== 1) throw new Error(`@neo4j/graphql found ${roots.length} instruments with key ${focus}`);
    const answers = {
      ours: { nodes: sub.nodes.length, edges: sub.edges.length, truncated: sub.truncated, bytes: JSON.stringify(oursAnswer).length },
      'neo4j-graphql': { ...countNested(roots[0]!), bytes: JSON.stringify(ngAnswer).length, firstRequestMs: ngFirstMs },
    };
    process.stderr.write(`neo4j-graphql bench: focus ${focus}; ours ${JSON.stringify(answers.ours)}; @neo4j/graphql ${JSON.stringify(answers['neo4j-graphql'])}\n`);

    // warm both (query plans, page cache)
    for (const t of Object.values(targets)) {
      await autocannon({ url: t.url, method: 'POST', headers: { 'content-type': 'application/json' }, body: t.body, connections: 4, amount: 20, timeout: 60 });
      await t.idle();
    }
    const rows: Record<string, unknown>[] = [];
    for (const c of CONNECTIONS) {
      const row: Record<string, unknown> = { connections: c, loadAvgBefore: load() };
      const figures: Record<string, { p50: number; p99: number; rps: number }> = {};
      for (const [name, t] of Object.entries(targets)) {
        await t.idle();
        const a = await autocannon({ url: t.url, method: 'POST', headers: { 'content-type': 'application/json' }, body: t.body, connections: c, duration: seconds, timeout: 60 });
        figures[name] = { p50: a.latency.p50, p99: a.latency.p99, rps: +a.requests.average.toFixed(1) };
        row[name] = { ...figures[name], requests: a.requests.total, non2xx: a.non2xx, errors: a.errors, timeouts: a.timeouts };
        process.stderr.write(`neo4j-graphql bench: c=${c} ${name} p50 ${a.latency.p50}ms p99 ${a.latency.p99}ms ${a.requests.average.toFixed(1)} req/s (${a.requests.total} requests, ${a.errors} errors, ${a.non2xx} non-2xx)\n`);
      }
      const o = figures.ours!;
      const n = figures['neo4j-graphql']!;
      row.ratio = { p50: +(n.p50 / Math.max(o.p50, 0.01)).toFixed(2), p99: +(n.p99 / Math.max(o.p99, 0.01)).toFixed(2), rps: +(o.rps / Math.max(n.rps, 0.01)).toFixed(2) };
      row.loadAvgAfter = load();
      rows.push(row);
    }
    await Promise.all(Object.values(targets).map((t) => t.idle()));
    return {
      graph: { instruments: g.instruments, relations: g.relations, documents: g.documents, actions: g.actions, loadSeconds, reused: loadSeconds === null },
      focus,
      secondsPerMeasurement: seconds,
      neo4jGraphqlLimitPerField: ngLimit,
      answers,
      note:
        'ratio.p50/p99 = @neo4j/graphql latency / ours; ratio.rps = our req/s / @neo4j/graphql req/s (both >1 mean @neo4j/graphql is slower). ' +
        'Ours stops at 500 nodes (limit: 500, heavier neighbours first) and returns the edges among all nodes it keeps; ' +
        '@neo4j/graphql returns the whole two-step tree its nested selection asks for (edges between levels only), unless BENCH_NG_LIMIT caps each field. ' +
        'loadAvg is os.loadavg() (1, 5, 15 min) on a 2-core machine shared with other work.',
      runs: rows,
    };
  } finally {
    for (const s of servers) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
    await driver.close();
    await graph.close();
    await local?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (isEntry(import.meta.url)) runStandalone('neo4j-graphql', run);
