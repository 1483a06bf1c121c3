// Instrument and what hangs off it: relations both ways, status, evidence, the actions it backs.
import type {
  AttributeConflictResolvers,
  CitationResolvers,
  ConflictValueResolvers,
  EvidenceResolvers,
  HistoryEventResolvers,
  InferredBackingResolvers,
  InstrumentRelationResolvers,
  InstrumentResolvers,
  RelationType,
} from '../generated/resolvers-types.ts';
import type { ApiContext } from '../context.ts';
import { sentenceAround } from '../evidence.ts';
import type { InstrumentRow, OrganizationRow, RelationRow } from '../models.ts';
import { instrumentCitation, instrumentLabel } from '../naming.ts';
import { historyEvents } from '../../catalog/history.ts';
import { statusAt } from '../../catalog/status.ts';
import { slugify } from '../../text/fold.ts';
import { pageArgs } from './connection.ts';

const SUPERSEDING = new Set(['REPLACES', 'AMENDS', 'REPEALS', 'SUSPENDS']);

async function related(i: InstrumentRow, ctx: ApiContext, type: RelationType, direction: 'OUTGOING' | 'INCOMING'): Promise<InstrumentRow[]> {
  const rels = await ctx.loaders.relations.load(i.key);
  return rels.filter((r) => r.type === type && r.direction === direction).map((r) => r.other);
}

/** The issuing organisation: the ISSUED node, else one made from the name the text gave. */
export async function issuerOf(i: InstrumentRow, ctx: ApiContext): Promise<OrganizationRow | null> {
  const org = await ctx.loaders.issuer.load(i.key);
  if (org) return org;
  return i.issuerName ? { key: slugify(i.issuerName), name: i.issuerName, level: null, mentionCount: 0 } : null;
}

export const Instrument: InstrumentResolvers = {
  number: (i) => i.number ?? null,
  label: (i) => instrumentLabel(i),
  citation: async (i, _a, ctx) => instrumentCitation(i, (await issuerOf(i, ctx))?.name ?? null),
  issuer: (i, _a, ctx) => issuerOf(i, ctx),
  // "only from the catalogue": a catalogue entry that a document also cites has document evidence
  fromCatalog: (i) => i.fromCatalog === true && (i.citationCount ?? 0) === 0,
  status: (i, { at }) => statusAt(i, at ?? undefined).status,
  statusDetail: async (i, { at }, ctx) => {
    const s = statusAt(i, at ?? undefined);
    if (!s.events.length) return { ...s, events: [] };
    // the events that decide it, in full (acting instrument, articles, evidence)
    const history = historyEvents(await ctx.loaders.history.load(i.key));
    const decisive = new Set(s.events.map((e) => `${e.type}|${e.by}`));
    return { ...s, events: history.filter((h) => decisive.has(`${h.type}|${h.by.key}`) && (!h.date || h.date <= s.at)) };
  },
  history: async (i, _a, ctx) => historyEvents(await ctx.loaders.history.load(i.key)),
  effectiveFrom: (i) => i.effectiveFrom ?? null,
  officialUrl: (i) => i.officialUrl ?? null,
  topics: (i) => i.topics ?? [],
  supersededBy: async (i, _a, ctx) => (await ctx.loaders.relations.load(i.key)).filter((r) => r.direction === 'INCOMING' && SUPERSEDING.has(r.type)),
  relations: async (i, { direction, types }, ctx) => {
    const rels = await ctx.loaders.relations.load(i.key);
    return rels.filter((r) => (direction === 'BOTH' || !direction || r.direction === direction) && (!types?.length || types.includes(r.type as RelationType)));
  },
  replaces: (i, _a, ctx) => related(i, ctx, 'REPLACES', 'OUTGOING'),
  replacedBy: (i, _a, ctx) => related(i, ctx, 'REPLACES', 'INCOMING'),
  amends: (i, _a, ctx) => related(i, ctx, 'AMENDS', 'OUTGOING'),
  amendedBy: (i, _a, ctx) => related(i, ctx, 'AMENDS', 'INCOMING'),
  guides: (i, _a, ctx) => related(i, ctx, 'GUIDES', 'OUTGOING'),
  guidedBy: (i, _a, ctx) => related(i, ctx, 'GUIDES', 'INCOMING'),
  implements: (i, _a, ctx) => related(i, ctx, 'IMPLEMENTS', 'OUTGOING'),
  implementedBy: (i, _a, ctx) => related(i, ctx, 'IMPLEMENTS', 'INCOMING'),
  continues: (i, _a, ctx) => related(i, ctx, 'CONTINUES', 'OUTGOING'),
  continuedBy: (i, _a, ctx) => related(i, ctx, 'CONTINUES', 'INCOMING'),
  basedOn: (i, _a, ctx) => related(i, ctx, 'BASED_ON', 'OUTGOING'),
  basisFor: (i, _a, ctx) => related(i, ctx, 'BASED_ON', 'INCOMING'),
  citedBy: (i, { first, after }, ctx) => ctx.loaders.citedBy.load({ key: i.key, ...pageArgs(first, after) }),
  citationCount: (i) => i.citationCount ?? 0,
  governs: (i, _a, ctx) => ctx.loaders.governs.load(i.key),
  mayGovern: async (i, _a, ctx) => (await ctx.loaders.mayGovern.load(i.key)).map((m) => ({ ...m, instrument: i })),
  affectedActions: (i, _a, ctx) => ctx.loaders.affectedActions.load(i.key),
  evidence: async (i, _a, ctx) => (await ctx.loaders.mentions.load(i.key)).map(sentenceAround),
  conflicts: (i, _a, ctx) => ctx.loaders.conflicts.load(i.key),
};

export const InstrumentRelation: InstrumentRelationResolvers = {
  type: (r: RelationRow) => r.type as RelationType,
  direction: (r) => r.direction,
  instrument: (r) => r.other,
  evidence: (r) => r.evidence,
};

export const Evidence: EvidenceResolvers = {
  document: async (e, _a, ctx) => (await ctx.loaders.document.load(e.docId)) ?? { id: e.docId },
  highlightStart: (e) => e.citeStart ?? null,
  highlightEnd: (e) => e.citeEnd ?? null,
  pinpoint: (e) => e.pinpoint ?? e.toPinpoint ?? null,
};

export const HistoryEvent: HistoryEventResolvers = {
  type: (h) => h.type as RelationType,
};

export const InferredBacking: InferredBackingResolvers = {
  reason: (b) => b.reason ?? '',
};

export const Citation: CitationResolvers = {};

export const AttributeConflict: AttributeConflictResolvers = {};

export const ConflictValue: ConflictValueResolvers = {
  documents: async (v, _a, ctx) => (await ctx.loaders.document.loadMany(v.docIds)).map((d, n) => (d && !(d instanceof Error) ? d : { id: v.docIds[n] ?? '' })),
};
