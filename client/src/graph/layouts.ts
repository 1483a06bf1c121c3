// The three layouts, as data plus one function for the timeline. The force-directed one (still "fcose" in URLs,
// so links made before stay valid) is the default and runs in a Web Worker (force.ts, called by view.ts); dagre
// ranks chains of rules (a newer instrument left of the one it replaces or implements); the timeline puts
// instruments on an axis of issue dates, one lane per kind, and everything else beside what it links to.
import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { LayoutName } from '../filters/url-state.ts';

/** Above this many nodes the renderer switches to its large-graph settings (view.ts). */
export const LARGE_GRAPH = 1500;

export function layoutOptions(cy: Core, name: LayoutName, opts: { incremental?: boolean } = {}): LayoutOptions {
  const n = cy.nodes(':visible').length;
  const animate = n < 300;
  switch (name) {
    case 'dagre':
      return { name: 'dagre', rankDir: 'LR', nodeSep: 18, rankSep: 70, edgeSep: 8, animate, animationDuration: 300, fit: true, padding: 30 } as LayoutOptions;
    case 'timeline':
      return { name: 'preset', positions: timelinePositions(cy), fit: true, padding: 30, animate, animationDuration: 300 } as LayoutOptions;
    default:
      // The force-directed layout is not a Cytoscape layout here (view.ts runs it in a worker); unreachable.
      return { name: 'preset', fit: !opts.incremental, padding: 30, animate: false } as LayoutOptions;
  }
}

const LANE = 70;
const X_SPAN_PER_YEAR = 160;
/** Vertical step between instruments stacked on the same spot of a lane. */
const STACK = 44;

/** What the timeline's axis shows, in model coordinates: a tick per year, a band per kind, the undated column. */
export interface TimelineAxis {
  /** x of 1 January of each year from the earliest to the latest instrument shown. */
  years: { year: number; x: number }[];
  /** Top and bottom of each kind's lane. */
  lanes: { kind: string; y1: number; y2: number }[];
  /** x of the column of instruments without a date, when there are any. */
  undatedX: number | null;
  /** Model units per year. */
  xPerYear: number;
}

/** Positions for the timeline: x from the issue date, y by kind lane; undated instruments in a column at the left. */
export function timelinePositions(cy: Core): Record<string, Position> {
  return timeline(cy).positions;
}

/** The timeline's positions and the axis that explains them (drawn over the canvas by view.ts). */
export function timeline(cy: Core): { positions: Record<string, Position>; axis: TimelineAxis } {
  const pos: Record<string, Position> = {};
  const instruments = cy.nodes('[type = "instrument"]:visible');
  const time = (n: NodeSingular): number | null => {
    const iso = n.data('issuedOn') as string | null | undefined;
    if (iso && /^\d{4}-\d{2}-\d{2}/.test(iso)) return Date.parse(iso.slice(0, 10));
    const y = n.data('year') as number | null | undefined;
    return y ? Date.UTC(y, 6, 1) : null;
  };
  const times = instruments.map((n) => time(n)).filter((x): x is number => x !== null);
  const min = times.length ? Math.min(...times) : 0;
  const yearMs = 365.25 * 24 * 3600 * 1000;
  const kinds = [...new Set(instruments.map((n) => String(n.data('kind') ?? '')))].sort();
  const laneOf = new Map(kinds.map((k, i) => [k, i]));
  // Nodes landing on the same spot of a lane are stacked downwards; a lane is as tall as its highest stack, so a
  // busy month never spills into the next kind's lane.
  const taken = new Map<string, number>();
  let undated = false;
  const placed: { id: string; x: number; lane: number; k: number }[] = [];
  const deepest = kinds.map(() => 0);
  instruments.forEach((n) => {
    const tm = time(n);
    const lane = laneOf.get(String(n.data('kind') ?? '')) ?? 0;
    if (tm === null) undated = true;
    const x = tm === null ? -X_SPAN_PER_YEAR : ((tm - min) / yearMs) * X_SPAN_PER_YEAR;
    const slot = `${lane}:${Math.round(x / 40)}`;
    const k = taken.get(slot) ?? 0;
    taken.set(slot, k + 1);
    deepest[lane] = Math.max(deepest[lane] ?? 0, k);
    placed.push({ id: n.id(), x, lane, k });
  });
  const laneTop: number[] = [];
  let top = 0;
  for (let i = 0; i < kinds.length; i++) {
    laneTop.push(top);
    top = Math.max(top + LANE * 3, top + (deepest[i] ?? 0) * STACK + LANE * 2);
  }
  for (const p of placed) pos[p.id] = { x: p.x + (p.k % 2) * 24, y: (laneTop[p.lane] ?? 0) + p.k * STACK };
  const years: TimelineAxis['years'] = [];
  if (times.length) {
    const first = new Date(min).getUTCFullYear();
    const last = new Date(Math.max(...times)).getUTCFullYear();
    for (let y = first; y <= last + 1; y++) years.push({ year: y, x: ((Date.UTC(y, 0, 1) - min) / yearMs) * X_SPAN_PER_YEAR });
  }
  const lanes = kinds.map((kind, i) => ({ kind, y1: (laneTop[i] ?? 0) - LANE / 2, y2: (laneTop[i] ?? 0) + (deepest[i] ?? 0) * STACK + LANE / 2 }));
  // Organisations above the lanes, actions, tasks and documents below, each at the mean x of its neighbours.
  const bottom = top + LANE;
  cy.nodes(':visible')
    .filter((n) => n.data('type') !== 'instrument')
    .forEach((n) => {
      const xs = n
        .neighborhood('node')
        .filter((m) => pos[m.id()] !== undefined)
        .map((m) => (pos[m.id()] as Position).x);
      const x = xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : -X_SPAN_PER_YEAR * 2;
      const isOrg = n.data('type') === 'organization';
      // Labels are up to 130px wide and three lines high: neighbours within that width stack downwards.
      const slot = `${isOrg ? 'org' : 'act'}:${Math.round(x / 130)}`;
      const k = taken.get(slot) ?? 0;
      taken.set(slot, k + 1);
      pos[n.id()] = { x, y: isOrg ? -LANE - k * 56 : bottom + k * 56 };
    });
  return { positions: pos, axis: { years, lanes, undatedX: undated ? -X_SPAN_PER_YEAR : null, xPerYear: X_SPAN_PER_YEAR } };
}
