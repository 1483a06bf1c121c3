// The filters (applyFilters in client/src/filters/filters.ts) on a headless Cytoscape: which elements a state
// read from the URL hides. Hidden means the `filtered-out` class.
import { describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { applyFilters, visibleCounts } from '../../client/src/filters/filters.ts';
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

  // Links whose end is hidden go with it; actions and organisations stay only while a shown instrument holds them.
  it('keeps the chosen kinds of instruments, and what hangs on them', () => {
    expect(hiddenAfter({ kinds: ['Quy định'] })).toEqual(['ct05', 'm1', 'nq57', 'r2', 'undated']);
    expect(hiddenAfter('?kinds=Quy định|Chỉ thị')).toEqual(['m1', 'nq57', 'r2', 'undated']);
  });

  it('keeps the chosen issuers; an instrument without an issuer goes, and so do actions and organisations of none shown', () => {
    expect(hiddenAfter({ issuers: ['Ban Bí thư'] })).toEqual(['act:1', 'g1', 'i1', 'm1', 'nq57', 'org:bct', 'qd105', 'qd213', 'r1', 'r2', 'undated']);
  });

  it('takes several issuers, each in its one written form', () => {
    expect(hiddenAfter({ issuers: ['Ban Bí thư', 'BỘ CHÍNH TRỊ'] })).toEqual(['undated']);
  });

  it('keeps the years of the range, bounds included; an instrument without a year goes', () => {
    expect(hiddenAfter({ from: 2017, to: 2020 })).toEqual(['ct05', 'm1', 'nq57', 'r2', 'undated']);
    expect(hiddenAfter({ from: 2020 })).toEqual(['ct05', 'qd105', 'r1', 'undated']);
    expect(hiddenAfter({ to: 2016 })).toEqual(['act:1', 'g1', 'i1', 'm1', 'nq57', 'org:bct', 'qd105', 'qd213', 'r1', 'r2', 'undated']);
  });

  it('combines the node filters (all must hold)', () => {
    expect(hiddenAfter('?kinds=Quy định&from=2018')).toEqual(['ct05', 'm1', 'nq57', 'qd105', 'r1', 'r2', 'undated']);
  });

  it('keeps the chosen relation types only; an action no shown link reaches goes', () => {
    expect(hiddenAfter({ rels: ['REPLACES'] })).toEqual(['act:1', 'g1', 'i1', 'm1', 'org:bct', 'r2']);
    expect(hiddenAfter('?rels=REPLACES|GUIDES|ISSUED')).toEqual(['act:1', 'g1', 'm1']);
  });

  it('keeps the chosen statuses; a node without a status counts as unknown', () => {
    const cy = graph();
    cy.getElementById('qd105').data('status', 'REPLACED');
    applyFilters(cy, { ...parseState(''), statuses: ['REPLACED'] });
    expect(cy.nodes('[type = "instrument"]').not('.filtered-out').map((n) => n.id())).toEqual(['qd105']);
    applyFilters(cy, { ...parseState(''), statuses: ['UNKNOWN'] });
    expect(cy.getElementById('qd105').hasClass('filtered-out')).toBe(true);
    expect(cy.getElementById('undated').hasClass('filtered-out')).toBe(false);
  });

  it('hides a low-confidence inference unless asked for, and an action only it held', () => {
    const cy = graph();
    cy.getElementById('m1').data('score', 0.1);
    cy.getElementById('g1').remove();
    applyFilters(cy, parseState(''));
    expect(cy.getElementById('m1').hasClass('filtered-out')).toBe(true);
    expect(cy.getElementById('act:1').hasClass('filtered-out')).toBe(true);
    applyFilters(cy, parseState('?weak=1'));
    expect(cy.elements('.filtered-out').length).toBe(0);
  });

  it('counts what is shown: no hidden node, no link to a hidden node', () => {
    const cy = graph();
    applyFilters(cy, { ...parseState(''), kinds: ['Nghị quyết'] });
    // nq57 and the action it may back; m1 between them. r2 goes with qd213.
    expect(visibleCounts(cy)).toEqual({ nodes: 2, edges: 1 });
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
