// A database that dies, on a bundled Neo4j of this file's own (the other tests' database is never touched):
// `npm run ingest` whose database is killed stops within seconds with one line and a non-zero exit, and the
// same command resumes; the supervisor of `npm start` restarts a killed database, and /healthz says 503 while
// it is down and 200 once it is back.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../server/api/yoga.ts';
import { loadConfig } from '../../server/config.ts';
import { Graph } from '../../server/graph/driver.ts';
import { migrate } from '../../server/graph/migrate.ts';
import { REPO_ROOT } from '../../server/graph/queries.ts';
import { startLocalNeo4j, superviseLocalNeo4j, type LocalNeo4j } from '../../server/graph/local-neo4j.ts';

const DOCS = 30;
let dataDir = '';
let folder = '';
let db: LocalNeo4j;
let port = 0;

function run(args: string[], uri: string): Promise<{ code: number | null; stderr: string; stdout: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/ingest.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: '', NEO4J_PASSWORD: '', DATA_DIR: join(dataDir, 'cli'), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  return new Promise((res) => child.on('exit', (code) => res({ code, stderr, stdout, ms: Date.now() - started })));
}

async function documents(graph: Graph): Promise<number> {
  const [r] = await graph.runMigrationStatement('MATCH (d:Document) RETURN count(d) AS n', false);
  return r!.get('n') as number;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'vanban-dbtest-'));
  folder = join(dataDir, 'docs');
  mkdirSync(folder);
  for (let i = 1; i <= DOCS; i++) {
    writeFileSync(
      join(folder, `doc-${String(i).padStart(3, '0')}.txt`),
      `Kế hoạch số ${i}-KH/TU thực hiện Quy định số 213-QĐ/TW ngày 2-1-2020 của Bộ Chính trị. `.repeat(40) + `Văn bản ${i}.`,
    );
  }
  db = await startLocalNeo4j({ dataDir, port: 0, heapMb: 512, pageCacheMb: 64 });
  port = Number(new URL(db.uri).port);
  const g = new Graph({ uri: db.uri });
  await migrate(g);
  await g.close();
}, 300_000);
afterAll(async () => {
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a database that dies', () => {
  it('npm run ingest stops within seconds with one line, and the same command resumes', async () => {
    const graph = new Graph({ uri: db.uri, connectionTimeoutMs: 2_000 });
    const running = run([folder, '--batch', '1'], db.uri); // one document per transaction: the kill falls between commits
    // kill the database once a few documents are in
    for (let n = 0; n < 600 && (await documents(graph).catch(() => 0)) < 3; n++) await new Promise((r) => setTimeout(r, 200));
    await graph.close();
    process.kill(db.pid, 'SIGKILL');
    const killedAt = Date.now();
    const first = await running;
    expect(first.code).toBe(3);
    expect(Date.now() - killedAt).toBeLessThan(60_000); // never the quarter of an hour of driver retries
    const line = /ingest stopped: the database has not answered for 5 s; (\d+) document\(s\) were committed/.exec(first.stderr);
    expect(line, first.stderr).not.toBeNull();
    const committed = Number(line![1]);
    expect(committed).toBeGreaterThan(0);
    expect(committed).toBeLessThan(DOCS);

    db = await startLocalNeo4j({ dataDir, port, heapMb: 512, pageCacheMb: 64 });
    const again = new Graph({ uri: db.uri });
    // What the CLI counted is what it saw acknowledged; the one batch in flight (one document here) may have been
    // committed too, its answer lost with the database. Nothing else is there, and nothing is partial.
    const stored = await documents(again);
    expect(stored).toBeGreaterThanOrEqual(committed);
    expect(stored).toBeLessThanOrEqual(committed + 1);
    await again.close();
    const second = await run([folder, '--json'], db.uri);
    expect(second.code, second.stderr).toBe(0);
    const summary = JSON.parse(second.stdout) as { unchanged: number; details: { documents: { added: number } } };
    expect(summary.unchanged).toBe(stored);
    expect(summary.details.documents.added).toBe(DOCS - stored);
  });

  it('the supervisor restarts a killed database; /healthz is 503 while it is down, 200 when it is back', async () => {
    const lines: string[] = [];
    const sup = superviseLocalNeo4j(db, { dataDir, heapMb: 512, pageCacheMb: 64 }, { backoffMs: 200, maxRestarts: 3, log: (l) => lines.push(l) });
    const graph = new Graph({ uri: db.uri, connectionTimeoutMs: 2_000 });
    const api = createApi({ graph, config: loadConfig({ NEO4J_URI: db.uri, LOG_LEVEL: 'silent' }), database: () => sup.state() });
    const health = async () => {
      const res = await api.fetch('http://localhost/healthz');
      return { status: res.status, body: (await res.json()) as { status: string; database: string; restarts?: number } };
    };
    try {
      expect((await health()).status).toBe(200);
      expect((await (await api.fetch('http://localhost/graphql/health')).json()) as object).toMatchObject({ status: 'ok' });
      process.kill(sup.current().pid, 'SIGKILL');
      await sup.current().exited;
      const down = await health();
      expect(down.status).toBe(503);
      expect(down.body.status).toBe('unavailable');
      for (let n = 0; n < 900 && sup.state().state !== 'running'; n++) await new Promise((r) => setTimeout(r, 200));
      expect(sup.state()).toMatchObject({ state: 'running', restarts: 1 });
      db = sup.current();
      const up = await health();
      expect(up.status).toBe(200);
      expect(up.body).toMatchObject({ status: 'ok', database: 'up', restarts: 1 });
      expect(lines.some((l) => /exited .*restarting it in 0\.2 s \(try 1 of 3\)/.test(l))).toBe(true);
      expect(lines.some((l) => /running again/.test(l))).toBe(true);
      expect(await documents(graph)).toBe(DOCS);
    } finally {
      await sup.stop();
      await graph.close();
    }
  });
});
