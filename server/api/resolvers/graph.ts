// Query.graph, Query.path and Query.trace: subgraphs for the canvas and the chain of rules behind an action.
import type { QueryResolvers, TraceResolvers } from '../generated/resolvers-types.ts';
import type { ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import type { InstrumentRow, TraceRow, TraceStepRow } from '../models.ts';
import { ALL_RELATION_TYPES, elements, walk, type WalkOptions } from '../subgraph.ts';
import { checkText } from './query.ts';
import { TRACED_TYPES } from '../../vocabulary/relations.ts';

const MAX_DEPTH = 4;
const MAX_LIMIT = 2000;
/** Documents added by includeDocuments, at most (those citing the most instruments shown first). */
const MAX_DOCUMENTS = 300;
/** What a backer of an action itself rests on: the relations trace follows outward. */
const TRACE_RELATIONS = new Set(TRACED_TYPES);

function checkIds(name: string, ids: readonly string[]): void {
  if (ids.length > 200) throw badInput(`${name} has ${ids.length} ids; the limit is 200`);
  for (const id of ids) checkText(name, id, 300);
}

export const graphQuery: QueryResolvers['graph'] = async (_p, args, ctx) => {
  const depth = args.depth ?? 1;
  const limit = args.limit ?? 500;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) throw badInput(`depth: ${depth} is out of range; use 0 to ${MAX_DEPTH}`);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw badInput(`limit: ${limit} is out of range; use 1 to ${MAX_LIMIT}`);
  const relationTypes = args.relationTypes?.length ? args.relationTypes : ALL_RELATION_TYPES;
  const unknown = relationTypes.filter((t) => !ALL_RELATION_TYPES.includes(t));
  if (unknown.length) throw badInput(`relationTypes: ${unknown.map((t) => JSON.stringify(t.slice(0, 40))).join(', ')} unknown; use ${ALL_RELATION_TYPES.join(', ')}`);
  const focus = args.focus ?? [];
  checkIds('focus', focus);
  const opts: WalkOptions = { relationTypes, includeActions: args.includeActions ?? true, includeInferred: args.includeInferred ?? true, focus };
  const withDocuments = args.includeDocuments ?? false;
  if (focus.length) {
    const sub = await walk(ctx.db, focus, depth, limit, opts);
    if (!withDocuments) return sub;
    // The documents citing the instruments reached, with their CITES links.
    const instruments = sub.nodes.filter((n) => n.data.type === 'instrument').map((n) => n.data.id);
    const [docs] = instruments.length ? await ctx.db.read<{ total: number; ids: string[] }>('api/graph-citing-documents', { ids: instruments, limit: MAX_DOCUMENTS }) : [];
    const extra = (docs?.ids ?? []).filter((id) => !sub.nodes.some((n) => n.data.id === id));
    if (!extra.length) return sub;
    return elements(ctx.db, [...sub.nodes.map((n) => n.data.id), ...extra], opts, sub.truncated);
  }
  // No focus: the best-connected instruments and the links among them; with includeDocuments, the documents
  // citing them too. Either way, how many instruments there are and how many documents cite those shown.
  const [top] = await ctx.db.read<{ total: number; ids: string[] }>('api/graph-overview', { limit });
  const ids = top?.ids ?? [];
  const [docs] = ids.length ? await ctx.db.read<{ total: number; ids: string[] }>('api/graph-citing-documents', { ids, limit: withDocuments ? MAX_DOCUMENTS : 0 }) : [];
  const sub = await elements(ctx.db, [...ids, ...(withDocuments ? (docs?.ids ?? []) : [])], { ...opts, includeActions: false }, (top?.total ?? 0) > limit);
  return { ...sub, instrumentCount: top?.total ?? 0, citingDocumentCount: docs?.total ?? 0 };
};

export const pathQuery: QueryResolvers['path'] = async (_p, { from, to, maxDepth }, ctx) => {
  checkIds('from/to', [from, to]);
  const max = maxDepth ?? 6;
  if (!Number.isInteger(max) || max < 1 || max > 12) throw badInput(`maxDepth: ${max} is out of range; use 1 to 12`);
  const [a, b] = await Promise.all([ctx.loaders.instrument.load(from), ctx.loaders.instrument.load(to)]);
  if (!a) throw notFound(`no instrument with key ${JSON.stringify(from)}; find keys with search or instruments`);
  if (!b) throw notFound(`no instrument with key ${JSON.stringify(to)}; find keys with search or instruments`);
  const opts: WalkOptions = { relationTypes: ALL_RELATION_TYPES, includeActions: false, includeInferred: false, focus: [] };
  if (from === to) return elements(ctx.db, [from], opts, false);
  const [row] = await ctx.db.read<{ keys: string[] | null }>('api/path', { from, to, maxDepth: max });
  if (!row?.keys?.length) return null;
  return elements(ctx.db, row.keys, opts, false);
};

/** The explicit backers, then level by level what they implement, continue, guide or are based on, then inferred. */
export async function buildTrace(actionId: string, depth: number, includeInferred: boolean, ctx: ApiContext): Promise<TraceRow | null> {
  const action = await ctx.loaders.action.load(actionId);
  if (!action) return null;
  const [backers, inferred] = await Promise.all([ctx.loaders.backers.load(actionId), includeInferred ? ctx.loaders.inferred.load(actionId) : Promise.resolve([])]);
  const steps: TraceStepRow[] = backers.map((b) => ({ depth: 0, instrument: b.instrument, via: 'GOVERNS', from: null, inferred: false, score: null, reason: null, evidence: b.evidence }));
  const seen = new Set(backers.map((b) => b.instrument.key));
  let frontier: InstrumentRow[] = backers.map((b) => b.instrument);
  for (let level = 1; level <= depth && frontier.length; level++) {
    const rels = await Promise.all(frontier.map((i) => ctx.loaders.traceRelations.load(i.key)));
    const next: InstrumentRow[] = [];
    frontier.forEach((from, n) => {
      for (const r of rels[n] ?? []) {
        if (r.direction !== 'OUTGOING' || !TRACE_RELATIONS.has(r.type) || seen.has(r.other.key)) continue;
        seen.add(r.other.key);
        next.push(r.other);
        steps.push({ depth: level, instrument: r.other, via: r.type, from, inferred: false, score: null, reason: null, evidence: r.evidence });
      }
    });
    frontier = next;
  }
  for (const m of inferred) {
    if (seen.has(m.instrument.key)) continue;
    steps.push({ depth: 0, instrument: m.instrument, via: 'MAY_GOVERN', from: null, inferred: true, score: m.score, reason: m.reason, evidence: [] });
  }
  return { action, steps, graphIds: [action.id, ...steps.map((s) => s.instrument.key)], includeInferred };
}

export const traceQuery: QueryResolvers['trace'] = async (_p, { actionId, depth, includeInferred }, ctx) => {
  checkText('actionId', actionId, 300);
  const d = depth ?? 3;
  if (!Number.isInteger(d) || d < 0 || d > 6) throw badInput(`depth: ${d} is out of range; use 0 to 6`);
  return buildTrace(actionId, d, includeInferred ?? true, ctx);
};

export const Trace: TraceResolvers = {
  graph: async (t, _a, ctx) => {
    const sub = await elements(
      ctx.db,
      [...new Set(t.graphIds)],
      { relationTypes: [...TRACE_RELATIONS], includeActions: true, includeInferred: t.includeInferred, focus: [] },
      false,
    );
    // Only the links the trace walked: GOVERNS/MAY_GOVERN into this action and the trace relations.
    const keep = new Set(t.steps.map((s) => (s.from ? `${s.from.key}|${s.via}|${s.instrument.key}` : `${s.instrument.key}|${s.via}|${t.action.id}`)));
    return { ...sub, edges: sub.edges.filter((e) => keep.has(e.data.id)) };
  },
};
