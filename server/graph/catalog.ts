// The catalogue of known instruments, data/catalog/*.jsonl: one instrument per line
//   {"kind": "Quy định", "number": "213", "symbol": "QĐ/TW", "issuedOn": "2020-01-02", "issuer": "Bộ Chính trị",
//    "title": "Về trách nhiệm…", "aliases": ["Quy định 213"]}
// (optional: key, conference, term, jurisdiction). Entries merge with document mentions by the same identity
// rule as the ingest, override the attributes documents fill, are marked `fromCatalog`, carry no document
// evidence, and their issuers are linked by `ISSUED {source: 'catalog'}`.
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Graph } from './driver.ts';
import { instrumentRow, organizationKey, organizationLevel, searchFields, writeInstruments } from './ingest.ts';
import { keyFromAttributes } from './instrument-keys.ts';
import { REPO_ROOT } from './queries.ts';

export const CATALOG_DIR = join(REPO_ROOT, 'data', 'catalog');

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

/** Reads catalogue files line by line (blank lines and lines starting with // skipped). */
export async function* readCatalog(dir = CATALOG_DIR): AsyncGenerator<CatalogEntry> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const file = join(dir, name);
    let n = 0;
    for await (const raw of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      n++;
      const line = raw.trim();
      if (!line || line.startsWith('//')) continue;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (err) {
        throw new CatalogError(file, n, `not JSON: ${(err as Error).message}`);
      }
      const parsed = CatalogEntry.safeParse(json);
      if (!parsed.success) throw new CatalogError(file, n, parsed.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; '));
      if (!parsed.data.number && !parsed.data.conference && !parsed.data.title) throw new CatalogError(file, n, 'an entry needs a number, a conference or a title');
      yield parsed.data;
    }
  }
}

export function catalogKey(e: CatalogEntry): string {
  return e.key ?? keyFromAttributes(e);
}

/** Loads entries in transactions of `batchSize`; returns how many instruments it created and completed. */
export async function loadCatalog(graph: Graph, entries: AsyncIterable<CatalogEntry> | Iterable<CatalogEntry> = readCatalog(), batchSize = 1000): Promise<{ entries: number; added: number; updated: number }> {
  const totals = { entries: 0, added: 0, updated: 0 };
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
      const rows = batch
        .filter((e) => e.issuer)
        .map((e) => {
          const name = e.issuer!;
          return { key: map.get(catalogKey(e)) ?? catalogKey(e), orgKey: organizationKey(name), name, level: organizationLevel(name), ...searchFields([name]) };
        });
      if (rows.length) await tx.run('ingest/catalog-issuers', { rows });
    });
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
