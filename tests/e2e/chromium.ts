// Shared by the browser tests and bench/client-bench.ts: where Chromium is, how it is started, and building
// the client when client/dist is missing or older than its sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import type { YogaServerInstance } from 'graphql-yoga';
import { REPO_ROOT } from '../../server/graph/queries.ts';
import { createHttpServer, listen } from '../../server/http.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const INSTALL_HINT = 'apt-get install chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

const CLIENT = join(REPO_ROOT, 'client');
const DIST_INDEX = join(CLIENT, 'dist', 'index.html');

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newestMtime(join(path, name)));
  return max;
}

/** Builds client/dist with Vite unless it is newer than every source file. Returns true when it built. */
export function ensureClientBuilt(): boolean {
  const sources = Math.max(newestMtime(join(CLIENT, 'src')), newestMtime(join(CLIENT, 'index.html')), newestMtime(join(CLIENT, 'vite.config.ts')));
  if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs >= sources) return false;
  execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'vite'), ['build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return true;
}

/** Serves client/dist alone (no API), for pages that need none: the bench mode. */
export async function serveClientOnly(): Promise<{ server: Server; url: string }> {
  const noApi = ((_req: unknown, res: { writeHead: (s: number) => { end: () => void } }) => res.writeHead(503).end()) as unknown as YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;
  const server = createHttpServer(noApi);
  const port = await listen(server, 0, '127.0.0.1');
  return { server, url: `http://127.0.0.1:${port}/` };
}
