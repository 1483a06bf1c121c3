// Organisations: what they issued and what they performed.
import type { OrganizationResolvers } from '../generated/resolvers-types.ts';
import { take } from './connection.ts';

export const Organization: OrganizationResolvers = {
  level: (o) => o.level ?? null,
  issued: (o, a, ctx) => take(ctx.loaders.issued.load(o.key), a.first),
  performed: (o, a, ctx) => take(ctx.loaders.performed.load(o.key), a.first),
  mentionCount: (o) => o.mentionCount ?? 0,
};
