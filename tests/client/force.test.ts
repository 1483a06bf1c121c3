// The force layout (client/src/graph/force-core.ts), the code the layout worker runs: finite, deterministic
// positions; linked nodes nearer than unlinked ones; fixed nodes kept; groups laid out as discs that never overlap.
import { describe, expect, it } from 'vitest';
import { bfsOrder, components, EDGE_LENGTH, edgeLengthFor, forceLayout, medianNearest, MIN_ITERATIONS, MULTILEVEL_FROM, packBoxes, separateNodes } from '../../client/src/graph/force-core.ts';

/** Two dense clusters of 30 nodes joined by one link. */
function twoClusters(): { n: number; edges: Uint32Array } {
  const e: number[] = [];
  for (const base of [0, 30]) for (let i = 0; i < 30; i++) for (const d of [1, 2, 3]) e.push(base + i, base + ((i + d) % 30));
  e.push(0, 30);
  return { n: 60, edges: Uint32Array.from(e) };
}
const dist = (r: { x: Float32Array; y: Float32Array }, a: number, b: number) => Math.hypot(r.x[a]! - r.x[b]!, r.y[a]! - r.y[b]!);

describe('forceLayout', () => {
  it('places every node at a finite position, the same each run', () => {
    const g = twoClusters();
    const a = forceLayout(g);
    const b = forceLayout(g);
    for (let i = 0; i < g.n; i++) expect(Number.isFinite(a.x[i]!) && Number.isFinite(a.y[i]!)).toBe(true);
    expect([...a.x]).toEqual([...b.x]);
    expect(a.iterations).toBeGreaterThan(0);
  });

  it('keeps each cluster together: a node is nearer its own cluster than the other one', () => {
    const r = forceLayout(twoClusters());
    let inside = 0;
    let across = 0;
    for (let i = 1; i < 30; i++) {
      inside += dist(r, 5, i);
      across += dist(r, 5, 30 + i);
    }
    expect(inside * 1.5).toBeLessThan(across);
  });

  it('scales the picture so a typical link is about edgeLengthFor(n) long, and no two nodes overlap', () => {
    const g = twoClusters();
    const r = forceLayout(g);
    const lengths = [];
    for (let k = 0; k < g.edges.length; k += 2) lengths.push(dist(r, g.edges[k]!, g.edges[k + 1]!));
    lengths.sort((p, q) => p - q);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    expect(median).toBeGreaterThan(edgeLengthFor(g.n) * 0.75);
    expect(median).toBeLessThan(edgeLengthFor(g.n) * 1.5);
    let closest = Infinity;
    for (let a = 0; a < g.n; a++) for (let b = a + 1; b < g.n; b++) closest = Math.min(closest, dist(r, a, b));
    expect(closest).toBeGreaterThan(edgeLengthFor(g.n) * 0.5);
  });

  it('separates nodes on the same spot', () => {
    const x = new Float32Array(4);
    const y = new Float32Array(4);
    separateNodes(4, x, y, 50);
    const r = { x, y };
    for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) expect(dist(r, a, b)).toBeGreaterThan(20);
  });

  it('leaves fixed nodes where they are and moves the others', () => {
    const x = Float32Array.from([0, 100, Number.NaN]);
    const y = Float32Array.from([0, 0, Number.NaN]);
    const r = forceLayout({ n: 3, edges: Uint32Array.from([0, 1, 1, 2]), x, y, fixed: Uint8Array.from([1, 1, 0]) });
    expect([r.x[0], r.y[0], r.x[1], r.y[1]]).toEqual([0, 0, 100, 0]);
    expect(Number.isFinite(r.x[2]!)).toBe(true);
  });

  it('lays groups out as discs that do not overlap, each group around its own centre', () => {
    const g = twoClusters();
    const groups = Int32Array.from({ length: g.n }, (_, i) => (i < 30 ? 0 : 1));
    const r = forceLayout({ ...g, groups });
    const box = (from: number) => {
      let x1 = Infinity, x2 = -Infinity, y1 = Infinity, y2 = -Infinity;
      for (let i = from; i < from + 30; i++) {
        x1 = Math.min(x1, r.x[i]!); x2 = Math.max(x2, r.x[i]!); y1 = Math.min(y1, r.y[i]!); y2 = Math.max(y2, r.y[i]!);
      }
      return { x1, x2, y1, y2 };
    };
    const a = box(0);
    const b = box(30);
    const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    expect(overlap).toBe(false);
  });

  it('stops at its time budget', () => {
    const n = 3000;
    const e: number[] = [];
    for (let i = 0; i < n; i++) e.push(i, (i + 1) % n, i, (i * 7 + 3) % n);
    const r = forceLayout({ n, edges: Uint32Array.from(e), iterations: 100000, budgetMs: 50 });
    expect(r.iterations).toBeLessThan(100000);
  });

  it('runs MIN_ITERATIONS whatever the budget, so a busy machine never gets an unfinished layout', () => {
    const n = 500;
    const e: number[] = [];
    for (let i = 0; i < n; i++) e.push(i, (i + 1) % n);
    const r = forceLayout({ n, edges: Uint32Array.from(e), iterations: 400, budgetMs: 0 });
    expect(r.iterations).toBe(MIN_ITERATIONS);
  });
});

describe('bfsOrder', () => {
  it('visits every node once, neighbours next to each other, starting from the best-connected node', () => {
    const order = [...bfsOrder(6, Uint32Array.from([2, 0, 2, 1, 2, 3, 3, 4]))];
    expect(order[0]).toBe(2);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(order.indexOf(4)).toBeGreaterThan(order.indexOf(3));
    expect(order.at(-1)).toBe(5);
  });
});

/** A ring of `size` nodes starting at `from`, with a chord, as pairs. */
function ring(from: number, size: number): number[] {
  const e: number[] = [];
  for (let i = 0; i < size; i++) e.push(from + i, from + ((i + 1) % size));
  if (size > 3) e.push(from, from + Math.floor(size / 2));
  return e;
}

/** Components of 60, 20, 8, 8, 4, 3 and 2 nodes, then 12 isolated nodes. */
function manyComponents(): { n: number; edges: Uint32Array; parts: [number, number][]; singles: number[] } {
  const parts: [number, number][] = [];
  const e: number[] = [];
  let at = 0;
  for (const size of [60, 20, 8, 8, 4, 3, 2]) {
    e.push(...(size === 2 ? [at, at + 1] : ring(at, size)));
    parts.push([at, size]);
    at += size;
  }
  const singles = Array.from({ length: 12 }, (_, i) => at + i);
  return { n: at + 12, edges: Uint32Array.from(e), parts, singles };
}

function boxOf(r: { x: Float32Array; y: Float32Array }, nodes: number[]) {
  let x1 = Infinity, x2 = -Infinity, y1 = Infinity, y2 = -Infinity;
  for (const i of nodes) {
    x1 = Math.min(x1, r.x[i]!); x2 = Math.max(x2, r.x[i]!); y1 = Math.min(y1, r.y[i]!); y2 = Math.max(y2, r.y[i]!);
  }
  return { x1, x2, y1, y2, cx: (x1 + x2) / 2, cy: (y1 + y2) / 2 };
}
const range = (from: number, size: number) => Array.from({ length: size }, (_, i) => from + i);

describe('components', () => {
  it('numbers connected components by decreasing size and lists their members', () => {
    const g = manyComponents();
    const c = components(g.n, g.edges);
    expect(c.members.map((m) => m.length)).toEqual([60, 20, 8, 8, 4, 3, 2, ...g.singles.map(() => 1)]);
    for (const [from, size] of g.parts) expect(new Set(range(from, size).map((v) => c.of[v])).size).toBe(1);
    expect(c.of[0]).toBe(0);
    expect(c.of[60]).toBe(1);
  });
});

describe('forceLayout packs the components of the whole graph', () => {
  const g = manyComponents();
  const r = forceLayout(g);
  const boxes = g.parts.map(([from, size]) => boxOf(r, range(from, size)));

  it('never lets two components overlap', () => {
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const p = boxes[a]!;
        const q = boxes[b]!;
        expect(p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2, `components ${a} and ${b} overlap`).toBe(false);
      }
    }
  });

  it('puts the biggest component in the middle of the components, the smaller ones around it', () => {
    const all = boxOf(r, g.parts.flatMap(([from, size]) => range(from, size)));
    const offCentre = boxes.map((b) => Math.hypot(b.cx - all.cx, b.cy - all.cy));
    expect(offCentre[0]).toBe(Math.min(...offCentre));
    // The small ones are packed close: the components fill at least a fifth of their joint box.
    const area = boxes.reduce((s, b) => s + (b.x2 - b.x1 + 60) * (b.y2 - b.y1 + 60), 0);
    expect(area / ((all.x2 - all.x1 + 60) * (all.y2 - all.y1 + 60))).toBeGreaterThan(0.2);
  });

  it('puts isolated nodes in a grid below the components, none on top of another', () => {
    const bottom = Math.max(...boxes.map((b) => b.y2));
    const ys = new Set<number>();
    for (const v of g.singles) {
      expect(r.y[v]!).toBeGreaterThan(bottom);
      ys.add(Math.round(r.y[v]!));
    }
    expect(ys.size).toBeLessThan(g.singles.length);
    for (const a of g.singles) for (const b of g.singles) if (a < b) expect(dist(r, a, b)).toBeGreaterThan(20);
  });

  it('keeps linked nodes close inside each component', () => {
    for (let k = 0; k < g.edges.length; k += 2) expect(dist(r, g.edges[k]!, g.edges[k + 1]!)).toBeLessThan(edgeLengthFor(g.n) * 4);
  });

  it('packs a thousand small components as well, without overlap', () => {
    const e: number[] = [];
    for (let c = 0; c < 1000; c++) e.push(...ring(c * 4, 4));
    const big = forceLayout({ n: 4000, edges: Uint32Array.from(e) });
    const bs = Array.from({ length: 1000 }, (_, c) => boxOf(big, range(c * 4, 4)));
    const sorted = [...bs].sort((p, q) => p.x1 - q.x1);
    for (let a = 0; a < sorted.length; a++) {
      for (let b = a + 1; b < sorted.length && sorted[b]!.x1 < sorted[a]!.x2; b++) {
        const p = sorted[a]!;
        const q = sorted[b]!;
        expect(p.y1 < q.y2 && q.y1 < p.y2).toBe(false);
      }
    }
  });
});

describe('packBoxes', () => {
  it('places boxes without overlap, the first at the centre, wider than tall overall', () => {
    const sizes = [{ w: 400, h: 300 }, ...Array.from({ length: 40 }, (_, i) => ({ w: 40 + (i % 7) * 20, h: 30 + (i % 5) * 25 }))];
    const at = packBoxes(sizes);
    expect(at[0]).toEqual({ x: 0, y: 0 });
    const b = at.map((p, i) => ({ x1: p.x - sizes[i]!.w / 2, x2: p.x + sizes[i]!.w / 2, y1: p.y - sizes[i]!.h / 2, y2: p.y + sizes[i]!.h / 2 }));
    for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) expect(b[i]!.x1 < b[j]!.x2 && b[j]!.x1 < b[i]!.x2 && b[i]!.y1 < b[j]!.y2 && b[j]!.y1 < b[i]!.y2).toBe(false);
    const w = Math.max(...b.map((q) => q.x2)) - Math.min(...b.map((q) => q.x1));
    const h = Math.max(...b.map((q) => q.y2)) - Math.min(...b.map((q) => q.y1));
    expect(w).toBeGreaterThan(h);
  });
});

describe('forceLayout of a large graph (coarse to fine)', () => {
  /** 40 rings of 50 nodes (each node linked to the next two), ring k linked to ring k+1 by one link: 2,000 nodes. */
  function ringsOfRings(): { n: number; edges: Uint32Array } {
    const e: number[] = [];
    for (let k = 0; k < 40; k++) {
      for (let i = 0; i < 50; i++) for (const d of [1, 2]) e.push(k * 50 + i, k * 50 + ((i + d) % 50));
      if (k > 0) e.push((k - 1) * 50, k * 50);
    }
    return { n: 2000, edges: Uint32Array.from(e) };
  }
  const g = ringsOfRings();
  const r = forceLayout(g);

  it('is laid out coarse to fine, every node at a finite place, the same each run', () => {
    expect(g.n).toBeGreaterThanOrEqual(MULTILEVEL_FROM);
    expect(r.levels?.length).toBeGreaterThan(2);
    for (let i = 0; i < g.n; i++) expect(Number.isFinite(r.x[i]!) && Number.isFinite(r.y[i]!)).toBe(true);
    expect([...forceLayout(g).x]).toEqual([...r.x]);
  });

  it('keeps each ring together: linked nodes are far nearer than nodes of different rings', () => {
    let linked = 0;
    for (let k = 0; k < g.edges.length; k += 2) linked += dist(r, g.edges[k]!, g.edges[k + 1]!);
    linked /= g.edges.length / 2;
    let apart = 0;
    for (let i = 0; i < 1000; i++) apart += dist(r, (i * 37) % 2000, (i * 37 + 1000) % 2000);
    apart /= 1000;
    expect(linked * 4).toBeLessThan(apart);
    // Same ring, opposite sides: nearer than two rings far apart in the chain (laid out in one go from a spiral,
    // as below MULTILEVEL_FROM, the two came out about as far: 624 and 643).
    let sameRing = 0;
    let otherRing = 0;
    for (let k = 0; k < 20; k++) {
      sameRing += dist(r, k * 50, k * 50 + 25);
      otherRing += dist(r, k * 50, (k + 20) * 50 + 25);
    }
    expect(sameRing * 1.5).toBeLessThan(otherRing);
  });

  it('still gives the finest level its iterations when the time budget is spent', () => {
    const tight = forceLayout({ ...g, budgetMs: 0 });
    expect(tight.iterations).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < g.n; i++) expect(Number.isFinite(tight.x[i]!)).toBe(true);
  });
});

describe('forceLayout of a large tangled graph', () => {
  it('spreads its nodes out: a node is usually a third of a link from its nearest neighbour, not piled on it (3 units before)', () => {
    // 3,000 nodes, each linked to a neighbour and to two nodes anywhere (deterministic): a disc of long links.
    const n = 3000;
    const e: number[] = [];
    for (let i = 0; i < n; i++) {
      for (const j of [(i + 1) % n, (i * 7919 + 13) % n, (i * 104729 + 7) % n]) if (j !== i) e.push(i, j);
    }
    const r = forceLayout({ n, edges: Uint32Array.from(e) });
    expect(medianNearest(n, r.x, r.y)).toBeGreaterThan(EDGE_LENGTH * 0.3);
    let extent = 0;
    for (let i = 0; i < n; i++) extent = Math.max(extent, Math.abs(r.x[i]!), Math.abs(r.y[i]!));
    expect(extent).toBeLessThan(10_000);
  });
});
