// Moving the keyboard cursor over the graph (client/src/graph/keyboard.ts): which node an arrow key goes to.
import { describe, expect, it } from 'vitest';
import { nearest, nearestInDirection, type Point } from '../../client/src/graph/keyboard.ts';

const at = { x: 0, y: 0 };
const p = (id: string, x: number, y: number): Point => ({ id, x, y });

describe('nearestInDirection', () => {
  it('goes to the nearest node on the side of the arrow, never behind or beside it', () => {
    const pts = [p('left', -50, 0), p('right', 60, 0), p('far-right', 200, 0), p('up', 0, -40), p('down', 0, 70)];
    expect(nearestInDirection(at, pts, 'right')?.id).toBe('right');
    expect(nearestInDirection(at, pts, 'left')?.id).toBe('left');
    expect(nearestInDirection(at, pts, 'up')?.id).toBe('up');
    expect(nearestInDirection(at, pts, 'down')?.id).toBe('down');
  });

  it('prefers a node straight ahead over a nearer one far off to the side', () => {
    const pts = [p('ahead', 100, 0), p('diagonal', 45, 40)];
    expect(nearestInDirection(at, pts, 'right')?.id).toBe('ahead');
  });

  it('takes a node within 60° of the arrow, and none beyond it', () => {
    expect(nearestInDirection(at, [p('steep', 10, 15)], 'right')?.id).toBe('steep'); // ~56°
    expect(nearestInDirection(at, [p('too-steep', 10, 20)], 'right')).toBeNull(); // ~63°
  });

  it('returns nothing when nothing lies that way, and skips the node it starts from', () => {
    expect(nearestInDirection(at, [p('left', -10, 0)], 'right')).toBeNull();
    expect(nearestInDirection(at, [p('self', 0, 0), p('next', 0, 30)], 'down', 'self')?.id).toBe('next');
    expect(nearestInDirection(at, [], 'up')).toBeNull();
  });

  it('reaches every node of a grid by arrows alone', () => {
    const grid: Point[] = [];
    for (let r = 0; r < 4; r++) for (let c = 0; c < 5; c++) grid.push(p(`${r}:${c}`, c * 100, r * 80));
    const seen = new Set<string>(['0:0']);
    let cur = grid[0]!;
    for (const row of [0, 1, 2, 3]) {
      const dir = row % 2 === 0 ? 'right' : 'left';
      for (let i = 0; i < 4; i++) {
        cur = nearestInDirection(cur, grid, dir, cur.id)!;
        seen.add(cur.id);
      }
      if (row < 3) {
        cur = nearestInDirection(cur, grid, 'down', cur.id)!;
        seen.add(cur.id);
      }
    }
    expect(seen.size).toBe(20);
  });
});

describe('nearest', () => {
  it('finds the point closest to a position', () => {
    expect(nearest({ x: 10, y: 10 }, [p('a', 0, 0), p('b', 30, 30), p('c', 12, 9)])?.id).toBe('c');
    expect(nearest(at, [])).toBeNull();
  });
});
