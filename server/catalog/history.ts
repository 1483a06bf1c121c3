// Instrument.history: the rows of catalog/instrument-history as dated events. A catalogue relation is one
// event (one acting instrument, one effective date, its articles); the links documents state are grouped by
// type and acting instrument, their evidence collected. Oldest first, undated last.
import type { EvidenceRow, HistoryEventRow, InstrumentRow } from '../api/models.ts';

export interface HistoryRow {
  type: string;
  fromCatalog: boolean;
  source: string | null;
  supplements: boolean;
  date: string | null;
  byPinpoints: string[];
  pinpoints: string[];
  evidence: EvidenceRow | null;
  by: InstrumentRow;
}

const CATALOG_NAME: Record<string, string> = { phapdien: 'Bộ Pháp điển' };

export function historyEvents(rows: HistoryRow[]): HistoryEventRow[] {
  const out: HistoryEventRow[] = [];
  const docs = new Map<string, HistoryEventRow>();
  for (const r of rows) {
    if (r.fromCatalog) {
      out.push({
        type: r.type,
        supplements: r.supplements,
        date: r.date,
        by: r.by,
        byPinpoints: r.byPinpoints,
        pinpoints: r.pinpoints,
        fromCatalog: true,
        source: r.source ? (CATALOG_NAME[r.source] ?? r.source) : null,
        evidence: [],
      });
      continue;
    }
    const id = `${r.type}|${r.by.key}`;
    let e = docs.get(id);
    if (!e) {
      e = { type: r.type, supplements: r.supplements, date: r.date, by: r.by, byPinpoints: [], pinpoints: [], fromCatalog: false, source: null, evidence: [] };
      docs.set(id, e);
      out.push(e);
    }
    e.supplements ||= r.supplements;
    for (const p of r.byPinpoints) if (!e.byPinpoints.includes(p)) e.byPinpoints.push(p);
    for (const p of r.pinpoints) if (!e.pinpoints.includes(p)) e.pinpoints.push(p);
    if (r.evidence) {
      e.evidence.push(r.evidence);
      e.source ??= r.evidence.docId;
    }
  }
  return out.sort((a, b) => (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1));
}
