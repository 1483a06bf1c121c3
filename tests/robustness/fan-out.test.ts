// Reads with a budget: the fan-out query that once grew the server to 4 GB is refused before it reads a row;
// the panel of an instrument cited ten thousand times answers with one page of evidence; a query Neo4j refuses
// for its memory is that query's QUERY_TOO_LARGE and leaves the API up for everyone else.
import neo4j, { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import type { GraphQLError } from 'graphql';
import { DbGate } from '../../server/api/db.ts';
import { isUnavailable, maskError } from '../../server/api/errors.ts';
import { QueryTooLargeError } from '../../server/graph/driver.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Q } from '../../client/src/api.ts';
import { resetGraph, testGraph } from '../setup/db.ts';
import { caseGraph, gql, K, load, testApi } from '../api/helpers.ts';

const graph = testGraph();
const yoga = testApi(graph);
const DOCS = 2_000;
const PER_DOC = 5; // 10,000 citations

const FAN_OUT = '{instruments(first:5,orderBy:{field:CITATION_COUNT,direction:DESC}){nodes{evidence{document{instruments{evidence{sentence document{id}}}}}}}}';

beforeAll(async () => {
  await resetGraph(graph);
  await load(graph, caseGraph());
  await graph.write('test/many-citations', { key: K.qd213, docs: neo4j.int(DOCS), perDoc: neo4j.int(PER_DOC) });
});
afterAll(() => graph.close());

describe('reads with a budget', () => {
  it('refuses the fan-out query up front with QUERY_TOO_COMPLEX and HTTP 400, reading nothing', async () => {
    const before = graph.statements;
    for (const q of [FAN_OUT, FAN_OUT.replace('first:5', 'first:1')]) {
      const r = await gql(yoga, q);
      expect(r.status).toBe(400);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(r.errors?.[0]?.message).toMatch(/first/);
    }
    expect(graph.statements).toBe(before);
  });

  it('the panel of an instrument cited 10,000 times answers with one page of evidence', async () => {
    const r = await gql(yoga, Q.instrument.toString(), { key: K.qd213 });
    expect(r.errors).toBeUndefined();
    const i = r.data.instrument.instrument;
    expect(i.citationCount).toBe(DOCS + 2);
    expect(i.citedBy.totalCount).toBe(DOCS + 2);
    expect(i.citedBy.nodes).toHaveLength(20);
    expect(i.evidence).toHaveLength(50);
    expect(i.evidence[0].sentence).toMatch(/213-QĐ\/TW/);
    const more = await gql(yoga, `query($key: ID!) { instrument(key: $key) { instrument { evidence(first: 500) { start } } } }`, { key: K.qd213 });
    expect(more.data.instrument.instrument.evidence).toHaveLength(500);
  });

  it('refuses a page above the maximum as BAD_USER_INPUT', async () => {
    const r = await gql(yoga, `query($key: ID!) { instrument(key: $key) { instrument { evidence(first: 501) { start } } } }`, { key: K.qd213 });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/0 to 500/);
  });

  it("Neo4j's memory refusal is the query's QUERY_TOO_LARGE: not retried, not \"database not reachable\", breaker closed", async () => {
    // The driver calls a memory error "transient" and would retry it for 15 s: Graph.run ends it at once.
    const memory = new Neo4jError('The allocation of an extra 2.0 MiB would use more than the limit 1.0 MiB.', 'Neo.TransientError.General.TransactionMemoryLimit', '', '');
    const tx = { run: () => Promise.reject(memory) } as unknown as ManagedTransaction;
    const thrown = await graph.run(tx, 'api/stats', {}).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(QueryTooLargeError);
    expect(isUnavailable(thrown)).toBe(false);
    expect(isUnavailable(memory)).toBe(false);
    const masked = maskError(thrown, 'Unexpected error.') as GraphQLError;
    expect(masked.extensions.code).toBe('QUERY_TOO_LARGE');
    expect(masked.message).not.toMatch(/not reachable/);
    // the gate passes it on and stays closed: the next read of the same gate is served
    const gate = new DbGate(graph, { timeoutMs: 5_000 });
    await expect(gate.guard(() => Promise.reject(thrown))).rejects.toBe(thrown);
    const [row] = await gate.read<{ instruments: number }>('api/stats');
    expect(row!.instruments).toBeGreaterThan(0);
  });

  it('a pool with every connection busy is SERVER_BUSY, not an unexpected error nor "database not reachable"', () => {
    const busy = new Neo4jError('Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 100, Idle conn count = 0.', 'N/A', '', '');
    expect(isUnavailable(busy)).toBe(false);
    expect((maskError(busy, 'Unexpected error.') as GraphQLError).extensions.code).toBe('SERVER_BUSY');
  });
});
