// Filters: kind, issuer, year range, relation type, explicit/inferred. They hide elements already loaded
// (no round trip), and live in the URL with the rest of the view (url-state.ts).
import type { Core } from 'cytoscape';
import { kindName, t, tr } from '../i18n/index.ts';
import { state, updateState, type Backing, type ViewState } from './url-state.ts';

/** Applies the filters to the graph: elements that fail get the `filtered-out` class (display: none). */
export function applyFilters(cy: Core, s: ViewState): void {
  const kinds = new Set(s.kinds);
  const issuers = new Set(s.issuers);
  const rels = new Set(s.rels);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      let hide = false;
      if (n.data('type') === 'instrument') {
        const year = n.data('year') as number | null | undefined;
        if (kinds.size && !kinds.has(String(n.data('kind') ?? ''))) hide = true;
        if (issuers.size && !issuers.has(String(n.data('issuer') ?? ''))) hide = true;
        if (s.from !== null && (typeof year !== 'number' || year < s.from)) hide = true;
        if (s.to !== null && (typeof year !== 'number' || year > s.to)) hide = true;
      }
      n.toggleClass('filtered-out', hide);
    });
    cy.edges().forEach((e) => {
      const type = String(e.data('type'));
      const inferred = Boolean(e.data('inferred'));
      let hide = rels.size > 0 && !rels.has(type);
      if (s.backing === 'explicit' && inferred) hide = true;
      if (s.backing === 'inferred' && !inferred && (type === 'GOVERNS' || type === 'MAY_GOVERN')) hide = true;
      e.toggleClass('filtered-out', hide);
    });
  });
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
  const issuers = [...new Set(instruments.map((n) => String(n.data('issuer') ?? '')).filter(Boolean).concat(state.issuers))].sort((a, b) => a.localeCompare(b, 'vi'));
  const types = [...new Set(cy.edges().map((e) => String(e.data('type'))).concat(state.rels))].sort();
  const change = (patch: Partial<ViewState>) => {
    updateState(patch);
    onChange();
  };

  const parts: HTMLElement[] = [];
  if (kinds.length) parts.push(checkboxGroup('kind', t('filterKind'), kinds.map((k) => ({ value: k, label: kindName(k) })), state.kinds, (v) => change({ kinds: v })));

  const issuerFs = document.createElement('fieldset');
  issuerFs.append(Object.assign(document.createElement('legend'), { textContent: t('filterIssuer') }));
  const sel = Object.assign(document.createElement('select'), { id: 'f-issuer' });
  sel.setAttribute('aria-label', t('filterIssuer'));
  sel.append(Object.assign(document.createElement('option'), { value: '', textContent: t('filterAllIssuers') }));
  for (const i of issuers) sel.append(Object.assign(document.createElement('option'), { value: i, textContent: i, selected: state.issuers.includes(i) }));
  sel.addEventListener('change', () => change({ issuers: sel.value ? [sel.value] : [] }));
  issuerFs.append(sel);
  parts.push(issuerFs);

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
  parts.push(backingFs);

  const clear = Object.assign(document.createElement('button'), { type: 'button', className: 'small', textContent: t('clearFilters') });
  clear.addEventListener('click', () => {
    change({ kinds: [], issuers: [], from: null, to: null, rels: [], backing: 'all' });
    renderFilters(root, cy, onChange);
  });
  parts.push(clear);
  root.replaceChildren(...parts);
}
