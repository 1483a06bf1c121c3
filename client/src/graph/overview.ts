// The overview: what makes a big graph read at a glance. Applied to the elements loaded, before the layout:
//  - the graph as of a date: instruments not issued yet are hidden, those repealed or replaced by then greyed,
//    links that apply only later hidden;
//  - instruments with no drawn link are collapsed into one item ("68 văn bản chưa có quan hệ") that opens as a list;
//  - the others are framed by issuer or by kind (compound nodes, laid out group by group);
//  - node size follows citations and links; the top instruments are labelled at every zoom, the rest on zoom-in.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { kindName, t } from '../i18n/index.ts';

/** Nodes the view draws for itself, not graph data: group frames and the collapsed-instruments item. */
export const META = 'meta';
export type GroupBy = 'issuer' | 'kind' | 'none';
export const COLLAPSED_ID = '__unlinked';
const GROUP_PREFIX = '__group:';
/** Above this many nodes no frames are drawn: compound nodes cost every frame. */
export const GROUP_MAX_NODES = 2500;
/** Labels shown at every zoom. */
export const TOP_LABELS = 15;
/** Relations that change or end an instrument: drawn in their own style, dated. */
export const CHANGE_TYPES = new Set(['AMENDS', 'REPEALS', 'REPLACES', 'SUSPENDS']);
const ENDING = new Set(['REPEALS', 'REPLACES']);

export interface OverviewSummary {
  /** Instruments loaded, and how many of them are drawn. */
  instruments: number;
  drawn: number;
  /** Instruments collapsed into the unlinked item. */
  unlinked: string[];
  /** Hidden by the date: not issued yet. */
  notYet: number;
  /** Greyed by the date (or for good): repealed or replaced. */
  ended: number;
  documents: number;
}

const dateOf = (iso: unknown): string | null => (typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null);

/** The date an instrument came into being, for the date control: its issue date, or 1 January of its year. */
export function issuedDate(d: { issuedOn?: string | null; year?: number | null }): string | null {
  return dateOf(d.issuedOn) ?? (typeof d.year === 'number' ? `${d.year}-01-01` : null);
}

/**
 * The date control: hides instruments issued after `at` (and their links), greys those repealed or replaced by
 * then, hides changes that apply later. Without a date, instruments whose status says repealed or replaced are greyed.
 */
export function applyAsOf(cy: Core, at: string | null): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      if (n.hasClass(META)) return;
      const type = n.data('type') as string;
      const issued = type === 'instrument' ? issuedDate(n.data()) : null;
      n.toggleClass('not-yet', Boolean(at && issued && issued > at));
    });
    // A link applies from its own date, or else from the date of the instrument acting (its source).
    cy.edges().forEach((e) => {
      const from = dateOf(e.data('effectiveFrom')) ?? issuedDate(e.source().data());
      e.toggleClass('not-yet', Boolean(at && from && from > at));
      e.toggleClass('change', CHANGE_TYPES.has(String(e.data('type'))));
    });
    cy.nodes('[type = "instrument"]').forEach((n) => {
      let ended: boolean;
      if (!at) ended = ['REPEALED', 'REPLACED'].includes(String(n.data('status')));
      else {
        const endedOn = dateOf(n.data('endedOn'));
        ended = Boolean(endedOn && endedOn <= at);
        // Also a repeal or replacement of the whole (one naming an article is partial) drawn in the graph that
        // applies by then.
        if (!ended) {
          ended = n.incomers('edge').some((e) => {
            const edge = e as EdgeSingular;
            return ENDING.has(String(edge.data('type'))) && !edge.data('pinpoint') && !edge.hasClass('not-yet') && !edge.source().hasClass('not-yet');
          });
        }
      }
      n.toggleClass('ended', ended);
    });
  });
}

/** Whether a node is drawn: not filtered out, not hidden by the date, not collapsed. */
function shown(n: NodeSingular): boolean {
  return !n.hasClass('filtered-out') && !n.hasClass('not-yet') && !n.hasClass('unlinked');
}

/** Edges that are drawn between two nodes that are drawn. */
function liveDegree(n: NodeSingular): number {
  return n.connectedEdges().filter((e) => !e.hasClass('filtered-out') && !e.hasClass('not-yet') && shown(e.source()) && shown(e.target()) && e.source().id() !== e.target().id()).length;
}

/**
 * Collapses instruments without a drawn link into the one unlinked item (created, updated or removed here).
 * `enabled` false: everything is drawn as it is (a focused view, where each node was asked for).
 */
export function collapseUnlinked(cy: Core, enabled: boolean): string[] {
  const ids: string[] = [];
  cy.batch(() => {
    cy.nodes('.unlinked').removeClass('unlinked');
    if (enabled) {
      cy.nodes('[type = "instrument"]').forEach((n) => {
        if (n.hasClass('filtered-out') || n.hasClass('not-yet') || n.hasClass(META)) return;
        if (liveDegree(n) === 0) ids.push(n.id());
      });
      // One or two are not a grid: they stay where they are.
      if (ids.length < 3) ids.length = 0;
      for (const id of ids) cy.getElementById(id).addClass('unlinked');
    }
    const item = cy.getElementById(COLLAPSED_ID);
    if (!ids.length) item.remove();
    else {
      const label = t('unlinkedItem', { n: ids.length });
      if (item.empty()) cy.add({ group: 'nodes', data: { id: COLLAPSED_ID, type: 'collapsed', label, displayLabel: label, count: ids.length }, classes: `${META} collapsed` });
      else item.data({ label, displayLabel: label, count: ids.length });
    }
  });
  return ids;
}

/** Removes the group frames, keeping their members. */
export function ungroup(cy: Core): void {
  const parents = cy.nodes(`[id ^= "${GROUP_PREFIX}"]`);
  if (parents.empty()) return;
  cy.batch(() => {
    parents.children().move({ parent: null });
    parents.remove();
  });
}

/** Frames the drawn instruments by issuer or kind; groups of one are left unframed. Returns the number of frames. */
export function applyGroups(cy: Core, by: GroupBy): number {
  ungroup(cy);
  if (by === 'none' || cy.nodes().length > GROUP_MAX_NODES) return 0;
  const members = new Map<string, NodeSingular[]>();
  cy.nodes('[type = "instrument"]').forEach((n) => {
    if (!shown(n)) return;
    const raw = by === 'issuer' ? (n.data('issuer') as string | null) : (n.data('kind') as string | null);
    if (!raw) return;
    const list = members.get(raw) ?? [];
    list.push(n);
    members.set(raw, list);
  });
  let frames = 0;
  cy.batch(() => {
    for (const [value, list] of members) {
      if (list.length < 2) continue;
      const id = `${GROUP_PREFIX}${value}`;
      const name = by === 'kind' ? kindName(value) : value;
      const label = `${name} (${list.length})`;
      cy.add({ group: 'nodes', data: { id, type: 'group', label, displayLabel: label }, classes: `${META} group` });
      for (const n of list) n.move({ parent: id });
      frames++;
    }
  });
  return frames;
}

/**
 * Node size from citations and drawn links (a weight), and the `top` class on the TOP_LABELS heaviest
 * instruments: their labels are drawn at any zoom. Returns the top nodes, heaviest first.
 */
export function rankNodes(cy: Core, top = TOP_LABELS): NodeSingular[] {
  const instruments = cy.nodes('[type = "instrument"]').filter((n) => shown(n as NodeSingular)) as unknown as NodeSingular[];
  const weight = new Map<string, number>();
  let max = 1;
  for (const n of instruments) {
    const w = Number(n.data('citationCount') ?? 0) + liveDegree(n);
    weight.set(n.id(), w);
    max = Math.max(max, w);
  }
  const sorted = [...instruments].sort((a, b) => weight.get(b.id())! - weight.get(a.id())! || a.id().localeCompare(b.id()));
  const best = sorted.slice(0, top).filter((n) => weight.get(n.id())! > 0);
  cy.batch(() => {
    cy.nodes('.top').removeClass('top');
    for (const n of instruments) {
      const f = Math.sqrt(weight.get(n.id())! / max);
      n.data({ sizeW: Math.round(28 + 44 * f), sizeH: Math.round(18 + 26 * f) });
    }
    for (const n of best) n.addClass('top');
  });
  return best;
}

/** What is loaded, drawn and hidden, for the status line. */
export function summarize(cy: Core, unlinked: string[]): OverviewSummary {
  const instruments = cy.nodes('[type = "instrument"]');
  return {
    instruments: instruments.length,
    drawn: instruments.filter((n) => shown(n)).length,
    unlinked,
    notYet: instruments.filter((n) => n.hasClass('not-yet')).length,
    ended: instruments.filter((n) => n.hasClass('ended') && !n.hasClass('not-yet')).length,
    documents: cy.nodes('[type = "document"]').filter((n) => !n.hasClass('filtered-out')).length,
  };
}
