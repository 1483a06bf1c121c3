// The status of an instrument at a date, from what the graph knows and nothing else:
//
//   NOT_YET_IN_FORCE  the date is before its effective date (or, when that is unknown, before its issue date)
//   REPLACED          a REPLACES relation in effect by then
//   REPEALED          a REPEALS relation of the whole instrument (no article named) in effect by then
//   SUSPENDED         a SUSPENDS relation in effect by then
//   PARTLY_REPEALED   a REPEALS relation naming articles (the Bộ Pháp điển's "có nội dung bị bãi bỏ")
//   AMENDED           an AMENDS relation in effect by then: in force, some articles changed
//   IN_FORCE          its effective date is known and passed, and nothing above applies
//   UNKNOWN           no evidence either way: never "in force" by default
//
// A relation is in effect from its own effective date, else the acting instrument's effective date, else
// its issue date; a relation with no date at all is taken as in effect (it is known to have happened).
// The strongest applicable status wins, in the order above.

export type InstrumentStatusValue = 'IN_FORCE' | 'REPLACED' | 'AMENDED' | 'REPEALED' | 'SUSPENDED' | 'UNKNOWN' | 'PARTLY_REPEALED' | 'NOT_YET_IN_FORCE';

/** One relation by which another instrument acted on this one, as the API queries project it. */
export interface SupersedingFact {
  type: string;
  /** When it takes effect (relation, else acting instrument's effective or issue date). */
  date?: string | null;
  /** A catalogue fact (e.g. the Bộ Pháp điển), not a document's sentence. */
  catalog?: boolean | null;
  /** It names articles of this instrument: only part of it is affected. */
  partial?: boolean | null;
  by?: string | null;
  byLabel?: string | null;
}

export interface StatusFacts {
  effectiveFrom?: string | null;
  issuedOn?: string | null;
  catalogSources?: string[] | null;
  superseding?: SupersedingFact[] | null;
}

export interface StatusResult {
  status: InstrumentStatusValue;
  at: string;
  basis: string | null;
  /** catalog | document | none */
  source: 'catalog' | 'document' | 'none';
  /** The relations that decide the status (empty for IN_FORCE, NOT_YET_IN_FORCE and UNKNOWN). */
  events: SupersedingFact[];
}

/** Today in UTC, "YYYY-MM-DD". */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** "2021-01-01" → "01/01/2021". */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const CATALOG_NAME: Record<string, string> = { phapdien: 'Bộ Pháp điển' };
const VERB: Record<string, string> = {
  REPLACES: 'thay thế bởi',
  REPEALS: 'bãi bỏ bởi',
  PARTLY: 'bãi bỏ một phần bởi',
  SUSPENDS: 'đình chỉ bởi',
  AMENDS: 'sửa đổi, bổ sung bởi',
};

function catalogName(sources: string[] | null | undefined): string {
  const s = sources?.find((x) => x !== 'catalog');
  return s ? (CATALOG_NAME[s] ?? s) : 'Danh mục';
}

export function statusAt(facts: StatusFacts, at: string = today()): StatusResult {
  const fromCatalog = !!facts.catalogSources?.length;
  const prefix = fromCatalog ? `${catalogName(facts.catalogSources)}: ` : '';
  if (facts.effectiveFrom && at < facts.effectiveFrom) {
    return { status: 'NOT_YET_IN_FORCE', at, basis: `${prefix}hiệu lực từ ${viDate(facts.effectiveFrom)}`, source: fromCatalog ? 'catalog' : 'document', events: [] };
  }
  if (!facts.effectiveFrom && facts.issuedOn && at < facts.issuedOn) {
    return { status: 'NOT_YET_IN_FORCE', at, basis: `${prefix}ban hành ngày ${viDate(facts.issuedOn)}`, source: fromCatalog ? 'catalog' : 'document', events: [] };
  }
  const applies = (facts.superseding ?? []).filter((e) => !e.date || e.date <= at);
  const pick = (status: InstrumentStatusValue, match: (e: SupersedingFact) => boolean, verb: string): StatusResult | null => {
    const events = applies.filter(match);
    if (!events.length) return null;
    const catalogOnly = events.every((e) => e.catalog);
    const latest = [...events].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : -1))[0]!;
    const who = latest.byLabel ?? latest.by ?? '';
    const when = latest.date ? ` từ ${viDate(latest.date)}` : '';
    const more = events.length > 1 ? ` (và ${events.length - 1} văn bản khác)` : '';
    const basis = `${catalogOnly ? `${catalogName(facts.catalogSources)}: ` : ''}${verb} ${who}${when}${more}`;
    return { status, at, basis, source: catalogOnly ? 'catalog' : 'document', events };
  };
  const decided =
    pick('REPLACED', (e) => e.type === 'REPLACES', VERB.REPLACES!) ??
    pick('REPEALED', (e) => e.type === 'REPEALS' && !e.partial, VERB.REPEALS!) ??
    pick('SUSPENDED', (e) => e.type === 'SUSPENDS', VERB.SUSPENDS!) ??
    pick('PARTLY_REPEALED', (e) => e.type === 'REPEALS' && !!e.partial, VERB.PARTLY!) ??
    pick('AMENDED', (e) => e.type === 'AMENDS', VERB.AMENDS!);
  if (decided) return decided;
  if (facts.effectiveFrom) {
    return { status: 'IN_FORCE', at, basis: `${prefix}hiệu lực từ ${viDate(facts.effectiveFrom)}`, source: fromCatalog ? 'catalog' : 'document', events: [] };
  }
  return { status: 'UNKNOWN', at, basis: null, source: 'none', events: [] };
}
