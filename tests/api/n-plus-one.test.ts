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

const NESTED = `query($n: Int) { instruments(first: $n, filter: {kinds: ["Quy định"]}) { totalCount nodes {
  key label citation status citationCount issuer { name issued { key } }
  relations { type instrument { label issuer { name } governs { id } } evidence { sentence document { title } } }
  implements { key basisFor { key } }
  supersededBy { type }
  citedBy(first: 5) { totalCount nodes { title citations { start } } }
  evidence { sentence document { id } }
  conflicts { attribute }
  governs { summary warnings actor { name performed { id } } document { title } backedBy { key } inferredBacking { score } evidence { sentence } }
  mayGovern { score }
  affectedActions { id }
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
