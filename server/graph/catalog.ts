// The catalogue of known instruments, data/catalog/*.jsonl: one instrument per line
//   {"kind": "Quy định", "number": "213", "symbol": "QĐ/TW", "issuedOn": "2020-01-02", "issuer": "Bộ Chính trị",
//    "title": "Về trách nhiệm…", "aliases": ["Quy định 213"]}
// (optional: key, conference, term, jurisdiction, and the official facts effectiveFrom, officialUrl, topics,
// source). Entries merge with document mentions by the same identity rule as the ingest, override the
// attributes documents fill, are marked `fromCatalog`, carry no document evidence, and their issuers are
// linked by `ISSUED {source: 'catalog'}`.
//
// Files named `*-events.jsonl` are not instruments but amendment/repeal events between catalogue instruments
// (server/catalog/official.ts loads them, with the official catalogue derived from the Bộ Pháp điển).
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';
import type { Graph } from './driver.ts';
import { instrumentRow, organizationKey, organizationLevel, searchFields, writeInstruments } from './ingest.ts';
import { keyFromAttributes } from './identity.ts';
import { splitIssuers } from '../catalog/issuers.ts';
import { REPO_ROOT } from './queries.ts';

export const CATALOG_DIR = join(REPO_ROOT, 'data', 'catalog');
/** Files of the official catalogue (loaded by server/catalog/official.ts, not by `loadCatalog`'s default). */
export const OFFICIAL_PREFIX = 'phapdien-';
/**
 * A catalogue load is a data load, not an API request: its transactions may take longer than the queries'
 * timeout (QUERY_TIMEOUT_MS) on a busy machine, so they get their own.
 */
export const CATALOG_TX_TIMEOUT_MS = 300_000;

const nullableString = z.string().trim().min(1).nullable().optional();
export const CatalogEntry = z.object({
  key: z.string().regex(/^[a-z0-9-]+:/, 'key looks like kind:body, e.g. quy-dinh:213-qd-tw@2020').optional(),
  kind: z.string().trim().min(1),
  number: nullableString,
  symbol: nullableString,
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'issuedOn is an ISO date YYYY-MM-DD').nullable().optional(),
  issuer: nullableString,
  title: nullableString,
  conference: nullableString,
  term: nullableString,
  jurisdiction: nullableString,
  aliases: z.array(z.string()).optional(),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'effectiveFrom is an ISO date YYYY-MM-DD').nullable().optional(),
  officialUrl: z.string().url().nullable().optional(),
  topics: z.array(z.string()).optional(),
  /** Where the facts come from: "phapdien" for the Bộ Pháp điển; hand-written entries have none. */
  source: nullableString,
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

export class CatalogError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'CatalogError';
  }
}

/** The instrument files of a catalogue folder; `only`: just these names. */
export function catalogFiles(dir = CATALOG_DIR, only?: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && !f.endsWith('-events.jsonl') && (!only || only(f)))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The valid lines of one JSON Lines catalogue file (gzip when its name ends in .gz), with their line numbers (blank lines and lines starting
 * with // skipped); a line that is not JSON or not of `schema`'s shape stops the read with its file and line.
 */
export async function* readJsonLines<T>(file: string, schema: z.ZodType<T>, what: string): AsyncGenerator<{ line: number; value: T }> {
  let n = 0;
  const input = file.endsWith('.gz') ? createReadStream(file).pipe(createGunzip()).setEncoding('utf8') : createReadStream(file, 'utf8');
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    const line = raw.trim();
    if (!line || line.startsWith('//')) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new CatalogError(file, n, `not JSON: ${(err as Error).message}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new CatalogError(file, n, parsed.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`).join('; '));
    yield { line: n, value: parsed.data };
  }
}

/** Reads catalogue files line by line (blank lines and lines starting with // skipped). */
export async function* readCatalog(dir: string | string[] = catalogFiles(CATALOG_DIR, (f) => !f.startsWith(OFFICIAL_PREFIX))): AsyncGenerator<CatalogEntry> {
  const files = Array.isArray(dir) ? dir : catalogFiles(dir);
  for (const file of files) {
    for await (const { line, value } of readJsonLines(file, CatalogEntry, 'entry')) {
      if (!value.number && !value.conference && !value.title) throw new CatalogError(file, line, 'an entry needs a number, a conference or a title');
      yield value;
    }
  }
}

export function catalogKey(e: CatalogEntry): string {
  return e.key ?? keyFromAttributes(e);
}

/**
 * Keys a law is cited by when a text names it by title and year ("Luật Thanh niên năm 2020" →
 * `luat:t-thanh-nien@2020`): the extractor's own key for that citation, so the ingest can join it to the
 * catalogue node. Only kinds cited by name, only with a year (a title alone may name several laws).
 */
export function titleKeys(e: Pick<CatalogEntry, 'kind' | 'title' | 'issuedOn'>): string[] {
  if (!e.title || !e.issuedOn || !/^(?:luật|bộ luật|pháp lệnh|hiến pháp)$/iu.test(e.kind)) return [];
  const kindWords = new RegExp(`^(?:${e.kind.replace(/ /g, '\\s+')})\\s+`, 'iu');
  const title = e.title.replace(kindWords, '').trim();
  if (!title || /\d+\/\d{4}\//.test(title)) return [];
  return [keyFromAttributes({ kind: e.kind, title, issuedOn: e.issuedOn })];
}

export interface CatalogLoad {
  entries: number;
  added: number;
  updated: number;
  /** catalogue key → the node key it landed on */
  keys: Map<string, string>;
}

/** Loads entries in transactions of `batchSize`; returns how many instruments it created and completed. */
export async function loadCatalog(graph: Graph, entries: AsyncIterable<CatalogEntry> | Iterable<CatalogEntry> = readCatalog(), batchSize = 500): Promise<CatalogLoad> {
  const totals: CatalogLoad = { entries: 0, added: 0, updated: 0, keys: new Map() };
  let batch: CatalogEntry[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const items = batch.map((e) => {
      const key = catalogKey(e);
      return {
        key,
        row: instrumentRow(key, {
          kind: e.kind,
          number: e.number ?? null,
          symbol: e.symbol ?? null,
          issuedOn: e.issuedOn ?? null,
          issuer: e.issuer ?? null,
          title: e.title ?? null,
          conference: e.conference ?? null,
          term: e.term ?? null,
          jurisdiction: e.jurisdiction ?? null,
          aliases: e.aliases ?? [],
        }),
      };
    });
    const counters = { instruments: { added: 0, updated: 0 }, relations: 0, actions: 0, organizations: 0 };
    await graph.writeTx(async (tx) => {
      counters.instruments = { added: 0, updated: 0 };
      const map = await writeInstruments(tx, items, { fromCatalog: true, authoritative: true }, counters);
      // a joint issuer ("Bộ Tài chính và Bộ Y tế") is one ISSUED edge per body
      const rows = batch
        .filter((e) => e.issuer)
        .flatMap((e) =>
          splitIssuers(e.issuer!).map((name) => ({ key: map.get(catalogKey(e)) ?? catalogKey(e), orgKey: organizationKey(name), name, level: organizationLevel(name), ...searchFields([name]) })),
        );
      if (rows.length) await tx.run('ingest/catalog-issuers', { rows });
      const facts = batch
        .filter((e) => e.source || e.effectiveFrom || e.officialUrl || e.topics?.length)
        .map((e) => ({
          key: map.get(catalogKey(e)) ?? catalogKey(e),
          source: e.source ?? 'catalog',
          effectiveFrom: e.effectiveFrom ?? null,
          officialUrl: e.officialUrl ?? null,
          topics: e.topics ?? [],
          titleKey: titleKeys(e)[0] ?? null,
        }));
      if (facts.length) await tx.run('catalog/set-facts', { rows: facts });
      for (const e of batch) totals.keys.set(catalogKey(e), map.get(catalogKey(e)) ?? catalogKey(e));
    }, CATALOG_TX_TIMEOUT_MS);
    totals.entries += batch.length;
    totals.added += counters.instruments.added;
    totals.updated += counters.instruments.updated;
    batch = [];
  };
  for await (const e of entries) {
    batch.push(e);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return totals;
}
