// The timeline axis's year step (client/src/graph/axis.ts): labels never closer than the minimum spacing, and the
// finest step that allows it.
import { describe, expect, it } from 'vitest';
import { yearStep } from '../../client/src/graph/axis.ts';

describe('yearStep', () => {
  it('labels every year when a year is wide enough, and thins out as the view zooms out', () => {
    expect(yearStep(160)).toBe(1);
    expect(yearStep(44)).toBe(1);
    expect(yearStep(43)).toBe(2);
    expect(yearStep(10)).toBe(5);
    expect(yearStep(3)).toBe(20);
    expect(yearStep(0.01)).toBe(100);
  });

  it('never puts two labels closer than 44 px, unless even the widest step cannot', () => {
    for (let px = 0.5; px < 200; px *= 1.37) expect(yearStep(px) * px).toBeGreaterThanOrEqual(44);
  });
});
