// The short label drawn on the canvas (displayLabel in client/src/graph/view.ts). view.ts registers the layout
// extensions when loaded and touches the DOM only when a GraphView is built, so it imports fine in Node.
import { describe, expect, it } from 'vitest';
import { chooseRenderer, displayLabel } from '../../client/src/graph/view.ts';
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
