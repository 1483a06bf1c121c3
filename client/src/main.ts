// Wires the page: the URL state, the graph view, the panel, search, filters, trace, import, export and list.
// Each part lives in its own folder; this file only decides what happens when a person acts.
import { api, clearApiError, onApiStatus, type IngestResult, type NodeType, type Trace } from './api.ts';
import { GraphView } from './graph/view.ts';
import type { NodeCollection } from 'cytoscape';
import { renderLegend } from './graph/legend.ts';
import { applyFilters, renderFilters, visibleCounts } from './filters/filters.ts';
import { decodePositions, encodePositions } from './filters/positions.ts';
import { onStateChange, state, updateState, type LayoutName } from './filters/url-state.ts';
import { setLang, t, translateStatic } from './i18n/index.ts';
import { Panel } from './panel/panel.ts';
import { setupDocumentView } from './panel/document-view.ts';
import { setupSearch } from './search/search.ts';
import { clearTraceHighlight, highlightTrace, loadTrace, renderTrace } from './trace/trace.ts';
import { setupImport } from './import/import.ts';
import { exportCsv, exportJson, exportPng, exportRelationsCsv } from './export/export.ts';
import { renderList } from './list/list.ts';
import { setupGraphKeyboard } from './graph/keyboard.ts';
import { applyAsOf, applyGroups, collapseUnlinked, COLLAPSED_ID, rankNodes, summarize, ungroup, type GroupBy } from './graph/overview.ts';
import { OverviewControls } from './timeline/controls.ts';

/** Set by Vite's `define` (client/vite.config.ts): true in the hooks build and `vite dev`, false in production. */
declare const __VANBAN_HOOKS__: boolean;

/** How many neighbours one expansion adds at most; the rest is offered as "N more". */
const EXPAND_CAP = 40;
/** How many nodes a whole-graph or focus view loads at most. */
const VIEW_LIMIT = 500;

// The hooks' module (see the end of this file) is fetched from here, while the rest of this module runs, rather
// than after it: the bench mode starts one request and its wait earlier.
const hooksModule = __VANBAN_HOOKS__ ? import('./bench/hooks.ts') : null;

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const app = $('#app');

setLang(state.lang);
translateStatic();

const forced = new URLSearchParams(location.search).get('renderer');
const view = new GraphView(
  $('#cy'),
  { onNodeTap: (id) => void openNode(id), onBackgroundTap: () => undefined, onEdgeTap: (id) => openEdge(id), onMetaTap: (id) => onMetaTap(id) },
  state.bench ?? 0,
  forced === 'canvas' || forced === 'webgl' ? forced : null,
);
setupGraphKeyboard(view, $('#cy'), $('#graph-live'), (id) => void openNode(id));
const expandLimits = new Map<string, number>();
let lastTrace: Trace | null = null;
/** The overview's state: instruments collapsed as unlinked, the top ones labelled, the counts of the last load. */
let unlinked: string[] = [];
let topCount = 0;
let loaded: { total: number | null; citingDocuments: number | null } = { total: null, citingDocuments: null };
const isOverview = () => state.focus.length === 0 && !state.bench;

const controls = new OverviewControls($('#overview-bar'), $('#unlinked-list'), { at: state.at, docs: state.docs, group: state.group }, {
  onDate: (at) => {
    updateState({ at });
    applyAsOf(view.cy, at);
    afterFilter();
  },
  onDocs: (docs) => {
    updateState({ docs });
    void loadView();
  },
  onGroup: (group: GroupBy) => {
    updateState({ group });
    if (isOverview() && state.layout === 'fcose') {
      applyGroups(view.cy, group);
      void runLayout();
    }
  },
  onPick: (id) => {
    // The instrument leaves the collapsed item and is drawn next to it.
    const n = view.node(id);
    const item = view.node(COLLAPSED_ID);
    if (n) {
      n.removeClass('unlinked');
      if (item) n.position({ x: item.position('x'), y: item.position('y') + 60 });
      unlinked = unlinked.filter((u) => u !== id);
    }
    controls.closeList();
    void openNode(id, 'instrument');
  },
});

function onMetaTap(id: string): void {
  if (id === COLLAPSED_ID) controls.openList(view.cy, unlinked);
}

const openDocument = setupDocumentView($<HTMLDialogElement>('#doc-dialog'), (key) => void openNode(key, 'instrument'));
const panel = new Panel($('#panel'), $('#panel-body'), $('#panel-title'), {
  select: (id, type) => void openNode(id, type),
  expand: (id, types) => void expand(id, types).catch(() => undefined),
  findPath: (from, to) => findPath(from, to),
  openDocument: (id, at) => void openDocument(id, at),
  trace: (id) => void showTrace(id),
});
$('#panel-close').addEventListener('click', () => closePanel());
$('#panel').addEventListener('keydown', (e) => {
  if (e.key === 'Escape') closePanel();
});

function setGraphState(s: 'loading' | 'ready' | 'error'): void {
  app.dataset.graph = s;
}

// ------------------------------------------------------------------ status bar: loading and errors

const statusEl = $('#status');
const errorEl = $('#error');
onApiStatus((s) => {
  statusEl.classList.toggle('busy', s.inFlight > 0);
  $('#loading').hidden = s.inFlight === 0;
  if (s.error) {
    const msg = s.error.kind === 'graphql' ? t('errorQuery', { msg: s.error.message }) : t('errorServer', { msg: s.error.message });
    $('#error-text').textContent = msg;
    errorEl.hidden = false;
    $<HTMLButtonElement>('#error-retry').hidden = !s.retry;
  } else {
    errorEl.hidden = true;
  }
});
$('#error-retry').addEventListener('click', () => {
  clearApiError();
  void (view.cy.nodes().length ? reloadPanelAndTrace() : loadView());
});
$('#error-dismiss').addEventListener('click', () => clearApiError());

/**
 * Ids the page was asked to show (the link's focus or selection, a click on a node not drawn) that the graph does
 * not hold: said on the canvas instead of leaving an empty or unchanged picture.
 */
let missingNote: string | null = null;

function noteMissing(ids: string[]): void {
  missingNote = ids.length ? t('notFound', { id: ids.join('", "') }) : null;
  updateCounts();
}

function updateCounts(): void {
  controls.showSummary(summarize(view.cy, unlinked), { ...loaded, top: topCount, docsShown: state.docs, at: state.at });
  const { nodes: shown, edges } = visibleCounts(view.cy);
  $('#counts').textContent = `${t('nodesEdges', { n: shown, e: edges })} · ${view.renderer === 'webgl' ? 'WebGL' : 'Canvas'}`;
  const empty = $('#empty');
  if (missingNote) {
    empty.textContent = missingNote;
    empty.hidden = false;
  } else if (view.cy.nodes().length === 0) {
    empty.textContent = t('emptyGraph');
    empty.hidden = app.dataset.graph !== 'ready';
  } else if (shown === 0) {
    empty.textContent = t('emptyFiltered');
    empty.hidden = false;
  } else empty.hidden = true;
}

// ------------------------------------------------------------------ the view

/** The overview's passes after the filters: the date, unlinked instruments collapsed, the top ones labelled. */
function overviewPass(): void {
  applyAsOf(view.cy, state.at);
  unlinked = collapseUnlinked(view.cy, isOverview());
  topCount = rankNodes(view.cy).length;
}

function refreshAround(): void {
  applyFilters(view.cy, state);
  overviewPass();
  renderFilters($('#filters-body'), view.cy, () => {
    applyFilters(view.cy, state);
    overviewPass();
    afterFilter();
    // What the filters left is brought into view.
    if (view.visibleNodes().length) view.fitVisible();
  });
  const present = new Set(view.cy.edges().map((e) => String(e.data('type'))));
  renderLegend($('#legend-body'), present);
  afterFilter();
}

function afterFilter(): void {
  updateCounts();
  if (state.view === 'list') renderList($('#list'), view, (id) => void openNode(id, 'instrument'));
}

/**
 * The hierarchical layout is for chains and focused views: over a whole network it draws one unreadable column,
 * so it is offered only once something is focused (a link that asks for it keeps it).
 */
function offerLayouts(): void {
  const dagre = document.querySelector<HTMLOptionElement>('#layout option[value="dagre"]');
  if (!dagre) return;
  dagre.disabled = isOverview() && state.layout !== 'dagre';
  dagre.title = dagre.disabled ? t('layoutDagreFocused') : '';
}

async function runLayout(incremental = false): Promise<void> {
  offerLayouts();
  if (state.layout !== 'fcose') ungroup(view.cy);
  await view.layout(state.layout, { incremental });
  updateShareLink();
  // The overview opens where the labels of the top instruments can be read.
  if (!incremental && isOverview()) view.readable(view.cy.nodes('.top'));
}

/** Loads what the URL describes: the focus (or the whole graph), then the selection and the trace. */
async function loadView(): Promise<void> {
  setGraphState('loading');
  try {
    // The overview: the most cited and linked instruments, with the documents citing them when asked for.
    const sub = await api.graph({ focus: state.focus.length ? state.focus : undefined, depth: 1, limit: VIEW_LIMIT, includeDocuments: state.docs });
    loaded = { total: sub.instrumentCount ?? null, citingDocuments: sub.citingDocumentCount ?? null };
    controls.closeList();
    view.add(sub, { replace: true });
    controls.setRange(view.cy);
    view.cy.nodes().removeClass('focus');
    for (const f of state.focus) view.node(f)?.addClass('focus');
    missingNote = null;
    const missing = state.focus.filter((f) => !view.node(f));
    $('#truncated').hidden = !sub.truncated;
    $('#truncated').textContent = sub.truncated ? t('truncated', { n: VIEW_LIMIT }) : '';
    // Nodes expanded on top of the focus, as the link records them.
    for (const e of state.exp) {
      const [id, type] = e.split('~') as [string, string | undefined];
      const more = await api.graph({ focus: [id], depth: 1, limit: EXPAND_CAP + 1, ...(type ? { relationTypes: [type], includeActions: false } : {}) });
      view.add(more);
      view.node(id)?.addClass('focus');
    }
    refreshAround();
    // A shared link with the positions of the very same elements: they are put back as the sender saw them, with
    // no layout (neither the worker's nor the group frames') and no readable-zoom moving them afterwards.
    const saved = savedPositions();
    if (isOverview() && state.layout === 'fcose') applyGroups(view.cy, state.group);
    if (saved) restorePositions(saved);
    else await runLayout();
    setGraphState('ready');
    noteMissing(missing);
    const nodesBefore = view.cy.nodes().length;
    await reloadPanelAndTrace();
    // A trace in the link may have laid out nodes it added: the saved ones go back where they were.
    if (saved && view.cy.nodes().length !== nodesBefore) restorePositions(saved);
    updateShareLink();
  } catch {
    setGraphState('error');
  }
}

/**
 * The nodes whose positions a shared link records: every node but the group frames, whose place and size follow
 * from their members (and which differ with the moment the frames were drawn, so they cannot be part of the check).
 */
function placedNodes(): NodeCollection {
  return view.cy.nodes().filter((n) => !n.hasClass('group') && !n.isParent());
}

/** The positions a link's fragment holds for exactly the elements now loaded, or null. */
function savedPositions(): Record<string, { x: number; y: number }> | null {
  if (!location.hash.includes('pos=')) return null;
  return decodePositions(location.hash.slice(1), placedNodes().map((n) => n.id()));
}

/** Puts the nodes at the positions of a shared link and fits them, as the sender saw them. */
function restorePositions(saved: Record<string, { x: number; y: number }>): void {
  const nodes = placedNodes();
  view.cy.batch(() => nodes.positions((n) => saved[n.id()] ?? n.position()));
  view.fitCapped();
}

/** The share link: the URL of the view plus the positions of its nodes (in the fragment, never sent). */
function updateShareLink(): void {
  const pos: Record<string, { x: number; y: number }> = {};
  placedNodes().forEach((n) => {
    pos[n.id()] = n.position();
  });
  const url = `${location.origin}${location.pathname}${location.search}#${encodePositions(pos)}`;
  $<HTMLAnchorElement>('#share').href = url;
}

async function reloadPanelAndTrace(): Promise<void> {
  if (state.trace) await showTrace(state.trace, { fromUrl: true });
  if (state.sel) {
    const n = view.node(state.sel);
    const type = (n?.data('type') as NodeType | undefined) ?? guessType(state.sel);
    view.select(state.sel);
    await panel.show(state.sel, type, (n?.data('hiddenNeighbors') as number | undefined) ?? 0);
  }
}

/** An id not in the graph: instrument keys look like "quy-dinh:213-qd-tw@2020". */
function guessType(id: string): NodeType {
  return id.includes(':') ? 'instrument' : 'organization';
}

/** Search picked something: the graph becomes that node and its neighbours. */
async function focusOn(id: string, type: NodeType): Promise<void> {
  clearTraceView();
  updateState({ focus: [id], sel: id, trace: null, exp: [] }, { push: true });
  await loadView();
  if (!view.node(id)) await panel.show(id, type);
}

/**
 * A node clicked on the canvas or in the panel: select it, bringing it into the graph when missing. An id the
 * graph does not hold (or the server refuses) ends in a message on the canvas and in the panel, never in an error
 * left unhandled: callers do not wait for this.
 */
async function openNode(id: string, type?: NodeType): Promise<void> {
  let n = view.node(id);
  const nodeType = (n?.data('type') as NodeType | undefined) ?? type ?? guessType(id);
  try {
    if (nodeType === 'document') {
      void openDocument(id);
      return;
    }
    if (!n) {
      // A failed request is reported by the error banner (onApiStatus); what is left to say is the missing node.
      await expand(id).catch(() => undefined);
      n = view.node(id);
    }
    noteMissing(n ? [] : [id]);
    updateState({ sel: id });
    view.select(id, { center: true });
    await panel.show(id, nodeType, (n?.data('hiddenNeighbors') as number | undefined) ?? 0);
  } catch (err) {
    noteMissing([id]);
    console.warn('openNode', id, err);
  }
}

/** A clicked edge: its evidence in the panel. */
function openEdge(id: string): void {
  const e = view.cy.getElementById(id);
  if (e.empty() || !e.isEdge()) return;
  const end = (id: string) => {
    const n = view.cy.getElementById(id);
    return { id, label: String(n.data('label') ?? id), type: (n.data('type') as NodeType | undefined) ?? 'instrument' };
  };
  const s = end(String(e.data('source')));
  const tg = end(String(e.data('target')));
  view.cy.elements().unselect();
  e.select();
  void panel.showEdge({
    id,
    source: s.id,
    target: tg.id,
    type: String(e.data('type')),
    inferred: Boolean(e.data('inferred')),
    score: e.data('score') as number | null,
    reason: e.data('reason') as string | null,
    sourceLabel: s.label,
    targetLabel: tg.label,
    sourceType: s.type,
    targetType: tg.type,
  });
}

/** The shortest chain of relations from an instrument to the one the reader named, drawn and selected. */
async function findPath(from: string, to: string): Promise<string | null> {
  const hits = await api.search(to, 5);
  const target = hits.find((h) => h.node.__typename === 'Instrument' && h.node.key !== from);
  if (!target || target.node.__typename !== 'Instrument') return null;
  const sub = await api.path(from, target.node.key);
  if (!sub || !sub.nodes.length) return null;
  view.add(sub);
  refreshAround();
  await runLayout(true);
  view.cy.elements().removeClass('path');
  for (const el of [...sub.nodes, ...sub.edges]) view.cy.getElementById(el.data.id).addClass('path');
  view.cy.fit(view.cy.elements('.path'), 60);
  return t('pathFound', { n: sub.edges.length });
}

/** Adds a node's neighbours, at most EXPAND_CAP more per click; "N more" on the node asks for the next batch. */
async function expand(id: string, types?: string[]): Promise<void> {
  const limit = (expandLimits.get(id) ?? 0) + EXPAND_CAP + 1;
  expandLimits.set(id, limit);
  const sub = await api.graph({ focus: [id], depth: 1, limit: Math.min(limit, 2000), includeDocuments: state.docs, ...(types?.length ? { relationTypes: types, includeActions: false } : {}) });
  const center = view.node(id);
  const added = view.add(sub);
  if (center && added.nonempty()) view.seed(added, center);
  const token = types?.length ? `${id}~${types.join(',')}` : id;
  if (!state.focus.includes(id) && !state.exp.includes(token)) updateState({ exp: [...state.exp, token] });
  view.node(id)?.addClass('focus');
  refreshAround();
  if (added.nonempty()) await runLayout(Boolean(center));
  if (panel.shown?.id === id) panel.refresh((view.node(id)?.data('hiddenNeighbors') as number | undefined) ?? 0);
}

function clearTraceView(): void {
  lastTrace = null;
  clearTraceHighlight(view);
  $('#trace').hidden = true;
}

async function showTrace(actionId: string, opts: { fromUrl?: boolean } = {}): Promise<void> {
  const before = view.cy.nodes().length;
  const trace = await loadTrace(view, actionId);
  if (!trace) {
    $('#trace').hidden = false;
    $('#trace').textContent = t('traceNone');
    return;
  }
  lastTrace = trace;
  if (!opts.fromUrl) updateState({ trace: actionId });
  refreshAround();
  if (view.cy.nodes().length !== before) await runLayout(true);
  highlightTrace(view, trace);
  drawTrace();
  keepClearOfTrace();
}

/**
 * Fits the traced nodes into the part of the canvas the trace box leaves free (to its right or above it, whichever
 * is larger), so the box never covers what it describes.
 */
function keepClearOfTrace(): void {
  const box = $('#trace');
  const eles = view.cy.nodes('.trace');
  if (box.hidden || eles.empty()) return;
  const c = $('#cy').getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const right = { x: b.right - c.left, y: 0, w: c.right - b.right, h: c.height };
  const above = { x: 0, y: 0, w: c.width, h: b.top - c.top };
  const r = right.w * right.h >= above.w * above.h ? right : above;
  const PAD = 30;
  if (r.w < 80 || r.h < 80) return;
  const bb = eles.boundingBox({ includeLabels: true });
  const zoom = Math.min(1.6, (r.w - 2 * PAD) / Math.max(bb.w, 1), (r.h - 2 * PAD) / Math.max(bb.h, 1));
  view.cy.viewport({ zoom, pan: { x: r.x + r.w / 2 - zoom * (bb.x1 + bb.w / 2), y: r.y + r.h / 2 - zoom * (bb.y1 + bb.h / 2) } });
}

function drawTrace(): void {
  if (!lastTrace) return;
  renderTrace(
    $('#trace'),
    lastTrace,
    (key) => void openNode(key, 'instrument'),
    () => {
      clearTraceView();
      updateState({ trace: null });
    },
  );
}

function closePanel(): void {
  panel.close();
  view.select(null);
  updateState({ sel: null });
}

// ------------------------------------------------------------------ toolbar

setupSearch($<HTMLInputElement>('#search'), $('#search-list'), $('#search-status'), (p) => void focusOn(p.id, p.type === 'action' ? 'action' : p.type));

const layoutSel = $<HTMLSelectElement>('#layout');
layoutSel.value = state.layout;
layoutSel.addEventListener('change', () => {
  updateState({ layout: layoutSel.value as LayoutName });
  if (state.layout === 'fcose' && isOverview()) applyGroups(view.cy, state.group);
  void runLayout();
});
$('#fit').addEventListener('click', () => view.fitVisible());
$('#reset').addEventListener('click', () => {
  clearTraceView();
  panel.close();
  updateState({ focus: [], sel: null, trace: null, exp: [] }, { push: true });
  void loadView();
});

function showView(): void {
  const list = state.view === 'list';
  $('#cy-wrap').hidden = list;
  $('#list').hidden = !list;
  $('#view-graph').setAttribute('aria-pressed', String(!list));
  $('#view-list').setAttribute('aria-pressed', String(list));
  if (list) renderList($('#list'), view, (id) => void openNode(id, 'instrument'));
  else view.cy.resize();
}
$('#view-graph').addEventListener('click', () => {
  updateState({ view: 'graph' });
  showView();
});
$('#view-list').addEventListener('click', () => {
  updateState({ view: 'list' });
  showView();
});

$('#lang').addEventListener('click', () => {
  const next = state.lang === 'vi' ? 'en' : 'vi';
  updateState({ lang: next });
  setLang(next);
  translateStatic();
  view.refreshLabels();
  controls.render();
  refreshAround();
  drawTrace();
  panel.refresh();
});

$('#export-png').addEventListener('click', () => exportPng(view));
$('#export-json').addEventListener('click', () => exportJson(view));
$('#export-csv').addEventListener('click', () => exportCsv(view));
$('#export-csv-relations').addEventListener('click', () => void exportRelationsCsv(view));

const openImport = setupImport($<HTMLDialogElement>('#import-dialog'), async (r: IngestResult) => {
  const keys = r.document?.instruments.map((i) => i.key) ?? [];
  if (!keys.length) return;
  const sub = await api.graph({ focus: keys, depth: 1, limit: VIEW_LIMIT });
  const added = view.add(sub);
  // The new document's own instrument (else the first it cites) is recorded in the link like an expansion.
  const own = (r.identity && view.node(r.identity.key) ? r.identity.key : null) ?? keys.find((k) => view.node(k)) ?? null;
  if (own && !state.exp.includes(own) && !state.focus.includes(own)) updateState({ exp: [...state.exp, own] });
  refreshAround();
  if (added.nonempty()) await runLayout(view.cy.nodes().length > added.length);
  // New nodes glow for a while so they can be found.
  added.addClass('new');
  setTimeout(() => added.removeClass('new'), 15000);
  if (lastTrace) highlightTrace(view, lastTrace);
  updateCounts();
  // The view goes to the new node and its neighbours, and its panel opens.
  const n = own ? view.node(own) : null;
  if (n) {
    view.cy.fit(n.closedNeighborhood().filter((e) => !e.hasClass('filtered-out')), 60);
    if (view.cy.zoom() > 1.6) view.cy.zoom({ level: 1.6, position: n.position() });
    updateState({ sel: own });
    view.select(own);
    void panel.show(own!, 'instrument');
  }
});
$('#import-open').addEventListener('click', () => openImport());

onStateChange(() => updateShareLink());
// A node dragged by hand moves in the shared link too.
view.cy.on('free', 'node', () => updateShareLink());

// ------------------------------------------------------------------ start

showView();
$<HTMLAnchorElement>('#share').href = location.href;
addEventListener('popstate', () => location.reload());
// The test and bench hooks (window.vanban, the synthetic graph of `?bench=N`) are compiled into the hooks build
// only (`vite build --mode hooks`, which the browser tests and the client bench serve) and into `vite dev`. In the
// production bundle the flag is the literal false, so the branch and the hooks' module are left out of it.
if (__VANBAN_HOOKS__ && hooksModule) {
  void hooksModule.then(({ installHooks }) => {
    installHooks({ view, state, setGraphState, updateCounts, runLayout, loadView });
  });
} else void loadView();
