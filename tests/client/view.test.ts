// The short label drawn on the canvas (displayLabel in client/src/graph/view.ts). view.ts registers the layout
// extensions when loaded and touches the DOM only when a GraphView is built, so it imports fine in Node.
import { describe, expect, it } from 'vitest';
import { displayLabel } from '../../client/src/graph/view.ts';
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
