// Instrument and what hangs off it: relations both ways, status, evidence, the actions it backs.
import { signerLine } from '../../graph/doc-signer.ts';
import type {
  ArticleResolvers,
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
import { evidenceSentence } from '../evidence.ts';
import type { InstrumentRow, OrganizationRow, RelationRow } from '../models.ts';
import { instrumentCitation, instrumentLabel } from '../naming.ts';
import { historyEvents } from '../../catalog/history.ts';
import { parsePinpoint } from '../../extract/pinpoints.ts';
import { statusAt } from '../../catalog/status.ts';
import { slugify } from '../../text/fold.ts';
import { RELATION_LABELS, SUPERSEDING_TYPES } from '../../vocabulary/relations.ts';
import { listFirst, pageArgs, take } from './connection.ts';

const SUPERSEDING = new Set(SUPERSEDING_TYPES);

async function related(i: InstrumentRow, ctx: ApiContext, type: RelationType, direction: 'OUTGOING' | 'INCOMING'): Promise<InstrumentRow[]> {
  const rels = await ctx.loaders.relations.load(i.key);
  return rels.filter((r) => r.type === type && r.direction === direction).map((r) => r.other);
}

type RelatedField = (i: InstrumentRow, a: { first?: number | null }, ctx: ApiContext) => Promise<InstrumentRow[]>;

/** One resolver per field of the relation vocabulary: `replaces` lists what an instrument replaces, `replacedBy` what replaced it. */
function relatedFields(): Record<string, RelatedField> {
  const out: Record<string, RelatedField> = {};
  for (const [type, l] of Object.entries(RELATION_LABELS)) {
    if (!l.fields) continue;
    out[l.fields.active] = (i, a, ctx) => take(related(i, ctx, type as RelationType, 'OUTGOING'), a.first);
    out[l.fields.passive] = (i, a, ctx) => take(related(i, ctx, type as RelationType, 'INCOMING'), a.first);
  }
  return out;
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
    const events = history.filter((h) => decisive.has(`${h.type}|${h.by.key}`) && (!h.date || h.date <= s.at));
    // a status a document states is shown with the sentence that states it
    const sentence = s.source === 'document' ? events.flatMap((e) => e.evidence).find((e) => e.sentence)?.sentence : undefined;
    return { ...s, basis: sentence ? `${s.basis}: “${sentence.trim()}”` : s.basis, events };
  },
  history: async (i, a, ctx) => take(historyEvents(await ctx.loaders.history.load(i.key)), a.first),
  effectiveFrom: (i) => i.effectiveFrom ?? null,
  officialUrl: (i) => i.officialUrl ?? null,
  topics: (i) => i.topics ?? [],
  articles: async (i, a, ctx) => take(await ctx.loaders.articles.load(i.key), a.first),
  articleCount: async (i, _a, ctx) => (await ctx.loaders.articleCount.load(i.key)) ?? 0,
  supersededBy: async (i, a, ctx) => take((await ctx.loaders.relations.load(i.key)).filter((r) => r.direction === 'INCOMING' && SUPERSEDING.has(r.type)), a.first),
  relations: async (i, { direction, types, first }, ctx) => {
    const rels = await ctx.loaders.relations.load(i.key);
    return take(rels.filter((r) => (direction === 'BOTH' || !direction || r.direction === direction) && (!types?.length || types.includes(r.type as RelationType))), first);
  },
  // replaces, replacedBy, amends, … basisFor: the fields the relation vocabulary names
  ...relatedFields(),
  citedBy: (i, { first, after }, ctx) => ctx.loaders.citedBy.load({ key: i.key, ...pageArgs(first, after) }),
  citationCount: (i) => i.citationCount ?? 0,
  ownDocument: (i, _a, ctx) => ctx.loaders.ownDocument.load(i.key),
  signer: async (i, _a, ctx) => {
    const own = await ctx.loaders.ownDocument.load(i.key);
    return own ? signerLine((await ctx.loaders.documentText.load(own.id)) ?? '') : null;
  },
  governs: (i, a, ctx) => take(ctx.loaders.governs.load(i.key), a.first),
  mayGovern: async (i, a, ctx) => take((await ctx.loaders.mayGovern.load(i.key)).map((m) => ({ ...m, instrument: i })), a.first),
  affectedActions: (i, a, ctx) => take(ctx.loaders.affectedActions.load(i.key), a.first),
  evidence: async (i, a, ctx) => (await ctx.loaders.mentions(listFirst(a.first)).load(i.key)).map(evidenceSentence),
  conflicts: (i, a, ctx) => take(ctx.loaders.conflicts.load(i.key), a.first),
};

export const InstrumentRelation: InstrumentRelationResolvers = {
  type: (r: RelationRow) => r.type as RelationType,
  direction: (r) => r.direction,
  instrument: (r) => r.other,
  evidence: (r, a) => take(r.evidence, a.first),
};

export const Evidence: EvidenceResolvers = {
  document: async (e, _a, ctx) => (await ctx.loaders.document.load(e.docId)) ?? { id: e.docId },
  highlightStart: (e) => e.citeStart ?? null,
  highlightEnd: (e) => e.citeEnd ?? null,
  pinpoint: (e) => e.pinpoint ?? e.toPinpoint ?? null,
  cutBefore: (e) => e.cutBefore ?? false,
  cutAfter: (e) => e.cutAfter ?? false,
};

export const HistoryEvent: HistoryEventResolvers = {
  type: (h) => h.type as RelationType,
  evidence: (h, a) => take(h.evidence, a.first),
};

export const InferredBacking: InferredBackingResolvers = {
  reason: (b) => b.reason ?? '',
};

export const Citation: CitationResolvers = {};

export const AttributeConflict: AttributeConflictResolvers = {};

export const ConflictValue: ConflictValueResolvers = {
  documents: async (v, a, ctx) => (await ctx.loaders.document.loadMany(v.docIds.slice(0, listFirst(a.first)))).map((d, n) => (d && !(d instanceof Error) ? d : { id: v.docIds[n] ?? '' })),
};

/** "Điều 4", "khoản 2 Điều 4", "điểm a khoản 1 Điều 4" name article 4; "Điều 40" does not. */
function pinpointNamesArticle(pinpoint: string, number: string): boolean {
  return parsePinpoint(pinpoint).article?.toLowerCase() === number.toLowerCase();
}

export const Article: ArticleResolvers = {
  instrument: async (a, _x, ctx) => {
    const i = await ctx.loaders.instrument.load(a.instrumentKey);
    if (!i) throw new Error(`article ${a.key}: its instrument is gone`);
    return i;
  },
  changes: async (a, _x, ctx) => {
    if (!a.number) return [];
    const n = a.number;
    return historyEvents(await ctx.loaders.history.load(a.instrumentKey)).filter((e) => e.pinpoints.some((p) => pinpointNamesArticle(p, n)));
  },
};
