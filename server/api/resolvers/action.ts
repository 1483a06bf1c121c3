// Actions and tasks: who, what, under which instruments, and the warnings when a backer has been superseded.
import type { ActionResolvers, QuantityResolvers } from '../generated/resolvers-types.ts';
import { take } from './connection.ts';
import { supersededWarning } from '../naming.ts';
import { slugify } from '../../text/fold.ts';

interface Quantity {
  value: number;
  unit?: string | null;
  text: string;
}

function quantities(json: string | null | undefined): Quantity[] {
  if (!json) return [];
  try {
    const q = JSON.parse(json) as unknown;
    return Array.isArray(q) ? (q as Quantity[]).filter((x) => typeof x?.value === 'number') : [];
  } catch {
    return [];
  }
}

export const Action: ActionResolvers = {
  ordinal: (a) => a.ordinal ?? null,
  text: (a) => a.text ?? a.summary,
  actor: async (a, _x, ctx) => {
    const org = await ctx.loaders.actor.load(a.id);
    if (org) return org;
    return a.actorName ? { key: slugify(a.actorName), name: a.actorName, level: null, mentionCount: 0 } : null;
  },
  quantities: (a) => quantities(a.quantities),
  document: async (a, _x, ctx) => (await ctx.loaders.document.load(a.docId)) ?? { id: a.docId },
  evidence: (a) => ({ docId: a.docId, sentence: a.text ?? a.summary, start: a.start, end: a.end }),
  backedBy: async (a, x, ctx) => take((await ctx.loaders.backers.load(a.id)).map((b) => b.instrument), x.first),
  inferredBacking: async (a, x, ctx) => take((await ctx.loaders.inferred.load(a.id)).map((b) => ({ ...b, action: a })), x.first),
  warnings: async (a, _x, ctx) => (await ctx.loaders.warnings.load(a.id)).map((w) => supersededWarning(w.type, w.old, w.new)),
};

export const Quantity: QuantityResolvers = {
  unit: (q) => q.unit ?? null,
};
