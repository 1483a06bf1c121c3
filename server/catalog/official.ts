// Loads the official catalogue (data/catalog/phapdien-*.jsonl, derived from the Bộ Pháp điển's notes: see
// data/README.md) into the graph: its instruments through the catalogue loader (same identity rule as the
// ingest, marked fromCatalog, with effectiveFrom, officialUrl and topics), then its amendment and repeal events
// as (:Instrument)-[:AMENDS|REPEALS {source: 'phapdien'}]->(:Instrument) relationships, one per amending
// instrument, amended instrument, type and effective date, with the articles on both sides as lists. They
// carry no docId: they are catalogue facts, never document evidence.
//
// The codified articles (phapdien-articles.jsonl.gz) become (:Article)-[:PART_OF]->(:Instrument) nodes, unless
// the load is told to leave them out (`articles: false`: CATALOG_ARTICLES=0 at start).
//
// A (:CatalogSource {name}) node keeps the checksum of the files loaded: at start the load is skipped when the
// files did not change, so a restart costs one read. Works on any Neo4j (bundled, NEO4J_URI, a cluster):
// plain parameterised MERGE statements in write transactions, nothing local.
import { slugify } from '../text/fold.ts';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CATALOG_DIR, CATALOG_TX_TIMEOUT_MS, catalogKey, loadCatalog, readCatalog, readJsonLines, type CatalogEntry } from '../graph/catalog.ts';
import type { Graph } from '../graph/driver.ts';
import type { ArticleRow as ArticleModel } from '../api/models.ts';
import { instrumentName } from '../graph/identity.ts';

export const OFFICIAL_SOURCE = 'phapdien';
export const OFFICIAL_INSTRUMENTS = 'phapdien-instruments.jsonl';
export const OFFICIAL_EVENTS = 'phapdien-events.jsonl';
export const OFFICIAL_ARTICLES = 'phapdien-articles.jsonl.gz';

const Ref = z.object({ kind: z.string().min(1), number: z.string().min(1), symbol: z.string().nullable() });
export const CatalogEventEntry = z.object({
  type: z.enum(['AMENDS', 'REPEALS']),
  supplements: z.boolean(),
  from: Ref,
  fromPinpoints: z.array(z.string()),
  to: Ref,
  toPinpoints: z.array(z.string()),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  source: z.string().min(1),
});
export type CatalogEventEntry = z.infer<typeof CatalogEventEntry>;

export const CatalogArticleEntry = z.object({
  instrument: Ref,
  article: z.string().min(1),
  heading: z.string().nullable(),
  codifiedAs: z.string().nullable(),
  topic: z.string().nullable(),
  officialUrl: z.string().url().nullable(),
  source: z.string().min(1),
});
export type CatalogArticleEntry = z.infer<typeof CatalogArticleEntry>;

/** An article as written to the graph: the API's article row, with its instrument's key and its place in it. */
type ArticleRow = Omit<ArticleModel, 'source' | 'instrumentKey'> & { instrument: string; ordinal: number };

/** Article rows for the graph: one per (instrument in the graph, article); `ordinal` is the article's place in its instrument. */
export function articleRows(articles: Iterable<CatalogArticleEntry>, keyOf: (r: CatalogArticleEntry['instrument']) => string | undefined): ArticleRow[] {
  const rows = new Map<string, ArticleRow>();
  const ordinals = new Map<string, number>();
  for (const a of articles) {
    const instrument = keyOf(a.instrument);
    if (!instrument) continue;
    const key = `${instrument}§${slugify(a.article)}`; // "Điều 35a" → …§dieu-35a
    if (rows.has(key)) continue;
    const ordinal = ordinals.get(instrument) ?? 0;
    ordinals.set(instrument, ordinal + 1);
    const number = /(\d+[a-zđ]?)\s*$/u.exec(a.article)?.[1] ?? null;
    rows.set(key, { key, instrument, article: a.article, number, heading: a.heading, codifiedAs: a.codifiedAs, topic: a.topic, officialUrl: a.officialUrl, ordinal });
  }
  return [...rows.values()];
}

export interface OfficialLoad {
  skipped: boolean;
  instruments: number;
  added: number;
  events: number;
  relations: number;
  /** Codified articles loaded (0 when left out). */
  articles: number;
  ms: number;
}

async function* readEvents(file: string): AsyncGenerator<CatalogEventEntry> {
  if (!existsSync(file)) return;
  for await (const { value } of readJsonLines(file, CatalogEventEntry, 'event')) yield value;
}

const refId = (r: { kind: string; number: string; symbol: string | null }) => `${r.kind}|${r.number}|${r.symbol ?? ''}`;

/** Article order: "Điều 2" < "Điều 10" < "Điều 10a"; anything else after, as written. */
export function comparePinpoints(a: string, b: string): number {
  const x = /(\d+)([a-zđ]?)\s*$/u.exec(a);
  const y = /(\d+)([a-zđ]?)\s*$/u.exec(b);
  if (x && y && x[1] !== y[1]) return Number(x[1]) - Number(y[1]);
  return a < b ? -1 : a > b ? 1 : 0;
}

interface EventRow {
  id: string;
  type: 'AMENDS' | 'REPEALS';
  from: string;
  to: string;
  effectiveFrom: string | null;
  supplements: boolean;
  fromPinpoints: string[];
  toPinpoints: string[];
  notes: number;
}

/** One relationship per (amending instrument, amended instrument, type, effective date): the articles merged. */
export function eventRows(events: Iterable<CatalogEventEntry>, keyOf: (r: CatalogEventEntry['from']) => string | undefined): EventRow[] {
  const rows = new Map<string, EventRow & { fp: Set<string>; tp: Set<string> }>();
  for (const e of events) {
    const from = keyOf(e.from);
    const to = keyOf(e.to);
    if (!from || !to || from === to) continue;
    const id = `${OFFICIAL_SOURCE}:${e.type}:${from}>${to}@${e.effectiveFrom ?? ''}`;
    let r = rows.get(id);
    if (!r) rows.set(id, (r = { id, type: e.type, from, to, effectiveFrom: e.effectiveFrom, supplements: false, fromPinpoints: [], toPinpoints: [], notes: 0, fp: new Set(), tp: new Set() }));
    r.supplements ||= e.supplements;
    r.notes++;
    for (const p of e.fromPinpoints) r.fp.add(p);
    for (const p of e.toPinpoints) r.tp.add(p);
  }
  return [...rows.values()]
    .map(({ fp, tp, ...r }) => ({ ...r, fromPinpoints: [...fp].sort(comparePinpoints), toPinpoints: [...tp].sort(comparePinpoints) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function officialChecksum(dir = CATALOG_DIR, articles = true): string | null {
  const files = [OFFICIAL_INSTRUMENTS, OFFICIAL_EVENTS, ...(articles ? [OFFICIAL_ARTICLES] : [])].map((f) => join(dir, f));
  if (!existsSync(files[0]!)) return null;
  const h = createHash('sha256');
  for (const f of files) if (existsSync(f)) h.update(readFileSync(f));
  // loading with and without articles are different graphs: switching CATALOG_ARTICLES reloads
  h.update(articles ? 'articles' : 'no-articles');
  return h.digest('hex');
}

/**
 * Loads the official catalogue unless the graph already holds these very files (`force`: load anyway; the
 * load is idempotent, a second one changes nothing).
 */
export async function loadOfficialCatalog(graph: Graph, opts: { dir?: string; force?: boolean; batchSize?: number; articles?: boolean } = {}): Promise<OfficialLoad> {
  const t0 = performance.now();
  const dir = opts.dir ?? CATALOG_DIR;
  const withArticles = opts.articles ?? true;
  const checksum = officialChecksum(dir, withArticles);
  const none: OfficialLoad = { skipped: true, instruments: 0, added: 0, events: 0, relations: 0, articles: 0, ms: 0 };
  if (!checksum) return none;
  if (!opts.force) {
    const [row] = await graph.read<{ checksum: string | null }>('catalog/source-checksum', { name: OFFICIAL_SOURCE });
    if (row?.checksum === checksum) return { ...none, ms: Math.round(performance.now() - t0) };
  }
  const entries: CatalogEntry[] = [];
  for await (const e of readCatalog([join(dir, OFFICIAL_INSTRUMENTS)])) {
    entries.push({ ...e, source: e.source ?? OFFICIAL_SOURCE, aliases: e.aliases ?? (e.number ? [instrumentName(e)] : []) });
  }
  const loaded = await loadCatalog(graph, entries, opts.batchSize ?? 500);
  const byRef = new Map(entries.filter((e) => e.number).map((e) => [refId({ kind: e.kind, number: e.number!, symbol: e.symbol ?? null }), loaded.keys.get(catalogKey(e))] as const));
  const events: CatalogEventEntry[] = [];
  for await (const e of readEvents(join(dir, OFFICIAL_EVENTS))) events.push(e);
  const rows = eventRows(events, (r) => byRef.get(refId(r)));
  const size = opts.batchSize ?? 500;
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size);
    await graph.writeTx((tx) => tx.run('catalog/write-events', { rows: batch, source: OFFICIAL_SOURCE }), CATALOG_TX_TIMEOUT_MS);
  }
  const articles: CatalogArticleEntry[] = [];
  const articlesFile = join(dir, OFFICIAL_ARTICLES);
  if (withArticles && existsSync(articlesFile)) for await (const { value } of readJsonLines(articlesFile, CatalogArticleEntry, 'article')) articles.push(value);
  const aRows = articleRows(articles, (r) => byRef.get(refId(r)));
  const aSize = Math.max(size, 5000);
  for (let i = 0; i < aRows.length; i += aSize) {
    const batch = aRows.slice(i, i + aSize);
    await graph.writeTx((tx) => tx.run('catalog/write-articles', { rows: batch, source: OFFICIAL_SOURCE }), CATALOG_TX_TIMEOUT_MS);
  }
  await graph.writeTx(async (tx) => {
    await tx.run('catalog/delete-stale-articles', { source: OFFICIAL_SOURCE, keys: aRows.map((r) => r.key) });
    await tx.run('catalog/delete-stale-events', { source: OFFICIAL_SOURCE, ids: rows.map((r) => r.id) });
    await tx.run('catalog/record-source', { name: OFFICIAL_SOURCE, checksum, instruments: entries.length, events: rows.length });
  }, CATALOG_TX_TIMEOUT_MS);
  return { skipped: false, instruments: loaded.entries, added: loaded.added, events: events.length, relations: rows.length, articles: aRows.length, ms: Math.round(performance.now() - t0) };
}
