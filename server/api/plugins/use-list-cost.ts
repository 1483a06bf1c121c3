// The cost of a query before it runs, counting how many items each list can hold: an object costs 1, and a
// field with a page size (`first`, or `limit` for a subgraph) multiplies everything under it by that size. So
// `instruments(first: 5) { nodes { evidence { document { instruments { evidence { … } } } } } }` costs
// 5 × 50 × 50 × 50 × … and is refused before a single row is read, while a panel of one instrument costs a few
// thousand. Estimated with graphql-query-complexity, over the operation that will run, with its variables.
import { createRequire } from 'node:module';
import { GraphQLError } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';

// The schema is built by @graphql-tools with graphql's CommonJS build; graphql-query-complexity's ES build would
// bring the ES build of graphql, whose type checks refuse types of the other build. Both loaded as CommonJS.
const require = createRequire(import.meta.url);
const { getComplexity } = require('graphql-query-complexity') as typeof import('graphql-query-complexity');
const { getNamedType, isLeafType } = require('graphql') as typeof import('graphql');

const SIZE_CEILING = 1_000;

export const listCostEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const own = isLeafType(getNamedType(field.type)) ? 0 : 1;
  const asked = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : 1;
  // above every field's maximum: the field refuses it itself (BAD_USER_INPUT), which says more than a cost
  const size = Math.min(asked, SIZE_CEILING);
  return size > 1 ? size * (own + childComplexity) : own + childComplexity;
};

export function queryCost(args: Parameters<typeof getComplexity>[0]): number {
  return getComplexity(args);
}

export function useListCost(maxCost: number): Plugin {
  return {
    onExecute({ args }) {
      if (args.operationName === 'IntrospectionQuery') return;
      let cost: number;
      try {
        cost = getComplexity({
          schema: args.schema,
          query: args.document,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          operationName: args.operationName ?? undefined,
          estimators: [listCostEstimator],
        });
      } catch {
        return; // bad variables: execution reports them with their own message
      }
      if (cost > maxCost) {
        throw new GraphQLError(
          `This query would cost about ${Math.round(cost).toLocaleString('en')} (the limit is ${maxCost.toLocaleString('en')}): every list multiplies what it holds by its page size. Ask for smaller pages (first: …) or fewer nested lists.`,
          { extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } } },
        );
      }
    },
  };
}
