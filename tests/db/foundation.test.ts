import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, Graph } from '../../server/graph/driver.ts';
import { freePort, startLocalNeo4j } from '../../server/graph/local-neo4j.ts';
import { migrate, MigrationError } from '../../server/graph/migrate.ts';
import { allQueryNames, query } from '../../server/graph/queries.ts';
import { resetGraph, testGraph } from '../setup/db.ts';

const graph = testGraph();
beforeAll(() => resetGraph(graph));
afterAll(() => graph.close());

async function schemaSnapshot(g: Graph) {
  const constraints = (await g.runMigrationStatement('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name', false)).map((r) => r.get('name'));
  const indexes = (await g.runMigrationStatement('SHOW INDEXES YIELD name RETURN name ORDER BY name', false)).map((r) => r.get('name'));
  const migrations = (await g.read<{ id: string }>('migrations/applied')).map((r) => r.id);
  return { constraints, indexes, migrations };
}

describe('migrations', () => {
  it('are applied once and re-applying them changes nothing', async () => {
    const before = await schemaSnapshot(graph);
    expect(before.constraints).toEqual(expect.arrayContaining(['instrument_key', 'organization_key', 'document_id', 'action_id']));
    expect(before.indexes).toContain('search_all');
    expect(before.migrations.length).toBeGreaterThanOrEqual(3);
    const again = await migrate(graph);
    expect(again.applied).toEqual([]);
    expect(again.skipped.length).toBe(before.migrations.length);
    expect(await schemaSnapshot(graph)).toEqual(before);
  });

  it('fail loudly, naming the file and the statement', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-mig-'));
    try {
      writeFileSync(join(dir, '900_ok.cypher'), 'CREATE INDEX test_ok IF NOT EXISTS FOR (n:TestOnly) ON (n.x);\n');
      writeFileSync(join(dir, '901_broken.cypher'), '// broken on purpose\nCREATE INDEX FOR OOPS;\n');
      const err = await migrate(graph, dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(MigrationError);
      expect((err as MigrationError).file).toBe('901_broken.cypher');
      expect((err as MigrationError).statement).toBe('CREATE INDEX FOR OOPS');
      expect((err as Error).message).toContain('901_broken.cypher');
      const ids = (await graph.read<{ id: string }>('migrations/applied')).map((r) => r.id);
      expect(ids).toContain('900');
      expect(ids).not.toContain('901');
    } finally {
      await graph.runMigrationStatement('DROP INDEX test_ok IF EXISTS');
      await graph.runMigrationStatement("MATCH (m:SchemaMigration) WHERE m.id IN ['900', '901'] DELETE m");
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse a badly named migration file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-mig-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'constraints.cypher'), 'RETURN 1;');
    await expect(migrate(graph, dir)).rejects.toThrow(/NNN_name\.cypher/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('constraints', () => {
  it('reject a second Instrument with the same key', async () => {
    await graph.runMigrationStatement("CREATE (:Instrument {key: 'test:dup'})");
    await expect(graph.runMigrationStatement("CREATE (:Instrument {key: 'test:dup'})")).rejects.toThrow(/already exists|ConstraintValidationFailed/);
    await resetGraph(graph);
  });
});

describe('named queries', () => {
  it('every file in cypher/queries is valid Cypher (EXPLAIN)', async () => {
    const names = allQueryNames();
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) {
      await expect(graph.runMigrationStatement(`EXPLAIN ${query(name)}`, false), name).resolves.toBeDefined();
    }
  });
});

describe('connections', () => {
  it('fail fast and clearly where nothing listens', async () => {
    const port = await freePort();
    const g = new Graph({ uri: `bolt://127.0.0.1:${port}`, connectionTimeoutMs: 2000 });
    const t0 = Date.now();
    const err = await g.verify().catch((e: unknown) => e);
    await g.close();
    expect(err).toBeInstanceOf(DatabaseUnavailableError);
    expect((err as Error).message).toContain(`127.0.0.1:${port}`);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe('the bundled launcher', () => {
  it('leaves no process behind after stop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-launch-'));
    const db = await startLocalNeo4j({ dataDir: dir, port: 0, heapMb: 512, pageCacheMb: 32 });
    try {
      const g = new Graph({ uri: db.uri });
      expect((await g.verify()).version).toMatch(/^5\./);
      await g.close();
      expect(() => process.kill(db.pid, 0)).not.toThrow();
    } finally {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(() => process.kill(db.pid, 0)).toThrow();
  });
});
