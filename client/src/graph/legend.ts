// The legend, drawn from the same tables as the stylesheet (styles.ts): a small SVG per node type and edge type.
import { t, tr } from '../i18n/index.ts';
import { EDGE_LOOKS, NODE_LOOKS, type EdgeLook, type NodeLook } from './styles.ts';

const SVG = 'http://www.w3.org/2000/svg';

function svg(w: number, h: number): SVGSVGElement {
  const s = document.createElementNS(SVG, 'svg');
  s.setAttribute('width', String(w));
  s.setAttribute('height', String(h));
  s.setAttribute('viewBox', `0 0 ${w} ${h}`);
  s.setAttribute('aria-hidden', 'true');
  return s;
}

function nodeSwatch(look: NodeLook): SVGSVGElement {
  const s = svg(22, 18);
  let el: SVGElement;
  switch (look.shape) {
    case 'ellipse':
      el = document.createElementNS(SVG, 'circle');
      el.setAttribute('cx', '11'); el.setAttribute('cy', '9'); el.setAttribute('r', '7');
      break;
    case 'diamond':
      el = document.createElementNS(SVG, 'polygon');
      el.setAttribute('points', '11,1 20,9 11,17 2,9');
      break;
    case 'hexagon':
      el = document.createElementNS(SVG, 'polygon');
      el.setAttribute('points', '6,2 16,2 21,9 16,16 6,16 1,9');
      break;
    default:
      el = document.createElementNS(SVG, 'rect');
      el.setAttribute('x', '2'); el.setAttribute('y', '3'); el.setAttribute('width', '18'); el.setAttribute('height', '12');
      if (look.shape === 'round-rectangle') el.setAttribute('rx', '3');
  }
  el.setAttribute('fill', look.color);
  el.setAttribute('stroke', look.border);
  s.appendChild(el);
  return s;
}

function edgeSwatch(look: EdgeLook): SVGSVGElement {
  const s = svg(34, 12);
  const line = document.createElementNS(SVG, 'line');
  line.setAttribute('x1', '1'); line.setAttribute('y1', '6'); line.setAttribute('x2', '27'); line.setAttribute('y2', '6');
  line.setAttribute('stroke', look.color);
  line.setAttribute('stroke-width', String(Math.max(1.5, look.width)));
  if (look.line === 'dashed') line.setAttribute('stroke-dasharray', '5 3');
  if (look.line === 'dotted') line.setAttribute('stroke-dasharray', '1.5 2.5');
  const head = document.createElementNS(SVG, look.arrow === 'tee' ? 'line' : 'polygon');
  if (look.arrow === 'tee') {
    head.setAttribute('x1', '29'); head.setAttribute('y1', '1'); head.setAttribute('x2', '29'); head.setAttribute('y2', '11');
    head.setAttribute('stroke', look.color); head.setAttribute('stroke-width', '2.5');
  } else {
    head.setAttribute('points', '26,1 33,6 26,11');
    head.setAttribute('fill', look.color);
  }
  s.append(line, head);
  return s;
}

/** Renders the legend; only the relation types present in the graph are listed when `present` is given. */
export function renderLegend(root: HTMLElement, present?: Set<string>): void {
  const nodes = document.createElement('ul');
  nodes.className = 'legend-list';
  for (const [type, look] of Object.entries(NODE_LOOKS)) {
    const li = document.createElement('li');
    li.append(nodeSwatch(look), document.createTextNode(tr('type_', type)));
    nodes.appendChild(li);
  }
  const edges = document.createElement('ul');
  edges.className = 'legend-list';
  for (const [type, look] of Object.entries(EDGE_LOOKS)) {
    if (present && present.size && !present.has(type)) continue;
    const li = document.createElement('li');
    li.append(edgeSwatch(look), document.createTextNode(tr('rel_', type)));
    edges.appendChild(li);
  }
  const inferred = document.createElement('li');
  inferred.append(edgeSwatch({ color: '#805ad5', line: 'dashed', arrow: 'triangle', width: 1.5 }), document.createTextNode(t('legendInferred')));
  edges.appendChild(inferred);
  const h1 = Object.assign(document.createElement('h3'), { textContent: t('legendNodes') });
  const h2 = Object.assign(document.createElement('h3'), { textContent: t('legendEdges') });
  root.replaceChildren(h1, nodes, h2, edges);
}
