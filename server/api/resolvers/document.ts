// Documents: the text (loaded only when asked), its citations with offsets, its instruments and actions.
import type { DocumentResolvers } from '../generated/resolvers-types.ts';
import { MAX_CITATIONS, take } from './connection.ts';

export const Document: DocumentResolvers = {
  text: async (d, _a, ctx) => (await ctx.loaders.documentText.load(d.id)) ?? '',
  citations: (d, a, ctx) => take(ctx.loaders.citations.load(d.id), a.first, MAX_CITATIONS),
  instruments: async (d, a, ctx) => {
    const seen = new Map<string, (typeof cites)[number]['instrument']>();
    const cites = await ctx.loaders.citations.load(d.id);
    for (const c of cites) if (!seen.has(c.instrument.key)) seen.set(c.instrument.key, c.instrument);
    return take([...seen.values()], a.first);
  },
  actions: (d, a, ctx) => take(ctx.loaders.documentActions.load(d.id), a.first),
};
