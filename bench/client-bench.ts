// The client bench: in headless Chromium, the time from navigation to a laid-out graph of 1,000 and 5,000
// nodes (2 edges per node, generated in the page by the client's `?bench=N` mode, so the API is not measured),
// and the frame rate while panning the larger one, by mouse drag and by programmatic panBy.
// Standalone: `npx tsx bench/client-bench.ts`; within all benches: `npm run bench -- client`.
import { fileURLToPath } from 'node:url';
import { chromiumInstalled, CHROMIUM_PATH, ensureClientBuilt, INSTALL_HINT, launchChromium, serveClientOnly } from '../tests/e2e/chromium.ts';

const SIZES = [1000, 5000];
const PAN_MS = 3000;

interface BenchResult { nodes: number; edges: number; renderer: string; navToLaidOutMs: number; layoutMs: number; addMs: number; layout: string }

export async function run(): Promise<Record<string, unknown>> {
  if (!chromiumInstalled()) return { skipped: `no Chromium at ${CHROMIUM_PATH}: ${INSTALL_HINT}` };
  const built = ensureClientBuilt();
  const { server, url } = await serveClientOnly();
  const browser = await launchChromium();
  const out: Record<string, unknown> = { builtClient: built, chromium: browser.version() };
  try {
    for (const n of SIZES) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const t0 = Date.now();
      await page.goto(`${url}?bench=${n}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => Boolean(window.vanban?.bench), undefined, { timeout: 300_000, polling: 100 });
      const wall = Date.now() - t0;
      const r = (await page.evaluate(() => window.vanban.bench)) as BenchResult;
      const entry: Record<string, unknown> = { ...r, wallMs: wall };
      if (n === SIZES[SIZES.length - 1]) {
        // Panning by mouse drag: the renderer hides edges and labels while the viewport moves.
        // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
        await page.evaluate(`window.__frames = 0; window.__count = true;
          requestAnimationFrame(function tick() { window.__frames++; if (window.__count) requestAnimationFrame(tick); });`);
        const box = (await page.locator('#cy').boundingBox())!;
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        const start = Date.now();
        let i = 0;
        while (Date.now() - start < PAN_MS) {
          const a = (i++ / 40) * Math.PI;
          await page.mouse.move(cx + 200 * Math.cos(a), cy + 150 * Math.sin(a));
          await page.waitForTimeout(8);
        }
        await page.mouse.up();
        const elapsed = Date.now() - start;
        const frames = (await page.evaluate('window.__count = false; window.__frames')) as number;
        entry.dragPanFps = +((frames * 1000) / elapsed).toFixed(1);
        entry.programmaticPanFps = (await page.evaluate((ms) => window.vanban.panFps(ms), PAN_MS)).fps;
      }
      out[`nodes${n}`] = entry;
      process.stderr.write(`client bench ${n}: ${JSON.stringify(entry)}\n`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  run().then(
    (r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`),
    (err: unknown) => {
      process.stderr.write(`client bench failed: ${(err as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
