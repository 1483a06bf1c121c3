// The app factory: builds the GraphQL server from the SDL files in server/api/schema and the resolvers, with no
// socket of its own. server/http.ts mounts it; tests call `yoga.fetch` directly. One circuit breaker per app
// (it outlives requests); per request a gate carrying the request's abort signal and one set of DataLoaders.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga, useExecutionCancellation, type YogaServerInstance } from 'graphql-yoga';
import type { Graph } from '../graph/driver.ts';
import type { Config } from '../config.ts';
import type { ApiContext } from './context.ts';
import { DbGate } from './db.ts';
import { maskError } from './errors.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { securityPlugins } from './security.ts';
import { useHealth, type DatabaseState } from './health.ts';
import { corsOptions } from './plugins/use-same-origin.ts';

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
  /** The bundled Neo4j's supervisor, when this process runs one: /healthz reports its state. */
  database?: () => DatabaseState;
}

export function createApi(deps: ServerContext): YogaServerInstance<Record<string, unknown>, ServerContext> {
  const schema = makeExecutableSchema<ApiContext>({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
  const db = new DbGate(deps.graph, { timeoutMs: deps.config.queryTimeoutMs });
  return createYoga<Record<string, unknown>, ServerContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // same origin only, unless CORS_ORIGINS lists the web pages that may call the API
    cors: corsOptions(deps.config),
    // /graphql/health is ours (it asks the database), not yoga's always-200 one
    healthCheckEndpoint: '/graphql/yoga-health',
    graphiql: { title: 'vanban-graph', defaultQuery: '{\n  search(text: "quy dinh 213") {\n    label\n    detail\n    type\n  }\n}\n' },
    maskedErrors: { maskError },
    plugins: [useHealth(deps.graph, deps.database), ...securityPlugins(deps.config), useExecutionCancellation()],
    context: ({ request }): ApiContext & ServerContext => {
      // Each request reads through its own gate, so that its reads stop when its client goes away.
      // and within a deadline (twice what one statement may take): no request holds the database for long
      const gate = db.forRequest(request.signal, 2 * deps.config.queryTimeoutMs);
      return { graph: deps.graph, config: deps.config, db: gate, loaders: createLoaders(gate) };
    },
    logging: false,
  });
}
