// Hardening: query limits (graphql-armor), body limit, who may mutate, masked errors, and injection payloads
// through every string argument leaving the graph unchanged.
import { Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskError } from '../../server/api/errors.ts';
import { log } from '../../server/log.ts';
import { LIMITS } from '../../server/api/security.ts';
import { resetGraph, testGraph } from '../setup/db.ts';
import { caseGraph, gql, K, load, testApi } from './helpers.ts';

const graph = testGraph();
const yoga = testApi(graph);
const TOKEN = 'a-test-token-of-32-characters-xx';

beforeAll(async () => {
  await resetGraph(graph);
  await load(graph, caseGraph());
});
afterAll(() => graph.close());

describe('query limits', () => {
  it('refuses a query deeper than the limit', async () => {
    let sel = 'key';
    for (let i = 0; i < LIMITS.depth; i++) sel = `replaces { ${sel} }`;
    const r = await gql(yoga, `{ instrument(key: "x") { instrument { ${sel} } } }`);
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
    expect(r.data ?? null).toBeNull();
  });

  it('refuses too many aliases and too many tokens', async () => {
    const aliases = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: stats { instruments }`).join(' ');
    expect((await gql(yoga, `{ ${aliases} }`)).errors?.[0]?.message).toMatch(/alias/i);
    const tokens = Array.from({ length: LIMITS.tokens }, () => '__typename').join(' ');
    expect((await gql(yoga, `{ ${tokens} }`)).errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses a costly query', async () => {
    const fields = 'key label citation relations { instrument { key label relations { instrument { key label citedBy { nodes { title } } } } } }';
    const many = Array.from({ length: 15 }, (_, i) => `i${i}: instruments(first: 100) { nodes { ${fields} } }`).join(' ');
    expect((await gql(yoga, `{ ${many} }`)).errors?.[0]?.message).toMatch(/cost/i);
  });

  it('accepts the introspection query GraphiQL sends', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const r = await gql(yoga, getIntrospectionQuery());
    expect(r.errors).toBeUndefined();
  });

  it('refuses a body over the limit with 413, by Content-Length or by counting a stream', async () => {
    const big = JSON.stringify({ query: `{ search(text: "${'x'.repeat(LIMITS.bodyBytes)}") { label } }` });
    const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 65536) c.enqueue(bytes.subarray(i, i + 65536));
        c.close();
      },
    });
    const chunked = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('refuses over-long arguments and out-of-range numbers as BAD_USER_INPUT', async () => {
    for (const q of [
      `{ search(text: "${'a'.repeat(400)}") { label } }`,
      `{ search(text: "a", first: 0) { label } }`,
      `{ graph(focus: ["x"], depth: 9) { truncated } }`,
      `{ graph(limit: 100000) { truncated } }`,
      `{ graph(relationTypes: ["DETACH"]) { truncated } }`,
      `{ trace(actionId: "x", depth: 50) { steps { depth } } }`,
      `{ path(from: "a", to: "b", maxDepth: 100) { truncated } }`,
    ]) {
      expect((await gql(yoga, q)).errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
    }
  });
});

describe('who may mutate', () => {
  const dryRun = `mutation { ingestText(input: {text: "Quy định số 213-QĐ/TW"}, dryRun: true) { dryRun } }`;

  it('with API_TOKEN set: a Bearer token is needed and checked', async () => {
    const guarded = testApi(graph, { API_TOKEN: TOKEN });
    const none = await gql(guarded, dryRun);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(none.status).toBe(401);
    const wrong = await gql(guarded, dryRun, {}, { headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}y` } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const right = await gql(guarded, dryRun, {}, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.data?.ingestText).toEqual({ dryRun: true });
    // queries need no token
    expect((await gql(guarded, `{ stats { instruments } }`)).errors).toBeUndefined();
  });

  it('without a token: only from loopback', async () => {
    const far = await gql(yoga, dryRun, {}, { serverContext: { req: { socket: { remoteAddress: '10.1.2.3' } } } });
    expect(far.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(far.data ?? null).toBeNull();
    for (const addr of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const near = await gql(yoga, dryRun, {}, { serverContext: { req: { socket: { remoteAddress: addr } } } });
      expect(near.data?.ingestText, addr).toEqual({ dryRun: true });
    }
    // reads from anywhere
    expect((await gql(yoga, `{ stats { instruments } }`, {}, { serverContext: { req: { socket: { remoteAddress: '10.1.2.3' } } } })).errors).toBeUndefined();
  });
});

describe('masked errors', () => {
  it('never shows Cypher, driver internals or stacks; database trouble gets a code', () => {
    log.level = 'silent'; // the unexpected ones are logged on purpose
    const wrap = (e: Error) => new GraphQLError(e.message, { originalError: e, path: ['x'] });
    const cypher = new Neo4jError('Invalid input: MATCH (n) DETACH DELETE n', 'Neo.ClientError.Statement.SyntaxError', 'x', 'y');
    const masked = maskError(wrap(cypher), 'Unexpected error.') as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(masked.toJSON())).not.toMatch(/MATCH|stack|Neo\./);
    const down = new Neo4jError('Could not perform discovery. bolt://10.0.0.1:7687', 'ServiceUnavailable', 'x', 'y');
    const m2 = maskError(wrap(down), 'Unexpected error.') as GraphQLError;
    expect(m2.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(m2.message).not.toMatch(/bolt|10\.0/);
    const slow = new Neo4jError('The transaction has been terminated', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'x', 'y');
    expect((maskError(wrap(slow), 'Unexpected error.') as GraphQLError).extensions.code).toBe('QUERY_TIMEOUT');
    const plain = maskError(wrap(new TypeError('cannot read x of undefined at /work/main/server/api/x.ts:1')), 'Unexpected error.') as GraphQLError;
    expect(plain.message).toBe('Unexpected error.');
  });

  it('a syntax error says where, with no stack', async () => {
    const r = await gql(yoga, `{ search(text: ) }`);
    expect(r.errors?.[0]?.message).toMatch(/Syntax Error/);
    expect(JSON.stringify(r)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('injection', () => {
  const PAYLOADS = [
    `'`,
    `"`,
    `\\'`,
    `}) DETACH DELETE n //`,
    `'}) MATCH (n) DETACH DELETE n //`,
    `" OR 1=1 --`,
    '`Instrument`) DETACH DELETE n //',
    '``',
    `$keys`,
    `*:*`,
    `searchFolded:* OR *`,
    `\u0000\u202e\ud83d\ude00 nghị quyết \u0301`,
    `quy-dinh:213-qd-tw@2020' OR '1'='1`,
    `${K.qd213}\`) DETACH DELETE n //`,
  ];

  it('payloads through every string argument leave the graph unchanged', async () => {
    const snapshot = () => graph.read('test/api-snapshot');
    const before = await snapshot();
    const ops: [string, (p: string) => Record<string, unknown>][] = [
      [`query($p: ID) { instrument(key: $p) { instrument { key } candidates { key } } }`, (p) => ({ p })],
      [`query($p: String) { instrument(ref: $p) { instrument { key } candidates { key } } }`, (p) => ({ p })],
      [
        `query($p: String!, $l: [String!]) { instruments(filter: {kinds: $l, issuers: $l, symbols: $l, jurisdiction: $p, text: $p}) { totalCount } }`,
        (p) => ({ p, l: [p] }),
      ],
      [`query($p: String) { instruments(after: $p) { totalCount } }`, (p) => ({ p: Buffer.from(p).toString('base64') })],
      [`query($p: String!) { search(text: $p) { label } }`, (p) => ({ p })],
      [`query($p: ID!) { action(id: $p) { id } }`, (p) => ({ p })],
      [`query($p: String, $i: ID) { actions(filter: {backedBy: $i, actor: $i, document: $i, text: $p}) { totalCount } }`, (p) => ({ p, i: p })],
      [`query($p: ID!) { organization(key: $p) { name } }`, (p) => ({ p })],
      [`query($p: ID!) { document(id: $p) { id } }`, (p) => ({ p })],
      [`query($p: ID!) { trace(actionId: $p) { steps { depth } } }`, (p) => ({ p })],
      [`query($p: ID!) { graph(focus: [$p], depth: 2) { truncated } }`, (p) => ({ p })],
      [`query($p: String!) { graph(relationTypes: [$p]) { truncated } }`, (p) => ({ p })],
      [`query($p: ID!) { path(from: $p, to: $p) { truncated } }`, (p) => ({ p })],
      [`query($p: String) { instrument(key: "${K.qd213}") { instrument { citedBy(after: $p) { totalCount } } } }`, (p) => ({ p })],
      [`mutation($p: String!) { ingestText(input: {text: $p, title: $p, source: $p}, dryRun: true) { instruments } }`, (p) => ({ p })],
      [`mutation($p: ID!) { deleteDocument(id: $p) { deleted } }`, (p) => ({ p })],
    ];
    let answered = 0;
    for (const [query, vars] of ops) {
      for (const p of PAYLOADS) {
        const r = await gql(yoga, query, vars(p));
        expect(r.status, `${query} ${p}`).toBeLessThan(500);
        for (const e of r.errors ?? []) expect(['BAD_USER_INPUT', 'NOT_FOUND'], `${query} ${p}: ${e.message}`).toContain(e.extensions?.code);
        answered++;
      }
    }
    expect(answered).toBe(ops.length * PAYLOADS.length);
    expect(await snapshot()).toEqual(before);
  });
});
