// Instrument.history: the dated changes made to an instrument (amended, supplemented, repealed, replaced,
// suspended, corrected), oldest first, from the relations in the graph — those the catalogue records and those
// documents state, with their sentences. Batched per request like the other instrument fields.
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

const cache = new WeakMap<ApiContext, Map<string, Promise<HistoryRow[]>>>();

/** One read per instrument and request (the panel asks once; a list of instruments asks each once). */
function historyOf(key: string, ctx: ApiContext): Promise<HistoryRow[]> {
  let perRequest = cache.get(ctx);
  if (!perRequest) cache.set(ctx, (perRequest = new Map()));
  let rows = perRequest.get(key);
  if (!rows) {
    rows = ctx.db.read<HistoryRow>('api/instrument-history', { keys: [key] });
    perRequest.set(key, rows);
  }
  return rows;
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
