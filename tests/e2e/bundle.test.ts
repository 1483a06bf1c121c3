// The production bundle ships no test or bench hooks: `vite build` (what `npm start` serves) leaves out
// window.vanban, the frame recorder and the synthetic bench graph, which only the hooks build (served to the
// browser tests and the client bench) contains.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/graph/queries.ts';
import { VITE_ARGS, VITE_BIN } from '../../server/client-build.ts';
import { CLIENT_HOOKS_DIST, ensureClientBuilt } from './chromium.ts';

/** Names that exist only in the hooks' module (client/src/bench/hooks.ts and what it imports). */
const HOOK_NAMES = ['window.vanban', 'panFps', 'visibleIds', 'framesOver50Ms', '#bench-banner'];

function scripts(dir: string): string {
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

describe('client bundles', () => {
  const out = mkdtempSync(join(tmpdir(), 'vanban-bundle-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('the production build has none of the test hooks; the hooks build has them all', () => {
    execFileSync(VITE_BIN, [...VITE_ARGS, '--outDir', out, '--emptyOutDir'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const prod = scripts(out);
    expect(prod).toContain('#import-open'); // the app itself is there
    for (const name of HOOK_NAMES) expect(prod, name).not.toContain(name);
    ensureClientBuilt();
    const hooks = scripts(CLIENT_HOOKS_DIST);
    for (const name of HOOK_NAMES) expect(hooks, name).toContain(name);
  });
});
