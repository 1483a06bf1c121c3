// One Neo4j for the whole `db` test project: the one NEO4J_URI names, or a bundled one started on a free port
// with a temporary store that is deleted afterwards. Migrations are applied once here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { Graph } from '../../server/graph/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/graph/local-neo4j.ts';
import { migrate } from '../../server/graph/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jDatabase: string;
  }
}

let local: LocalNeo4j | null = null;
let dir: string | null = null;

export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    dir = mkdtempSync(join(tmpdir(), 'vanban-test-'));
    local = await startLocalNeo4j({ dataDir: dir, port: 0, heapMb: 1024, pageCacheMb: 128 });
    uri = local.uri;
  }
  const user = process.env.NEO4J_USER ?? 'neo4j';
  const password = process.env.NEO4J_URI ? (process.env.NEO4J_PASSWORD ?? '') : '';
  const database = process.env.NEO4J_DATABASE ?? '';
  const graph = new Graph({ uri, user, password, database: database || null });
  try {
    await graph.verify();
    await migrate(graph);
  } finally {
    await graph.close();
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', user);
  project.provide('neo4jPassword', password);
  project.provide('neo4jDatabase', database);
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
