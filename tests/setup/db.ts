// Helpers for test files that talk to the shared test database. Files of the `db` project run one after
// another; each calls resetGraph() in beforeAll/beforeEach so it never sees another file's data.
import { inject } from 'vitest';
import { Graph } from '../../server/graph/driver.ts';
import { loadConfig, type Config } from '../../server/config.ts';

export function testGraph(opts: { txTimeoutMs?: number } = {}): Graph {
  const database = inject('neo4jDatabase');
  return new Graph({
    uri: inject('neo4jUri'),
    user: inject('neo4jUser'),
    password: inject('neo4jPassword'),
    database: database || null,
    txTimeoutMs: opts.txTimeoutMs,
  });
}

/** A configuration pointing at the test database (as if NEO4J_URI were set). */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  const env: NodeJS.ProcessEnv = { NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'silent', ...overrides };
  if (inject('neo4jPassword')) {
    env.NEO4J_USER = inject('neo4jUser');
    env.NEO4J_PASSWORD = inject('neo4jPassword');
  }
  if (inject('neo4jDatabase')) env.NEO4J_DATABASE = inject('neo4jDatabase');
  return loadConfig(env);
}

/** Deletes every product node and relationship; schema and migration records stay. */
export async function resetGraph(graph: Graph): Promise<void> {
  await graph.write('test/reset');
}
