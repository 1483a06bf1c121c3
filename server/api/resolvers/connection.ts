// Relay-style connections over offset pages. A cursor is the opaque base64 of "o:<offset after this item>", so
// `after: endCursor` continues where the page stopped; the Cypher fetches first + 1 rows to know hasNextPage.
import { badInput } from '../errors.ts';
import type { PageRow } from '../models.ts';

export const MAX_PAGE = 100;

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor == null || cursor === '') return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!m) throw badInput(`after: ${JSON.stringify(cursor.slice(0, 40))} is not a cursor this API gave out; pass an endCursor from a previous page`);
  return Number(m[1]);
}

export function pageArgs(first: number | null | undefined, after: string | null | undefined, max = MAX_PAGE): { offset: number; first: number } {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 0 || n > max) throw badInput(`first: ${n} is out of range; ask for 0 to ${max} items per page`);
  return { offset: decodeCursor(after), first: n };
}

/** The fields every connection type shares, from a page row. */
export const connectionFields = {
  edges: <T>(p: PageRow<T>) => p.nodes.map((node, i) => ({ cursor: encodeCursor(p.offset + i + 1), node })),
  nodes: <T>(p: PageRow<T>) => p.nodes,
  totalCount: <T>(p: PageRow<T>) => p.total,
  pageInfo: <T>(p: PageRow<T>) => ({ hasNextPage: p.hasNextPage, endCursor: p.nodes.length ? encodeCursor(p.offset + p.nodes.length) : null }),
};

export function toPage<T>(rows: { total: number; page: T[] }[], offset: number, first: number): PageRow<T> {
  const r = rows[0] ?? { total: 0, page: [] };
  return { nodes: r.page.slice(0, first), offset, total: r.total, hasNextPage: r.page.length > first };
}

/** Every list field's page: `first` items at most (its default in the SDL), never more than `max`. */
export const MAX_LIST = 500;
export const MAX_CITATIONS = 2_000;

export function listFirst(first: number | null | undefined, max = MAX_LIST): number {
  const n = first ?? 50;
  if (!Number.isInteger(n) || n < 0 || n > max) throw badInput(`first: ${n} is out of range; ask for 0 to ${max} items`);
  return n;
}

/** The first `first` items of a list a loader returned (the loader itself caps its rows at the maximum). */
export async function take<T>(items: T[] | Promise<T[]>, first: number | null | undefined, max = MAX_LIST): Promise<T[]> {
  const n = listFirst(first, max);
  return (await items).slice(0, n);
}
