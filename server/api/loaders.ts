// Per-request DataLoaders: every nested field asks its loader, and each loader turns all the keys asked for in
// one tick into one Cypher statement (UNWIND $keys), so a query over N instruments makes the same number of
// statements as one over 3N. Loaders live for one request only: no data is cached across requests.
import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import type { HistoryRow } from '../catalog/history.ts';
import type { DbGate } from './db.ts';
import { MAX_CITATIONS, MAX_LIST } from './resolvers/connection.ts';
import type {
  ActionRow,
  ArticleRow,
  CitationRow,
  ConflictRow,
  DocumentPage,
  DocumentRow,
  EvidenceRow,
  InferredRow,
  InstrumentRow,
  OrganizationRow,
  RelationRow,
} from './models.ts';

// Batch everything asked for until the event loop turns (not only this microtask tick): resolvers at one level
// finish at slightly different times (some from the cache, some after a statement), and their children's
// loads should still land in one statement.
const batchScheduleFn = (run: () => void) => setImmediate(run);

// Cypher's LIMIT wants an integer, and a JavaScript number travels as a float
const CAP = neo4j.int(MAX_LIST);
const CITATION_CAP = neo4j.int(MAX_CITATIONS);

/** A loader for "one row per key": `query` returns rows with `keyField` and `valueField`; missing keys → null. */
function one<V>(db: DbGate, query: string, param: string, keyField: string, valueField: string): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(async (keys) => {
    const rows = await db.read<Record<string, unknown>>(query, { [param]: [...new Set(keys)] });
    const by = new Map<string, V>();
    for (const r of rows) by.set(r[keyField] as string, r[valueField] as V);
    return keys.map((k) => by.get(k) ?? null);
  }, { batchScheduleFn });
}

/** A loader for "many rows per key", in the order the query returns them. */
function many<R>(db: DbGate, query: string, param: string, keyField: string, map: (row: Record<string, unknown>) => R, cap = CAP): DataLoader<string, R[]> {
  return new DataLoader<string, R[]>(async (keys) => {
    // the queries that can grow without bound take at most `cap` rows per key (a list field's largest page)
    const rows = await db.read<Record<string, unknown>>(query, { [param]: [...new Set(keys)], cap, citationCap: CITATION_CAP });
    const by = new Map<string, R[]>();
    for (const r of rows) {
      const k = r[keyField] as string;
      let list = by.get(k);
      if (!list) by.set(k, (list = []));
      list.push(map(r));
    }
    return keys.map((k) => by.get(k) ?? []);
  }, { batchScheduleFn });
}

export interface MentionRow {
  docId: string;
  citeStart: number;
  citeEnd: number;
  windowStart: number;
  window: string;
}

export interface WarningRow {
  type: string;
  old: Pick<InstrumentRow, 'key' | 'kind' | 'number' | 'symbol' | 'label' | 'title' | 'conference'>;
  new: Pick<InstrumentRow, 'key' | 'kind' | 'number' | 'symbol' | 'label' | 'title' | 'conference'>;
}

export interface CitedByKey {
  key: string;
  offset: number;
  first: number;
}

export function createLoaders(db: DbGate) {
  const instrument = one<InstrumentRow>(db, 'api/instruments-by-key', 'keys', 'key', 'node');
  const action = one<ActionRow>(db, 'api/actions-by-id', 'ids', 'id', 'node');
  const organization = one<OrganizationRow>(db, 'api/organizations-by-key', 'keys', 'key', 'node');
  const document = one<DocumentRow>(db, 'api/documents-by-id', 'ids', 'id', 'node');
  /** Instruments that came back from another query are already loaded: later `instrument.load`s are free. */
  const seen = (i: InstrumentRow) => {
    instrument.prime(i.key, i);
    return i;
  };
  const seenAction = (a: ActionRow) => {
    action.prime(a.id, a);
    return a;
  };
  const mentionPages = new Map<number, DataLoader<string, MentionRow[]>>();
  return {
    instrument,
    action,
    organization,
    document,
    documentText: one<string>(db, 'api/documents-text', 'ids', 'id', 'text'),
    /** The document that is an instrument's own text (its CITES edge marked own by the ingest). */
    ownDocument: one<DocumentRow>(db, 'api/instrument-own-document', 'keys', 'key', 'node'),
    relations: many<RelationRow>(db, 'api/instrument-relations', 'keys', 'key', (r) => ({
      type: r.type as string,
      direction: r.direction as RelationRow['direction'],
      other: seen(r.other as InstrumentRow),
      evidence: (r.evidence as EvidenceRow[]).filter((e) => e.docId != null),
    })),
    traceRelations: many<RelationRow>(db, 'api/instrument-trace-relations', 'keys', 'key', (r) => ({
      type: r.type as string,
      direction: 'OUTGOING',
      other: seen(r.other as InstrumentRow),
      evidence: (r.evidence as EvidenceRow[]).filter((e) => e.docId != null),
    })),
    issuer: one<OrganizationRow>(db, 'api/instrument-issuers', 'keys', 'key', 'org'),
    governs: many<ActionRow>(db, 'api/instrument-governs', 'keys', 'key', (r) => seenAction(r.action as ActionRow)),
    mayGovern: many<{ action: ActionRow; score: number; reason: string }>(db, 'api/instrument-may-govern', 'keys', 'key', (r) => ({
      action: seenAction(r.action as ActionRow),
      score: r.score as number,
      reason: (r.reason as string | null) ?? '',
    })),
    affectedActions: many<ActionRow>(db, 'api/instrument-affected-actions', 'keys', 'key', (r) => seenAction(r.action as ActionRow)),
    /** Evidence windows, one loader per page size asked for: a page of 50 ships 50 windows of text, not 500. */
    mentions: (first: number) => {
      let l = mentionPages.get(first);
      if (!l) mentionPages.set(first, (l = many<MentionRow>(db, 'api/instrument-evidence', 'keys', 'key', (r) => r as unknown as MentionRow, neo4j.int(first))));
      return l;
    },
    conflicts: many<ConflictRow>(db, 'api/instrument-conflicts', 'keys', 'key', (r) => r as unknown as ConflictRow),
    history: many<HistoryRow>(db, 'catalog/instrument-history', 'keys', 'key', (r) => ({ ...(r as unknown as HistoryRow), by: seen(r.by as InstrumentRow) })),
    articles: many<ArticleRow>(db, 'api/instrument-articles', 'keys', 'key', (r) => r.article as ArticleRow),
    articleCount: one<number>(db, 'api/instrument-article-count', 'keys', 'key', 'count'),
    citedBy: new DataLoader<CitedByKey, DocumentPage, string>(
      async (reqs) => {
        const rows = await db.read<{ key: string; offset: number; first: number; total: number; page: DocumentRow[] }>('api/instrument-citing-documents', {
          requests: reqs.map((q) => ({ ...q })),
        });
        const by = new Map(rows.map((r) => [`${r.key}|${r.offset}|${r.first}`, r]));
        return reqs.map((q) => {
          const r = by.get(`${q.key}|${q.offset}|${q.first}`);
          const page = r?.page ?? [];
          for (const d of page) document.prime(d.id, d);
          return { nodes: page.slice(0, q.first), offset: q.offset, total: r?.total ?? 0, hasNextPage: page.length > q.first };
        });
      },
      { cacheKeyFn: (q) => `${q.key}|${q.offset}|${q.first}`, batchScheduleFn },
    ),
    actor: one<OrganizationRow>(db, 'api/action-actors', 'ids', 'id', 'org'),
    backers: many<{ instrument: InstrumentRow; evidence: EvidenceRow[] }>(db, 'api/action-backers', 'ids', 'id', (r) => ({
      instrument: seen(r.instrument as InstrumentRow),
      evidence: (r.evidence as EvidenceRow[]).filter((e) => e.docId != null),
    })),
    inferred: many<Omit<InferredRow, 'action'>>(db, 'api/action-inferred', 'ids', 'id', (r) => ({
      instrument: seen(r.instrument as InstrumentRow),
      score: r.score as number,
      reason: (r.reason as string | null) ?? '',
    })),
    warnings: many<WarningRow>(db, 'api/action-warnings', 'ids', 'id', (r) => r as unknown as WarningRow),
    issued: many<InstrumentRow>(db, 'api/organization-issued', 'keys', 'key', (r) => seen(r.instrument as InstrumentRow)),
    performed: many<ActionRow>(db, 'api/organization-performed', 'keys', 'key', (r) => seenAction(r.action as ActionRow)),
    citations: many<CitationRow>(db, 'api/document-citations', 'ids', 'id', (r) => ({
      instrument: seen(r.instrument as InstrumentRow),
      start: r.start as number,
      end: r.end as number,
      text: r.text as string,
    })),
    documentActions: many<ActionRow>(db, 'api/document-actions', 'ids', 'id', (r) => seenAction(r.action as ActionRow)),
    seen,
    seenAction,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
