// No N+1: a nested query over N instruments makes as many Cypher statements as the same query over 3N,
// because every nested field goes through a per-request DataLoader (server/api/loaders.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetGraph, testGraph } from '../setup/db.ts';
import { gql, load, manyGraph, testApi } from './helpers.ts';

const graph = testGraph();
const yoga = testApi(graph);
const N = 5;

beforeAll(async () => {
  await resetGraph(graph);
  await load(graph, manyGraph(3 * N));
});
afterAll(() => graph.close());

// Small pages on the nested lists keep the query within the cost budget (every list multiplies its contents).
const NESTED = `query($n: Int) { instruments(first: $n, filter: {kinds: ["Quy định"]}) { totalCount nodes {
  key label citation status citationCount issuer { name issued(first: 3) { key } }
  relations(first: 3) { type instrument { label issuer { name } governs(first: 3) { id } } evidence(first: 3) { sentence document { title } } }
  implements(first: 3) { key basisFor(first: 3) { key } }
  supersededBy(first: 3) { type }
  citedBy(first: 3) { totalCount nodes { title citations(first: 3) { start } } }
  evidence(first: 3) { sentence document { id } }
  conflicts(first: 3) { attribute }
  governs(first: 3) { summary warnings actor { name performed(first: 3) { id } } document { title } backedBy(first: 3) { key } inferredBacking(first: 3) { score } evidence { sentence } }
  mayGovern(first: 3) { score }
  affectedActions(first: 3) { id }
} } }`;

async function statementsFor(n: number): Promise<{ statements: number; count: number }> {
  const before = graph.statements;
  const r = await gql(yoga, NESTED, { n });
  expect(r.errors).toBeUndefined();
  return { statements: graph.statements - before, count: r.data.instruments.nodes.length };
}

describe('DataLoaders', () => {
  it('a nested query over N and over 3N results makes the same number of statements', async () => {
    const small = await statementsFor(N);
    const large = await statementsFor(3 * N);
    expect(small.count).toBe(N);
    expect(large.count).toBe(3 * N);
    // One statement per (loader, nesting level), whatever N. The same loader used at two levels (governs at
    // level 1 and under relations at level 3) may share a batch or not depending on which statement returns
    // first, hence the one statement of slack; N+1 would add dozens here.
    expect(large.statements).toBeLessThanOrEqual(small.statements + 1);
    expect(large.statements).toBeLessThanOrEqual(21);
  });

  it('search, trace and graph make a fixed number of statements too', async () => {
    const count = async (q: string) => {
      const before = graph.statements;
      const r = await gql(yoga, q);
      expect(r.errors).toBeUndefined();
      return graph.statements - before;
    };
    const s1 = await count(`{ search(text: "quy dinh", first: ${N}) { node { ... on Instrument { key issuer { name } relations { instrument { key } } } } } }`);
    const s3 = await count(`{ search(text: "quy dinh", first: ${3 * N}) { node { ... on Instrument { key issuer { name } relations { instrument { key } } } } } }`);
    expect(s3).toBeLessThanOrEqual(s1 + 1);
    const g1 = await count(`{ graph(focus: ["nghi-quyet:1-nq-tw@2000"], depth: 2, limit: ${N}) { nodes { data { id } } } }`);
    const g3 = await count(`{ graph(focus: ["nghi-quyet:1-nq-tw@2000"], depth: 2, limit: ${3 * N}) { nodes { data { id } } } }`);
    expect(g3).toBe(g1);
    const t = await count(`{ actions(first: ${3 * N}) { nodes { id } } }`);
    expect(t).toBe(1);
    const h1 = await count(`{ instruments(first: ${N}) { nodes { history { type by { key } } } } }`);
    const h3 = await count(`{ instruments(first: ${3 * N}) { nodes { history { type by { key } } } } }`);
    expect(h3).toBe(h1);
  });
});
