// The web client is built by Vite into client/dist. `npm start` builds it when it is missing or older than its
// sources, so `npm install && npm start` on a fresh clone serves the client rather than a placeholder; the browser
// tests and the bench use the same staleness check (tests/e2e/chromium.ts).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './graph/queries.ts';

const CLIENT = join(REPO_ROOT, 'client');
export const CLIENT_INDEX = join(CLIENT, 'dist', 'index.html');
export const VITE_BIN = join(REPO_ROOT, 'node_modules', '.bin', 'vite');
export const VITE_ARGS = ['build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newestMtime(join(path, name)));
  return max;
}

/** True when client/dist (or another build's index.html) is missing or older than any source of the client. */
export function clientIsStale(index = CLIENT_INDEX): boolean {
  if (!existsSync(index)) return true;
  const sources = Math.max(newestMtime(join(CLIENT, 'src')), newestMtime(join(CLIENT, 'index.html')), newestMtime(join(CLIENT, 'vite.config.ts')));
  return statSync(index).mtimeMs < sources;
}

export type ClientBuild = { status: 'fresh' } | { status: 'built'; ms: number } | { status: 'unavailable'; reason: string };

/**
 * Builds the client when it is stale. Never throws: a machine without Vite (an install without dev dependencies)
 * or a failed build is reported, and the server still starts with the API (and any older build).
 */
export function buildClientIfStale(): Promise<ClientBuild> {
  if (!clientIsStale()) return Promise.resolve({ status: 'fresh' });
  if (!existsSync(VITE_BIN)) {
    return Promise.resolve({ status: 'unavailable', reason: `Vite is not installed (${VITE_BIN}): run \`npm install\`, then \`npm run build:client\`` });
  }
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(VITE_BIN, VITE_ARGS, { cwd: REPO_ROOT, maxBuffer: 16 << 20 }, (err, _stdout, stderr) => {
      if (err) resolve({ status: 'unavailable', reason: `the client build failed: ${(stderr || err.message).trim().split('\n').slice(-3).join(' ')}` });
      else resolve({ status: 'built', ms: Date.now() - started });
    });
  });
}
