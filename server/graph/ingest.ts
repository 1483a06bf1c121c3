// Extraction → graph: begin, replace, lock, write, retry. The rows come from rows.ts, the merge rule from
// identity.ts; this file only runs them in transactions.
//
// Documents are written in batches, one write transaction per batch, every write a single UNWIND across the
// batch's documents, so a batch is in the graph entirely or not at all (also when the process dies mid-way:
// Neo4j rolls an open transaction back); `ingestDocument` is a batch of one. Inside the transaction:
//
//   1. begin: lock the Document nodes (MERGE by id = SHA-256 of the NFC text) and read, without lock, the
//      nodes of the cited instruments' merge groups; a document already there → `unchanged`, nothing to do
//   2. replace: an earlier version from the same source path → remove its contributions
//   3. lock: resolve each key (identity.ts planBatch, each document against the nodes as the documents
//      before it leave them); lock, in one ordered pass, the merge groups where the batch creates, re-keys or
//      completes a node, and read those again
//   4. write instruments, documents and their CITES/MENTIONS/ISSUED, relations, actions: three statements
//      sent back to back. Nodes read without lock are only linked to; if one was re-keyed or deleted meanwhile
//      a CITES edge is missing (MergeRaceError), and the batch is written again with every group locked.
import type { Graph, GraphTx } from './driver.ts';
import { parseInstrumentKey } from './identity.ts';
import type { Extraction } from '../extract/models.ts';
import { normalizeExtractionOrgs } from '../text/org-names.ts';
import { ownInstrumentKey, withDocumentIdentity } from './doc-identity.ts';
import { lookupOf, mergeRows, planBatch, resolveKeys, type BatchPlan, type Candidate, type InstrumentItem, type InstrumentNode } from './identity.ts';
import { defaultTitle, documentId, documentRows, instrumentRow, instrumentSearch, normalizeText, type DocumentFields, type InstrumentProps, type InstrumentRow } from './rows.ts';

// What other modules and tests have always imported from here.
export { planInstruments, resolveKeys, type InstrumentNode, type InstrumentPlan, type Rekey } from './identity.ts';
export {
  defaultTitle,
  documentId,
  instrumentRow,
  instrumentSearch,
  normalizeText,
  organizationKey,
  organizationLevel,
  searchFields,
  sentenceAround,
  type InstrumentRow,
  type SearchRow,
} from './rows.ts';

export type Extractor = (text: string) => Extraction;

export interface SourceDocument {
  /** The text as read from the file; it is put in NFC (BOM dropped) before anything else. */
  text: string;
  /** Path or URL; a later document from the same source replaces this one. */
  source: string | null;
  title?: string | null;
  publishedOn?: string | null;
}

export interface IngestOptions {
  extract?: Extractor;
  /** Re-write a document that is already in the graph (e.g. after the extractor improved). */
  force?: boolean;
}

export interface DocumentResult {
  docId: string;
  source: string | null;
  status: 'added' | 'updated' | 'unchanged';
  /** Ids of earlier versions from the same source that this one replaced. */
  replaced: string[];
  instruments: { added: number; updated: number };
  relations: number;
  actions: number;
  organizations: number;
}

export interface DeleteResult {
  docId: string;
  instrumentsDeleted: number;
  organizationsDeleted: number;
}

/**
 * Where a writer's time goes, summed over batches (milliseconds of wall-clock time): `begin` the first statement
 * (document locks, candidate read), `plan` the merge planning in TypeScript with its lock reads, `rows` building
 * the statements' rows, `write` the write statements, `commit` the commit. Filled when passed to ingestBatch.
 */
export interface WriteProfile {
  batches: number;
  docs: number;
  beginMs: number;
  planMs: number;
  rowsMs: number;
  writeMs: number;
  commitMs: number;
  /**
   * CPU time of the database process (ms) when the caller can read it (the bundled one: /proc): each phase's
   * share is then counted in `db` too. On a shared machine, wall-clock phases stretch with the load; CPU does not.
   */
  dbCpuMs?: () => number | null;
  db: { begin: number; plan: number; write: number; commit: number };
}

export const emptyWriteProfile = (): WriteProfile => ({ batches: 0, docs: 0, beginMs: 0, planMs: 0, rowsMs: 0, writeMs: 0, commitMs: 0, db: { begin: 0, plan: 0, write: 0, commit: 0 } });

/** Starts timing a phase; the returned function adds its wall-clock and database CPU time to the profile. */
function phase(profile: WriteProfile | undefined, ms: 'beginMs' | 'planMs' | 'writeMs' | 'commitMs', db: keyof WriteProfile['db']): () => void {
  if (!profile) return () => undefined;
  const t = performance.now();
  const c = profile.dbCpuMs?.() ?? null;
  return () => {
    profile[ms] += performance.now() - t;
    const c1 = c === null ? null : (profile.dbCpuMs?.() ?? null);
    if (c !== null && c1 !== null) profile.db[db] += c1 - c;
  };
}

/** A document ready to write: its stored fields and its extraction (see prepareDocument). */
export interface PreparedDocument {
  doc: DocumentFields;
  extraction: Extraction;
  items: InstrumentItem[];
}

let extractorPromise: Promise<Extractor> | null = null;
/** The real extractor (server/extract/index.ts), loaded once; a clear error while it does not exist. */
export function loadExtractor(): Promise<Extractor> {
  extractorPromise ??= (async () => {
    const path = '../extract/index.ts';
    try {
      const mod = (await import(/* @vite-ignore */ path)) as { extract?: Extractor };
      if (typeof mod.extract !== 'function') throw new Error('server/extract/index.ts exports no extract()');
      return mod.extract;
    } catch (err) {
      extractorPromise = null;
      throw new Error(`the extractor could not be loaded (server/extract/index.ts): ${(err as Error).message}`, { cause: err });
    }
  })();
  return extractorPromise;
}

/** Normalises the text, computes the id and pairs it with its extraction (given, or made by `extract`). */
export function prepareDocument(input: SourceDocument, extract: Extractor | Extraction): PreparedDocument {
  const text = normalizeText(input.text);
  // one body, one name: issuer and actor names in one written form before they become organisation keys
  // the document's own instrument (header or enacting sentence) and the links it states about itself, as an upload
  const extraction = normalizeExtractionOrgs(typeof extract === 'function' ? withDocumentIdentity(text, extract(text)) : extract);
  const doc = { id: documentId(text), text, source: input.source, title: input.title ?? defaultTitle(text), publishedOn: input.publishedOn ?? null };
  return { doc, extraction, items: extraction.instruments.map((i) => ({ key: i.key, row: instrumentRow(i.key, i) })) };
}

// ------------------------------------------------------------------------------------------- catalogue

interface Counters {
  instruments: { added: number; updated: number };
  relations: number;
  actions: number;
  organizations: number;
}

/**
 * The catalogue's instruments (authoritative: its values override): every merge group locked, keys resolved,
 * nodes upserted. Documents go through planBatch instead. Returns incoming → node key.
 */
export async function writeInstruments(
  tx: GraphTx,
  items: { key: string; row: InstrumentRow }[],
  opts: { fromCatalog: boolean; authoritative: boolean },
  counters?: Counters,
): Promise<Map<string, string>> {
  if (!items.length) return new Map();
  const groups = [...new Set(items.map((i) => i.row.mergeGroup))].sort();
  const existing = await tx.run<Candidate>('ingest/instrument-candidates', { lockGroups: groups, groups, keys: items.map((i) => i.key) });
  const { map, rekeys } = resolveKeys(
    items.map((i) => ({ key: i.key, jurisdiction: i.row.jurisdiction })),
    existing,
  );
  if (rekeys.length) await tx.run('ingest/rekey-instruments', { rekeys });
  const rows = mergeRows(items, map);
  const result = await tx.run<InstrumentProps & { created: boolean }>('ingest/upsert-instruments', {
    rows: [...rows.values()],
    fromCatalog: opts.fromCatalog,
    authoritative: opts.authoritative,
  });
  await tx.run('ingest/set-instrument-search', { rows: result.map(instrumentSearch) });
  if (counters) {
    for (const r of result) {
      if (r.created) counters.instruments.added++;
      else counters.instruments.updated++;
    }
  }
  return map;
}

// ----------------------------------------------------------------------------------------------- write

/** Thrown when a node read without lock changed before a document's edges reached it: retried with locks. */
class MergeRaceError extends Error {}

/**
 * Step 3: plans the batch against `known` (the nodes read so far, by key; null: read them now); locks, sorted,
 * the merge groups it changes that are not locked yet and reads those groups again (and the keys in them),
 * until the plan needs no new lock. Nodes of unlocked groups stay as read: they are only linked to.
 */
async function lockAndPlan(tx: GraphTx, docs: PreparedDocument[], known: Map<string, InstrumentNode>, lockAll: boolean, locked: Set<string>, read: boolean): Promise<BatchPlan> {
  const { groups, keys } = lookupOf(docs.flatMap((d) => d.items));
  if (read) for (const n of await tx.run<InstrumentNode>('ingest/instrument-candidates', { lockGroups: [], groups, keys })) known.set(n.key, n);
  for (;;) {
    const plan = planBatch(
      docs.map((d) => d.items),
      [...known.values()],
    );
    const want = lockAll ? groups : [...plan.lockGroups];
    const need = want.filter((g) => !locked.has(g)).sort();
    if (!need.length) return plan;
    const fresh = new Set(need);
    const nodes = await tx.run<InstrumentNode>('ingest/instrument-candidates', { lockGroups: need, groups: need, keys: keys.filter((k) => fresh.has(parseInstrumentKey(k).mergeGroup)) });
    // a node of a group just locked is as read now (another writer may have changed, re-keyed or deleted it)
    for (const [k, n] of known) if (fresh.has(n.mergeGroup ?? parseInstrumentKey(k).mergeGroup)) known.delete(k);
    for (const n of nodes) known.set(n.key, n);
    for (const g of need) locked.add(g);
  }
}

/** After a round's writes: the nodes as this transaction left them (re-keys first, then the written attributes). */
function applyPlan(known: Map<string, InstrumentNode>, plan: BatchPlan): void {
  for (const r of plan.rekeys) {
    const cur = known.get(r.from);
    known.delete(r.from);
    if (cur) known.set(r.to, { ...cur, key: r.to, baseKey: r.baseKey, year: cur.year ?? r.year, jurisdiction: cur.jurisdiction ?? r.jurisdiction });
  }
  for (const w of plan.writes) known.set(w.key, { ...known.get(w.key), key: w.key, ...w.props });
}

/** Step 4: writes the first `plan.size` documents of `docs`; returns their counters. */
async function writeRows(tx: GraphTx, docs: PreparedDocument[], plan: BatchPlan, profile: WriteProfile | undefined): Promise<Counters[]> {
  const t0 = performance.now();
  const counters: Counters[] = [];
  const docRows = [];
  const relations = [];
  const actions = [];
  const ownRows: { docId: string; key: string }[] = [];
  for (let n = 0; n < plan.size; n++) {
    const d = docs[n]!;
    const p = plan.plans[n]!;
    const rows = documentRows(d.doc, d.extraction, (k) => p.map.get(k) ?? k);
    docRows.push({ doc: rows.doc, cites: rows.cites, orgs: rows.orgs, issued: rows.issued });
    const own = ownInstrumentKey(d.extraction);
    if (own) ownRows.push({ docId: d.doc.id, key: p.map.get(own) ?? own });
    relations.push(...rows.relations);
    actions.push(...rows.actions);
    counters.push({ instruments: { added: p.created, updated: p.existing }, relations: rows.relations.length, actions: rows.actions.length, organizations: rows.orgs.length });
  }
  const cites = docRows.reduce((n, r) => n + r.cites.length, 0);
  if (profile) profile.rowsMs += performance.now() - t0;
  const wrote = phase(profile, 'writeMs', 'write');
  // the statements go out back to back (one round trip); the driver runs them in order in the transaction
  const writeDocuments = tx.run<{ cited: number }>('ingest/write-document', { rekeys: plan.rekeys, instruments: plan.writes, docs: docRows });
  const writes: Promise<unknown>[] = [writeDocuments];
  if (relations.length) writes.push(tx.run('ingest/write-relations', { relations }));
  if (actions.length) writes.push(tx.run('ingest/write-actions', { actions }));
  if (ownRows.length) writes.push(tx.run('graph/mark-own-documents', { rows: ownRows }));
  await Promise.all(writes);
  wrote();
  const [written] = await writeDocuments;
  if ((written?.cited ?? 0) !== cites) throw new MergeRaceError(`${cites - (written?.cited ?? 0)} instrument(s) changed key while the documents were written`);
  return counters;
}

/** Removes a document's contributions (and the node unless keepNode), then what nothing supports any more. */
async function removeDocument(tx: GraphTx, id: string, keepNode: boolean): Promise<DeleteResult> {
  const [touched] = await tx.run<{ instrumentKeys: string[]; orgKeys: string[] }>('ingest/delete-contributions', { id });
  if (!keepNode) await tx.run('ingest/delete-document-node', { id });
  const instrumentKeys = touched?.instrumentKeys ?? [];
  const orgKeys = [...new Set(touched?.orgKeys ?? [])];
  // orphans and recomputed attributes change nodes: under the merge locks, as every writer that changes them
  const lockGroups = [...new Set(instrumentKeys.map((k) => parseInstrumentKey(k).mergeGroup))].sort();
  if (lockGroups.length) await tx.run('ingest/instrument-candidates', { lockGroups, groups: [], keys: [] });
  const [gone] = await tx.run<{ instruments: number; organizations: number }>('ingest/delete-orphans', { instrumentKeys, orgKeys });
  if (instrumentKeys.length) {
    const left = await tx.run<InstrumentProps>('ingest/recompute-instruments', { keys: instrumentKeys });
    if (left.length) await tx.run('ingest/set-instrument-search', { rows: left.map(instrumentSearch) });
  }
  return { docId: id, instrumentsDeleted: gone?.instruments ?? 0, organizationsDeleted: gone?.organizations ?? 0 };
}

const EMPTY = (): Counters => ({ instruments: { added: 0, updated: 0 }, relations: 0, actions: 0, organizations: 0 });

/** One transaction for documents with distinct ids and sources. */
async function writeBatch(graph: Graph, docs: PreparedDocument[], force: boolean, profile: WriteProfile | undefined): Promise<DocumentResult[]> {
  const { groups, keys } = lookupOf(docs.flatMap((d) => d.items));
  let committed: () => void = () => undefined;
  const attempt = (lockAll: boolean) =>
    graph.writeTx(async (tx): Promise<DocumentResult[]> => {
      // 1. begin
      const began = phase(profile, 'beginMs', 'begin');
      const [begin] = await tx.run<{ docs: { id: string; fresh: boolean; replaced: string[] }[]; candidates: InstrumentNode[] }>('ingest/begin-documents', {
        docs: docs.map((d) => ({ id: d.doc.id, source: d.doc.source })),
        groups,
        keys,
      });
      began();
      const state = new Map((begin?.docs ?? []).map((b) => [b.id, b] as const));
      const results = new Map<string, DocumentResult>();
      const active: PreparedDocument[] = [];
      let removed = false;
      for (const d of docs) {
        const s = state.get(d.doc.id) ?? { id: d.doc.id, fresh: true, replaced: [] };
        if (!s.fresh && !force) {
          results.set(d.doc.id, { docId: d.doc.id, source: d.doc.source, status: 'unchanged', replaced: [], ...EMPTY() });
          continue;
        }
        // 2. replace
        for (const old of s.replaced) await removeDocument(tx, old, false);
        if (!s.fresh) await removeDocument(tx, d.doc.id, true);
        removed ||= !s.fresh || s.replaced.length > 0;
        active.push(d);
      }
      // 3. lock and 4. write; removing may have deleted or changed nodes: they are read again then
      // removing may have deleted or changed nodes: they are read again then; later rounds of the batch start
      // from the nodes as the earlier rounds left them
      const known = new Map<string, InstrumentNode>(removed ? [] : (begin?.candidates ?? []).map((n) => [n.key, n] as const));
      let read = removed;
      const locked = new Set<string>();
      let pending = active;
      while (pending.length) {
        const planned = phase(profile, 'planMs', 'plan');
        const plan = await lockAndPlan(tx, pending, known, lockAll, locked, read);
        planned();
        const counters = await writeRows(tx, pending, plan, profile);
        for (const [n, c] of counters.entries()) {
          const d = pending[n]!;
          const s = state.get(d.doc.id);
          const fresh = (s?.fresh ?? true) && !s?.replaced.length;
          results.set(d.doc.id, { docId: d.doc.id, source: d.doc.source, status: fresh ? 'added' : 'updated', replaced: s?.replaced ?? [], ...c });
        }
        pending = pending.slice(plan.size);
        applyPlan(known, plan);
        read = false;
      }
      committed = phase(profile, 'commitMs', 'commit');
      return docs.map((d) => results.get(d.doc.id)!);
    });
  const timed = async (lockAll: boolean) => {
    const r = await attempt(lockAll);
    committed();
    if (profile) {
      profile.batches++;
      profile.docs += docs.length;
    }
    return r;
  };
  try {
    return await timed(false);
  } catch (err) {
    if (!(err instanceof MergeRaceError)) throw err;
    return timed(true);
  }
}

/**
 * Writes prepared documents, as many per transaction as given: the result is what writing them one after
 * the other would give. A text that appears twice is written once (the second is `unchanged`); two versions
 * from one source go into successive transactions, the later replacing the earlier.
 */
export async function ingestBatch(graph: Graph, docs: PreparedDocument[], opts: { force?: boolean; profile?: WriteProfile } = {}): Promise<DocumentResult[]> {
  const results: DocumentResult[] = new Array<DocumentResult>(docs.length);
  let chunk: number[] = [];
  const ids = new Set<string>();
  const sources = new Set<string>();
  const flush = async () => {
    if (chunk.length) {
      const written = await writeBatch(
        graph,
        chunk.map((n) => docs[n]!),
        !!opts.force,
        opts.profile,
      );
      for (const [i, n] of chunk.entries()) results[n] = written[i]!;
    }
    chunk = [];
    ids.clear();
    sources.clear();
  };
  for (const [n, d] of docs.entries()) {
    if (ids.has(d.doc.id)) {
      // the same text twice in one transaction: the first one writes it
      results[n] = { docId: d.doc.id, source: d.doc.source, status: 'unchanged', replaced: [], ...EMPTY() };
      continue;
    }
    if (d.doc.source !== null && sources.has(d.doc.source)) await flush();
    ids.add(d.doc.id);
    if (d.doc.source !== null) sources.add(d.doc.source);
    chunk.push(n);
  }
  await flush();
  return results;
}

/** Ingests one document in one transaction. `extraction` skips the extractor (tests, benches). */
export async function ingestDocument(graph: Graph, input: SourceDocument, opts: IngestOptions & { extraction?: Extraction } = {}): Promise<DocumentResult> {
  const extract = opts.extraction ?? opts.extract ?? (await loadExtractor());
  const [result] = await ingestBatch(graph, [prepareDocument(input, extract)], { force: opts.force });
  return result!;
}

/** `--delete ID`: removes a document and whatever only it supported. Null when no such document. */
export async function deleteDocument(graph: Graph, id: string): Promise<DeleteResult | null> {
  return graph.writeTx(async (tx) => {
    const [found] = await tx.run<{ id: string }>('ingest/lock-existing-document', { id });
    return found ? removeDocument(tx, id, false) : null;
  });
}
