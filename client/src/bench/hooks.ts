// The test and bench hooks: window.vanban (the elements in view, exports and frame statistics, read by the browser
// tests and the client bench without reaching into module internals) and the bench mode `?bench=N`, which draws a
// synthetic graph of N nodes instead of loading one. main.ts loads this module only in the hooks build and in
// `vite dev`; the production bundle does not contain it.
import type { GraphView } from '../graph/view.ts';
import type { state as urlState } from '../filters/url-state.ts';
import { instrumentsCsv, relationsCsv, viewJson } from '../export/export.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { syntheticGraph } from './synthetic.ts';
import { FrameRecorder } from './frames.ts';

export interface BenchResult {
  nodes: number;
  edges: number;
  renderer: string;
  navToLaidOutMs: number;
  firstPictureMs: number;
  layoutMs: number;
  addMs: number;
  layout: string;
  workerMs: number | null;
  iterations: number | null;
  phases?: Record<string, unknown>;
}

declare global {
  interface Window {
    vanban: {
      view: GraphView;
      state: typeof urlState;
      json: () => ReturnType<typeof viewJson>;
      csv: () => string;
      relationsCsv: () => Promise<string>;
      visibleIds: () => string[];
      panFps: (ms: number) => Promise<{ frames: number; fps: number }>;
      frames: FrameRecorder;
      emptyPoint: () => { x: number; y: number } | null;
      bench?: BenchResult;
    };
  }
}

/** What the page hands to the hooks: its view and state, and the steps the bench mode runs. */
export interface PageHandles {
  view: GraphView;
  state: typeof urlState;
  setGraphState: (s: 'loading' | 'ready' | 'error') => void;
  updateCounts: () => void;
  runLayout: (incremental?: boolean) => Promise<void>;
  loadView: () => Promise<void>;
}

/** Sets window.vanban, then starts the page: the bench mode when the URL asks for it, else the usual view. */
export function installHooks(page: PageHandles): void {
  const { view, state } = page;
  window.vanban = {
    view,
    state,
    json: () => viewJson(view),
    csv: () => instrumentsCsv(view),
    relationsCsv: () => relationsCsv(view),
    visibleIds: () => view.visibleNodes().map((n) => n.id()).sort(),
    frames: new FrameRecorder(() => view.cy),
    emptyPoint: () => view.emptyPoint(),
    panFps: (ms) =>
      new Promise((resolve) => {
        let frames = 0;
        const start = performance.now();
        const step = (now: number) => {
          frames++;
          view.cy.panBy({ x: 4, y: 2 });
          if (now - start < ms) requestAnimationFrame(step);
          else resolve({ frames, fps: +((frames * 1000) / (now - start)).toFixed(1) });
        };
        requestAnimationFrame(step);
      }),
  };
  if (state.bench) void bench(page, state.bench);
  else void page.loadView();
}

async function bench(page: PageHandles, n: number): Promise<void> {
  const { view, state } = page;
  const banner = document.querySelector<HTMLElement>('#bench-banner');
  if (banner) {
    banner.hidden = false;
    banner.textContent = t('benchMode', { n: formatNumber(n) });
  }
  page.setGraphState('loading');
  const sub = syntheticGraph(n);
  const t0 = performance.now();
  const t1 = t0;
  if (state.layout === 'fcose') await view.replaceLaidOut(sub);
  else {
    view.add(sub, { replace: true });
    await page.runLayout();
  }
  // One painted frame after the layout: the graph is on screen.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const t2 = performance.now();
  window.vanban.bench = { nodes: view.cy.nodes().length, edges: view.cy.edges().length, renderer: view.renderer, navToLaidOutMs: Math.round(t2), firstPictureMs: Math.round(view.lastForce?.previewAt ?? t2), layoutMs: Math.round(t2 - t1), addMs: Math.round(t1 - t0), layout: state.layout, workerMs: view.lastForce?.ms ?? null, iterations: view.lastForce?.iterations ?? null, phases: { ...view.lastForce } };
  page.updateCounts();
  page.setGraphState('ready');
}
