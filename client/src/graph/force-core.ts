// The force-directed layout itself, free of the DOM so it runs in a Web Worker (force-worker.ts) and in unit tests:
// ForceAtlas2 (graphology-layout-forceatlas2's iteration over flat typed arrays, Barnes-Hut above a few hundred
// nodes) from a start where linked nodes are already close (breadth-first order on a spiral), scaled at the end
// so a typical link is EDGE_LENGTH long. Each connected component is laid out on its own and the components are
// packed, the biggest in the middle, isolated nodes in a grid below. With groups (issuer, kind), each group is
// packed that way on its own and the groups are then placed as discs around the centre, the most linked ones next
// to each other, never overlapping.
import iterate from 'graphology-layout-forceatlas2/iterate.js';

export interface ForceRequest {
  /** Number of nodes; nodes are 0..n-1. */
  n: number;
  /** Links as pairs of node indices: [s0, t0, s1, t1, …]. */
  edges: Uint32Array;
  /** Start positions (NaN: none, the node is placed by the layout). */
  x?: Float32Array;
  y?: Float32Array;
  /** 1: the node keeps its start position (an incremental layout around nodes already shown). */
  fixed?: Uint8Array;
  /** Group of each node, -1 for none (a node of its own). Only without fixed nodes. */
  groups?: Int32Array;
  /** Half the width of each node, when some are much wider than a link (the collapsed item): room kept for it. */
  halfWidths?: Float32Array;
  /** Iterations; default by size (see iterationsFor). */
  iterations?: number;
  /** Stop iterating after this many milliseconds (the picture is then as good as it got). */
  budgetMs?: number;
}

export interface ForceResult {
  x: Float32Array;
  y: Float32Array;
  iterations: number;
  ms: number;
  /** Multilevel layouts: each level, coarsest first, as "nodes×iterations:ms" (bench). */
  levels?: string[];
}

/** Typical link length in model units (Cytoscape pixels at zoom 1) of a large graph. */
export const EDGE_LENGTH = 70;

/**
 * Typical link length for n nodes: a small graph is looked at with its labels (up to 130px wide) and nodes sized
 * by citations (up to 90px), so it gets room; a large one is seen from afar.
 */
export function edgeLengthFor(n: number): number {
  return n <= 200 ? 160 : n <= 1000 ? 110 : EDGE_LENGTH;
}
const PPN = 10;
const PPE = 3;

/**
 * How many iterations a graph of n nodes gets: many for a small graph (cheap, and it is looked at closely), fewer
 * for a large one, where each iteration costs ~10 ms per 5,000 nodes and the start is already ordered.
 */
export function iterationsFor(n: number): number {
  if (n <= 300) return 400;
  if (n <= 1500) return 150;
  if (n <= 6000) return 90;
  return 60;
}

/**
 * Iterations run whatever the time budget: on a busy machine (or with the page's thread building the elements on
 * the other core) the layout then takes longer rather than coming out unfinished.
 */
export const MIN_ITERATIONS = 30;

function settingsFor(n: number): Record<string, number | boolean> {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: n > 2000 ? 10 : 2,
    strongGravityMode: true,
    gravity: n > 2000 ? 0.05 : 0.5,
    slowDown: 1 + Math.log(Math.max(n, 1)),
    barnesHutOptimize: n > 300,
    barnesHutTheta: n > 2000 ? 1.2 : 0.8,
  };
}

/** Adjacency lists as CSR arrays (offsets, neighbours). */
function adjacency(n: number, edges: Uint32Array): { off: Uint32Array; nb: Uint32Array } {
  const deg = new Uint32Array(n + 1);
  for (let i = 0; i < edges.length; i += 2) {
    deg[edges[i]!]!++;
    deg[edges[i + 1]!]!++;
  }
  const off = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) off[i + 1] = off[i]! + deg[i]!;
  const fill = off.slice(0, n);
  const nb = new Uint32Array(off[n]!);
  for (let i = 0; i < edges.length; i += 2) {
    const s = edges[i]!;
    const t = edges[i + 1]!;
    nb[fill[s]!++] = t;
    nb[fill[t]!++] = s;
  }
  return { off, nb };
}

/** Breadth-first order from the best-connected node of each component: neighbours come out next to each other. */
export function bfsOrder(n: number, edges: Uint32Array): Uint32Array {
  const { off, nb } = adjacency(n, edges);
  const byDegree = Array.from({ length: n }, (_, i) => i).sort((a, b) => off[b + 1]! - off[b]! - (off[a + 1]! - off[a]!) || a - b);
  const seen = new Uint8Array(n);
  const order = new Uint32Array(n);
  let head = 0;
  let tail = 0;
  for (const root of byDegree) {
    if (seen[root]) continue;
    seen[root] = 1;
    order[tail++] = root;
    while (head < tail) {
      const v = order[head++]!;
      for (let k = off[v]!; k < off[v + 1]!; k++) {
        const w = nb[k]!;
        if (!seen[w]) {
          seen[w] = 1;
          order[tail++] = w;
        }
      }
    }
  }
  return order;
}

/** Runs ForceAtlas2 on one connected set of nodes; positions are read from and written to x, y. */
function fa2(n: number, edges: Uint32Array, x: Float32Array, y: Float32Array, fixed: Uint8Array | undefined, iterations: number, deadline: number): number {
  if (n === 0) return 0;
  if (!fixed && n >= MULTILEVEL_FROM && x.every(Number.isNaN)) return multilevel(n, edges, x, y, iterations, deadline);
  const order = bfsOrder(n, edges);
  const nodes = new Float32Array(n * PPN);
  // Unplaced nodes go on a sunflower spiral in breadth-first order, or next to a placed neighbour.
  let k = 0;
  for (const v of order) {
    let px = x[v]!;
    let py = y[v]!;
    if (Number.isNaN(px) || Number.isNaN(py)) {
      const r = 12 * Math.sqrt(k + 0.5);
      const a = k * 2.399963;
      px = r * Math.cos(a);
      py = r * Math.sin(a);
      k++;
    }
    const j = v * PPN;
    nodes[j] = px;
    nodes[j + 1] = py;
    nodes[j + 6] = 1;
    nodes[j + 7] = 1;
    nodes[j + 8] = 1;
    nodes[j + 9] = fixed?.[v] ? 1 : 0;
  }
  const m = edges.length / 2;
  const em = new Float32Array(m * PPE);
  for (let e = 0; e < m; e++) {
    const s = edges[2 * e]!;
    const t = edges[2 * e + 1]!;
    em[e * PPE] = s * PPN;
    em[e * PPE + 1] = t * PPN;
    em[e * PPE + 2] = 1;
    nodes[s * PPN + 6]! += 1;
    nodes[t * PPN + 6]! += 1;
  }
  const settings = settingsFor(n);
  const floor = Math.min(iterations, MIN_ITERATIONS);
  let done = 0;
  if (m > 0 || n > 1) {
    for (; done < iterations; done++) {
      iterate(settings, nodes, em);
      if (done + 1 >= floor && performance.now() > deadline) {
        done++;
        break;
      }
    }
  }
  for (let v = 0; v < n; v++) {
    x[v] = nodes[v * PPN]!;
    y[v] = nodes[v * PPN + 1]!;
  }
  return done;
}

/** Scales and centres positions so that the median link is edgeLengthFor(n) long, then pulls overlapping nodes apart. */
function normalise(n: number, edges: Uint32Array, x: Float32Array, y: Float32Array, length = edgeLengthFor(n)): void {
  if (n === 0) return;
  let cx = 0;
  let cy = 0;
  for (let v = 0; v < n; v++) {
    cx += x[v]!;
    cy += y[v]!;
  }
  cx /= n;
  cy /= n;
  const lengths: number[] = [];
  const step = Math.max(1, Math.floor(edges.length / 2 / 2000));
  for (let e = 0; e < edges.length / 2; e += step) {
    const s = edges[2 * e]!;
    const t = edges[2 * e + 1]!;
    lengths.push(Math.hypot(x[s]! - x[t]!, y[s]! - y[t]!));
  }
  lengths.sort((a, b) => a - b);
  let typical = lengths.length ? lengths[Math.floor(lengths.length / 2)]! : 0;
  if (!(typical > 1e-6)) {
    let r = 0;
    for (let v = 0; v < n; v++) r = Math.max(r, Math.hypot(x[v]! - cx, y[v]! - cy));
    typical = r > 1e-6 ? r / Math.sqrt(n) : 1;
  }
  let scale = length / typical;
  if (n > 2000) {
    // A tangled graph (many long links) comes out as a disc as wide as its typical link, its nodes piled on one
    // another: scaled up until a node's nearest neighbour is usually a node's width away, so the picture shows
    // nodes and links rather than an opaque blob (and drawing it fills far fewer pixels). Smaller graphs have
    // their overlaps pulled apart below instead.
    // Never wider than MAX_EXTENT, so that the whole graph still fits a canvas at a zoom Cytoscape allows.
    const near = medianNearest(n, x, y);
    let extent = 0;
    for (let v = 0; v < n; v++) extent = Math.max(extent, Math.abs(x[v]! - cx), Math.abs(y[v]! - cy));
    if (near > 0 && near * scale < length * MIN_SPACING) scale = Math.max(scale, Math.min((length * MIN_SPACING) / near, MAX_EXTENT / 2 / Math.max(extent, 1e-6)));
  }
  for (let v = 0; v < n; v++) {
    x[v] = (x[v]! - cx) * scale;
    y[v] = (y[v]! - cy) * scale;
  }
  if (n <= 2000) separateNodes(n, x, y, length * 0.75);
}

/** In a large graph, the least usual distance from a node to its nearest neighbour, in links (see normalise). */
const MIN_SPACING = 0.35;
/** The widest a large graph is made by that spacing, in model units (at the view's least zoom, 0.05, 500px). */
const MAX_EXTENT = 10_000;

/** The median distance from a node to its nearest neighbour, over a sample of up to 1,000 nodes (0: none found). */
export function medianNearest(n: number, x: Float32Array, y: Float32Array): number {
  if (n < 2) return 0;
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (let v = 0; v < n; v++) {
    x1 = Math.min(x1, x[v]!); x2 = Math.max(x2, x[v]!); y1 = Math.min(y1, y[v]!); y2 = Math.max(y2, y[v]!);
  }
  // About two nodes a cell.
  const cell = Math.max(1e-6, Math.sqrt(((x2 - x1) * (y2 - y1) || 1) / n) * 1.4);
  const cols = Math.max(1, Math.ceil((x2 - x1) / cell) + 1);
  const rows = Math.max(1, Math.ceil((y2 - y1) / cell) + 1);
  const head = new Int32Array(cols * rows).fill(-1);
  const next = new Int32Array(n);
  const cellOf = (v: number) => Math.floor((y[v]! - y1) / cell) * cols + Math.floor((x[v]! - x1) / cell);
  for (let v = 0; v < n; v++) {
    const c = cellOf(v);
    next[v] = head[c]!;
    head[c] = v;
  }
  const found: number[] = [];
  const step = Math.max(1, Math.floor(n / 1000));
  for (let v = 0; v < n; v += step) {
    const cx = Math.floor((x[v]! - x1) / cell);
    const cy = Math.floor((y[v]! - y1) / cell);
    let best = Infinity;
    // Rings of cells outwards until the nearest one found cannot be beaten by a farther ring.
    for (let ring = 0; ring < Math.max(cols, rows) && best > (ring - 1) * cell; ring++) {
      for (let j = cy - ring; j <= cy + ring; j++) {
        if (j < 0 || j >= rows) continue;
        for (let i = cx - ring; i <= cx + ring; i++) {
          if (i < 0 || i >= cols || (Math.abs(i - cx) !== ring && Math.abs(j - cy) !== ring)) continue;
          for (let w = head[j * cols + i]!; w >= 0; w = next[w]!) {
            if (w !== v) best = Math.min(best, Math.hypot(x[w]! - x[v]!, y[w]! - y[v]!));
          }
        }
      }
    }
    if (Number.isFinite(best)) found.push(best);
  }
  found.sort((a, b) => a - b);
  return found[Math.floor(found.length / 2)] ?? 0;
}

/** Pushes nodes closer than `min` apart (a few passes over a grid of cells `min` wide). */
export function separateNodes(n: number, x: Float32Array, y: Float32Array, min: number): void {
  for (let pass = 0; pass < 8; pass++) {
    const cells = new Map<string, number[]>();
    for (let v = 0; v < n; v++) {
      const k = `${Math.floor(x[v]! / min)},${Math.floor(y[v]! / min)}`;
      const list = cells.get(k);
      if (list) list.push(v);
      else cells.set(k, [v]);
    }
    let moved = false;
    for (let v = 0; v < n; v++) {
      const cx = Math.floor(x[v]! / min);
      const cy = Math.floor(y[v]! / min);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const w of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (w <= v) continue;
            let ex = x[w]! - x[v]!;
            let ey = y[w]! - y[v]!;
            let d = Math.hypot(ex, ey);
            if (d >= min) continue;
            if (d < 1e-3) {
              ex = Math.cos(v + w);
              ey = Math.sin(v + w);
              d = 1;
            }
            const push = (min - d) / 2 / d;
            x[v] = x[v]! - ex * push;
            y[v] = y[v]! - ey * push;
            x[w] = x[w]! + ex * push;
            y[w] = y[w]! + ey * push;
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
}

/** Lays out the graph. Pure: the same request gives the same positions. */
export function forceLayout(req: ForceRequest): ForceResult {
  const t0 = performance.now();
  const n = req.n;
  const x = new Float32Array(n).fill(Number.NaN);
  const y = new Float32Array(n).fill(Number.NaN);
  if (req.x && req.y) {
    x.set(req.x.subarray(0, n));
    y.set(req.y.subarray(0, n));
  }
  const deadline = t0 + (req.budgetMs ?? Number.POSITIVE_INFINITY);
  const iterations = req.iterations ?? iterationsFor(n);
  let done: number;
  if (req.groups && !req.fixed) done = grouped(req, x, y, iterations, deadline);
  else if (req.fixed) {
    // An incremental layout keeps the scale of what is already drawn.
    done = fa2(n, req.edges, x, y, req.fixed, iterations, deadline);
  } else done = packed(n, req.edges, x, y, iterations, deadline, edgeLengthFor(n), req.halfWidths);
  const levels = levelLog.length ? levelLog : undefined;
  levelLog = [];
  return { x, y, iterations: done, ms: Math.round(performance.now() - t0), levels };
}

/**
 * Connected components, numbered by decreasing size (0 is the biggest; ties by lowest node): the component of each
 * node and the members of each component, in breadth-first order.
 */
export function components(n: number, edges: Uint32Array): { of: Int32Array; members: Uint32Array[] } {
  const order = bfsOrder(n, edges);
  const { off, nb } = adjacency(n, edges);
  const raw = new Int32Array(n).fill(-1);
  const lists: number[][] = [];
  for (const root of order) {
    if (raw[root]! >= 0) continue;
    // bfsOrder lists each component contiguously; walk it again to collect it.
    const c = lists.length;
    const list = [root];
    raw[root] = c;
    for (let h = 0; h < list.length; h++) {
      const v = list[h]!;
      for (let k = off[v]!; k < off[v + 1]!; k++) {
        const w = nb[k]!;
        if (raw[w]! < 0) {
          raw[w] = c;
          list.push(w);
        }
      }
    }
    lists.push(list);
  }
  const rank = lists.map((_, c) => c).sort((a, b) => lists[b]!.length - lists[a]!.length || lists[a]![0]! - lists[b]![0]!);
  const of = new Int32Array(n);
  const members = rank.map((c, i) => {
    for (const v of lists[c]!) of[v] = i;
    return Uint32Array.from(lists[c]!);
  });
  return { of, members };
}

/** Width over height of the area the packed components fill: about that of the canvas. */
const PACK_ASPECT = 1.6;

/**
 * The whole graph, component by component: each connected component is laid out alone (ForceAtlas2, scaled so a
 * typical link is `length`), then the components are packed, the biggest in the middle and the smaller ones
 * around it, nearest the centre first, never overlapping; isolated nodes go in a grid below. One force layout
 * over everything would instead push unconnected pieces to the rim and leave the middle empty.
 */
function packed(n: number, edges: Uint32Array, x: Float32Array, y: Float32Array, iterations: number, deadline: number, length: number, halfWidths?: Float32Array): number {
  if (n === 0) return 0;
  const { of, members } = components(n, edges);
  if (members.length === 1) {
    const done = fa2(n, edges, x, y, undefined, iterations, deadline);
    normalise(n, edges, x, y, length);
    return done;
  }
  const local = new Uint32Array(n);
  for (const list of members) list.forEach((v, i) => (local[v] = i));
  const inner: number[][] = members.map(() => []);
  for (let e = 0; e < edges.length; e += 2) {
    const s = edges[e]!;
    const t = edges[e + 1]!;
    inner[of[s]!]!.push(local[s]!, local[t]!);
  }
  const boxes: PackBox[] = [];
  const singles: number[] = [];
  let done = 0;
  members.forEach((list, c) => {
    const m = list.length;
    if (m === 1) {
      singles.push(list[0]!);
      return;
    }
    const gx = new Float32Array(m).fill(Number.NaN);
    const gy = new Float32Array(m).fill(Number.NaN);
    const ge = Uint32Array.from(inner[c]!);
    done = Math.max(done, fa2(m, ge, gx, gy, undefined, iterations, deadline));
    normalise(m, ge, gx, gy, length);
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    for (let i = 0; i < m; i++) {
      const v = list[i]!;
      const hw = halfWidths?.[v] ?? 0;
      x[v] = gx[i]!;
      y[v] = gy[i]!;
      x1 = Math.min(x1, gx[i]! - hw); x2 = Math.max(x2, gx[i]! + hw); y1 = Math.min(y1, gy[i]!); y2 = Math.max(y2, gy[i]!);
    }
    boxes.push({ list, x1, y1, x2, y2 });
  });
  // Room around each component for its nodes and their labels.
  const margin = Math.max(30, length * 0.5);
  const at = packBoxes(boxes.map((b) => ({ w: b.x2 - b.x1 + 2 * margin, h: b.y2 - b.y1 + 2 * margin })));
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  boxes.forEach((b, i) => {
    // Move the box's centre to the place found for it.
    const dx = at[i]!.x - (b.x1 + b.x2) / 2;
    const dy = at[i]!.y - (b.y1 + b.y2) / 2;
    for (const v of b.list) {
      x[v] = x[v]! + dx;
      y[v] = y[v]! + dy;
    }
    bottom = Math.max(bottom, b.y2 + dy + margin);
    left = Math.min(left, b.x1 + dx);
    right = Math.max(right, b.x2 + dx);
  });
  if (singles.length) {
    // Isolated nodes: a grid under the components, as wide as they are (or square when there are none).
    const step = Math.max(length * 0.8, 40);
    let wide = step;
    for (const v of singles) wide = Math.max(wide, 2 * (halfWidths?.[v] ?? 0) + step * 0.5);
    const span = Number.isFinite(left) ? right - left : Math.sqrt(singles.length * PACK_ASPECT) * wide;
    const cols = Math.max(1, Math.min(singles.length, Math.floor(span / wide) + 1));
    const top = Number.isFinite(bottom) ? bottom + step : 0;
    const x0 = Number.isFinite(left) ? (left + right) / 2 - ((cols - 1) * wide) / 2 : 0;
    singles.forEach((v, i) => {
      x[v] = x0 + (i % cols) * wide;
      y[v] = top + Math.floor(i / cols) * step;
    });
  }
  return done;
}

interface PackBox { list: Uint32Array; x1: number; y1: number; x2: number; y2: number }

/**
 * Places rectangles (biggest first, as given) around the origin without overlap: each goes to the first free spot
 * on a spiral stretched to PACK_ASPECT, so the big ones end up in the middle and the small ones fill in around
 * them. Returns the centre of each. Placed rectangles are kept in a grid of cells for the overlap checks.
 */
export function packBoxes(sizes: { w: number; h: number }[]): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  if (!sizes.length) return out;
  const sorted = sizes.map((s) => Math.max(s.w, s.h)).sort((a, b) => a - b);
  const cell = Math.max(1, sorted[Math.floor(sorted.length / 2)]!);
  // Cells keyed by one number: column and row offset so that both are non-negative below 2^20.
  const OFF = 1 << 19;
  const key = (i: number, j: number) => (i + OFF) * 1048576 + (j + OFF);
  const grid = new Map<number, number[]>();
  const placed: { x1: number; y1: number; x2: number; y2: number }[] = [];
  const free = (b: { x1: number; y1: number; x2: number; y2: number }): boolean => {
    for (let i = Math.floor(b.x1 / cell); i <= Math.floor(b.x2 / cell); i++) {
      for (let j = Math.floor(b.y1 / cell); j <= Math.floor(b.y2 / cell); j++) {
        for (const k of grid.get(key(i, j)) ?? []) {
          const p = placed[k]!;
          if (b.x1 < p.x2 && p.x1 < b.x2 && b.y1 < p.y2 && p.y1 < b.y2) return false;
        }
      }
    }
    return true;
  };
  const stretch = Math.sqrt(PACK_ASPECT);
  // Where on the spiral the last box went: the next (no bigger) one starts a little inside it, so the holes of the
  // last turns are still filled, but the full turns long since are not walked again.
  let lastR = 0;
  let lastSide = 0;
  sizes.forEach(({ w, h }, i) => {
    let cx = 0;
    let cy = 0;
    if (i > 0) {
      // An Archimedean spiral whose turns are `gap` apart, walked in steps of about `gap`.
      const gap = Math.max(1, Math.min(w, h) / 2);
      let r = Math.max(0, lastR - 2 * (lastSide + Math.max(w, h)));
      for (let theta = (2 * Math.PI * r) / gap; ; ) {
        r = (gap * theta) / (2 * Math.PI);
        cx = r * Math.cos(theta) * stretch;
        cy = (r * Math.sin(theta)) / stretch;
        if (free({ x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2 })) break;
        theta += Math.min(1, gap / Math.max(r, gap));
      }
      lastR = r;
      lastSide = Math.max(w, h);
    }
    const b = { x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2 };
    const k = placed.push(b) - 1;
    for (let ci = Math.floor(b.x1 / cell); ci <= Math.floor(b.x2 / cell); ci++) {
      for (let cj = Math.floor(b.y1 / cell); cj <= Math.floor(b.y2 / cell); cj++) {
        const list = grid.get(key(ci, cj));
        if (list) list.push(k);
        else grid.set(key(ci, cj), [k]);
      }
    }
    out.push({ x: cx, y: cy });
  });
  return out;
}

/** Each group laid out alone, then the groups placed as non-overlapping discs, linked groups near each other. */
function grouped(req: ForceRequest, x: Float32Array, y: Float32Array, iterations: number, deadline: number): number {
  const n = req.n;
  const groupsIn = req.groups!;
  // Nodes without a group are groups of one.
  const gid = new Int32Array(n);
  const ids = new Map<number, number>();
  let next = 0;
  for (let v = 0; v < n; v++) {
    const g = groupsIn[v]!;
    if (g < 0) gid[v] = next++;
    else {
      let id = ids.get(g);
      if (id === undefined) {
        id = next++;
        ids.set(g, id);
      }
      gid[v] = id;
    }
  }
  const G = next;
  const members: number[][] = Array.from({ length: G }, () => []);
  for (let v = 0; v < n; v++) members[gid[v]!]!.push(v);
  const local = new Int32Array(n);
  for (const list of members) list.forEach((v, i) => (local[v] = i));
  const inner: number[][] = Array.from({ length: G }, () => []);
  const between = new Map<number, number>();
  for (let e = 0; e < req.edges.length; e += 2) {
    const s = req.edges[e]!;
    const t = req.edges[e + 1]!;
    const a = gid[s]!;
    const b = gid[t]!;
    if (a === b) inner[a]!.push(local[s]!, local[t]!);
    else {
      const key = a < b ? a * G + b : b * G + a;
      between.set(key, (between.get(key) ?? 0) + 1);
    }
  }
  // Inside each group; each group's box (half width and height around its centre), frame and labels included.
  const radius = new Float64Array(G);
  const hw = new Float64Array(G);
  const hh = new Float64Array(G);
  let done = 0;
  for (let g = 0; g < G; g++) {
    const list = members[g]!;
    const m = list.length;
    const gx = new Float32Array(m).fill(Number.NaN);
    const gy = new Float32Array(m).fill(Number.NaN);
    const ge = Uint32Array.from(inner[g]!);
    if (m > 1) {
      // Tighter inside a frame: the frame already sets the group apart.
      const halves = req.halfWidths ? Float32Array.from(list, (v) => req.halfWidths![v]!) : undefined;
      done = Math.max(done, packed(m, ge, gx, gy, iterations, deadline, Math.min(edgeLengthFor(m), 100), halves));
    } else {
      gx[0] = 0;
      gy[0] = 0;
    }
    let r = 0;
    let ax = 0;
    let ay = 0;
    for (let i = 0; i < m; i++) {
      x[list[i]!] = gx[i]!;
      y[list[i]!] = gy[i]!;
      r = Math.max(r, Math.hypot(gx[i]!, gy[i]!));
      ax = Math.max(ax, Math.abs(gx[i]!));
      ay = Math.max(ay, Math.abs(gy[i]!));
    }
    // Room for the node itself, its label and the group's frame (its title above).
    const pad = m > 1 ? 70 : 45;
    const wide = m === 1 ? (req.halfWidths?.[list[0]!] ?? 0) : 0;
    radius[g] = r + Math.max(pad, wide + 15);
    hw[g] = ax + Math.max(pad, wide + 15);
    hh[g] = ay + pad + (m > 1 ? 15 : 0);
  }
  // The groups: a force layout of discs (links between groups pull, discs never overlap), biggest first.
  const order = Array.from({ length: G }, (_, g) => g).sort((a, b) => radius[b]! - radius[a]! || a - b);
  const cx = new Float64Array(G);
  const cy = new Float64Array(G);
  order.forEach((g, k) => {
    const r = 40 * Math.sqrt(k) * (1 + Math.sqrt(radius[g]!) / 10);
    cx[g] = r * Math.cos(k * 2.399963);
    cy[g] = r * Math.sin(k * 2.399963);
  });
  const pairs = [...between.entries()].map(([key, w]) => [Math.floor(key / G), key % G, w] as const);
  const rounds = G > 400 ? 60 : 200;
  for (let round = 0; round < rounds; round++) {
    const cool = 1 - round / rounds;
    // Links pull linked groups together.
    for (const [a, b, w] of pairs) {
      const dx = cx[b]! - cx[a]!;
      const dy = cy[b]! - cy[a]!;
      const d = Math.hypot(dx, dy) || 1;
      const want = radius[a]! + radius[b]! + 20;
      if (d <= want) continue;
      const f = (0.25 * cool * Math.min(w, 5) * (d - want)) / d / 5;
      cx[a]! += dx * f;
      cy[a]! += dy * f;
      cx[b]! -= dx * f;
      cy[b]! -= dy * f;
    }
    // Everything drifts towards the centre, more so the small groups.
    for (let g = 0; g < G; g++) {
      cx[g]! *= 1 - 0.02 * cool;
      cy[g]! *= 1 - 0.02 * cool;
    }
    // No overlap.
    separate(G, cx, cy, hw, hh);
  }
  for (let pass = 0; pass < 50; pass++) if (!separate(G, cx, cy, hw, hh)) break;
  for (let v = 0; v < n; v++) {
    const g = gid[v]!;
    x[v] = x[v]! + cx[g]!;
    y[v] = y[v]! + cy[g]!;
  }
  return done;
}

/** Pushes overlapping boxes apart along the axis where they overlap least; true when some overlapped. */
function separate(G: number, cx: Float64Array, cy: Float64Array, hw: Float64Array, hh: Float64Array): boolean {
  const GAP = 12;
  let moved = false;
  for (let a = 0; a < G; a++) {
    for (let b = a + 1; b < G; b++) {
      const dx = cx[b]! - cx[a]!;
      const dy = cy[b]! - cy[a]!;
      const ox = hw[a]! + hw[b]! + GAP - Math.abs(dx);
      const oy = hh[a]! + hh[b]! + GAP - Math.abs(dy);
      if (ox <= 0 || oy <= 0) continue;
      if (ox < oy) {
        const push = (ox / 2) * (dx < 0 ? -1 : 1) || ox / 2;
        cx[a]! -= push;
        cx[b]! += push;
      } else {
        const push = (oy / 2) * (dy < 0 ? -1 : 1) || oy / 2;
        cy[a]! -= push;
        cy[b]! += push;
      }
      moved = true;
    }
  }
  return moved;
}

/** From this many nodes a graph laid out from scratch is laid out coarse to fine (multilevel). */
export const MULTILEVEL_FROM = 1500;

/** The levels of the last multilevel layout (forceLayout hands them on with its result). */
let levelLog: string[] = [];

/** One level of the coarsening: a graph whose nodes stand for groups of nodes of the level below. */
interface Level {
  n: number;
  /** Links as pairs of node indices, each once, with its weight (how many links below it stands for). */
  edges: Uint32Array;
  weights: Float32Array;
  /** Mass of each node: the sum of the masses below (1 + degree at the finest level, as ForceAtlas2 has it). */
  mass: Float32Array;
  /** For each node of the level below, the node of this level it was merged into (unset at the finest level). */
  parent: Uint32Array;
}

/**
 * Merges each node with its unmerged neighbour of least mass (a matching, lightest first, so groups stay even); a
 * node whose neighbours are all taken joins the lightest neighbouring group. Null when that would hardly shrink
 * the graph.
 */
function coarsen(fine: Level): Level | null {
  const { n, edges, weights, mass } = fine;
  const { off, nb } = adjacency(n, edges);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => mass[a]! - mass[b]! || a - b);
  const parent = new Int32Array(n).fill(-1);
  const groupMass: number[] = [];
  let next = 0;
  for (const v of order) {
    if (parent[v]! >= 0) continue;
    let best = -1;
    for (let k = off[v]!; k < off[v + 1]!; k++) {
      const w = nb[k]!;
      if (w !== v && parent[w]! < 0 && (best < 0 || mass[w]! < mass[best]!)) best = w;
    }
    if (best >= 0) {
      parent[v] = parent[best] = next++;
      groupMass.push(mass[v]! + mass[best]!);
    }
  }
  for (const v of order) {
    if (parent[v]! >= 0) continue;
    let best = -1;
    for (let k = off[v]!; k < off[v + 1]!; k++) {
      const g = parent[nb[k]!]!;
      if (g >= 0 && (best < 0 || groupMass[g]! < groupMass[best]!)) best = g;
    }
    if (best >= 0) {
      parent[v] = best;
      groupMass[best]! += mass[v]!;
    } else {
      parent[v] = next++;
      groupMass.push(mass[v]!);
    }
  }
  if (next > n * 0.8) return null;
  const merged = new Map<number, number>();
  for (let i = 0; i < edges.length; i += 2) {
    const a = parent[edges[i]!]!;
    const b = parent[edges[i + 1]!]!;
    if (a === b) continue;
    const key = a < b ? a * next + b : b * next + a;
    merged.set(key, (merged.get(key) ?? 0) + weights[i / 2]!);
  }
  const ce = new Uint32Array(merged.size * 2);
  const cw = new Float32Array(merged.size);
  let e = 0;
  for (const [key, w] of merged) {
    ce[2 * e] = Math.floor(key / next);
    ce[2 * e + 1] = key % next;
    cw[e++] = w;
  }
  return { n: next, edges: ce, weights: cw, mass: Float32Array.from(groupMass), parent: Uint32Array.from(parent) };
}

/** Iterations at a level `depth` steps above the finest: a coarse level is cheap and sets the overall shape. */
function levelIterations(finest: number, depth: number, coarsest: boolean): number {
  return coarsest ? 100 : depth === 1 ? finest : Math.round(finest * (1 + 0.2 * depth));
}

/** The fewest iterations at the finest level, whatever the time budget (the start is already the coarse picture). */
const MULTILEVEL_MIN_FINEST = 10;

/**
 * ForceAtlas2 coarse to fine: the graph is coarsened by merging neighbours until a few dozen nodes are left, the
 * coarsest graph is laid out from a spiral, and each finer level starts from the positions of the groups its nodes
 * were merged into (spread a little around them) and needs only a few iterations to settle. Masses and link
 * weights add up, so every level has the scale of the whole graph. `iterations` is what the whole graph would need
 * laid out in one go; the finest level gets a fraction of it.
 */
function multilevel(n: number, edges: Uint32Array, x: Float32Array, y: Float32Array, iterations: number, deadline: number): number {
  const t0 = performance.now();
  const mass = new Float32Array(n).fill(1);
  for (let i = 0; i < edges.length; i++) mass[edges[i]!]! += 1;
  const levels: Level[] = [{ n, edges, weights: new Float32Array(edges.length / 2).fill(1), mass, parent: new Uint32Array(0) }];
  while (levels[levels.length - 1]!.n > 60) {
    const c = coarsen(levels[levels.length - 1]!);
    if (!c) break;
    levels.push(c);
  }
  levelLog.push(`coarsen:${Math.round(performance.now() - t0)}`);
  const settings = settingsFor(n);
  const finest = Math.max(MULTILEVEL_MIN_FINEST, Math.round(iterations / 8));
  let px = new Float32Array(0);
  let py = new Float32Array(0);
  let done = 0;
  for (let d = levels.length - 1; d >= 0; d--) {
    const level = levels[d]!;
    const m = level.n;
    const nodes = new Float32Array(m * PPN);
    if (d === levels.length - 1) {
      const order = bfsOrder(m, level.edges);
      order.forEach((v, k) => {
        const r = 12 * Math.sqrt(k + 0.5);
        nodes[v * PPN] = r * Math.cos(k * 2.399963);
        nodes[v * PPN + 1] = r * Math.sin(k * 2.399963);
      });
    } else {
      // Each node starts at its group's place, spread on a small circle so merged nodes do not coincide.
      const up = levels[d + 1]!;
      const spread = typicalLength(up.n, up.edges, px, py) * 0.25;
      for (let v = 0; v < m; v++) {
        const g = up.parent[v]!;
        const a = v * 2.399963;
        nodes[v * PPN] = px[g]! + spread * Math.cos(a);
        nodes[v * PPN + 1] = py[g]! + spread * Math.sin(a);
      }
    }
    for (let v = 0; v < m; v++) {
      nodes[v * PPN + 6] = level.mass[v]!;
      nodes[v * PPN + 7] = 1;
      nodes[v * PPN + 8] = 1;
    }
    const em = new Float32Array((level.edges.length / 2) * PPE);
    for (let e = 0; e < level.edges.length / 2; e++) {
      em[e * PPE] = level.edges[2 * e]! * PPN;
      em[e * PPE + 1] = level.edges[2 * e + 1]! * PPN;
      em[e * PPE + 2] = level.weights[e]!;
    }
    const tl = performance.now();
    const want = levelIterations(finest, d, d === levels.length - 1);
    // Short of time, the coarse levels are cut first: the finest level always gets its few iterations.
    const floor = d === 0 ? Math.min(want, MULTILEVEL_MIN_FINEST) : Math.min(want, 5);
    let i = 0;
    for (; i < want; i++) {
      iterate(settings, nodes, em);
      if (i + 1 >= floor && performance.now() > deadline) {
        i++;
        break;
      }
    }
    if (d === 0) done = i;
    levelLog.push(`${m}×${i}:${Math.round(performance.now() - tl)}`);
    px = new Float32Array(m);
    py = new Float32Array(m);
    for (let v = 0; v < m; v++) {
      px[v] = nodes[v * PPN]!;
      py[v] = nodes[v * PPN + 1]!;
    }
  }
  x.set(px);
  y.set(py);
  return done;
}

/** The median length of a sample of links (1 when there are none). */
function typicalLength(n: number, edges: Uint32Array, x: Float32Array, y: Float32Array): number {
  const lengths: number[] = [];
  const step = Math.max(1, Math.floor(edges.length / 2 / 500));
  for (let e = 0; e < edges.length / 2; e += step) lengths.push(Math.hypot(x[edges[2 * e]!]! - x[edges[2 * e + 1]!]!, y[edges[2 * e]!]! - y[edges[2 * e + 1]!]!));
  lengths.sort((a, b) => a - b);
  const t = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return n > 0 && t > 1e-6 ? t : 1;
}
