// Query.stats and Query.health: counts for the dashboard and a liveness answer that never throws.
import type { QueryResolvers } from '../generated/resolvers-types.ts';

interface StatsRow {
  instruments: number;
  organizations: number;
  actions: number;
  tasks: number;
  documents: number;
  articles: number;
  byKind: { key: string; count: number }[];
  byIssuer: { key: string; count: number }[];
  byYear: { key: string; count: number }[];
  byRelationType: { key: string; count: number }[];
}

export const statsQuery: QueryResolvers['stats'] = async (_p, _a, ctx) => {
  const [row] = await ctx.db.read<StatsRow>('api/stats');
  return row ?? { instruments: 0, organizations: 0, actions: 0, tasks: 0, documents: 0, articles: 0, byKind: [], byIssuer: [], byYear: [], byRelationType: [] };
};

export const healthQuery: QueryResolvers['health'] = async (_p, _a, ctx) => {
  try {
    const [row] = await ctx.db.read<{ version: string; edition: string; counts: { label: string; count: number }[] }>('graph/health');
    return { ok: true, neo4jVersion: row?.version ?? null, neo4jEdition: row?.edition ?? null, counts: row?.counts ?? [] };
  } catch {
    return { ok: false, neo4jVersion: null, neo4jEdition: null, counts: [] };
  }
};
