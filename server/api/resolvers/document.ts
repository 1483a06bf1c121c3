// Documents: the text (loaded only when asked), its citations with offsets, its instruments and actions.
import type { DocumentResolvers } from '../generated/resolvers-types.ts';
import { MAX_CITATIONS, take } from './connection.ts';
import { displayTitle, publicSource } from '../../graph/doc-title.ts';
import { detectGarbled } from '../../text/garbled.ts';
import { signerLine } from '../../graph/doc-signer.ts';

export const Document: DocumentResolvers = {
  // Never page furniture, never a path on the server: the file name or the address the document came from.
  title: (d) => displayTitle(d.title, d.source),
  source: (d) => publicSource(d.source),
  text: async (d, _a, ctx) => (await ctx.loaders.documentText.load(d.id)) ?? '',
  signer: async (d, _a, ctx) => signerLine((await ctx.loaders.documentText.load(d.id)) ?? ''),
  textWarning: async (d, _a, ctx) => {
    const r = detectGarbled((await ctx.loaders.documentText.load(d.id)) ?? '');
    return r.garbled ? (r.sample ?? '') : null;
  },
  citations: (d, a, ctx) => take(ctx.loaders.citations.load(d.id), a.first, MAX_CITATIONS),
  instruments: async (d, a, ctx) => {
    const seen = new Map<string, (typeof cites)[number]['instrument']>();
    const cites = await ctx.loaders.citations.load(d.id);
    for (const c of cites) if (!seen.has(c.instrument.key)) seen.set(c.instrument.key, c.instrument);
    return take([...seen.values()], a.first);
  },
  actions: (d, a, ctx) => take(ctx.loaders.documentActions.load(d.id), a.first),
};
