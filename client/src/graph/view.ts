// The Cytoscape view: one instance on the page, fed with Subgraph elements from the API (or synthetic ones in
// bench mode). It owns rendering choices: the WebGL renderer; for a large graph, a first draw that fills
// Cytoscape's layered picture at once (later full redraws copy it) and, while the viewport moves, a copy of the
// canvas in place of a full redraw; short labels on the canvas and the full title in a tooltip on hover.
import cytoscape, { type Core, type ElementDefinition, type EdgeSingular, type EventObject, type NodeSingular, type NodeCollection } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { CyEdgeData, CyNodeData, Subgraph } from '../api.ts';
import { kindName, t, formatDate, onLangChange } from '../i18n/index.ts';
import type { LayoutName } from '../filters/url-state.ts';
import { stylesheet } from './styles.ts';
import { LARGE_GRAPH, layoutOptions, timeline } from './layouts.ts';
import { TimelineAxisOverlay } from './axis.ts';
import { layoutInWorker, layoutJob, warmLayoutWorker } from './force.ts';
import type { ForceRequest } from './force-core.ts';
import { edgeTooltipLines } from './edge-tooltip.ts';
import { GraphPreview } from './preview.ts';
import { META } from './overview.ts';

cytoscape.use(dagre);
// Cytoscape warns on the console for every edge whose ends overlap before a layout: thousands of lines on a
// large graph, each costing time. Off.
cytoscape.warnings(false);

/**
 * How long the force layout may iterate: a large graph gets a time budget, so the page shows its picture within
 * seconds even on a busy machine (the iterations done by then are counted in the bench).
 */
function budgetFor(n: number): number {
  return n > 6000 ? 3000 : n > 1500 ? 1000 : 2000;
}

/** From this many nodes the stylesheet switches to its dense variant (styles.ts). */
export const DENSE_FROM = 600;
/** The largest zoom a layout's fit may leave: labels at 10px × 1.6. */
const MAX_FIT_ZOOM = 1.6;
/** In a dense graph, labels of the nodes in sight appear from this zoom (10px labels at 1:1). */
const LABEL_ZOOM = 0.9;
/** The zoom at which the top labels (13px bold) read comfortably: 13 × 0.75 ≈ 10px on screen. */
const READABLE_ZOOM = 0.75;


/** What the browser offers for the WebGL renderer: nothing, WebGL 2 in software only, or WebGL 2 on a GPU. */
export type WebglSupport = 'none' | 'software' | 'gpu';

let webgl2: WebglSupport | null = null;
/**
 * Whether WebGL 2 runs, and on a GPU. A software implementation (SwiftShader, llvmpipe: what a browser without a
 * GPU falls back to) is far slower than the canvas renderer: measured in headless Chromium, Cytoscape's WebGL mode
 * in software drew 5,000 nodes in 13 s against 5 s and panned 20,000 at 0.3 frames a second against 28.
 */
export function webglSupport(): WebglSupport {
  if (webgl2 === null) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      webgl2 = !gl ? 'none' : /swiftshader|llvmpipe|software|basic render/i.test(name) ? 'software' : 'gpu';
    } catch {
      webgl2 = 'none';
    }
  }
  return webgl2;
}

/** True when WebGL 2 runs on a GPU. */
export function webglAvailable(): boolean {
  return webglSupport() === 'gpu';
}

/**
 * The renderer a graph gets: WebGL for a large graph when a GPU runs it, the canvas otherwise. `?renderer=webgl`
 * asks for WebGL whatever the GPU (comparisons), but still falls back to the canvas where WebGL 2 does not run at
 * all; `?renderer=canvas` always gets the canvas.
 */
export function chooseRenderer(forced: 'canvas' | 'webgl' | null, large: boolean, support: () => WebglSupport): 'canvas' | 'webgl' {
  if (forced === 'canvas') return 'canvas';
  if (forced === 'webgl') return support() === 'none' ? 'canvas' : 'webgl';
  return large && support() === 'gpu' ? 'webgl' : 'canvas';
}

export interface ViewHandlers {
  onNodeTap: (id: string) => void;
  onBackgroundTap: () => void;
  /** A click on an edge (opens its evidence). */
  onEdgeTap?: (id: string) => void;
  /** A node drawn by the view itself (the collapsed unlinked instruments, a group frame) was clicked. */
  onMetaTap?: (id: string) => void;
}


export class GraphView {
  cy: Core;
  private large = false;
  private dense = false;
  private useWebgl = false;
  private tooltip: HTMLElement;
  private axis: TimelineAxisOverlay;
  /** Nodes added by the last add(): an incremental layout moves only these. */
  private lastAdded: NodeCollection | null = null;
  /** How long the last force layout took in the worker, and how many iterations it ran (bench). */
  lastForce: { ms: number; iterations: number; nodes: number; waitMs: number; applyMs: number; buildMs?: number; drawMs?: number; previewAt?: number; levels?: string[]; placeMs?: number; prepareMs?: number; restStyleMs?: number; styled?: number } | null = null;
  private preview: GraphPreview;

  constructor(
    private container: HTMLElement,
    private handlers: ViewHandlers,
    sizeHint = 0,
    /** ?renderer=canvas|webgl in the URL: force one renderer (bench comparisons). */
    private force: 'canvas' | 'webgl' | null = null,
  ) {
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'graph-tooltip';
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.hidden = true;
    container.parentElement?.appendChild(this.tooltip);
    this.axis = new TimelineAxisOverlay(container.parentElement ?? container);
    this.preview = new GraphPreview(container);
    onLangChange(() => this.axis.refresh());
    this.cy = this.create(sizeHint > LARGE_GRAPH);
    if (typeof Worker !== 'undefined') warmLayoutWorker();
    // The panel opening or closing changes the canvas width; Cytoscape must be told, or clicks land off target.
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => this.onResize()).observe(container);
  }

  /** Which renderer is in use, for the status line and the bench. */
  get renderer(): 'webgl' | 'canvas' {
    return this.useWebgl ? 'webgl' : 'canvas';
  }

  private create(large: boolean, elements: ElementDefinition[] = []): Core {
    this.large = large;
    this.dense = elements.filter((e) => e.group === 'nodes').length >= DENSE_FROM || large;
    const useWebgl = chooseRenderer(this.force, large, webglSupport) === 'webgl';
    this.useWebgl = useWebgl;
    const cy = cytoscape({
      container: this.container,
      elements,
      style: stylesheet({ dense: this.dense, large }),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      // In a large graph a drag always moves the view, even when it starts on a node: Cytoscape redraws every node
      // on each step of a node drag (3 steps a second at 5,000 nodes, measured), and nobody arranges such a graph
      // by hand. Smaller views keep draggable nodes.
      autoungrabify: large,
      // While a large graph's view moves (drag, wheel), Cytoscape shows a picture of its nodes taken when the move
      // began, edges hidden, and redraws in full when it ends.
      hideEdgesOnViewport: large,
      textureOnViewport: large && !useWebgl,
      // Just above 1 on purpose. At a pixel ratio <= 1 Cytoscape keeps its pan/zoom picture at twice the canvas
      // size: drawn node by node, a scale at which no node bitmap is cached yet, the first drag of 5,000 nodes froze
      // 4.4 s (0.2 s at the canvas's own scale); copied from the canvas (viewportFromSnapshot), every frame of a
      // drag would scale four times the pixels down.
      pixelRatio: large ? 1.0001 : 'auto',
      ...(useWebgl ? { renderer: { name: 'canvas', webgl: true, webglTexSize: 4096, webglBatchSize: 4096 } } : {}),
    } as cytoscape.CytoscapeOptions);
    if (large && !useWebgl) {
      viewportFromSnapshot(cy);
      if (!plainDraws()) layersRedrawnWhole(cy);
    }
    cy.scratch(NO_ACTIVE, large);
    // Elements carried over from the other mode (ensureMode) bring their pannable flag with them: set it afresh.
    if (large) cy.nodes().panify();
    else cy.nodes().unpanify();
    cy.on('tap', 'node', (e: EventObject) => {
      const n = e.target as NodeSingular;
      if (n.hasClass(META)) this.handlers.onMetaTap?.(n.id());
      else this.handlers.onNodeTap(n.id());
    });
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.handlers.onBackgroundTap();
    });
    cy.on('mouseover', 'node', (e: EventObject) => this.showTooltip(e.target as NodeSingular));
    cy.on('mouseout', 'node', (e: EventObject) => {
      (e.target as NodeSingular).removeClass('hover');
      this.tooltip.hidden = true;
    });
    cy.on('tap', 'edge', (e: EventObject) => this.handlers.onEdgeTap?.((e.target as EdgeSingular).id()));
    cy.on('mouseover', 'edge', (e: EventObject) => this.showEdgeTooltip(e.target as EdgeSingular, e.renderedPosition));
    cy.on('mouseout', 'edge', () => (this.tooltip.hidden = true));
    cy.on('viewport', () => {
      this.tooltip.hidden = true;
      if (this.dense) this.scheduleLabels();
    });
    cy.on('tapend', () => {
      if (this.dense && this.labelTimer) this.scheduleLabels(0);
    });
    return cy;
  }

  private labelTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * In a dense graph, once the view rests zoomed in, the nodes in sight get their labels (and lose them after).
   * Not while a drag or a wheel gesture goes on, even paused: a change of classes restyles the nodes in sight and
   * redraws the whole graph (a second at 20,000 nodes) in the middle of the gesture. A drag that ends applies
   * them at once, so the full picture drawn after it has them.
   */
  private scheduleLabels(delay = 200): void {
    if (this.labelTimer) clearTimeout(this.labelTimer);
    this.labelTimer = setTimeout(() => {
      this.labelTimer = null;
      if (this.gestureGoingOn()) {
        this.scheduleLabels();
        return;
      }
      const cy = this.cy;
      if (!this.dense) return;
      const labelled = cy.nodes('.lbl');
      if (cy.zoom() < LABEL_ZOOM) {
        if (labelled.nonempty()) labelled.removeClass('lbl');
        return;
      }
      const e = cy.extent();
      const inSight = cy.nodes().filter((n) => {
        const p = n.position();
        return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
      });
      if (inSight.length > 1500) return;
      cy.batch(() => {
        labelled.difference(inSight).removeClass('lbl');
        inSight.addClass('lbl');
      });
    }, delay);
  }

  /** Whether the person is moving the view now (Cytoscape's own flags; false where they are not found). */
  private gestureGoingOn(): boolean {
    const r = (this.cy as unknown as { renderer(): CanvasRendererInternals | undefined }).renderer();
    return Boolean(r?.hoverData?.dragging || r?.data?.wheelZooming || r?.swipePanning || r?.pinching);
  }

  /** Rebuilds the instance with the large-graph settings when a graph crosses LARGE_GRAPH (both ways). */
  private ensureMode(nodeCount: number): void {
    const large = nodeCount > LARGE_GRAPH;
    if (large === this.large) return;
    const els = this.cy.elements().jsons() as unknown as ElementDefinition[];
    this.axis.hide();
    this.cy.destroy();
    this.cy = this.create(large, els);
  }

  /** Keeps what matters in sight when the canvas changes size: the selection, or a small graph as a whole. */
  private onResize(): void {
    const cy = this.cy;
    cy.resize();
    const sel = cy.$('node:selected');
    if (sel.nonempty()) cy.center(sel);
    else if (cy.nodes().length < DENSE_FROM) this.fitCapped();
  }

  fitCapped(): void {
    const cy = this.cy;
    cy.fit(cy.elements(':visible'), 30);
    // A handful of nodes fitted to the canvas would be drawn huge: cap the zoom at a readable size.
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center(cy.elements(':visible'));
    }
  }

  /**
   * An edge on hover: its type, its ends ("QĐ 213-QĐ/TW → QĐ 76-QĐ/TW"), the article or clause it names
   * (pinpoint), its date and how many documents state it.
   */
  showEdgeTooltip(e: EdgeSingular, at: { x: number; y: number } | undefined): void {
    const [head, ...rest] = edgeTooltipLines(e.data() as CyEdgeData);
    const lines = [head ?? '', `${String(e.source().data('label'))} → ${String(e.target().data('label'))}`, ...rest];
    this.tooltip.replaceChildren(...lines.map((l, i) => Object.assign(document.createElement(i === 0 ? 'strong' : 'div'), { textContent: l })));
    const p = at ?? e.renderedMidpoint();
    const box = this.container.getBoundingClientRect();
    const parentBox = this.container.parentElement?.getBoundingClientRect() ?? box;
    this.tooltip.style.left = `${Math.max(0, Math.min(box.left - parentBox.left + p.x + 12, box.width - 260))}px`;
    this.tooltip.style.top = `${Math.max(0, box.top - parentBox.top + p.y + 12)}px`;
    this.tooltip.dataset.edge = e.id();
    this.tooltip.hidden = false;
  }

  hideTooltip(): void {
    this.tooltip.hidden = true;
  }

  showTooltip(n: NodeSingular): void {
    if (n.hasClass(META)) return;
    // In a large graph any change of style redraws every element (seconds at 20,000 nodes): the tooltip says enough.
    if (!this.large) n.addClass('hover');
    const d = n.data() as CyNodeData;
    const lines = [d.title || d.label];
    const meta = [kindName(d.kind ?? null), d.issuedOn ? formatDate(d.issuedOn) : d.year ? String(d.year) : '', d.issuer ?? ''].filter(Boolean).join(' · ');
    if (d.title && d.title !== d.label) lines.unshift(d.label);
    if (meta) lines.push(meta);
    if (d.hiddenNeighbors) lines.push(t('more', { n: d.hiddenNeighbors }));
    this.tooltip.replaceChildren(...lines.map((l, i) => Object.assign(document.createElement(i === 0 ? 'strong' : 'div'), { textContent: l })));
    const p = n.renderedPosition();
    const box = this.container.getBoundingClientRect();
    const parentBox = this.container.parentElement?.getBoundingClientRect() ?? box;
    this.tooltip.style.left = `${Math.min(box.left - parentBox.left + p.x + 12, box.width - 260)}px`;
    this.tooltip.style.top = `${box.top - parentBox.top + p.y + 12}px`;
    this.tooltip.hidden = false;
  }

  /**
   * Adds a subgraph's elements (skipping those already shown; updating their data) and returns the new nodes.
   * `replace` first removes everything; `positions` places new nodes where given (a layout computed beforehand).
   */
  add(sub: Pick<Subgraph, 'nodes' | 'edges'>, opts: { replace?: boolean; positions?: Map<string, { x: number; y: number }>; adopt?: boolean } = {}): NodeCollection {
    const existing = opts.replace ? 0 : this.cy.nodes().length;
    const incoming = sub.nodes.filter((n) => opts.replace || this.cy.getElementById(n.data.id).empty()).length;
    this.ensureMode(existing + incoming);
    const cy = this.cy;
    if (opts.replace) cy.elements().remove();
    // The stylesheet for the size the graph will have, set before the elements arrive: restyling thousands of
    // elements afterwards costs as much as adding them.
    const dense = existing + incoming >= DENSE_FROM;
    if (dense !== this.dense) {
      this.dense = dense;
      cy.style(stylesheet({ dense, large: this.large }));
    }
    let added = cy.collection();
    cy.batch(() => {
      const fresh: ElementDefinition[] = [];
      // Into an empty view nothing is there to update or to look up (thousands of lookups saved).
      const empty = cy.elements().empty();
      const ids = new Set<string>(empty ? undefined : cy.nodes().map((n) => n.id()));
      // `adopt`: the caller hands its data objects over (a graph loaded once and not kept): they become the
      // elements' data as they are, with the derived label added, not copied (15,000 objects fewer at 5,000 nodes).
      const adopt = Boolean(opts.adopt);
      for (const n of sub.nodes) {
        const data = adopt ? Object.assign(n.data, { displayLabel: displayLabel(n.data) }) : { ...n.data, displayLabel: displayLabel(n.data) };
        const el = empty ? null : cy.getElementById(n.data.id);
        if (el?.nonempty()) el.data(data);
        else {
          fresh.push({ group: 'nodes', data, classes: n.classes ?? undefined, position: opts.positions?.get(n.data.id) });
          ids.add(n.data.id);
        }
      }
      for (const e of sub.edges) {
        // Edges whose ends are not in the view (a cut subgraph) are dropped rather than failing the whole batch.
        if (!ids.has(e.data.source) || !ids.has(e.data.target)) continue;
        const el = empty ? null : cy.getElementById(e.data.id);
        const data = adopt ? Object.assign(e.data, { scoreLabel: scoreLabel(e.data) }) : { ...e.data, scoreLabel: scoreLabel(e.data) };
        if (el?.nonempty()) el.data(data);
        else fresh.push({ group: 'edges', data, classes: e.classes ?? undefined });
      }
      added = empty && !fresh.some((f) => f.data.parent != null) ? asFirstAdd(cy, () => cy.add(fresh)) : cy.add(fresh);
      if (this.large) added.nodes().panify();
    });
    this.lastAdded = added.nodes();
    return added.nodes();
  }

  /**
   * Replaces the graph with `sub`, laid out by the force layout before a single element is drawn: the worker
   * computes positions from the bare lists of ids and links while this thread builds the elements (nothing drawn
   * meanwhile), then the elements are placed, and the view is fitted from the positions themselves
   * (no bounding box of thousands of labels). One full draw, not three.
   */
  async replaceLaidOut(sub: Pick<Subgraph, 'nodes' | 'edges'>): Promise<NodeCollection> {
    const n = sub.nodes.length;
    const index = new Map<string, number>();
    sub.nodes.forEach((node, i) => index.set(node.data.id, i));
    const pairs = new Uint32Array(sub.edges.length * 2);
    let k = 0;
    for (const e of sub.edges) {
      const s = index.get(e.data.source);
      const t = index.get(e.data.target);
      if (s === undefined || t === undefined || s === t) continue;
      pairs[k++] = s;
      pairs[k++] = t;
    }
    const tWait = performance.now();
    const job = layoutJob({ n, edges: pairs.subarray(0, k), budgetMs: budgetFor(n) });
    await job.received;
    // While the worker lays the graph out on the other core, this thread builds Cytoscape's elements, in a batch so
    // nothing is drawn before the positions arrive, then computes their style for as long as the worker runs.
    // (Computed in one go, the style held the positions back on a busy machine: the two threads then share a core.)
    this.ensureMode(n);
    const cy = this.cy;
    // A new instance loads its stylesheet a moment after it is made: the elements come after it.
    await new Promise<void>((done) => cy.ready(() => done()));
    // A large graph on the canvas gets its first draw prepared (prepareFirstDraw), which computes everything the
    // per-element events of new elements would queue: those are left out.
    const prepared = this.large && !this.useWebgl && !plainDraws();
    const quietly = <T>(type: string, fn: () => T): T => (prepared ? withoutEvents(cy, type, fn) : fn());
    // (Asked when used: the elements added may bring group frames, compound nodes.)
    const compound = () => (cy as unknown as { hasCompoundNodes?: () => boolean }).hasCompoundNodes?.() ?? true;
    const firstStyle = <T>(fn: () => T): T => (prepared && !compound() ? asFirstStyle(cy, fn) : fn());
    cy.startBatch();
    let added: NodeCollection;
    let r: Awaited<typeof job.result>;
    let buildMs = 0;
    let styled = 0;
    try {
      added = quietly('bounds', () => this.add(sub, { replace: true, adopt: true }));
      buildMs = performance.now() - tWait;
      if (!plainDraws()) styled = await this.styleWhileWaiting(job.result, quietly, firstStyle);
      r = await job.result;
    } catch (err) {
      cy.endBatch();
      throw err;
    }
    const tApply = performance.now();
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = r.x[i]!;
      const y = r.y[i]!;
      x1 = Math.min(x1, x); x2 = Math.max(x2, x); y1 = Math.min(y1, y); y2 = Math.max(y2, y);
    }
    const vp = n ? this.boxViewport({ x1, y1, x2, y2 }) : null;
    let previewAt: number | undefined;
    if (vp && n >= DENSE_FROM) {
      // Progressive drawing: the final picture at once, while Cytoscape places and draws its elements.
      this.preview.draw({ x: r.x, y: r.y, types: sub.nodes.map((node) => node.data.type), edges: pairs.subarray(0, k), ...vp });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      previewAt = performance.now();
    }
    // Set without the events and cache updates of positions(): the elements have never been measured or drawn
    // (their bounds are computed at the first draw, from these positions).
    const place = (node: NodeSingular) => {
      const i = index.get(node.id());
      return i === undefined ? { x: 0, y: 0 } : { x: r.x[i]!, y: r.y[i]! };
    };
    const silent = (added as unknown as { silentPositions?: (f: (node: NodeSingular) => { x: number; y: number }) => void }).silentPositions;
    quietly('bounds', () => {
      if (typeof silent === 'function') silent.call(added, place);
      else added.positions((node) => place(node as NodeSingular));
    });
    const tPlaced = performance.now();
    cy.endBatch();
    // The style not computed while waiting, all at once before anything is measured (see asFirstStyle).
    if (prepared) firstStyle(() => (cy.elements() as unknown as { cleanStyle?: () => void }).cleanStyle?.());
    const tStyled = performance.now();
    if (prepared) prepareFirstDraw(cy);
    if (vp) this.cy.viewport(vp);
    const tPrepared = performance.now();
    this.lastForce = { ms: r.ms, iterations: r.iterations, nodes: n, waitMs: Math.round(tApply - tWait), buildMs: Math.round(buildMs), applyMs: Math.round(performance.now() - tApply), previewAt, levels: r.levels, placeMs: Math.round(tPlaced - (previewAt ?? tApply)), prepareMs: Math.round(tPrepared - tPlaced), restStyleMs: Math.round(tStyled - tPlaced), styled: +styled.toFixed(2) };
    if (this.preview.shown) {
      // Cytoscape's own picture replaces the preview once drawn.
      const tDraw = performance.now();
      await this.drawn();
      this.lastForce.drawMs = Math.round(performance.now() - tDraw);
      this.preview.clear();
    }
    return added;
  }

  /**
   * While the layout is still running, computes the style of the elements just added (in a batch: nothing is drawn),
   * a slice at a time, stopping as soon as the positions arrive (what is left is computed at the first draw, as
   * before). The batch is closed and reopened first: closing it marks every element's style for computing, which
   * would otherwise undo this.
   */
  private async styleWhileWaiting(result: Promise<unknown>, quietly: <T>(type: string, fn: () => T) => T, firstStyle: <T>(fn: () => T) => T): Promise<number> {
    const cy = this.cy;
    let arrived = false;
    void result.then(() => (arrived = true), () => (arrived = true));
    // Without the "style changed" event of each element in a large graph: the renderer would queue every element
    // for an update of its drawing data at the first frame (prepareFirstDraw computes it), going through every
    // listener for each.
    quietly('style', () => cy.endBatch());
    cy.startBatch();
    const all = cy.elements();
    const SLICE = 400;
    let since = performance.now();
    let i = 0;
    for (; i < all.length && !arrived; i += SLICE) {
      const slice = all.slice(i, i + SLICE) as unknown as { cleanStyle?: () => void };
      firstStyle(() => slice.cleanStyle?.());
      if (performance.now() - since > 10) {
        await yieldToPage();
        since = performance.now();
      }
    }
    // The drawing order (by z-index and depth) depends on the style only: sorted now too.
    const r = (cy as unknown as { renderer(): { getCachedZSortedEles?: () => unknown } | undefined }).renderer();
    if (!arrived) r?.getCachedZSortedEles?.();
    return Math.min(1, i / Math.max(1, all.length));
  }

  /**
   * Resolves once Cytoscape has drawn the graph as it is now. The canvas renderer says so with a `render` event;
   * the WebGL one emits none, and draws in the animation frame after it is notified.
   */
  private drawn(): Promise<void> {
    const cy = this.cy;
    return new Promise<void>((done) => {
      if (this.useWebgl) requestAnimationFrame(() => requestAnimationFrame(() => done()));
      else cy.one('render', () => requestAnimationFrame(() => done()));
      cy.forceRender();
    });
  }

  /** The viewport that fits a box of model coordinates, at most MAX_FIT_ZOOM. */
  private boxViewport(b: { x1: number; y1: number; x2: number; y2: number }): { zoom: number; pan: { x: number; y: number } } {
    const cy = this.cy;
    const pad = 30 + 20;
    const w = Math.max(1, b.x2 - b.x1);
    const h = Math.max(1, b.y2 - b.y1);
    const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, (cy.width() - 2 * pad) / w, (cy.height() - 2 * pad) / h));
    return { zoom, pan: { x: cy.width() / 2 - zoom * (b.x1 + w / 2), y: cy.height() / 2 - zoom * (b.y1 + h / 2) } };
  }

  /** Fits a box of model coordinates (with room for the nodes at its edge), at most MAX_FIT_ZOOM. */
  private fitBox(b: { x1: number; y1: number; x2: number; y2: number }): void {
    this.cy.viewport(this.boxViewport(b));
  }

  /** Places nodes around `center` before an incremental layout, so new neighbours grow out of the node expanded. */
  seed(nodes: NodeCollection, center: NodeSingular): void {
    const c = center.position();
    const n = nodes.length;
    nodes.forEach((node, i) => {
      const a = (2 * Math.PI * i) / Math.max(n, 1);
      node.position({ x: c.x + 80 * Math.cos(a), y: c.y + 80 * Math.sin(a) });
    });
  }

  layout(name: LayoutName, opts: { incremental?: boolean } = {}): Promise<void> {
    const cy = this.cy;
    this.axis.hide();
    if (cy.nodes(':visible').empty()) return Promise.resolve();
    if (name === 'fcose') return this.forceLayout(Boolean(opts.incremental));
    return new Promise((resolve) => {
      const l = cy.elements(':visible').layout(layoutOptions(cy, name, opts));
      l.one('layoutstop', () => {
        if (cy.zoom() > MAX_FIT_ZOOM) this.fitCapped();
        // The timeline's positions are computed afresh from the data, so the axis matches what was laid out.
        if (name === 'timeline') this.axis.show(cy, timeline(cy).axis);
        resolve();
      });
      l.run();
    });
  }

  /**
   * The force-directed layout, computed in a Web Worker (force.ts) and applied as preset positions. Group frames
   * (compound nodes) are not laid out themselves: their members are, group by group. Incremental: only the nodes
   * of the last add() move, around those already placed.
   */
  private async forceLayout(incremental: boolean): Promise<void> {
    const cy = this.cy;
    const nodes = cy.nodes(':visible').filter((n) => !n.isParent());
    const n = nodes.length;
    const index = new Map<string, number>();
    const groupOf = new Int32Array(n).fill(-1);
    const groupIds = new Map<string, number>();
    let grouped = false;
    nodes.forEach((node, i) => {
      index.set(node.id(), i);
      const parent = node.data('parent') as string | undefined;
      if (parent) {
        grouped = true;
        let g = groupIds.get(parent);
        if (g === undefined) groupIds.set(parent, (g = groupIds.size));
        groupOf[i] = g;
      }
    });
    const pairs: number[] = [];
    cy.edges(':visible').forEach((e) => {
      const s = index.get(e.data('source') as string);
      const t = index.get(e.data('target') as string);
      if (s !== undefined && t !== undefined && s !== t) pairs.push(s, t);
    });
    const req: ForceRequest = { n, edges: Uint32Array.from(pairs) };
    const fresh = incremental && this.lastAdded ? new Set(this.lastAdded.map((x) => x.id())) : null;
    if (fresh && fresh.size < n) {
      req.x = new Float32Array(n);
      req.y = new Float32Array(n);
      req.fixed = new Uint8Array(n);
      nodes.forEach((node, i) => {
        const p = node.position();
        req.x![i] = p.x;
        req.y![i] = p.y;
        req.fixed![i] = fresh.has(node.id()) ? 0 : 1;
      });
    } else {
      if (grouped) req.groups = groupOf;
      // Wide nodes (the collapsed item) get room where they are packed; a large graph's nodes are all small.
      if (grouped || n <= LARGE_GRAPH) req.halfWidths = Float32Array.from(nodes.map((node) => node.width() / 2));
    }
    req.budgetMs = budgetFor(n);
    const tWait = performance.now();
    const r = await layoutInWorker(req);
    const tApply = performance.now();
    this.lastForce = { ms: r.ms, iterations: r.iterations, nodes: n, waitMs: Math.round(tApply - tWait), applyMs: 0 };
    if (this.cy !== cy) return;
    const animate = n < 300 && !this.large;
    const position = (node: NodeSingular) => {
      const i = index.get(node.id());
      return i === undefined ? node.position() : { x: r.x[i]!, y: r.y[i]! };
    };
    if (animate) {
      await new Promise<void>((resolve) => {
        const l = nodes.layout({ name: 'preset', positions: position, fit: !fresh, padding: 30, animate: true, animationDuration: 300 } as cytoscape.LayoutOptions);
        l.one('layoutstop', () => resolve());
        l.run();
      });
    } else {
      let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
      for (let i = 0; i < n; i++) {
        x1 = Math.min(x1, r.x[i]!); x2 = Math.max(x2, r.x[i]!); y1 = Math.min(y1, r.y[i]!); y2 = Math.max(y2, r.y[i]!);
      }
      cy.batch(() => nodes.positions((node) => position(node as NodeSingular)));
      // Group frames and the labels of a small graph need the real bounding box; a large one is fitted from the
      // positions alone (measuring thousands of labels costs seconds).
      if (!fresh) {
        if (grouped || n < 600) cy.fit(cy.elements(':visible'), 30);
        else this.fitBox({ x1, y1, x2, y2 });
      }
    }
    if (cy.zoom() > MAX_FIT_ZOOM) this.fitCapped();
    this.lastForce.applyMs = Math.round(performance.now() - tApply);
  }

  node(id: string): NodeSingular | null {
    const n = this.cy.getElementById(id);
    return n.nonempty() && n.isNode() ? n : null;
  }

  select(id: string | null, opts: { center?: boolean } = {}): void {
    this.cy.$(':selected').unselect();
    if (!id) return;
    const n = this.node(id);
    if (!n) return;
    n.select();
    if (!opts.center) return;
    const to = { center: { eles: n }, zoom: Math.max(this.cy.zoom(), 1) };
    // A large graph is redrawn whole on every animation frame (no cached texture for programmatic moves): jump.
    if (this.large) this.cy.viewport({ zoom: to.zoom, pan: this.cy.pan() }).center(n);
    else this.cy.animate(to, { duration: 250 });
  }

  /**
   * After a fit that left the labels too small to read (a big overview), zooms in to READABLE_ZOOM on the given
   * nodes (the top instruments), centred on the heaviest group of them, so their labels read on the first screen.
   */
  readable(nodes: NodeCollection): void {
    const cy = this.cy;
    const shown = nodes.filter((n) => n.visible());
    if (shown.empty() || cy.zoom() >= READABLE_ZOOM) return;
    const bb = shown.boundingBox({});
    const w = cy.width();
    const h = cy.height();
    // As much of the top instruments as fits at a readable zoom, centred on them.
    const zoom = Math.max(READABLE_ZOOM, Math.min(MAX_FIT_ZOOM, Math.min(w / (bb.w + 120), h / (bb.h + 120))));
    cy.viewport({ zoom, pan: { x: w / 2 - zoom * (bb.x1 + bb.w / 2), y: h / 2 - zoom * (bb.y1 + bb.h / 2) } });
    if (zoom === READABLE_ZOOM && (bb.w * zoom > w || bb.h * zoom > h)) {
      // Too spread out to show them all: centre the heaviest one.
      const first = shown[0]!;
      cy.center(first);
    }
  }

  /**
   * Moves the view by code (keyboard panning and zooming) as a wheel gesture would: in a large graph Cytoscape
   * then shows its cached picture of the graph while the view moves and draws in full once it rests, instead of
   * redrawing every element on each step (seconds at 20,000 nodes). Cytoscape has no public switch for this; the
   * flag is the one its own wheel handler sets.
   */
  moveViewport(move: (cy: Core) => void): void {
    const cy = this.cy;
    const r = (cy as unknown as { renderer(): { data?: { wheelZooming?: boolean; wheelTimeout?: ReturnType<typeof setTimeout> }; redrawHint?: (k: string, v: boolean) => void; redraw?: () => void } }).renderer();
    if (this.large && r?.data && r.redrawHint && r.redraw) {
      r.data.wheelZooming = true;
      clearTimeout(r.data.wheelTimeout);
      r.data.wheelTimeout = setTimeout(() => {
        r.data!.wheelZooming = false;
        r.redrawHint!('eles', true);
        r.redraw!();
      }, 150);
    }
    move(cy);
  }

  /** Fits the visible elements, animated on a small graph, at once on a large one (see select). */
  fitVisible(): void {
    const eles = this.cy.elements(':visible');
    if (this.large) this.cy.fit(eles, 30);
    else this.cy.animate({ fit: { eles, padding: 30 } }, { duration: 200 });
  }

  /**
   * A point of the page over the canvas, as near its centre as possible, with no node under it: where a drag pans
   * the view rather than moving a node. For the bench and the tests.
   */
  emptyPoint(): { x: number; y: number } | null {
    const el = this.container.getBoundingClientRect();
    const CELL = 5;
    const MARGIN = 6;
    const cols = Math.ceil(el.width / CELL);
    const rows = Math.ceil(el.height / CELL);
    const taken = new Uint8Array(cols * rows);
    this.cy.nodes(':visible').forEach((n) => {
      const b = n.renderedBoundingBox({ includeLabels: true });
      const c0 = Math.max(0, Math.floor((b.x1 - MARGIN) / CELL));
      const c1 = Math.min(cols - 1, Math.floor((b.x2 + MARGIN) / CELL));
      const r0 = Math.max(0, Math.floor((b.y1 - MARGIN) / CELL));
      const r1 = Math.min(rows - 1, Math.floor((b.y2 + MARGIN) / CELL));
      for (let r = r0; r <= r1; r++) taken.fill(1, r * cols + c0, r * cols + c1 + 1);
    });
    let best: { c: number; r: number; d: number } | null = null;
    for (let r = 2; r < rows - 2; r++) {
      for (let c = 2; c < cols - 2; c++) {
        if (taken[r * cols + c]) continue;
        const d = (c - cols / 2) ** 2 + (r - rows / 2) ** 2;
        if (!best || d < best.d) best = { c, r, d };
      }
    }
    return best && { x: el.left + (best.c + 0.5) * CELL, y: el.top + (best.r + 0.5) * CELL };
  }

  /** Ids of the nodes shown (not filtered out), for export, the list and the tests. */
  visibleNodes(): NodeSingular[] {
    return this.cy.nodes().filter((n) => !n.hasClass('filtered-out') && !n.hasClass(META) && !n.hasClass('not-yet')).toArray() as NodeSingular[];
  }

  refreshLabels(): void {
    this.cy.nodes().forEach((n) => {
      n.data('displayLabel', displayLabel(n.data() as CyNodeData));
    });
  }

  destroy(): void {
    this.axis.hide();
    this.cy.destroy();
    this.tooltip.remove();
  }
}

/** The canvas renderer's internals used below (checked at run time: without them Cytoscape's own way is kept). */
interface CanvasRendererInternals {
  NODE?: number;
  DRAG?: number;
  TEXTURE_BUFFER?: number;
  canvasWidth?: number;
  canvasHeight?: number;
  textureCache?: unknown;
  textureDrawLastFrame?: boolean;
  pinching?: boolean;
  swipePanning?: boolean;
  hoverData?: { dragging?: boolean };
  beforeRender?: (fn: (willDraw: boolean, now: number) => void, priority: number) => void;
  data?: { wheelZooming?: boolean; canvases?: HTMLCanvasElement[]; bufferCanvases?: HTMLCanvasElement[]; bufferContexts?: CanvasRenderingContext2D[] };
}

/**
 * While the view of a large graph moves (drag, wheel, keys), Cytoscape shows a picture of it taken when the move
 * began (textureOnViewport). It takes that picture by drawing every node in sight again (a second at 20,000 nodes,
 * the first frame of every drag frozen that long). The picture is already on screen: this takes it from the canvas
 * instead, one copy, edges included. Taken at the first move of a gesture, before Cytoscape's next frame; the
 * viewport recorded is the one the canvas was last drawn at.
 */
function viewportFromSnapshot(cy: Core): void {
  const r = (cy as unknown as { renderer(): CanvasRendererInternals | undefined }).renderer();
  const d = r?.data;
  if (!r?.beforeRender || !d?.canvases || !d.bufferCanvases || !d.bufferContexts || r.NODE === undefined || r.DRAG === undefined || r.TEXTURE_BUFFER === undefined) return;
  let drawnAt: { zoom: number; pan: { x: number; y: number } } | null = null;
  cy.on('render', () => {
    // A frame drawn from the picture is not a new picture.
    drawnAt = r.textureDrawLastFrame ? drawnAt : { zoom: cy.zoom(), pan: { ...cy.pan() } };
  });
  // Before each frame Cytoscape draws (its own hook, run ahead of the frame's drawing): when the view has started
  // moving and there is no picture yet, the canvas is copied.
  r.beforeRender((willDraw: boolean) => {
    const moving = r.hoverData?.dragging || r.swipePanning || r.pinching || d.wheelZooming;
    if (!willDraw || !moving || r.textureCache || !drawnAt || !r.canvasWidth || !r.canvasHeight) return;
    const texture = d.bufferCanvases![r.TEXTURE_BUFFER!];
    const ctx = d.bufferContexts![r.TEXTURE_BUFFER!];
    if (!texture || !ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, texture.width, texture.height);
    for (const layer of [r.NODE!, r.DRAG!]) {
      const c = d.canvases![layer];
      if (c) ctx.drawImage(c, 0, 0, texture.width, texture.height);
    }
    const { zoom, pan } = drawnAt;
    r.textureCache = { texture, viewport: { zoom, pan, width: r.canvasWidth, height: r.canvasHeight, mpan: { x: -pan.x / zoom, y: -pan.y / zoom } } };
  }, SNAPSHOT_PRIORITY);
}

/**
 * Prepares Cytoscape's first draw of a large graph whose elements were all just added (and styled, positioned and
 * never drawn), so that it does each thing once:
 * - it draws into the layered picture at once (one bitmap of every element at the zoom's scale), as Cytoscape's
 *   very first draw of an instance does, instead of queueing the elements and filling the picture a few at a time
 *   over the frames after it. Filled lazily, the picture of 20,000 nodes took three seconds of idle frames, and any
 *   full redraw meanwhile (a pan by code, the first frame of a drag, a redraw the caches ask for) drew every element
 *   again, a second each. Once filled, a full redraw is one copy of that picture (~10 ms).
 * - the elements' bounds are measured here, without the "bounds changed" event Cytoscape sends for each element
 *   measured for the first time (15,000 events at 5,000 nodes, ~0.2 s): the renderer took those for changes, worked
 *   out every element's drawing data a second time and threw the new layered picture away.
 * - the nodes are marked as having their edges' drawing data up to date (it was just computed for every edge):
 *   otherwise the first frame builds a collection of each node's edges to compute it again.
 */
function prepareFirstDraw(cy: Core): void {
  const r = (cy as unknown as { renderer(): { data?: { lyrTxrCache?: { firstGet?: boolean } } } | undefined }).renderer();
  const layers = r?.data?.lyrTxrCache;
  if (!layers || typeof layers.firstGet !== 'boolean') return;
  withoutBoundsEvents(cy, () => cy.elements().boundingBox());
  cy.nodes().forEach((n) => {
    const rstyle = (n as unknown as { _private?: { rstyle?: { cleanConnected?: boolean } } })._private?.rstyle;
    if (rstyle) rstyle.cleanConnected = true;
  });
  layers.firstGet = true;
}

/**
 * Runs `fn` without the "bounds changed" event Cytoscape sends for each element whose bounds are cleared: for
 * elements just added and never measured or drawn, whose drawing data prepareFirstDraw computes, it tells the
 * renderer nothing it needs, and costs ~13 µs an element, most of it in going through every listener of the
 * instance.
 */
function withoutBoundsEvents<T>(cy: Core, fn: () => T): T {
  return withoutEvents(cy, 'bounds', fn);
}

/**
 * Lets the page handle what is waiting (the layout's result), then resumes at once: a message to itself, where a
 * chain of setTimeout(0) is held back 4 ms each time after the fifth.
 */
function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((done) => setTimeout(done, 0));
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `fn`, the first computation of the style of elements just added (never measured or drawn, no compound
 * nodes), without the upkeep Cytoscape does for each property it applies to keep other elements' caches right:
 * for every property of every node it gathered the node's links into a new collection, twice (their style cache,
 * then their bounds), and for every edge its parallel edges, all to clear caches that are still empty; and every
 * change of bounds went out as an event (the first draw is prepared instead: prepareFirstDraw). Nodes come before
 * edges in the order of computation, and nothing is measured before the style of all is computed.
 */
export function asFirstStyle<T>(cy: Core, fn: () => T): T {
  const eles = Object.getPrototypeOf(cy.collection()) as { dirtyStyleCache?: (this: ArrayLike<{ _private: { styleCache: unknown } }>) => unknown };
  const style = Object.getPrototypeOf((cy as unknown as { style(): object }).style()) as Record<string, unknown>;
  const dirty = eles.dirtyStyleCache;
  const connected = style.checkConnectedEdgesBoundsTrigger;
  const parallel = style.checkParallelEdgesBoundsTrigger;
  if (typeof dirty !== 'function' || typeof connected !== 'function' || typeof parallel !== 'function') return withoutEvents(cy, 'bounds', fn);
  eles.dirtyStyleCache = function () {
    for (let i = 0; i < this.length; i++) this[i]!._private.styleCache = null;
    return this;
  };
  style.checkConnectedEdgesBoundsTrigger = () => undefined;
  style.checkParallelEdgesBoundsTrigger = () => undefined;
  const hints = style.updateStyleHints;
  if (typeof hints === 'function') style.updateStyleHints = sharedStyleHints(hints as StyleHintsFn);
  try {
    return withoutEvents(cy, 'bounds', fn);
  } finally {
    eles.dirtyStyleCache = dirty;
    style.checkConnectedEdgesBoundsTrigger = connected;
    style.checkParallelEdgesBoundsTrigger = parallel;
    style.updateStyleHints = hints;
  }
}

/** An element's style as Cytoscape keeps it (what sharedStyleHints reads and writes). */
interface StyledElement {
  _private: { group: string; removed: boolean; styleCxtKey?: string; style: Record<string, { value?: unknown } | undefined>; styleKeys: Record<string, unknown>; [hint: string]: unknown };
}
type StyleHintsFn = (this: { _private: { contextStyles?: Record<string, Record<string, unknown>> } }, ele: StyledElement) => boolean;

/** The keys Cytoscape derives from an element's style (its texture caches look elements up by them). */
const HINTS = ['styleKey', 'labelDimsKey', 'labelKey', 'labelStyleKey', 'sourceLabelKey', 'sourceLabelStyleKey', 'targetLabelKey', 'targetLabelStyleKey', 'nodeKey', 'hasPie', 'hasStripe'] as const;

/** The hints computed once per combination of matching style blocks and group (see sharedStyleHints). */
const hintsByContext = new WeakMap<object, Map<string, Record<string, unknown>>>();

/**
 * Cytoscape's computation of an element's style keys (hashes of every property it has, character by character for
 * strings: a third of the time of a first style), done once for all the elements that share the same matching
 * style blocks, and copied to the others. Only for elements whose every property is the one those blocks give, by
 * identity (no value mapped from the element's data, no bypass, no property Cytoscape changed for that element,
 * no size taken from the label): their keys are then the same by construction.
 */
function sharedStyleHints(hints: StyleHintsFn): StyleHintsFn {
  return function (ele) {
    const p = ele._private;
    const cxt = p.removed || p.styleCxtKey === undefined ? undefined : this._private.contextStyles?.[p.styleCxtKey];
    if (!cxt) return hints.call(this, ele);
    let count = 0;
    for (const name in p.style) {
      const v = p.style[name];
      if (v === undefined) continue;
      if (v !== cxt[name] || v.value === 'label') return hints.call(this, ele);
      count++;
    }
    let byGroup = hintsByContext.get(cxt);
    if (!byGroup) hintsByContext.set(cxt, (byGroup = new Map()));
    const known = byGroup.get(p.group);
    // Every property of the blocks is on the element (none left undefined).
    if (known && known.count === count) {
      const old = p.styleKey;
      p.styleKeys = { ...(known.styleKeys as Record<string, unknown>) };
      for (const h of HINTS) p[h] = known[h];
      return old !== p.styleKey;
    }
    const changed = hints.call(this, ele);
    if (!known && count === Object.keys(cxt).length - 1) {
      const record: Record<string, unknown> = { count, styleKeys: { ...p.styleKeys } };
      for (const h of HINTS) record[h] = p[h];
      byGroup.set(p.group, record);
    }
    return changed;
  };
}

/**
 * Runs `fn`, the addition of elements to an instance that has none (no compound nodes among them), without the
 * upkeep Cytoscape does per edge for elements already there: for every edge added it gathered the edge's parallel
 * edges into a new collection (cached on the edge, then thrown away) to clear their traversal caches, and compared
 * its two ends by wrapping one in a new collection. With nothing in the instance before, every traversal cache is
 * empty: the parallel edges are left out (an empty collection), and the ends are compared as elements.
 */
export function asFirstAdd<T>(cy: Core, fn: () => T): T {
  const proto = Object.getPrototypeOf(cy.collection()) as {
    parallelEdges?: unknown;
    same?: (this: ArrayLike<unknown>, other: unknown) => boolean;
    emitAndNotify?: (this: { cy(): Core }, event: string, ...rest: unknown[]) => unknown;
  };
  const parallel = proto.parallelEdges;
  const same = proto.same;
  const emitAndNotify = proto.emitAndNotify;
  if (typeof parallel !== 'function' || typeof same !== 'function' || typeof emitAndNotify !== 'function') return fn();
  // The "add" event goes to the renderer only when nothing listens to it on the instance (new elements have no
  // listeners of their own): sent to every element in turn, it went through each of the instance's listeners.
  const listeners = (cy as unknown as { emitter?: () => { listeners?: { type?: string }[] } }).emitter?.().listeners;
  const addHeard = !Array.isArray(listeners) || listeners.some((l) => l.type === 'add');
  if (!addHeard) {
    proto.emitAndNotify = function (this: { cy(): Core }, event: string, ...rest: unknown[]) {
      if (event !== 'add') return emitAndNotify.call(this, event, ...rest);
      (this.cy() as unknown as { notify(e: string, eles: unknown): void }).notify(event, this);
      return this;
    };
  }
  const none = cy.collection();
  proto.parallelEdges = () => none;
  proto.same = function (this: ArrayLike<unknown>, other: unknown) {
    const o = other as ArrayLike<unknown> | null;
    if (this.length === 1 && o && typeof o === 'object' && o.length === 1 && o[0] === o) return this[0] === o[0];
    return same.call(this, other);
  };
  try {
    return fn();
  } finally {
    proto.parallelEdges = parallel;
    proto.same = same;
    proto.emitAndNotify = emitAndNotify;
  }
}

/** Runs `fn` without the per-element events of one type that Cytoscape sends to its listeners and its renderer. */
function withoutEvents<T>(cy: Core, type: string, fn: () => T): T {
  const proto = Object.getPrototypeOf(cy.collection()) as { emitAndNotify?: (this: unknown, event: string, ...rest: unknown[]) => unknown };
  const emitAndNotify = proto.emitAndNotify;
  if (typeof emitAndNotify !== 'function') return fn();
  proto.emitAndNotify = function (this: unknown, event: string, ...rest: unknown[]) {
    return event === type ? this : emitAndNotify.call(this, event, ...rest);
  };
  try {
    return fn();
  } finally {
    proto.emitAndNotify = emitAndNotify;
  }
}

/**
 * `?draw=plain` (hooks build and bench comparisons: `--query=draw=plain`): large graphs are drawn as Cytoscape does
 * by itself, without the preparations below (style computed during the layout, first draw into the layered
 * picture, no per-element events for new elements, the layered picture rebuilt at once after a change).
 */
function plainDraws(): boolean {
  return typeof location !== 'undefined' && /[?&]draw=plain(&|$)/.test(location.search);
}

/** Cytoscape's layered picture, as far as used here (checked at run time). */
interface LayeredCache {
  firstGet?: boolean;
  layersByLevel?: Record<number, { invalid?: boolean; reqs?: number }[] | undefined>;
}

/**
 * When a change of style (a node selected, a class set) has thrown away the layered picture of a large graph,
 * the next full draw builds it again at once (see prepareFirstDraw) rather than drawing every element on its own
 * and refilling the picture over the next seconds. Measured at 20,000 nodes, a click on a node was followed by
 * ~1 s redraws for seven seconds (the selection, the panel opening and resizing the canvas, each a full redraw of
 * a picture not yet refilled); now by one longer draw, then copies. Not while the view moves (Cytoscape then draws
 * its picture of the view), nor when another zoom level's picture is whole (Cytoscape shows it meanwhile).
 */
function layersRedrawnWhole(cy: Core): void {
  const r = (cy as unknown as { renderer(): (CanvasRendererInternals & { getPixelRatio?: () => number; data?: { lyrTxrCache?: LayeredCache; canvasNeedsRedraw?: boolean[] } }) | undefined }).renderer();
  const layers = r?.data?.lyrTxrCache;
  if (!r?.beforeRender || !r.getPixelRatio || r.NODE === undefined || !layers?.layersByLevel || typeof layers.firstGet !== 'boolean') return;
  const whole = (level: number) => {
    const list = layers.layersByLevel![level];
    return Boolean(list?.length && list.every((l) => !l.invalid && !l.reqs));
  };
  let lastBuilt = -Infinity;
  r.beforeRender((willDraw: boolean, now: number) => {
    if (!willDraw || layers.firstGet || !r.data?.canvasNeedsRedraw?.[r.NODE!]) return;
    // Changes in quick succession (a key held down) get Cytoscape's own way after the first: a build each would
    // cost more than drawing the elements one by one.
    if (now - lastBuilt < REBUILD_GAP_MS) return;
    if (r.hoverData?.dragging || r.swipePanning || r.pinching || r.data.wheelZooming) return;
    const zoom = cy.zoom();
    const level = Math.max(MIN_LAYER_LEVEL, Math.ceil(Math.log2(zoom * r.getPixelRatio!())));
    if (zoom >= MAX_LAYER_ZOOM || level > MAX_LAYER_LEVEL || whole(level)) return;
    for (let l = MIN_LAYER_LEVEL; l <= MAX_LAYER_LEVEL; l++) if (whole(l)) return;
    // The elements changed are measured first, without events: measured during the build, each would send a
    // "bounds changed" event that throws the new picture away at the next frame (as at the first draw).
    withoutBoundsEvents(cy, () => cy.elements().boundingBox());
    layers.firstGet = true;
    lastBuilt = now;
  }, REWARM_PRIORITY);
}

/** Cytoscape's range of layer levels (scale 2^level) and the zoom from which it draws without layers. */
const MIN_LAYER_LEVEL = -4;
const MAX_LAYER_LEVEL = 2;
const MAX_LAYER_ZOOM = 3.99;
/** The least time between two builds of the layered picture forced after changes. */
const REBUILD_GAP_MS = 1000;
/** After Cytoscape's element updates (300) and its decision to skip the layers after a change (100). */
const REWARM_PRIORITY = 60;

/** Runs after Cytoscape's own per-frame work (element and layer caches: 300 to 100), just before drawing. */
const SNAPSHOT_PRIORITY = 50;

/** Scratch key: elements of this instance are never marked active (see below). */
const NO_ACTIVE = 'vanbanNoActive';
{
  // Cytoscape marks the node under a pressed mouse button as active, a change of style that redraws every element
  // (a second at 20,000 nodes) before a drag from that node can start panning. The active look (a shade over the
  // node) is not used in a large graph: there, activation is skipped. Elements share one prototype.
  const proto = Object.getPrototypeOf(cytoscape().collection()) as { activate: (...a: unknown[]) => unknown };
  const activate = proto.activate;
  proto.activate = function (this: cytoscape.Collection, ...args: unknown[]) {
    if (args.length === 0 && this.length > 0 && (this as unknown as { cy(): Core }).cy().scratch(NO_ACTIVE) === true) return this;
    return activate.apply(this, args);
  };
}

/** Short canvas label; a node with neighbours left out says how many ("+12"). */
export function displayLabel(d: CyNodeData): string {
  const base = d.label || d.id;
  return d.hiddenNeighbors ? `${base} (+${d.hiddenNeighbors})` : base;
}

function scoreLabel(d: CyEdgeData): string {
  return d.inferred && typeof d.score === 'number' ? d.score.toFixed(2) : '';
}
