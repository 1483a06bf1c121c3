// `npm start` end to end as a child process: the real wiring, its error messages, and no process left behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../server/graph/local-neo4j.ts';
import { REPO_ROOT } from '../../server/graph/queries.ts';
import { CLIENT_INDEX, clientIsStale } from '../../server/client-build.ts';

const tmp = mkdtempSync(join(tmpdir(), 'vanban-start-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  child: ChildProcess;
  out: () => string;
  exited: Promise<number | null>;
}

function startMain(env: NodeJS.ProcessEnv): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: { HOME: process.env.HOME, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  return { child, out: () => out, exited };
}

async function waitFor(run: Run, re: RegExp, ms = 180_000): Promise<RegExpExecArray> {
  const t0 = Date.now();
  for (;;) {
    const m = re.exec(run.out());
    if (m) return m;
    if (run.child.exitCode !== null) throw new Error(`exited early:\n${run.out()}`);
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${re}:\n${run.out()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const userDb = () => ({ NEO4J_URI: inject('neo4jUri'), PATH: process.env.PATH, ...(inject('neo4jPassword') ? { NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') } : {}) });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function gone(pid: number, ms = 40_000) {
  const t0 = Date.now();
  while (alive(pid) && Date.now() - t0 < ms) await new Promise((r) => setTimeout(r, 200));
  return !alive(pid);
}

describe('npm start', () => {
  it('rejects a wrong configuration with one line per problem', async () => {
    const run = startMain({ PATH: process.env.PATH, PORT: 'eighty', LOG_LEVEL: 'chatty' });
    expect(await run.exited).toBe(1);
    expect(run.out()).toMatch(/PORT="eighty"/);
    expect(run.out()).toMatch(/LOG_LEVEL/);
    expect(run.out()).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('says which port is busy', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((r) => blocker.listen(0, '127.0.0.1', () => r((blocker.address() as { port: number }).port)));
    try {
      const run = startMain({ ...userDb(), PORT: String(port) });
      expect(await run.exited).toBe(1);
      expect(run.out()).toContain(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('names both ways out when Java is missing and NEO4J_URI is unset', async () => {
    const bin = join(tmp, 'bin');
    rmSync(bin, { recursive: true, force: true });
    (await import('node:fs')).mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    const run = startMain({ PATH: bin, DATA_DIR: join(tmp, 'nojava'), NEO4J_LOCAL_PORT: String(await freePort()) });
    expect(await run.exited).toBe(1);
    expect(run.out()).toMatch(/Java/);
    expect(run.out()).toMatch(/NEO4J_URI/);
    expect(run.out()).not.toMatch(/\n\s+at /);
  });

  it('serves /graphql and the web client (rebuilt when older than its sources) on a user Neo4j, and stops cleanly on SIGINT', async () => {
    const port = await freePort();
    // An out-of-date client, as after a `git pull`: npm start builds it again before serving.
    if (existsSync(CLIENT_INDEX)) utimesSync(CLIENT_INDEX, new Date('2000-01-01'), new Date('2000-01-01'));
    expect(clientIsStale()).toBe(true);
    const run = startMain({ ...userDb(), PORT: String(port) });
    await waitFor(run, /ready at http:\/\/127\.0\.0\.1:\d+\//);
    expect(run.out()).toMatch(/Built the web client in \d/);
    expect(clientIsStale()).toBe(false);
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { ok neo4jVersion } }' }),
    });
    const body = (await res.json()) as { data: { health: { ok: boolean; neo4jVersion: string } } };
    expect(body.data.health.ok).toBe(true);
    expect(body.data.health.neo4jVersion).toMatch(/^5\./);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<div id="cy">/);
    expect(html).not.toMatch(/not built yet/);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
  });

  it('starts the bundled Neo4j and leaves no java process after Ctrl-C, nor after a crash', async () => {
    const dataDir = join(tmp, 'bundled');
    const env = { PATH: process.env.PATH, DATA_DIR: dataDir, NEO4J_LOCAL_PORT: String(await freePort()) };
    const first = startMain({ ...env, PORT: String(await freePort()) });
    await waitFor(first, /ready at/);
    const javaPid1 = (JSON.parse(readFileSync(join(dataDir, 'neo4j.running.json'), 'utf8')) as { pid: number }).pid;
    expect(alive(javaPid1)).toBe(true);
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(await gone(javaPid1)).toBe(true);

    // A crash (SIGKILL gives no chance to clean up): the launcher sees its stdin close and exits by itself.
    const second = startMain({ ...env, PORT: String(await freePort()) });
    await waitFor(second, /ready at/);
    const javaPid2 = (JSON.parse(readFileSync(join(dataDir, 'neo4j.running.json'), 'utf8')) as { pid: number }).pid;
    second.child.kill('SIGKILL');
    await second.exited;
    expect(await gone(javaPid2)).toBe(true);
  }, 400_000);
});
