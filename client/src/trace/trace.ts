// Trace: on an action or task, the rules that back it as a highlighted path. Explicit backing (what the text
// states) is drawn solid, inferred backing dashed with its score; the list beside the graph gives each step's
// depth, how it joins the previous one, and for an inference its score and reason.
import { inferenceText } from '../panel/inferred.ts';
import { api, type Trace } from '../api.ts';
import { t, tr } from '../i18n/index.ts';
import type { GraphView } from '../graph/view.ts';

export function clearTraceHighlight(view: GraphView): void {
  view.cy.elements().removeClass('faded trace trace-explicit trace-inferred');
}

export function highlightTrace(view: GraphView, trace: Trace): void {
  const cy = view.cy;
  cy.batch(() => {
    clearTraceHighlight(view);
    const ids = new Set<string>([trace.action.id, ...trace.graph.nodes.map((n) => n.data.id)]);
    const edges = new Set(trace.graph.edges.map((e) => e.data.id));
    cy.nodes().forEach((n) => {
      n.addClass(ids.has(n.id()) ? 'trace' : 'faded');
    });
    cy.edges().forEach((e) => {
      if (edges.has(e.id())) e.addClass(e.data('inferred') ? 'trace-inferred' : 'trace-explicit');
      else e.addClass('faded');
    });
  });
}

export async function loadTrace(view: GraphView, actionId: string): Promise<Trace | null> {
  const trace = await api.trace(actionId, true);
  if (!trace) return null;
  view.add(trace.graph);
  return trace;
}

/** The step list; clicking a step selects its instrument. */
export function renderTrace(root: HTMLElement, trace: Trace, onInstrument: (key: string) => void, onClose: () => void): void {
  const head = document.createElement('div');
  head.className = 'trace-head';
  const h = Object.assign(document.createElement('h3'), { textContent: t('traceTitle', { s: trace.action.summary }) });
  const close = Object.assign(document.createElement('button'), { type: 'button', className: 'small', textContent: t('clearTrace') });
  close.addEventListener('click', onClose);
  head.append(h, close);
  const legend = document.createElement('p');
  legend.className = 'trace-legend';
  legend.append(
    Object.assign(document.createElement('span'), { className: 'line solid' }),
    ` ${t('traceExplicit')}  `,
    Object.assign(document.createElement('span'), { className: 'line dashed' }),
    ` ${t('traceInferred')}`,
  );
  const ol = document.createElement('ol');
  ol.className = 'trace-steps';
  for (const s of trace.steps) {
    const li = document.createElement('li');
    li.className = s.inferred ? 'step inferred' : 'step explicit';
    li.style.marginLeft = `${s.depth * 14}px`;
    const b = Object.assign(document.createElement('button'), { type: 'button', className: 'link', textContent: s.instrument.label });
    if (s.instrument.title) b.title = s.instrument.title;
    b.addEventListener('click', () => onInstrument(s.instrument.key));
    const via = ['GOVERNS', 'MAY_GOVERN'].includes(s.via) || /^[A-Z_]+$/.test(s.via) ? tr('rel_', s.via) : s.via;
    li.append(Object.assign(document.createElement('span'), { className: 'depth', textContent: s.depth === 0 ? t('traceDirect') : t('traceIndirect', { d: s.depth }) }), ' ', b, ` · ${t('traceVia', { v: via })}`);
    if (s.inferred) {
      li.append(Object.assign(document.createElement('span'), { className: 'score', textContent: ` · ${inferenceText(s.score, s.reason)}` }));
    }
    ol.append(li);
  }
  root.replaceChildren(head, legend, trace.steps.length ? ol : Object.assign(document.createElement('p'), { className: 'muted', textContent: t('traceNone') }));
  root.hidden = false;
}
