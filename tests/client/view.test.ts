// The short label drawn on the canvas (displayLabel in client/src/graph/view.ts). view.ts registers the layout
// extensions when loaded and touches the DOM only when a GraphView is built, so it imports fine in Node.
import { describe, expect, it } from 'vitest';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { asFirstAdd, asFirstStyle, chooseRenderer, displayLabel } from '../../client/src/graph/view.ts';
import { stylesheet } from '../../client/src/graph/styles.ts';
import type { CyNodeData } from '../../client/src/api.ts';

const d = (over: Partial<CyNodeData>): CyNodeData => ({ id: 'quy-dinh:213-qd-tw@2020', type: 'instrument', label: 'Quy định 213-QĐ/TW', ...over });

describe('displayLabel', () => {
  it('is the label as given, Vietnamese intact', () => {
    expect(displayLabel(d({}))).toBe('Quy định 213-QĐ/TW');
  });

  it('says how many neighbours are left out', () => {
    expect(displayLabel(d({ hiddenNeighbors: 12 }))).toBe('Quy định 213-QĐ/TW (+12)');
    expect(displayLabel(d({ hiddenNeighbors: 1 }))).toBe('Quy định 213-QĐ/TW (+1)');
  });

  it('adds nothing when no neighbour is left out', () => {
    for (const hiddenNeighbors of [0, null, undefined]) expect(displayLabel(d({ hiddenNeighbors }))).toBe('Quy định 213-QĐ/TW');
  });

  it('falls back to the id when the label is empty', () => {
    expect(displayLabel(d({ label: '' }))).toBe('quy-dinh:213-qd-tw@2020');
    expect(displayLabel(d({ label: '', hiddenNeighbors: 3 }))).toBe('quy-dinh:213-qd-tw@2020 (+3)');
  });
});

describe('chooseRenderer', () => {
  const gpu = () => 'gpu' as const;
  const software = () => 'software' as const;
  const none = () => 'none' as const;

  it('gives WebGL to a large graph on a GPU only; software WebGL and small graphs get the canvas', () => {
    expect(chooseRenderer(null, true, gpu)).toBe('webgl');
    expect(chooseRenderer(null, true, software)).toBe('canvas');
    expect(chooseRenderer(null, true, none)).toBe('canvas');
    expect(chooseRenderer(null, false, gpu)).toBe('canvas');
  });

  it('honours ?renderer=webgl where WebGL 2 runs at all, and falls back to the canvas where it does not', () => {
    expect(chooseRenderer('webgl', false, software)).toBe('webgl');
    expect(chooseRenderer('webgl', true, gpu)).toBe('webgl');
    expect(chooseRenderer('webgl', true, none)).toBe('canvas');
  });

  it('always gives the canvas when asked for it', () => {
    expect(chooseRenderer('canvas', true, gpu)).toBe('canvas');
  });
});

// The first addition and the first style of a large graph skip Cytoscape's upkeep for elements that were already
// there (view.ts); the elements must come out exactly as Cytoscape's own way makes them.
describe('asFirstAdd and asFirstStyle', () => {
  const HINTS = ['styleKey', 'labelDimsKey', 'labelKey', 'labelStyleKey', 'sourceLabelKey', 'targetLabelKey', 'nodeKey'] as const;
  const elements = (): ElementDefinition[] => [
    ...['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ group: 'nodes' as const, data: { id, type: i === 3 ? 'organization' : 'instrument', label: id.toUpperCase(), displayLabel: id.toUpperCase(), ...(i === 2 ? { sizeW: 50, sizeH: 30 } : {}) }, classes: i === 1 ? 'top' : undefined })),
    { group: 'edges', data: { id: 'e1', source: 'a', target: 'b', type: 'CITES' } },
    { group: 'edges', data: { id: 'e2', source: 'b', target: 'a', type: 'AMENDS' } },
    { group: 'edges', data: { id: 'e3', source: 'a', target: 'b', type: 'CITES', inferred: true } },
    { group: 'edges', data: { id: 'e4', source: 'c', target: 'c', type: 'GUIDES' } },
    { group: 'edges', data: { id: 'e5', source: 'c', target: 'd', type: 'ISSUED' } },
    { group: 'edges', data: { id: 'e6', source: 'e', target: 'c', type: 'CITES' } },
  ];
  const make = () => cytoscape({ headless: true, styleEnabled: true, style: stylesheet({ dense: true, large: true }) });

  it('adds the same elements, links and parallel edges as cy.add, and an "add" listener still hears every element', () => {
    const plain = make();
    const fast = make();
    let heard = 0;
    fast.on('add', () => heard++);
    plain.add(elements());
    asFirstAdd(fast, () => fast.add(elements()));
    expect(heard).toBe(11);
    const quiet = make();
    asFirstAdd(quiet, () => quiet.add(elements()));
    for (const cy of [fast, quiet]) {
      expect(cy.elements().map((e) => e.id())).toEqual(plain.elements().map((e) => e.id()));
      for (const n of plain.nodes()) expect(cy.getElementById(n.id()).connectedEdges().map((e) => e.id()).sort()).toEqual(n.connectedEdges().map((e) => e.id()).sort());
      for (const e of plain.edges()) {
        expect(cy.getElementById(e.id()).parallelEdges().map((x) => x.id()).sort()).toEqual(e.parallelEdges().map((x) => x.id()).sort());
        expect(cy.getElementById(e.id()).source().id()).toBe(e.source().id());
      }
    }
    // Outside the call, Cytoscape's own functions are back.
    expect(fast.getElementById('e1').parallelEdges().length).toBe(3);
    expect(fast.getElementById('a').same(fast.getElementById('b'))).toBe(false);
  });

  it("gives every element the style keys Cytoscape's own computation gives, shared or not", () => {
    const plain = make();
    const fast = make();
    plain.add(elements());
    fast.add(elements());
    (plain.elements() as unknown as { cleanStyle(): void }).cleanStyle();
    asFirstStyle(fast, () => (fast.elements() as unknown as { cleanStyle(): void }).cleanStyle());
    const hints = (e: { _private: Record<string, unknown> }) => HINTS.map((h) => e._private[h]);
    for (const e of plain.elements()) {
      const f = fast.getElementById(e.id());
      expect(hints(f as never)).toEqual(hints(e as never));
      expect(JSON.stringify((f as never as { _private: { styleKeys: unknown } })._private.styleKeys)).toBe(JSON.stringify((e as never as { _private: { styleKeys: unknown } })._private.styleKeys));
    }
    // The keys differ where the looks differ (a node sized from its data, a top node, an organisation), and are
    // shared where they do not (a and e; e1 and e6, the second of each pair taken from the first).
    const keys = new Set(fast.nodes().map((n) => (n as never as { _private: { styleKey: unknown } })._private.styleKey));
    expect(keys.size).toBe(4);
  });
});
