// Instrument.history: the dated changes made to an instrument (amended, supplemented, repealed, replaced,
// suspended, corrected), oldest first, from the relations in the graph — those the catalogue records and those
// documents state, with their sentences. Batched per request (one statement for all the instruments asked).
import DataLoader from 'dataloader';
import type { InstrumentResolvers } from '../generated/resolvers-types.ts';
import type { ApiContext } from '../context.ts';
import type { EvidenceRow, InstrumentRow } from '../models.ts';
import { isoDay } from '../subgraph.ts';

export interface HistoryRow {
  key: string;
  type: string;
  supplements: boolean;
  date: string | null;
  byPinpoints: string[];
  pinpoints: string[];
  fromCatalog: boolean;
  docId: string | null;
  evidence: EvidenceRow[];
  by: InstrumentRow;
}

const loaders = new WeakMap<ApiContext, DataLoader<string, HistoryRow[]>>();

/** One statement per request for every instrument whose history is asked for (a list of 100: still one). */
function historyOf(key: string, ctx: ApiContext): Promise<HistoryRow[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (keys: readonly string[]) => {
      const rows = await ctx.db.read<HistoryRow>('api/instrument-history', { keys: [...keys] });
      const by = new Map<string, HistoryRow[]>();
      for (const r of rows) by.set(r.key, [...(by.get(r.key) ?? []), r]);
      return keys.map((k) => by.get(k) ?? []);
    });
    loaders.set(ctx, loader);
  }
  return loader.load(key);
}

export const history: NonNullable<InstrumentResolvers['history']> = async (i, _a, ctx) => {
  const rows = await historyOf(i.key, ctx);
  return rows.map((r) => ({
    type: r.type as never,
    supplements: r.type === 'AMENDS' && r.supplements,
    date: isoDay(r.date),
    by: r.by as never,
    byPinpoints: r.byPinpoints ?? [],
    pinpoints: r.pinpoints ?? [],
    fromCatalog: r.fromCatalog,
    source: r.fromCatalog ? 'Bộ Pháp điển' : r.docId,
    evidence: r.evidence as never,
  }));
};
