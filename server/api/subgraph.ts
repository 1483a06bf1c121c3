// Query.graph, Query.path and Trace.graph answer in the shape Cytoscape.js takes: nodes `{data: {id, label,
// type, kind, …}}` and edges `{data: {id, source, target, type, …}}`. The Cypher (graph-expand, graph-elements)
// walks the graph; this module decides which ids to keep and turns rows into elements.
import type { CyEdge, CyNode, InstrumentStatus, Subgraph } from './generated/resolvers-types.ts';
import type { DbGate } from './db.ts';
import { instrumentLabel, instrumentStatus } from './naming.ts';
import { INSTRUMENT_RELATION_TYPES, RELATION_LABELS, relationLabel } from '../vocabulary/relations.ts';
import type { InstrumentRow } from './models.ts';

export const ALL_RELATION_TYPES: string[] = [...INSTRUMENT_RELATION_TYPES];

export interface WalkOptions {
  relationTypes: string[];
  includeActions: boolean;
  includeInferred: boolean;
  focus: string[];
}

interface ElementRow {
  id: string;
  label: string;
  /** Links of the kinds the canvas shows, drawn or not; `hidden` is set from it once the edges are known. */
  links: number;
  hidden: number;
  edges: {
    source: string;
    target: string;
    type: string;
    evidenceCount: number;
    score: number | null;
    reason: string | null;
    /** Catalogue relations behind the edge (no document states them). */
    catalog?: number | null;
    effectiveFrom?: string | null;
    pinpoints?: string[] | null;
    supplements?: boolean | null;
  }[];
  props: Record<string, unknown>;
}

/** A day as YYYY-MM-DD from what the graph stores (an ISO string or a Neo4j date's string), or null. */
export function isoDay(v: unknown): string | null {
  const m = typeof v === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(v) : null;
  return m ? m[0] : null;
}

const SHORT = 60;
const shorten = (s: string) => (s.length > SHORT ? `${s.slice(0, SHORT - 1)}…` : s);

function nodeOf(r: ElementRow): CyNode {
  const p = r.props;
  switch (r.label) {
    case 'Instrument': {
      const i = p as unknown as InstrumentRow & { issuer?: string | null; effectiveFrom?: string | null; endedOn?: string | null };
      const status = instrumentStatus(i);
      return {
        data: {
          id: r.id,
          type: 'instrument',
          label: instrumentLabel(i),
          kind: i.kind,
          title: i.title ?? null,
          year: i.year ?? null,
          issuedOn: i.issuedOn ?? null,
          issuer: i.issuer ?? null,
          status: status as InstrumentStatus,
          citationCount: i.citationCount ?? 0,
          hiddenNeighbors: r.hidden,
          effectiveFrom: isoDay(i.effectiveFrom),
          endedOn: isoDay(i.endedOn),
        },
        classes: `instrument ${status.toLowerCase()}`,
      };
    }
    case 'Action': {
      const kind = (p.kind as string) === 'task' ? 'task' : 'action';
      return { data: { id: r.id, type: kind, label: shorten(String(p.summary ?? r.id)), kind, title: (p.summary as string) ?? null, hiddenNeighbors: r.hidden }, classes: kind };
    }
    case 'Organization':
      return { data: { id: r.id, type: 'organization', label: String(p.name ?? r.id), kind: (p.level as string) ?? null, hiddenNeighbors: r.hidden }, classes: 'organization' };
    default:
      return {
        data: { id: r.id, type: 'document', label: shorten(String(p.title ?? p.source ?? r.id)), title: (p.title as string) ?? null, hiddenNeighbors: r.hidden },
        classes: 'document',
      };
  }
}

/** An edge's label, kept in the element data for API clients: the relation vocabulary's Vietnamese active label ("thay thế"). */
const edgeLabel = (type: string) => (RELATION_LABELS[type] ? relationLabel(type, 'active', 'vi').toLowerCase() : type);

/** "Điều 1, Điều 2, … (+12)": the articles an edge names, unique, as written, at most eight. */
function pinpointText(list: string[] | null | undefined): string | null {
  const unique = [...new Set((list ?? []).filter(Boolean))];
  if (!unique.length) return null;
  const shown = unique.slice(0, 8).join(', ');
  return unique.length > 8 ? `${shown}, … (+${unique.length - 8})` : shown;
}

/** The elements for a set of node ids: one statement. */
export async function elements(db: DbGate, ids: string[], opts: WalkOptions, truncated: boolean): Promise<Subgraph> {
  if (!ids.length) return { nodes: [], edges: [], truncated };
  const rows = await db.read<ElementRow>('api/graph-elements', { ids, ...opts });
  const drawn = new Map<string, number>();
  for (const r of rows) {
    for (const e of r.edges) {
      drawn.set(e.source, (drawn.get(e.source) ?? 0) + e.evidenceCount);
      drawn.set(e.target, (drawn.get(e.target) ?? 0) + e.evidenceCount);
    }
  }
  for (const r of rows) r.hidden = Math.max(0, r.links - (drawn.get(r.id) ?? 0));
  const nodes = rows.map(nodeOf);
  const edges: CyEdge[] = [];
  for (const r of rows) {
    for (const e of r.edges) {
      edges.push({
        data: {
          id: `${e.source}|${e.type}|${e.target}`,
          source: e.source,
          target: e.target,
          type: e.type,
          label: edgeLabel(e.type),
          inferred: e.type === 'MAY_GOVERN',
          score: e.score ?? null,
          reason: e.reason ?? null,
          evidenceCount: e.type === 'MAY_GOVERN' ? 0 : e.evidenceCount,
          pinpoint: pinpointText(e.pinpoints),
          effectiveFrom: isoDay(e.effectiveFrom),
          supplements: e.type === 'AMENDS' ? Boolean(e.supplements) : null,
        },
        // "catalog": every relation behind the edge is a catalogue fact, none a document's sentence
        classes: e.type === 'MAY_GOVERN' ? 'inferred' : `${e.type.toLowerCase()}${e.catalog && !e.evidenceCount ? ' catalog' : ''}`,
      });
    }
  }
  return { nodes, edges, truncated };
}

/** Breadth-first from `focus`, one statement per level, stopping at `limit` nodes. */
export async function walk(db: DbGate, focus: string[], depth: number, limit: number, opts: WalkOptions): Promise<Subgraph> {
  const ids = [...new Set(focus)];
  const seen = new Set(ids);
  let frontier = ids;
  let truncated = false;
  for (let level = 0; level < depth && frontier.length && !truncated; level++) {
    const room = limit - seen.size;
    const next = await db.read<{ id: string }>('api/graph-expand', { ids: frontier, seen: [...seen], ...opts, limit: room + 1 });
    const fresh: string[] = [];
    for (const { id } of next) {
      if (seen.has(id)) continue;
      if (seen.size >= limit) {
        truncated = true;
        break;
      }
      seen.add(id);
      fresh.push(id);
    }
    frontier = fresh;
  }
  return elements(db, [...seen], opts, truncated);
}
