// Shared by the browser tests and bench/client-bench.ts: where Chromium is, how it is started, and building
// the client when client/dist is missing or older than its sources.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import type { YogaServerInstance } from 'graphql-yoga';
import { REPO_ROOT } from '../../server/graph/queries.ts';
import { createHttpServer, listen } from '../../server/http.ts';
import { clientIsStale, VITE_ARGS, VITE_BIN } from '../../server/client-build.ts';

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

/** Builds client/dist with Vite unless it is newer than every source file. Returns true when it built. */
export function ensureClientBuilt(): boolean {
  if (!clientIsStale()) return false;
  execFileSync(VITE_BIN, VITE_ARGS, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return true;
}

/** Serves client/dist alone (no API), for pages that need none: the bench mode. */
export async function serveClientOnly(): Promise<{ server: Server; url: string }> {
  const noApi = ((_req: unknown, res: { writeHead: (s: number) => { end: () => void } }) => res.writeHead(503).end()) as unknown as YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;
  const server = createHttpServer(noApi);
  const port = await listen(server, 0, '127.0.0.1');
  return { server, url: `http://127.0.0.1:${port}/` };
}
