// How the graph looks, as data: one entry per node type and per relation type. The legend (legend.ts) and the
// Cytoscape stylesheet are both generated from these tables, so they cannot disagree.
import type { StylesheetJson } from 'cytoscape';

export interface NodeLook { shape: string; color: string; border: string; width: number; height: number }
export interface EdgeLook { color: string; line: 'solid' | 'dashed' | 'dotted'; arrow: string; width: number }

export const NODE_LOOKS: Record<string, NodeLook> = {
  instrument: { shape: 'round-rectangle', color: '#2b6cb0', border: '#1a4677', width: 34, height: 22 },
  organization: { shape: 'hexagon', color: '#dd6b20', border: '#9c4221', width: 30, height: 28 },
  action: { shape: 'ellipse', color: '#38a169', border: '#22543d', width: 20, height: 20 },
  task: { shape: 'diamond', color: '#805ad5', border: '#44337a', width: 24, height: 24 },
  document: { shape: 'rectangle', color: '#718096', border: '#2d3748', width: 18, height: 24 },
};

/** Relation types between instruments, then the links to organisations and actions. */
export const EDGE_LOOKS: Record<string, EdgeLook> = {
  REPLACES: { color: '#c53030', line: 'solid', arrow: 'triangle', width: 3 },
  AMENDS: { color: '#d69e2e', line: 'solid', arrow: 'triangle-tee', width: 2.5 },
  REPEALS: { color: '#9b2c2c', line: 'solid', arrow: 'tee', width: 3 },
  GUIDES: { color: '#3182ce', line: 'solid', arrow: 'vee', width: 2 },
  IMPLEMENTS: { color: '#2f855a', line: 'solid', arrow: 'triangle', width: 2 },
  CONTINUES: { color: '#319795', line: 'solid', arrow: 'chevron', width: 2 },
  BASED_ON: { color: '#5a67d8', line: 'dotted', arrow: 'triangle-backcurve', width: 2 },
  SUMMARIZES: { color: '#b7791f', line: 'dotted', arrow: 'circle', width: 1.5 },
  CONSOLIDATES: { color: '#6b46c1', line: 'solid', arrow: 'diamond', width: 2 },
  CORRECTS: { color: '#c05621', line: 'dotted', arrow: 'square', width: 1.5 },
  SUSPENDS: { color: '#e53e3e', line: 'dashed', arrow: 'tee', width: 2 },
  CITES: { color: '#a0aec0', line: 'solid', arrow: 'triangle', width: 1 },
  ISSUED: { color: '#ed8936', line: 'solid', arrow: 'circle-triangle', width: 1.2 },
  GOVERNS: { color: '#38a169', line: 'solid', arrow: 'triangle', width: 2 },
  MAY_GOVERN: { color: '#805ad5', line: 'dashed', arrow: 'triangle', width: 1.5 },
  PERFORMED_BY: { color: '#cbd5e0', line: 'solid', arrow: 'vee', width: 1 },
};


/**
 * `dense` is for graphs past a few hundred nodes: straight edges instead of bezier curves, no label
 * backgrounds, and labels drawn only once zoomed in enough to read them — each costs a lot per frame.
 */
export function stylesheet(opts: { dense?: boolean; large?: boolean } = {}): StylesheetJson {
  // One block per selector, the variants merged into it: Cytoscape applies every matching block to every element,
  // property by property, so at thousands of elements each block repeated costs as much as the properties it sets.
  const text: Record<string, unknown> = {
    label: 'data(displayLabel)',
    'font-size': 10,
    'font-family': 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    color: '#1a202c',
    'text-valign': 'bottom',
    'text-margin-y': 3,
    'text-wrap': 'wrap',
    'text-max-width': '130px',
    'text-background-color': '#ffffff',
    'text-background-opacity': 0.75,
    'text-background-padding': '1px',
    'min-zoomed-font-size': 7,
  };
  const edge: Record<string, unknown> = { 'curve-style': 'bezier', 'arrow-scale': 0.9, opacity: 0.85 };
  if (opts.dense) {
    Object.assign(text, { 'min-zoomed-font-size': 12, 'text-background-opacity': 0 });
    Object.assign(edge, { 'curve-style': 'straight', 'arrow-scale': 0.6, opacity: 0.6 });
  }
  if (opts.large) {
    // Thousands of nodes: single-line labels (wrapping measures every label), and links drawn as haystack lines,
    // the cheapest Cytoscape has (no arrowheads: at this scale they are specks; the tooltip gives the direction).
    text['text-wrap'] = 'none';
    delete edge['arrow-scale'];
    Object.assign(edge, { 'curve-style': 'haystack' });
  }
  const sheet: StylesheetJson = [];
  if (opts.dense) {
    // No label at all by default: a hidden label still costs a texture per node on the first draw (seconds at
    // thousands of nodes); view.ts labels the nodes in sight once zoomed in (class `lbl`). The text properties
    // go to the labelled nodes only: Cytoscape re-checks a node's links for each property it applies, so the
    // dozen of them on every node cost seconds at 20,000 nodes.
    // (No label and no border are Cytoscape's defaults, not set again: each property set costs every element its
    // own bookkeeping when its style is first computed, so the dense blocks set only what differs.)
    sheet.push(
      { selector: 'node.lbl, node.top, node:selected, node.focus, node.hover, node.group, node.collapsed, node.trace, node.new, node.kbd-cursor', style: text as never },
    );
  } else sheet.push({ selector: 'node', style: { ...text, 'border-width': 1.5 } as never });
  sheet.push({ selector: 'edge', style: edge as never });
  for (const [type, look] of Object.entries(NODE_LOOKS)) {
    sheet.push({
      selector: `node[type = "${type}"]`,
      style: { shape: look.shape as never, 'background-color': look.color, 'border-color': look.border, width: look.width, height: look.height },
    });
  }
  for (const [type, look] of Object.entries(EDGE_LOOKS)) {
    // Haystack lines have no arrowheads: their arrow properties would be applied for nothing.
    const arrow = opts.large ? {} : { 'target-arrow-color': look.color, 'target-arrow-shape': look.arrow as never };
    // A solid line is the default: only the others are said.
    const line = opts.large && look.line === 'solid' ? {} : { 'line-style': look.line };
    sheet.push({ selector: `edge[type = "${type}"]`, style: { 'line-color': look.color, ...arrow, ...line, width: look.width } });
  }
  sheet.push(
    { selector: 'edge[?inferred]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: 'node[type = "instrument"][citationCount > 2]', style: { width: 44, height: 28 } },
    // Size by weight (citations + links), set by the overview (overview.ts).
    { selector: 'node[sizeW]', style: { width: 'data(sizeW)', height: 'data(sizeH)' } },
    // Repealed or replaced (as of the date chosen, or for good): greyed, dashed.
    { selector: 'node.ended', style: { 'background-color': '#a0aec0', 'background-opacity': 0.35, 'border-style': 'dashed', 'border-color': '#718096', color: '#718096' } },
    // Changes (amends, repeals, replaces, suspends): their own style, on top of the other links.
    { selector: 'edge.change', style: { width: 3.5, 'z-index': 5, opacity: 0.95, 'line-cap': 'round' } as never },
    { selector: 'edge.change[?supplements]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 3] } },
    // The most cited and linked instruments: labelled at every zoom.
    { selector: 'node.top', style: { 'min-zoomed-font-size': 0, 'font-size': 13, 'font-weight': 'bold', 'text-background-opacity': 0.85, 'text-background-color': '#ffffff', 'z-index': 10 } },
    // Group frames (issuer or kind) and the collapsed unlinked instruments.
    {
      selector: 'node.group',
      style: { shape: 'round-rectangle', 'background-color': '#edf2f7', 'background-opacity': 0.55, 'border-width': 1, 'border-color': '#a0aec0', 'border-style': 'solid', padding: '14px', label: 'data(displayLabel)', 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4, 'font-size': 15, 'font-weight': 'bold', color: '#4a5568', 'min-zoomed-font-size': 0, 'text-background-opacity': 0, 'text-max-width': '400px' } as never,
    },
    {
      selector: 'node.collapsed',
      style: { shape: 'round-rectangle', width: 170, height: 40, 'background-color': '#f7fafc', 'border-width': 2, 'border-style': 'dashed', 'border-color': '#4a5568', label: 'data(displayLabel)', 'text-valign': 'center', 'text-halign': 'center', 'text-margin-y': 0, 'font-size': 12, 'text-max-width': '160px', 'min-zoomed-font-size': 0, 'text-background-opacity': 0 },
    },
    { selector: 'node[hiddenNeighbors > 0]', style: { 'border-width': 3, 'border-style': 'double' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d53f8c', 'overlay-opacity': 0 } },
    { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#d53f8c' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.1 } },
    { selector: 'node.trace', style: { 'border-width': 4, 'border-color': '#d69e2e', opacity: 1, 'text-opacity': 1, 'font-weight': 'bold' } },
    { selector: 'edge.trace-explicit', style: { 'line-color': '#d69e2e', 'target-arrow-color': '#d69e2e', width: 4, 'line-style': 'solid', opacity: 1 } },
    {
      selector: 'edge.trace-inferred',
      style: { 'line-color': '#805ad5', 'target-arrow-color': '#805ad5', width: 3, 'line-style': 'dashed', 'line-dash-pattern': [8, 5], opacity: 1, label: 'data(scoreLabel)', 'font-size': 9, 'text-background-color': '#fff', 'text-background-opacity': 0.9 },
    },
    { selector: 'node.new', style: { 'border-width': 5, 'border-color': '#38a169', 'background-color': '#68d391' } },
    { selector: '.hover', style: { 'border-color': '#d53f8c', 'border-width': 3 } },
    // The keyboard cursor (keyboard.ts): a ring around the node, visible whatever its own border says.
    { selector: 'node.kbd-cursor', style: { 'underlay-color': '#3182ce', 'underlay-padding': 7, 'underlay-opacity': 0.45, 'underlay-shape': 'ellipse' } as never },
    { selector: '.filtered-out, .not-yet, .unlinked', style: { display: 'none' } },
  );
  return sheet;
}
