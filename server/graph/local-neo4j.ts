// The bundled database: Neo4j Community 5.26 embedded in a small Java launcher (neo4j/), built once with
// Maven and started as a child process. The child reads its stdin and exits when it closes, so it dies with
// us even after a crash or SIGKILL; on a normal stop we send SIGTERM and wait for a clean shutdown.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from './queries.ts';
import { log } from '../log.ts';

const LAUNCHER_DIR = join(REPO_ROOT, 'neo4j');
const LIB_DIR = join(LAUNCHER_DIR, 'lib');
const STAMP = join(LIB_DIR, '.build-stamp');
const READY = /^VANBAN_NEO4J_READY (\S+) (\S+)/m;

// From the `server.jvm.additional` lines of Neo4j's own neo4j.conf: without the add-opens Neo4j 5 on
// Java 17 fails at start with a LinkageError.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

export interface LocalNeo4jOptions {
  /** Folder of the store (created when missing). */
  dataDir: string;
  /** Bolt port; 0 picks a free one. */
  port?: number;
  heapMb?: number;
  pageCacheMb?: number;
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  version: string;
  pid: number;
  /** Settles when the process exits, for whatever reason (a stop, a crash, a kill). */
  exited: Promise<number | null>;
  /** True once stop() was called: an exit after it is no crash. */
  readonly stopping: boolean;
  /** Stops the database and waits until the process has exited. */
  stop(): Promise<void>;
}

function which(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

const NO_JAVA_HINT =
  'Either install Java 17+ and Maven (Debian: apt-get install openjdk-17-jdk-headless maven) so the bundled Neo4j can run, ' +
  'or point vanban-graph at your own Neo4j 5 with NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD).';

function sourceHash(): string {
  const h = createHash('sha256');
  h.update(readFileSync(join(LAUNCHER_DIR, 'pom.xml')));
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        h.update(e.name);
        h.update(readFileSync(p));
      }
    }
  };
  walk(join(LAUNCHER_DIR, 'src'));
  return h.digest('hex');
}

/** Builds neo4j/lib with Maven unless a build of the same sources is already there. */
export function ensureLauncherBuilt(): void {
  const hash = sourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === hash) return;
  if (!which('java', ['-version'])) throw new LocalNeo4jError(`Java was not found on PATH. ${NO_JAVA_HINT}`);
  if (!which('mvn', ['-v'])) throw new LocalNeo4jError(`Maven (mvn) was not found on PATH. ${NO_JAVA_HINT}`);
  process.stderr.write('Building the bundled Neo4j launcher with Maven (first run downloads Neo4j from Maven Central)…\n');
  rmSync(LIB_DIR, { recursive: true, force: true });
  // Quiet on success (a quiet Maven still prints bare colour resets); everything it said when it fails.
  const r = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', 'package', '-DskipTests'], { cwd: LAUNCHER_DIR, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout?.toString() ?? ''}${r.stderr?.toString() ?? ''}`);
    throw new LocalNeo4jError(`the Maven build of neo4j/ failed (exit ${r.status}); see the output above. ${NO_JAVA_HINT}`);
  }
  writeFileSync(STAMP, hash + '\n');
}

/** Resolves with a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolvePort(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** True when something already listens on 127.0.0.1:port. */
export function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(true));
    srv.listen(port, host, () => srv.close(() => res(false)));
  });
}

const children = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort on any exit path: the stdin pipe closes with us anyway, this just makes it immediate.
  process.on('exit', () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  });
}

/** Information another process (ingest, stats) uses to find a running bundled database on the same DATA_DIR. */
export interface RunningInfo {
  uri: string;
  pid: number;
  ownerPid: number;
}

export function runningInfoFile(dataDir: string): string {
  return join(dataDir, 'neo4j.running.json');
}

export function readRunningInfo(dataDir: string): RunningInfo | null {
  try {
    const info = JSON.parse(readFileSync(runningInfoFile(dataDir), 'utf8')) as RunningInfo;
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}

/** Builds (if needed) and starts the bundled Neo4j; resolves once Bolt is ready. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  ensureLauncherBuilt();
  const storeDir = join(opts.dataDir, 'neo4j');
  mkdirSync(storeDir, { recursive: true });
  const port = opts.port === undefined || opts.port === 0 ? await freePort() : opts.port;
  if (await portInUse(port)) {
    throw new LocalNeo4jError(
      `port ${port} on 127.0.0.1 is already in use, so the bundled Neo4j cannot listen there. ` +
        `Stop what uses it, set NEO4J_LOCAL_PORT to another port, or set NEO4J_URI to use a running Neo4j.`,
    );
  }
  const args = [
    `-Xms${Math.min(256, opts.heapMb ?? 1024)}m`,
    `-Xmx${opts.heapMb ?? 1024}m`,
    ...JVM_FLAGS,
    '-cp',
    `${LIB_DIR}/*`,
    'vanban.LocalNeo4j',
    storeDir,
    String(port),
    String(opts.pageCacheMb ?? 256),
  ];
  log.debug({ port, storeDir }, 'starting bundled neo4j');
  const child = spawn('java', args, { cwd: LAUNCHER_DIR, stdio: ['pipe', 'pipe', 'pipe'] });
  children.add(child);
  installExitHook();
  let output = '';
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  child.once('exit', () => children.delete(child));

  const ready = await new Promise<{ uri: string; version: string }>((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`the bundled Neo4j did not start within ${(opts.startTimeoutMs ?? 180_000) / 1000}s. Output:\n${output.slice(-4000)}`));
    }, opts.startTimeoutMs ?? 180_000);
    const onData = (buf: Buffer) => {
      output += buf.toString();
      const m = READY.exec(output);
      if (m) {
        clearTimeout(timer);
        resolveReady({ uri: m[1]!, version: m[2]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => {
      output += b.toString();
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`could not run java: ${err.message}. ${NO_JAVA_HINT}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const locked = /StoreLockException|already locked|Lock file has been locked/.test(output);
      reject(
        new LocalNeo4jError(
          locked
            ? `the store in ${storeDir} is in use by another Neo4j (is another \`npm start\` running on this DATA_DIR?).`
            : `the bundled Neo4j exited with code ${code} before it was ready. Output:\n${output.slice(-4000)}`,
        ),
      );
    });
  });
  // After start, keep draining its output so the pipes never fill up.
  child.stdout!.removeAllListeners('data');
  child.stdout!.resume();
  child.stderr!.removeAllListeners('data');
  child.stderr!.on('data', (b: Buffer) => log.debug({ neo4j: b.toString().trim() }, 'neo4j stderr'));
  writeFileSync(runningInfoFile(opts.dataDir), JSON.stringify({ uri: ready.uri, pid: child.pid ?? -1, ownerPid: process.pid } satisfies RunningInfo));

  let stopping: Promise<void> | null = null;
  return {
    uri: ready.uri,
    version: ready.version,
    pid: child.pid!,
    exited,
    get stopping() {
      return stopping !== null;
    },
    stop() {
      stopping ??= (async () => {
        rmSync(runningInfoFile(opts.dataDir), { force: true });
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000).unref());
        if ((await Promise.race([exited, timeout])) === 'timeout') {
          child.kill('SIGKILL');
          await exited;
        }
      })();
      return stopping;
    },
  };
}

export interface SupervisorOptions {
  /** Tries before giving up on a database that keeps dying (or will not start). */
  maxRestarts?: number;
  /** First wait before a restart; doubles with each failed try (capped at 30 s). */
  backoffMs?: number;
  /** Where the one line per event goes (stderr by default). */
  log?: (line: string) => void;
  /** Told each time the database is back, with the new process. */
  onRestart?: (db: LocalNeo4j) => void;
}

export interface SupervisedNeo4j {
  /** The process running now (a new one after each restart). */
  current(): LocalNeo4j;
  state(): { state: 'running' | 'restarting' | 'stopped' | 'failed'; restarts: number; detail?: string };
  /** Stops supervising and stops the database. */
  stop(): Promise<void>;
}

/**
 * Watches a bundled Neo4j started by startLocalNeo4j and starts it again (same store, same port, so the
 * driver finds it where it was) when it exits without being asked to: one log line each time, a growing wait
 * between tries, and after `maxRestarts` tries in a row that fail, one line saying it gave up.
 */
export function superviseLocalNeo4j(first: LocalNeo4j, opts: LocalNeo4jOptions, sup: SupervisorOptions = {}): SupervisedNeo4j {
  const say = sup.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const maxRestarts = sup.maxRestarts ?? 5;
  const port = Number(new URL(first.uri).port);
  let db = first;
  let state: 'running' | 'restarting' | 'stopped' | 'failed' = 'running';
  let restarts = 0;
  let detail: string | undefined;
  let stopped = false;
  let wake: (() => void) | null = null;

  const watch = (d: LocalNeo4j) => {
    void d.exited.then(async (code) => {
      if (stopped || d.stopping) return;
      state = 'restarting';
      detail = `the bundled Neo4j exited (code ${code ?? 'signal'})`;
      let wait = sup.backoffMs ?? 1_000;
      for (let attempt = 1; attempt <= maxRestarts && !stopped; attempt++) {
        say(`${detail}; restarting it in ${(wait / 1000).toFixed(1)} s (try ${attempt} of ${maxRestarts})`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, wait);
          wake = () => {
            clearTimeout(t);
            r();
          };
        });
        wake = null;
        if (stopped) return;
        try {
          db = await startLocalNeo4j({ ...opts, port });
          restarts++;
          state = 'running';
          detail = undefined;
          say(`the bundled Neo4j is running again (${db.uri}, restart ${restarts})`);
          sup.onRestart?.(db);
          watch(db);
          return;
        } catch (err) {
          detail = `restart failed: ${(err as Error).message.split('\n')[0]}`;
          wait = Math.min(wait * 2, 30_000);
        }
      }
      if (stopped) return;
      state = 'failed';
      say(`gave up restarting the bundled Neo4j after ${maxRestarts} tries (${detail}); the API answers SERVICE_UNAVAILABLE until vanban-graph is restarted`);
    });
  };
  watch(first);
  return {
    current: () => db,
    state: () => ({ state, restarts, ...(detail ? { detail } : {}) }),
    async stop() {
      stopped = true;
      state = 'stopped';
      wake?.();
      await db.stop();
    },
  };
}
