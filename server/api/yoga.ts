// The app factory: builds the GraphQL server from the SDL files in server/api/schema and the resolvers,
// with no socket of its own. server/http.ts mounts it; tests call `yoga.fetch` directly.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Graph } from '../graph/driver.ts';
import type { Config } from '../config.ts';

const SCHEMA_DIR = fileURLToPath(new URL('./schema', import.meta.url));

export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8'));
}

export interface ServerContext {
  graph: Graph;
  config: Config;
}

export function createApi(deps: ServerContext): YogaServerInstance<Record<string, unknown>, ServerContext> {
  const schema = makeExecutableSchema<ServerContext>({
    typeDefs: loadTypeDefs(),
    resolvers: {
      Query: {
        health: async (_: unknown, __: unknown, ctx: ServerContext) => {
          const [row] = await ctx.graph.read<{ version: string; edition: string; counts: { label: string; count: number }[] }>('graph/health');
          return { ok: true, neo4jVersion: row?.version ?? null, neo4jEdition: row?.edition ?? null, counts: row?.counts ?? [] };
        },
      },
    },
  });
  return createYoga<Record<string, unknown>, ServerContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    context: () => ({ graph: deps.graph, config: deps.config }),
    logging: false,
  });
}
