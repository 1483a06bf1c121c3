// The force layout (client/src/graph/force-core.ts), the code the layout worker runs: finite, deterministic
// positions; linked nodes nearer than unlinked ones; fixed nodes kept; groups laid out as discs that never overlap.
import { describe, expect, it } from 'vitest';
import { bfsOrder, edgeLengthFor, forceLayout, separateNodes } from '../../client/src/graph/force-core.ts';

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
