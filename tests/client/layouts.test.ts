// The layouts (client/src/graph/layouts.ts), on a headless Cytoscape: the timeline's positions (issue dates
// along x, one lane per kind, everything else beside what it links to) and the options each layout runs with.
import { describe, expect, it } from 'vitest';
import cytoscape, { type Core, type ElementDefinition, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import { layoutOptions, timeline, timelinePositions } from '../../client/src/graph/layouts.ts';

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.warnings(false);

/** Filters hide elements with this class (display: none), which `:visible` then leaves out, as in the page. */
function graph(elements: ElementDefinition[]): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: '.filtered-out', style: { display: 'none' } }],
    elements,
    layout: { name: 'preset' },
  });
}

type Data = { kind?: string | null; issuedOn?: string | null; year?: number | null };
const ins = (id: string, d: Data = {}, classes?: string): ElementDefinition => ({
  group: 'nodes',
  data: { id, type: 'instrument', label: id, kind: 'Quy định', ...d },
  ...(classes ? { classes } : {}),
});
const node = (id: string, type: string, classes?: string): ElementDefinition => ({ group: 'nodes', data: { id, type, label: id }, ...(classes ? { classes } : {}) });
const edge = (source: string, target: string, type = 'CITES'): ElementDefinition => ({ group: 'edges', data: { id: `${source}->${target}`, source, target, type } });

const day = (iso: string) => Date.parse(iso);

describe('timelinePositions', () => {
  it('puts later issue dates further right, whatever the order of the elements', () => {
    const els = [ins('a', { issuedOn: '2018-03-01' }), ins('b', { issuedOn: '2019-03-01' }), ins('c', { issuedOn: '2021-06-15' })];
    for (const order of [els, [...els].reverse()]) {
      const p = timelinePositions(graph(order));
      expect(p.a!.x).toBeLessThan(p.b!.x);
      expect(p.b!.x).toBeLessThan(p.c!.x);
    }
  });

  it('spaces instruments in proportion to the time between them', () => {
    const p = timelinePositions(graph([ins('a', { issuedOn: '2016-01-01' }), ins('b', { issuedOn: '2018-01-01' }), ins('c', { issuedOn: '2024-01-01' })]));
    const ratio = (p.c!.x - p.a!.x) / (p.b!.x - p.a!.x);
    expect(ratio).toBeCloseTo((day('2024-01-01') - day('2016-01-01')) / (day('2018-01-01') - day('2016-01-01')), 6);
  });

  it('places an instrument known only by its year at the middle of that year', () => {
    const p = timelinePositions(
      graph([
        ins('jan', { kind: 'Nghị quyết', issuedOn: '2019-01-01' }),
        ins('dec', { kind: 'Chỉ thị', issuedOn: '2019-12-31' }),
        ins('mid', { kind: 'Kết luận', issuedOn: '2019-07-01' }),
        ins('year-only', { kind: 'Quy định', year: 2019 }),
      ]),
    );
    expect(p['year-only']!.x).toBeGreaterThan(p.jan!.x);
    expect(p['year-only']!.x).toBeLessThan(p.dec!.x);
    expect(p['year-only']!.x).toBeCloseTo(p.mid!.x, 6);
  });

  it('prefers the full date to the year, and falls back to the year when the date is not ISO', () => {
    const p = timelinePositions(
      graph([
        ins('ref', { kind: 'A', issuedOn: '2015-01-01' }),
        ins('full', { kind: 'B', issuedOn: '2020-01-02', year: 1999 }),
        ins('ts', { kind: 'C', issuedOn: '2020-01-02T08:00:00+07:00' }),
        ins('odd', { kind: 'D', issuedOn: 'ngày 2/1/2020', year: 2020 }),
        ins('y2020', { kind: 'E', year: 2020 }),
      ]),
    );
    expect(p.full!.x).toBeGreaterThan(p.ref!.x);
    expect(p.ts!.x).toBeCloseTo(p.full!.x, 6);
    expect(p.odd!.x).toBeCloseTo(p.y2020!.x, 6);
  });

  it('sets undated instruments apart, left of every dated one', () => {
    const p = timelinePositions(
      graph([
        ins('d1', { issuedOn: '2010-05-05' }),
        ins('d2', { kind: 'Nghị quyết', issuedOn: '2020-05-05' }),
        ins('u1'),
        ins('u2', { kind: 'Nghị quyết', issuedOn: null, year: null }),
        ins('u3', { issuedOn: 'không rõ' }),
      ]),
    );
    const minDated = Math.min(p.d1!.x, p.d2!.x);
    for (const u of ['u1', 'u2', 'u3']) expect(p[u]!.x, u).toBeLessThan(minDated);
    expect(p.u1).not.toEqual(p.u3);
  });

  it('gives each kind its own lane: instruments of one kind never share a band with another kind', () => {
    const kinds = ['Quy định', 'Nghị quyết', 'Chỉ thị', 'Kết luận'];
    const els: ElementDefinition[] = [];
    kinds.forEach((kind, k) => {
      // three per kind, two of them on the same date (stacked within the lane)
      for (const [i, iso] of ['2015-02-01', '2015-02-01', `${2016 + k}-09-09`].entries()) els.push(ins(`${k}-${i}`, { kind, issuedOn: iso }));
    });
    els.push(ins('undated', { kind: 'Chỉ thị' }));
    const p = timelinePositions(graph(els));
    const band = (k: number) => {
      const ys = Object.entries(p)
        .filter(([id]) => id.startsWith(`${k}-`) || (id === 'undated' && k === 2))
        .map(([, v]) => v.y);
      return [Math.min(...ys), Math.max(...ys)] as const;
    };
    const bands = kinds.map((_, k) => band(k)).sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < bands.length; i++) expect(bands[i]![0], `lane ${i}`).toBeGreaterThan(bands[i - 1]![1]);
    // the unstacked instruments of one kind sit on one line
    kinds.forEach((_, k) => expect(p[`${k}-0`]!.y).toBe(p[`${k}-2`]!.y));
  });

  it('keeps a kind in the same lane whatever the order of the elements', () => {
    const els = [ins('q', { kind: 'Quy định', issuedOn: '2020-01-01' }), ins('n', { kind: 'Nghị quyết', issuedOn: '2021-01-01' }), ins('c', { kind: 'Chỉ thị', issuedOn: '2022-01-01' })];
    const a = timelinePositions(graph(els));
    const b = timelinePositions(graph([...els].reverse()));
    for (const id of ['q', 'n', 'c']) expect(b[id], id).toEqual(a[id]);
  });

  it('never puts two instruments on the same spot', () => {
    const els = Array.from({ length: 5 }, (_, i) => ins(`same-${i}`, { issuedOn: '2020-01-02' }));
    els.push(ins('near', { issuedOn: '2020-01-20' }), ins('u1'), ins('u2'));
    const p = timelinePositions(graph(els));
    const spots = new Set(Object.values(p).map((v) => `${v.x},${v.y}`));
    expect(spots.size).toBe(els.length);
  });

  it('puts organisations above the lanes and actions below, at the mean x of what they link to', () => {
    const p = timelinePositions(
      graph([
        ins('a', { issuedOn: '2016-01-01' }),
        ins('b', { kind: 'Nghị quyết', issuedOn: '2020-01-01' }),
        node('org', 'organization'),
        node('act', 'action'),
        node('task', 'task'),
        edge('org', 'a', 'ISSUED'),
        edge('org', 'b', 'ISSUED'),
        edge('a', 'act', 'GOVERNS'),
        edge('b', 'task', 'MAY_GOVERN'),
      ]),
    );
    const insYs = [p.a!.y, p.b!.y];
    expect(p.org!.x).toBeCloseTo((p.a!.x + p.b!.x) / 2, 6);
    expect(p.org!.y).toBeLessThan(Math.min(...insYs));
    expect(p.act!.x).toBeCloseTo(p.a!.x, 6);
    expect(p.task!.x).toBeCloseTo(p.b!.x, 6);
    for (const id of ['act', 'task']) expect(p[id]!.y, id).toBeGreaterThan(Math.max(...insYs));
  });

  it('stacks organisations that would land on the same spot', () => {
    const p = timelinePositions(graph([ins('a', { issuedOn: '2020-01-01' }), node('o1', 'organization'), node('o2', 'organization'), edge('o1', 'a'), edge('o2', 'a')]));
    expect(p.o1).not.toEqual(p.o2);
    expect(p.o1!.x).toBe(p.o2!.x);
  });

  it('places a node that links to nothing in view somewhere finite, left of the dated instruments', () => {
    const p = timelinePositions(graph([ins('a', { issuedOn: '2020-01-01' }), node('lonely', 'document'), node('org', 'organization')]));
    for (const id of ['lonely', 'org']) {
      expect(Number.isFinite(p[id]!.x) && Number.isFinite(p[id]!.y), id).toBe(true);
      expect(p[id]!.x, id).toBeLessThan(p.a!.x);
    }
  });

  it('lays out only what is visible: hidden nodes get no position and move nothing', () => {
    const shown = [ins('a', { issuedOn: '2018-01-01' }), ins('b', { kind: 'Nghị quyết', issuedOn: '2020-01-01' }), node('org', 'organization'), edge('org', 'a')];
    const hidden = [ins('old', { kind: 'Chỉ thị', issuedOn: '1990-01-01' }, 'filtered-out'), node('gone', 'action', 'filtered-out'), edge('org', 'old')];
    const alone = timelinePositions(graph(shown));
    const withHidden = timelinePositions(graph([...shown, ...hidden]));
    expect(Object.keys(withHidden).sort()).toEqual(['a', 'b', 'org']);
    expect(withHidden).toEqual(alone);
  });

  it('gives a position to every visible node, and none for an empty graph', () => {
    expect(timelinePositions(graph([]))).toEqual({});
    const els = [ins('a', { issuedOn: '2020-01-01' }), ins('b'), node('o', 'organization'), node('t', 'task'), node('d', 'document'), edge('o', 'a'), edge('a', 't')];
    const p = timelinePositions(graph(els));
    expect(Object.keys(p).sort()).toEqual(['a', 'b', 'd', 'o', 't']);
    for (const v of Object.values(p) as Position[]) expect(Number.isFinite(v.x) && Number.isFinite(v.y)).toBe(true);
  });

  it('makes a lane as tall as its highest stack, so a busy month never spills into the next kind', () => {
    const els = [...Array.from({ length: 6 }, (_, i) => ins(`cd${i}`, { kind: 'Chỉ thị', issuedOn: '2020-03-01' })), ins('kl', { kind: 'Kết luận', issuedOn: '2020-03-01' })];
    const cy = graph(els);
    const p = timelinePositions(cy);
    const lowestDirective = Math.max(...Array.from({ length: 6 }, (_, i) => p[`cd${i}`]!.y));
    expect(p.kl!.y).toBeGreaterThan(lowestDirective);
    const { axis } = timeline(cy);
    const [a, b] = axis.lanes;
    expect(a!.kind).toBe('Chỉ thị');
    expect(a!.y2).toBeLessThan(b!.y1);
    expect(lowestDirective).toBeLessThan(a!.y2);
    expect(p.kl!.y).toBeGreaterThan(b!.y1);
    expect(p.kl!.y).toBeLessThan(b!.y2);
  });

  it('gives the axis a tick on 1 January of each year shown, at the x of that day', () => {
    const cy = graph([ins('a', { issuedOn: '2018-03-01' }), ins('b', { issuedOn: '2020-01-01' }), ins('u', {})]);
    const { positions, axis } = timeline(cy);
    expect(axis.years.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021]);
    expect(axis.years.find((y) => y.year === 2020)!.x).toBeCloseTo(positions.b!.x, 6);
    expect(axis.undatedX).toBeLessThan(axis.years[0]!.x);
    expect(positions.u!.x).toBe(axis.undatedX);
  });
});

describe('layoutOptions', () => {
  const many = (n: number, hidden = 0) => graph(Array.from({ length: n }, (_, i) => ins(`n${i}`, { year: 2000 + (i % 20) }, i < hidden ? 'filtered-out' : undefined)));
  const opt = (cy: Core, name: 'fcose' | 'dagre' | 'timeline', o?: { incremental?: boolean }) => layoutOptions(cy, name, o) as unknown as Record<string, unknown>;

  it('leaves the force-directed layout to the worker: a preset that keeps positions', () => {
    expect(opt(many(10), 'fcose')).toMatchObject({ name: 'preset', fit: true });
    expect(opt(many(10), 'fcose', { incremental: true })).toMatchObject({ name: 'preset', fit: false });
  });

  it('animates small graphs only', () => {
    for (const name of ['dagre', 'timeline'] as const) {
      expect(opt(many(20), name).animate, name).toBe(true);
      expect(opt(many(301), name).animate, name).toBe(false);
    }
  });

  it('ranks dagre left to right', () => {
    expect(opt(many(3), 'dagre')).toMatchObject({ name: 'dagre', rankDir: 'LR', fit: true });
  });

  it('runs the timeline as a preset of timelinePositions', () => {
    const cy = graph([ins('a', { issuedOn: '2018-01-01' }), ins('b', { issuedOn: '2020-01-01' }), ins('u')]);
    const o = opt(cy, 'timeline');
    expect(o.name).toBe('preset');
    expect(o.positions).toEqual(timelinePositions(cy));
  });

  it('gives options each layout extension accepts: every node ends at a finite position', () => {
    for (const name of ['dagre', 'timeline'] as const) {
      const cy = graph([
        ins('a', { issuedOn: '2018-01-01' }),
        ins('b', { kind: 'Nghị quyết', issuedOn: '2020-01-01' }),
        ins('c', { year: 2019 }),
        node('o', 'organization'),
        edge('b', 'a', 'REPLACES'),
        edge('c', 'a', 'GUIDES'),
        edge('o', 'b', 'ISSUED'),
      ]);
      cy.layout({ ...layoutOptions(cy, name), animate: false } as cytoscape.LayoutOptions).run();
      const ps = cy.nodes().map((n) => n.position());
      for (const p of ps) expect(Number.isFinite(p.x) && Number.isFinite(p.y), name).toBe(true);
      expect(new Set(ps.map((p) => `${p.x},${p.y}`)).size, name).toBe(4);
    }
  });

  it('moves the nodes where the timeline says', () => {
    const cy = graph([ins('a', { issuedOn: '2018-01-01' }), ins('b', { issuedOn: '2020-01-01' })]);
    const expected = timelinePositions(cy);
    cy.layout({ ...layoutOptions(cy, 'timeline'), animate: false, fit: false } as cytoscape.LayoutOptions).run();
    expect(cy.getElementById('a').position()).toEqual(expected.a);
    expect(cy.getElementById('b').position()).toEqual(expected.b);
  });
});
