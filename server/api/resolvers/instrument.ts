// Instrument and what hangs off it: relations both ways, status, evidence, the actions it backs.
import type {
  AttributeConflictResolvers,
  CitationResolvers,
  ConflictValueResolvers,
  EvidenceResolvers,
  InferredBackingResolvers,
  InstrumentRelationResolvers,
  InstrumentResolvers,
  RelationType,
} from '../generated/resolvers-types.ts';
import type { ApiContext } from '../context.ts';
import { sentenceAround } from '../evidence.ts';
import type { InstrumentRow, OrganizationRow, RelationRow } from '../models.ts';
import { instrumentCitation, instrumentLabel, instrumentStatus } from '../naming.ts';
import { slugify } from '../../text/fold.ts';
import { pageArgs } from './connection.ts';

const SUPERSEDING = new Set(['REPLACES', 'AMENDS', 'REPEALS', 'SUSPENDS']);
/** The relation each status derived from the documents comes from. */
const STATUS_REL: Record<string, string> = { REPLACED: 'REPLACES', AMENDED: 'AMENDS', REPEALED: 'REPEALS', SUSPENDED: 'SUSPENDS' };

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
  status: (i) => instrumentStatus(i),
  statusDetail: async (i, { at }, ctx) => {
    const status = instrumentStatus(i);
    const none = { status: 'UNKNOWN' as const, at: at ?? null, basis: null, source: 'none', events: [] };
    if (status === 'UNKNOWN') return none;
    // The stated relation that decides it: which instrument, in which sentence.
    const rel = (await ctx.loaders.relations.load(i.key)).find((r) => r.direction === 'INCOMING' && STATUS_REL[status] === r.type && r.evidence.length);
    if (!rel) return none;
    return { status, at: at ?? null, basis: `${instrumentLabel(rel.other)}: “${rel.evidence[0]!.sentence}”`, source: 'document', events: [] };
  },
  history: () => [],
  effectiveFrom: (i) => (i as { effectiveFrom?: string | null }).effectiveFrom ?? null,
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
  cutBefore: (e) => e.cutBefore ?? false,
  cutAfter: (e) => e.cutAfter ?? false,
};

export const InferredBacking: InferredBackingResolvers = {
  reason: (b) => b.reason ?? '',
};

export const Citation: CitationResolvers = {};

export const AttributeConflict: AttributeConflictResolvers = {};

export const ConflictValue: ConflictValueResolvers = {
  documents: async (v, _a, ctx) => (await ctx.loaders.document.loadMany(v.docIds)).map((d, n) => (d && !(d instanceof Error) ? d : { id: v.docIds[n] ?? '' })),
};
