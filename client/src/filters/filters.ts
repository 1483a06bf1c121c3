// Filters: kind, issuers, year range, status, relation type, link source (stated/inferred). They hide elements already loaded
// (no round trip), and live in the URL with the rest of the view (url-state.ts).
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { kindName, t, tr } from '../i18n/index.ts';
import { normalizeOrgName } from '../../../server/text/org-names.ts';
import { STATUSES } from '../api.ts';
import { nodeStatus, statusLabel } from '../panel/status.ts';
import { confidence } from '../panel/inferred.ts';
import { state, updateState, type Backing, type ViewState } from './url-state.ts';

/** The issuer a filter compares: one written form per body ("UBND tỉnh X" and "Ủy ban nhân dân tỉnh X" are one). */
export function issuerOf(name: unknown): string {
  return typeof name === 'string' && name.trim() ? normalizeOrgName(name) : '';
}

/** True when a filter on instruments is set (then what hangs only on filtered-out instruments goes too). */
function instrumentFilterOn(s: ViewState): boolean {
  return s.kinds.length > 0 || s.issuers.length > 0 || s.from !== null || s.to !== null || s.statuses.length > 0;
}

/**
 * Applies the filters to the graph: elements that fail get the `filtered-out` class (display: none).
 * Instruments by kind, issuer, years and status; links by type and source (stated, inferred); a link whose end is
 * hidden is hidden; when instruments or links are filtered, actions, tasks, documents and organisations left with
 * no shown instrument (directly, or for an organisation through the actions it performs) are hidden too — so what
 * stays on the canvas, and what the counters count, is what the filters mean.
 */
export function applyFilters(cy: Core, s: ViewState): void {
  const kinds = new Set(s.kinds);
  const issuers = new Set(s.issuers.map(issuerOf));
  const rels = new Set(s.rels);
  const statuses = new Set(s.statuses);
  const weakShown = s.weak || cy.edges('[?inferred]').every((e) => confidence(e.data('score') as number | null) !== 'low');
  const cascade = instrumentFilterOn(s) || rels.size > 0 || s.backing !== 'all';
  cy.batch(() => {
    const shown = new Set<string>();
    cy.nodes().forEach((n) => {
      let hide = false;
      if (n.data('type') === 'instrument') {
        const year = n.data('year') as number | null | undefined;
        if (kinds.size && !kinds.has(String(n.data('kind') ?? ''))) hide = true;
        if (issuers.size && !issuers.has(issuerOf(n.data('issuer')))) hide = true;
        if (s.from !== null && (typeof year !== 'number' || year < s.from)) hide = true;
        if (s.to !== null && (typeof year !== 'number' || year > s.to)) hide = true;
        if (statuses.size && !statuses.has(nodeStatus(n.data('status')))) hide = true;
        if (!hide) shown.add(n.id());
      }
      n.toggleClass('filtered-out', hide);
    });
    const edgeOk = (e: EdgeSingular): boolean => {
      const type = String(e.data('type'));
      const inferred = Boolean(e.data('inferred'));
      if (rels.size > 0 && !rels.has(type)) return false;
      if (s.backing === 'explicit' && inferred) return false;
      if (s.backing === 'inferred' && !inferred && (type === 'GOVERNS' || type === 'MAY_GOVERN')) return false;
      // A low-confidence inference is shown only when asked for.
      if (inferred && !s.weak && confidence(e.data('score') as number | null) === 'low') return false;
      return true;
    };
    const linked = (n: NodeSingular): boolean =>
      (n.connectedEdges().toArray() as EdgeSingular[]).some((e) => edgeOk(e) && shown.has(e.data('source') === n.id() ? String(e.data('target')) : String(e.data('source'))));
    if (!cascade && !weakShown) {
      // Only weak inferences hidden: an action or task that nothing else holds goes with them.
      const weakOnly = (e: EdgeSingular) => Boolean(e.data('inferred')) && confidence(e.data('score') as number | null) === 'low';
      cy.nodes().forEach((n) => {
        if (n.data('type') === 'instrument') return;
        const edges = n.connectedEdges().toArray() as EdgeSingular[];
        n.toggleClass('filtered-out', edges.length > 0 && edges.every(weakOnly));
      });
    }
    if (cascade) {
      // Actions, tasks and documents: shown when a shown instrument is linked to them by a shown link.
      cy.nodes().forEach((n) => {
        const type = n.data('type');
        if (type === 'instrument' || type === 'organization') return;
        const keep = linked(n);
        n.toggleClass('filtered-out', !keep);
        if (keep) shown.add(n.id());
      });
      // Organisations: shown when they issued a shown instrument or perform a shown action.
      cy.nodes('[type = "organization"]').forEach((n) => {
        n.toggleClass('filtered-out', !linked(n));
      });
    }
    cy.edges().forEach((e) => {
      const hide = !edgeOk(e) || e.source().hasClass('filtered-out') || e.target().hasClass('filtered-out');
      e.toggleClass('filtered-out', hide);
    });
  });
}

/** What the counters show: nodes and links not filtered out. */
export function visibleCounts(cy: Core): { nodes: number; edges: number } {
  return { nodes: cy.nodes().not('.filtered-out').length, edges: cy.edges().not('.filtered-out').length };
}

function checkboxGroup(name: string, legend: string, values: { value: string; label: string }[], selected: string[], onChange: (v: string[]) => void): HTMLFieldSetElement {
  const fs = document.createElement('fieldset');
  fs.append(Object.assign(document.createElement('legend'), { textContent: legend }));
  const chosen = new Set(selected);
  for (const v of values) {
    const id = `f-${name}-${v.value.replace(/\W+/g, '_')}`;
    const input = Object.assign(document.createElement('input'), { type: 'checkbox', id, value: v.value, checked: chosen.has(v.value) });
    input.addEventListener('change', () => {
      const all = [...fs.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      onChange(all);
    });
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: v.label });
    const row = document.createElement('div');
    row.className = 'check';
    row.append(input, label);
    fs.append(row);
  }
  return fs;
}

/** Renders the filter controls for what the graph holds now. */
export function renderFilters(root: HTMLElement, cy: Core, onChange: () => void): void {
  const instruments = cy.nodes('[type = "instrument"]');
  const kinds = [...new Set(instruments.map((n) => String(n.data('kind') ?? '')).filter(Boolean).concat(state.kinds))].sort((a, b) => a.localeCompare(b, 'vi'));
  const issuers = [...new Set(instruments.map((n) => issuerOf(n.data('issuer'))).filter(Boolean).concat(state.issuers.map(issuerOf)))].sort((a, b) => a.localeCompare(b, 'vi'));
  const statuses = STATUSES.filter((st) => state.statuses.includes(st) || instruments.some((n) => nodeStatus(n.data('status')) === st));
  const types = [...new Set(cy.edges().map((e) => String(e.data('type'))).concat(state.rels))].sort();
  const change = (patch: Partial<ViewState>) => {
    updateState(patch);
    onChange();
  };

  const parts: HTMLElement[] = [];
  if (kinds.length) parts.push(checkboxGroup('kind', t('filterKind'), kinds.map((k) => ({ value: k, label: kindName(k) })), state.kinds, (v) => change({ kinds: v })));

  if (issuers.length) {
    const counts = new Map<string, number>();
    instruments.forEach((n) => {
      const k = issuerOf(n.data('issuer'));
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    });
    const fs = checkboxGroup('issuer', t('filterIssuer'), issuers.map((i) => ({ value: i, label: `${i} (${counts.get(i) ?? 0})` })), state.issuers.map(issuerOf), (v) => change({ issuers: v }));
    fs.classList.add('issuers');
    parts.push(fs);
  }

  const yearFs = document.createElement('fieldset');
  yearFs.className = 'years';
  yearFs.append(Object.assign(document.createElement('legend'), { textContent: t('filterYears') }));
  for (const [key, label] of [['from', t('filterYearFrom')], ['to', t('filterYearTo')]] as const) {
    const input = Object.assign(document.createElement('input'), { type: 'number', id: `f-${key}`, min: '1930', max: '2100', step: '1', value: state[key] === null ? '' : String(state[key]) });
    input.setAttribute('inputmode', 'numeric');
    input.addEventListener('change', () => {
      const n = Number.parseInt(input.value, 10);
      change({ [key]: Number.isFinite(n) ? n : null });
    });
    yearFs.append(Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: label }), input);
  }
  parts.push(yearFs);

  if (statuses.length) parts.push(checkboxGroup('status', t('filterStatus'), statuses.map((st) => ({ value: st, label: statusLabel(st) })), state.statuses, (v) => change({ statuses: v })));

  if (types.length) parts.push(checkboxGroup('rel', t('filterRelations'), types.map((r) => ({ value: r, label: tr('rel_', r) })), state.rels, (v) => change({ rels: v })));

  const backingFs = document.createElement('fieldset');
  backingFs.append(Object.assign(document.createElement('legend'), { textContent: t('filterBacking') }));
  const bsel = Object.assign(document.createElement('select'), { id: 'f-backing' });
  bsel.setAttribute('aria-label', t('filterBacking'));
  for (const [v, k] of [['all', 'backingAll'], ['explicit', 'backingExplicit'], ['inferred', 'backingInferred']] as const) {
    bsel.append(Object.assign(document.createElement('option'), { value: v, textContent: t(k), selected: state.backing === v }));
  }
  bsel.addEventListener('change', () => change({ backing: bsel.value as Backing }));
  backingFs.append(bsel);
  const weakCount = cy.edges('[?inferred]').filter((e) => confidence(e.data('score') as number | null) === 'low').length;
  if (weakCount || state.weak) {
    const id = 'f-weak';
    const weak = Object.assign(document.createElement('input'), { type: 'checkbox', id, checked: state.weak });
    weak.addEventListener('change', () => change({ weak: weak.checked }));
    const row = document.createElement('div');
    row.className = 'check';
    row.append(weak, Object.assign(document.createElement('label'), { htmlFor: id, textContent: t('filterWeak', { n: weakCount }) }));
    backingFs.append(row);
  }
  parts.push(backingFs);

  const clear = Object.assign(document.createElement('button'), { type: 'button', className: 'small', textContent: t('clearFilters') });
  clear.addEventListener('click', () => {
    change({ kinds: [], issuers: [], from: null, to: null, rels: [], backing: 'all', statuses: [], weak: false });
    renderFilters(root, cy, onChange);
  });
  parts.push(clear);
  root.replaceChildren(...parts);
}
