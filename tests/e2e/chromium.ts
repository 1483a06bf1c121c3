// Shared by the browser tests and bench/client-bench.ts: where Chromium is, how it is started, building the client
// with its test hooks (window.vanban, `?bench=N`) when that build is missing or older than the sources, and the
// setup every browser test repeats (the API and the client on one port, a browser, a page, screenshots).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { YogaServerInstance } from 'graphql-yoga';
import { REPO_ROOT } from '../../server/graph/queries.ts';
import type { Graph } from '../../server/graph/driver.ts';
import type { Config } from '../../server/config.ts';
import { createApi } from '../../server/api/yoga.ts';
import { loadBundledDataIfEmpty } from '../../server/graph/bundled.ts';
import { resetGraph } from '../setup/db.ts';
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

/** The client built with its test and bench hooks (`vite build --mode hooks`); production's client/dist has none. */
export const CLIENT_HOOKS_DIST = join(REPO_ROOT, 'client', 'dist-hooks');
/** Where the browser tests put their screenshots. */
export const SHOTS = join(REPO_ROOT, 'test-results', 'e2e');

export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Builds client/dist-hooks with Vite unless it is newer than every source file. Returns true when it built. */
export function ensureClientBuilt(): boolean {
  if (!clientIsStale(join(CLIENT_HOOKS_DIST, 'index.html'))) return false;
  execFileSync(VITE_BIN, [...VITE_ARGS, '--mode', 'hooks'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return true;
}

/** The HTTP server of `npm start` (GraphQL + the client on one port), serving the client with its hooks. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function serveWithHooks(yoga: YogaServerInstance<any, any>): Server {
  return createHttpServer(yoga, CLIENT_HOOKS_DIST);
}

/** Serves the client alone (no API), for pages that need none: the bench mode. */
export async function serveClientOnly(): Promise<{ server: Server; url: string }> {
  ensureClientBuilt();
  const noApi = ((_req: unknown, res: { writeHead: (s: number) => { end: () => void } }) => res.writeHead(503).end()) as unknown as YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;
  const server = serveWithHooks(noApi);
  const port = await listen(server, 0, '127.0.0.1');
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** One browser test's world: the server on a free port, its base URL, Chromium and one page. */
export interface BrowserSession {
  server: Server;
  base: string;
  browser: Browser;
  page: Page;
}

/**
 * Empties the test graph (and loads the seed's texts and catalogue when `seed`: without the official catalogue's
 * 4,400 instruments), builds the client if needed, serves the API over `graph` with it on a free port, starts
 * Chromium and opens one page (1400×860) whose uncaught errors are pushed to `pageErrors`.
 */
export async function openBrowserSession(graph: Graph, config: Config, pageErrors: string[] = [], opts: { seed?: boolean } = {}): Promise<BrowserSession> {
  mkdirSync(SHOTS, { recursive: true });
  await resetGraph(graph);
  if (opts.seed) await loadBundledDataIfEmpty(graph, config, undefined, { official: false });
  ensureClientBuilt();
  const server = serveWithHooks(createApi({ graph, config }));
  const port = await listen(server, 0, '127.0.0.1');
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { server, base: `http://127.0.0.1:${port}/`, browser, page };
}

/** Closes what openBrowserSession opened (whatever part of it was opened), then the graph's driver. */
export async function closeBrowserSession(session: Partial<BrowserSession> | undefined, graph: Graph): Promise<void> {
  await session?.browser?.close();
  session?.server?.close();
  session?.server?.closeAllConnections();
  await graph.close();
}

/** Waits until the page has drawn its graph. */
export function waitReady(page: Page): Promise<unknown> {
  return page.waitForSelector('#app[data-graph="ready"]', { timeout: 60_000 });
}

/** Saves a screenshot of the page as test-results/e2e/<name>.png. */
export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(SHOTS, `${name}.png`) });
}
