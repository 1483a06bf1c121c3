// The client bench: in headless Chromium, the time from navigation to a laid-out graph of 1,000, 5,000 and
// 20,000 nodes (2 edges per node, generated in the page by the client's `?bench=N` mode, so the API is not
// measured; the force layout runs in a Web Worker, its own time is `workerMs`), the machine's load average while
// it ran, and, on the two larger ones, the frame rate while panning by mouse drag (from the background and from a node;
// counted while the button is down, the full redraw after its release timed apart), zooming by wheel (real input
// events), and while panning programmatically (a full redraw every frame: of Cytoscape's layered picture of the
// graph, one bitmap, once it is whole; element by element before). `--query=draw=plain` draws large graphs as
// Cytoscape does by itself (view.ts), for before/after comparisons on one build.
// Standalone: `npx tsx bench/client-bench.ts [sizes…] [--profile] [--renderer=webgl|canvas] [--no-gestures] [--query=a&b] [--shots]`
// (e.g. `… 5000`); within all benches: `npm run bench -- client`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumInstalled, CHROMIUM_PATH, ensureClientBuilt, INSTALL_HINT, launchChromium, serveClientOnly } from '../tests/e2e/chromium.ts';
import { isEntry, runStandalone } from './standalone.ts';

const ARGS = process.argv.slice(2);
const ARG_SIZES = ARGS.map(Number).filter((n) => Number.isInteger(n) && n > 0);
/** `--profile`: a CPU profile of each load (navigation to clickable), its heaviest functions printed (self time). */
const PROFILE = ARGS.includes('--profile');
/** `--renderer=webgl|canvas`: force one renderer (the page's `?renderer=`). */
const RENDERER = ARGS.find((a) => a.startsWith('--renderer='))?.slice('--renderer='.length);
/** `--no-gestures`: the load only. */
const GESTURES = !ARGS.includes('--no-gestures');
/** `--query=a&b`: added to the page's query (switches for comparisons). */
const QUERY = ARGS.find((a) => a.startsWith('--query='))?.slice('--query='.length);
/** `--shots`: a screenshot of each laid-out graph, bench/out/client-N.png (to judge the layout by eye). */
const SHOTS = ARGS.includes('--shots');
const SIZES = ARG_SIZES.length ? ARG_SIZES : [1000, 5000, 20000];
/** Sizes at which the gestures are measured too. */
const GESTURES_FROM = 5000;
const PAN_MS = 3000;

const PROFILE_DIR = join(import.meta.dirname, 'out');

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The functions with the most self time in a CPU profile, in ms ("name url:line:column"). */
function heaviest(profile: CpuProfile, count: number): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, ms]) => [k, Math.round(ms)]);
}

/** Starts a CPU profile of the page; the function returned stops it, saves it and gives its heaviest functions. */
async function startProfiler(page: Page): Promise<(name: string) => Promise<{ file: string; top: [string, number][] }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async (name) => {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await cdp.detach();
    mkdirSync(PROFILE_DIR, { recursive: true });
    const file = join(PROFILE_DIR, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    return { file, top: heaviest(profile, 25) };
  };
}

type Gesture = 'pan' | 'wheel' | 'drag-from-node';

/**
 * One gesture for PAN_MS with real input events, as a person would make it: 'pan' drags the background (from the
 * point nearest the centre with no node under it), 'wheel' zooms in and out with the mouse wheel at the centre,
 * 'drag-from-node' starts the same drag on a node (in a graph this large it pans too: view.ts). Inputs are sent as fast as the DevTools
 * protocol takes them; the page's frame statistics come from window.vanban.frames (client/src/bench/frames.ts).
 */
/**
 * Waits until the page is idle (three animation frames in a row under 50 ms apart, at most 60 s): a person starts a
 * gesture on a picture that is drawn, not while Cytoscape is still redrawing after the previous one.
 */
async function settle(page: Page): Promise<number> {
  // A string, not a function: tsx names the inner functions of a function with a helper the page does not have.
  return page.evaluate(`new Promise((done) => {
    const start = performance.now();
    let last = start;
    let calm = 0;
    const tick = (now) => {
      calm = now - last < 50 ? calm + 1 : 0;
      last = now;
      if (calm >= 3 || now - start > 60000) done(Math.round(now - start));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

async function gesture(page: Page, kind: Gesture): Promise<Record<string, unknown>> {
  const box = (await page.locator('#cy').boundingBox())!;
  let at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  if (kind === 'pan') at = (await page.evaluate(() => window.vanban.emptyPoint())) ?? at;
  if (kind === 'drag-from-node') {
    // The node nearest the centre of the canvas, the whole graph back in view (the gestures before moved it).
    await page.evaluate(() => window.vanban.view.fitVisible());
    await page.waitForTimeout(500);
    const p = await page.evaluate(() => {
      const cy = window.vanban.view.cy;
      const c = document.getElementById('cy')!.getBoundingClientRect();
      let best: { x: number; y: number; d: number } | null = null;
      cy.nodes(':visible').forEach((n) => {
        const r = n.renderedPosition();
        const d = (r.x - c.width / 2) ** 2 + (r.y - c.height / 2) ** 2;
        if (!best || d < best.d) best = { x: c.left + r.x, y: c.top + r.y, d };
      });
      return best as { x: number; y: number; d: number } | null;
    });
    if (!p) return { skipped: 'no node' };
    at = p;
  }
  await page.mouse.move(at.x, at.y);
  const settledMs = await settle(page);
  const before = await page.evaluate(() => ({ ...window.vanban.view.cy.pan(), zoom: window.vanban.view.cy.zoom() }));
  await page.evaluate(() => window.vanban.frames.start());
  const start = Date.now();
  let inputs = 0;
  let stats: Awaited<ReturnType<typeof window.vanban.frames.stop>>;
  if (kind === 'wheel') {
    while (Date.now() - start < PAN_MS) await page.mouse.wheel(0, Math.floor(inputs++ / 20) % 2 ? 80 : -80);
    stats = await page.evaluate(() => window.vanban.frames.stop());
  } else {
    await page.mouse.down();
    while (Date.now() - start < PAN_MS) {
      const a = (inputs++ / 40) * Math.PI;
      await page.mouse.move(at.x + 150 * Math.sin(a), at.y + 100 * (1 - Math.cos(a)));
    }
    // The frames of the drag itself, the button still down: the full redraw once it is released is measured
    // apart (afterReleaseMs), not counted as a frame of the pan (it used to be, or not, depending on which of the
    // release's redraw and this call the page ran first).
    stats = await page.evaluate(() => window.vanban.frames.stop());
    await page.mouse.up();
  }
  // Until the page is idle again: the full picture after the gesture.
  const afterReleaseMs = await settle(page);
  const after = await page.evaluate(() => ({ ...window.vanban.view.cy.pan(), zoom: window.vanban.view.cy.zoom() }));
  // A gesture that moved nothing measured nothing: say so rather than report an idle page's frame rate.
  const moved = after.x !== before.x || after.y !== before.y || after.zoom !== before.zoom;
  // Let the full-quality redraw after the gesture finish before the next one.
  await page.waitForTimeout(500);
  return { moved, settledMs, inputsPerSecond: +((inputs * 1000) / stats.ms).toFixed(1), ...stats, afterReleaseMs, zoom: +after.zoom.toFixed(3) };
}

interface BenchResult { nodes: number; edges: number; renderer: string; navToLaidOutMs: number; firstPictureMs: number; layoutMs: number; addMs: number; layout: string; workerMs: number | null; iterations: number | null }

export async function run(): Promise<Record<string, unknown>> {
  if (!chromiumInstalled()) return { skipped: `no Chromium at ${CHROMIUM_PATH}: ${INSTALL_HINT}` };
  const built = ensureClientBuilt();
  const { server, url } = await serveClientOnly();
  const browser = await launchChromium();
  const out: Record<string, unknown> = { builtClient: built, chromium: browser.version(), loadBefore: loadavg().map((x) => +x.toFixed(2)) };
  try {
    for (const n of SIZES) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      // Main-thread busy time (Chromium's TaskDuration): the part of the wall time that the load average does not explain.
      const metrics = await page.context().newCDPSession(page);
      await metrics.send('Performance.enable');
      const profiler = PROFILE ? await startProfiler(page) : null;
      const t0 = Date.now();
      await page.goto(`${url}?bench=${n}${RENDERER ? `&renderer=${RENDERER}` : ''}${QUERY ? `&${QUERY}` : ''}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => Boolean(window.vanban?.bench), undefined, { timeout: 300_000, polling: 100 });
      const wall = Date.now() - t0;
      const r = (await page.evaluate(() => window.vanban.bench)) as BenchResult;
      const { metrics: m } = (await metrics.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const busy = (name: string) => Math.round((m.find((x) => x.name === name)?.value ?? 0) * 1000);
      const entry: Record<string, unknown> = { ...r, wallMs: wall, mainThreadBusyMs: busy('TaskDuration'), scriptMs: busy('ScriptDuration'), load1: +loadavg()[0]!.toFixed(2) };
      if (profiler) entry.profile = await profiler(`client-${n}-load`);
      if (SHOTS) {
        mkdirSync(PROFILE_DIR, { recursive: true });
        await page.screenshot({ path: join(PROFILE_DIR, `client-${n}.png`) });
      }
      if (GESTURES && n >= GESTURES_FROM) {
        // First, before any gesture warms Cytoscape's caches further: a full redraw on every frame.
        await page.evaluate(() => window.vanban.frames.start());
        await page.evaluate((ms) => window.vanban.panFps(ms), PAN_MS);
        entry.programmaticPan = await page.evaluate(() => window.vanban.frames.stop());
        await page.waitForTimeout(500);
        const panProfiler = PROFILE ? await startProfiler(page) : null;
        entry.pan = await gesture(page, 'pan');
        if (panProfiler) entry.panProfile = await panProfiler(`client-${n}-pan`);
        entry.wheelZoom = await gesture(page, 'wheel');
        entry.dragFromNode = await gesture(page, 'drag-from-node');
      }
      out[`nodes${n}`] = entry;
      process.stderr.write(`client bench ${n}: ${JSON.stringify(entry)}\n`);
      await page.close();
    }
    out.loadAfter = loadavg().map((x) => +x.toFixed(2));
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

if (isEntry(import.meta.url)) runStandalone('client', run);
