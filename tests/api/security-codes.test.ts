// Every refusal carries `extensions.code` and the status the GraphQL-over-HTTP spec gives it: a request the
// server will not execute (limits, validation, variables) is 400 for application/graphql-response+json, and
// an answer too large to send is RESPONSE_TOO_LARGE.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../server/api/security.ts';
import { resetGraph, testGraph } from '../setup/db.ts';
import { caseGraph, gql, load, testApi } from './helpers.ts';

const graph = testGraph();
const yoga = testApi(graph);

beforeAll(async () => {
  await resetGraph(graph);
  await load(graph, caseGraph());
});
afterAll(() => graph.close());

describe('refusals carry a code and the spec status', () => {
  const deep = (() => {
    let sel = 'key';
    for (let i = 0; i < LIMITS.depth; i++) sel = `replaces { ${sel} }`;
    return `{ instrument(key: "x") { instrument { ${sel} } } }`;
  })();
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['depth', deep, {}, 'QUERY_TOO_DEEP'],
    ['aliases', `{ ${Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: stats { instruments }`).join(' ')} }`, {}, 'TOO_MANY_ALIASES'],
    ['tokens', `{ ${Array.from({ length: LIMITS.tokens }, () => '__typename').join(' ')} }`, {}, 'TOO_MANY_TOKENS'],
    ['cost', '{ instruments(first: 100) { nodes { relations { evidence { document { title } } } } } }', {}, 'QUERY_TOO_COMPLEX'],
    ['unknown field', '{ stats { nothing } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
    ['syntax', '{ stats {', {}, 'GRAPHQL_PARSE_FAILED'],
    ['variable type', 'query($n: Int) { instruments(first: $n) { totalCount } }', { n: 'many' }, 'BAD_USER_INPUT'],
    ['missing variable', 'query($id: ID!) { document(id: $id) { id } }', {}, 'BAD_USER_INPUT'],
  ];
  for (const [name, query, variables, code] of cases) {
    it(`${name} → ${code}, HTTP 400`, async () => {
      const r = await gql(yoga, query, variables);
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
      expect(r.status).toBe(400);
      expect(r.data ?? null).toBeNull();
    });
  }

  it('an answer above RESPONSE_MAX_BYTES is refused with RESPONSE_TOO_LARGE', async () => {
    const small = testApi(graph, { RESPONSE_MAX_BYTES: '2000' });
    const r = await gql(small, `{ ${Array.from({ length: 10 }, (_, i) => `d${i}: documents { nodes { text } }`).join(' ')} }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect(r.data ?? null).toBeNull();
    expect((await gql(small, '{ stats { documents } }')).data.stats.documents).toBe(2);
  });
});
