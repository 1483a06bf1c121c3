// The filters (applyFilters in client/src/filters/filters.ts) on a headless Cytoscape: which elements a state
// read from the URL hides. Hidden means the `filtered-out` class.
import { describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { applyFilters } from '../../client/src/filters/filters.ts';
import { parseState, type ViewState } from '../../client/src/filters/url-state.ts';

function graph(): Core {
  return cytoscape({
    headless: true,
    elements: [
      { data: { id: 'qd213', type: 'instrument', kind: 'Quy định', issuer: 'Bộ Chính trị', year: 2020 } },
      { data: { id: 'qd105', type: 'instrument', kind: 'Quy định', issuer: 'Bộ Chính trị', year: 2017 } },
      { data: { id: 'nq57', type: 'instrument', kind: 'Nghị quyết', issuer: 'Bộ Chính trị', year: 2024 } },
      { data: { id: 'ct05', type: 'instrument', kind: 'Chỉ thị', issuer: 'Ban Bí thư', year: 2016 } },
      { data: { id: 'undated', type: 'instrument', kind: 'Kết luận', issuer: null, year: null } },
      { data: { id: 'org:bct', type: 'organization' } },
      { data: { id: 'act:1', type: 'action' } },
      { data: { id: 'r1', source: 'qd213', target: 'qd105', type: 'REPLACES', inferred: false } },
      { data: { id: 'r2', source: 'nq57', target: 'qd213', type: 'GUIDES', inferred: false } },
      { data: { id: 'i1', source: 'org:bct', target: 'qd213', type: 'ISSUED', inferred: false } },
      { data: { id: 'g1', source: 'qd213', target: 'act:1', type: 'GOVERNS', inferred: false } },
      { data: { id: 'm1', source: 'nq57', target: 'act:1', type: 'MAY_GOVERN', inferred: true, score: 0.7 } },
    ],
  });
}

function hiddenAfter(s: Partial<ViewState> | string): string[] {
  const cy = graph();
  applyFilters(cy, typeof s === 'string' ? parseState(s) : { ...parseState(''), ...s });
  return cy.elements('.filtered-out').map((e) => e.id()).sort();
}

describe('applyFilters', () => {
  it('hides nothing with the default state', () => {
    expect(hiddenAfter('')).toEqual([]);
  });

  it('keeps the chosen kinds of instruments, and never hides organisations or actions', () => {
    expect(hiddenAfter({ kinds: ['Quy định'] })).toEqual(['ct05', 'nq57', 'undated']);
    expect(hiddenAfter('?kinds=Quy định|Chỉ thị')).toEqual(['nq57', 'undated']);
  });

  it('keeps the chosen issuers; an instrument without an issuer goes', () => {
    expect(hiddenAfter({ issuers: ['Ban Bí thư'] })).toEqual(['nq57', 'qd105', 'qd213', 'undated']);
  });

  it('keeps the years of the range, bounds included; an instrument without a year goes', () => {
    expect(hiddenAfter({ from: 2017, to: 2020 })).toEqual(['ct05', 'nq57', 'undated']);
    expect(hiddenAfter({ from: 2020 })).toEqual(['ct05', 'qd105', 'undated']);
    expect(hiddenAfter({ to: 2016 })).toEqual(['nq57', 'qd105', 'qd213', 'undated']);
  });

  it('combines the node filters (all must hold)', () => {
    expect(hiddenAfter('?kinds=Quy định&from=2018')).toEqual(['ct05', 'nq57', 'qd105', 'undated']);
  });

  it('keeps the chosen relation types only', () => {
    expect(hiddenAfter({ rels: ['REPLACES'] })).toEqual(['g1', 'i1', 'm1', 'r2']);
    expect(hiddenAfter('?rels=REPLACES|GUIDES|ISSUED')).toEqual(['g1', 'm1']);
  });

  it('shows explicit links only, or inferred backing only', () => {
    expect(hiddenAfter({ backing: 'explicit' })).toEqual(['m1']);
    // "inferred" hides the explicit backing (GOVERNS) and keeps the relations between instruments
    expect(hiddenAfter({ backing: 'inferred' })).toEqual(['g1']);
  });

  it('shows again what a previous filter hid', () => {
    const cy = graph();
    applyFilters(cy, { ...parseState(''), kinds: ['Nghị quyết'], rels: ['CITES'], backing: 'explicit' });
    expect(cy.elements('.filtered-out').length).toBeGreaterThan(0);
    applyFilters(cy, parseState(''));
    expect(cy.elements('.filtered-out').length).toBe(0);
  });
});
