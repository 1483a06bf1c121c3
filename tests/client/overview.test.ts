// The overview passes (client/src/graph/overview.ts) on a headless Cytoscape, and the link tooltip: the graph as
// of a date, unlinked instruments collapsed into one item, groups, the top instruments, the pinpoint shown.
import { describe, expect, it } from 'vitest';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { applyAsOf, applyGroups, collapseUnlinked, COLLAPSED_ID, rankNodes, summarize, ungroup } from '../../client/src/graph/overview.ts';
import { edgeTooltipLines } from '../../client/src/graph/edge-tooltip.ts';
import { setLang } from '../../client/src/i18n/index.ts';

cytoscape.warnings(false);

const ins = (id: string, d: Record<string, unknown> = {}): ElementDefinition => ({ group: 'nodes', data: { id, type: 'instrument', label: id, kind: 'Nghị định', issuer: 'Chính phủ', ...d } });
const edge = (s: string, t: string, type: string, d: Record<string, unknown> = {}): ElementDefinition => ({ group: 'edges', data: { id: `${s}|${type}|${t}`, source: s, target: t, type, ...d } });

function graph(elements: ElementDefinition[]): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: '.filtered-out, .not-yet, .unlinked', style: { display: 'none' } }],
    elements,
  });
}

/** A decree of 2016 amended in 2019, replaced in 2021 (whole), one of its articles repealed in 2020; a guide of 2024. */
function history(): Core {
  return graph([
    ins('a', { issuedOn: '2016-03-10', status: 'REPLACED', endedOn: '2021-09-20' }),
    ins('b', { issuedOn: '2019-06-05' }),
    ins('c', { issuedOn: '2021-09-20' }),
    ins('d', { issuedOn: '2024-02-01', issuer: 'Bộ Nội vụ', kind: 'Thông tư' }),
    ins('p', { issuedOn: '2020-01-01' }),
    ins('x', { year: 2010, citationCount: 4 }),
    ins('y', { year: 2011 }),
    ins('z', { year: 2012 }),
    edge('b', 'a', 'AMENDS', { effectiveFrom: '2019-07-01' }),
    edge('c', 'a', 'REPLACES'),
    edge('p', 'a', 'REPEALS', { pinpoint: 'Điều 4' }),
    edge('d', 'c', 'GUIDES'),
  ]);
}
const cls = (cy: Core, id: string) => cy.getElementById(id).classes() as unknown as string[];

describe('applyAsOf', () => {
  it('hides instruments not issued yet and links that apply later; greys what was repealed or replaced by then', () => {
    const cy = history();
    applyAsOf(cy, '2020-06-30');
    expect(cls(cy, 'c')).toContain('not-yet');
    expect(cls(cy, 'd')).toContain('not-yet');
    expect(cls(cy, 'b')).not.toContain('not-yet');
    expect(cls(cy, 'a')).not.toContain('ended');
    // The amendment of 2019 applies from its own date, 1 July 2019.
    expect(cls(cy, 'b|AMENDS|a')).toContain('change');
    expect(cls(cy, 'b|AMENDS|a')).not.toContain('not-yet');
    applyAsOf(cy, '2019-06-30');
    expect(cls(cy, 'b|AMENDS|a')).toContain('not-yet');
    applyAsOf(cy, '2022-01-01');
    expect(cls(cy, 'a')).toContain('ended');
    expect(cls(cy, 'c')).not.toContain('not-yet');
    expect(cls(cy, 'd')).toContain('not-yet');
  });

  it('without a date greys by status, and the repeal of one article does not end the instrument', () => {
    const cy = history();
    applyAsOf(cy, null);
    expect(cls(cy, 'a')).toContain('ended');
    cy.getElementById('a').data({ status: 'AMENDED', endedOn: null });
    cy.getElementById('c').remove();
    applyAsOf(cy, '2030-01-01');
    expect(cls(cy, 'a')).not.toContain('ended');
  });
});

describe('collapseUnlinked, rankNodes, applyGroups', () => {
  it('collapses instruments without a drawn link into one item that counts them, and undoes it', () => {
    const cy = history();
    applyAsOf(cy, null);
    const ids = collapseUnlinked(cy, true);
    expect(ids.sort()).toEqual(['x', 'y', 'z']);
    expect(cy.getElementById(COLLAPSED_ID).data('count')).toBe(3);
    expect(cy.getElementById('x').visible()).toBe(false);
    expect(summarize(cy, ids)).toMatchObject({ instruments: 8, drawn: 5, ended: 1 });
    expect(collapseUnlinked(cy, false)).toEqual([]);
    expect(cy.getElementById(COLLAPSED_ID).empty()).toBe(true);
    expect(cy.getElementById('x').visible()).toBe(true);
  });

  it('counts an instrument unlinked when its only link is hidden by the date', () => {
    const cy = history();
    applyAsOf(cy, '2022-01-01');
    const ids = collapseUnlinked(cy, true);
    expect(ids).not.toContain('c');
    expect(ids).toEqual(expect.arrayContaining(['x', 'y', 'z']));
  });

  it('sizes by weight and marks the heaviest instruments as top', () => {
    const cy = history();
    collapseUnlinked(cy, true);
    const top = rankNodes(cy, 2);
    expect(top.map((n) => n.id())).toEqual(['a', 'c']);
    expect(cls(cy, 'a')).toContain('top');
    expect(cy.getElementById('a').data('sizeW')).toBeGreaterThan(cy.getElementById('b').data('sizeW'));
  });

  it('frames instruments by issuer (groups of one stay unframed) and removes the frames keeping the members', () => {
    const cy = history();
    collapseUnlinked(cy, true);
    expect(applyGroups(cy, 'issuer')).toBe(1);
    const frame = cy.getElementById('__group:Chính phủ');
    expect(frame.children().map((n) => n.id()).sort()).toEqual(['a', 'b', 'c', 'p']);
    expect(cy.getElementById('d').parent().empty()).toBe(true);
    ungroup(cy);
    expect(cy.nodes('[type = "group"]').empty()).toBe(true);
    expect(cy.getElementById('a').parent().empty()).toBe(true);
    expect(cy.getElementById('b|AMENDS|a').nonempty()).toBe(true);
  });
});

describe('edgeTooltipLines', () => {
  it('names the relation, the article it names, the date and the documents stating it', () => {
    setLang('vi');
    expect(edgeTooltipLines({ id: 'e', source: 'p', target: 'a', type: 'REPEALS', inferred: false, evidenceCount: 2, pinpoint: 'khoản 27 Điều 1', effectiveFrom: '2020-01-01' })).toEqual([
      'Bãi bỏ',
      'Điều khoản: khoản 27 Điều 1',
      'Áp dụng từ 1/1/2020',
      '2 tài liệu nêu liên kết này',
    ]);
    expect(edgeTooltipLines({ id: 'e', source: 'b', target: 'a', type: 'AMENDS', inferred: false, evidenceCount: 1, supplements: true })).toEqual(['Sửa đổi, bổ sung (bổ sung)']);
  });
});
