// Organisations: what they issued and what they performed.
import type { OrganizationResolvers } from '../generated/resolvers-types.ts';

export const Organization: OrganizationResolvers = {
  level: (o) => o.level ?? null,
  issued: (o, _a, ctx) => ctx.loaders.issued.load(o.key),
  performed: (o, _a, ctx) => ctx.loaders.performed.load(o.key),
  mentionCount: (o) => o.mentionCount ?? 0,
};
