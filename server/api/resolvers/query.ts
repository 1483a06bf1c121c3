// The entry points that find things: one instrument (by key or as a person writes it), lists with filters,
// actions, organisations and documents.
import { today } from '../../catalog/status.ts';
import { parseReference } from '../../extract/index.ts';
import { fold, slugify } from '../../text/fold.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import type { ActionRow, DocumentRow, InstrumentRow } from '../models.ts';
import { pageArgs, toPage } from './connection.ts';

const MAX_TEXT = 500;

export function checkText(name: string, value: string | null | undefined, max = MAX_TEXT): void {
  if (value != null && value.length > max) throw badInput(`${name} is ${value.length} characters long; the limit is ${max}`);
}

function wordsOf(text: string | null | undefined): string[] {
  return text ? fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 16) : [];
}

/** The instruments a typed reference can mean, and how it was read. */
export async function instrumentsByReference(ref: string, ctx: ApiContext): Promise<{ parsed: ReturnType<typeof parseReference>; rows: InstrumentRow[] }> {
  const parsed = parseReference(ref);
  if (!parsed) return { parsed, rows: [] };
  const n = parsed.number.replace(/^0+(?=\d)/, '');
  const rows = await ctx.db.read<{ node: InstrumentRow }>('api/instruments-by-reference', {
    numberForms: [...new Set([parsed.number, n, n.padStart(2, '0'), n.padStart(3, '0')])],
    symbolFolded: parsed.symbol ? fold(parsed.symbol) : null,
    kinds: parsed.kind ? [parsed.kind] : (parsed.kinds ?? []),
    year: parsed.year ?? null,
  });
  return { parsed, rows: rows.map((r) => ctx.loaders.seen(r.node)) };
}

export const Query: QueryResolvers = {
  instrument: async (_p, { key, ref }, ctx) => {
    checkText('key', key);
    checkText('ref', ref);
    if (key) {
      const found = await ctx.loaders.instrument.load(key);
      if (found) return { instrument: found, candidates: [found], parsed: null };
      // "ket-luan:21-kl-tw" without its @year: every instrument it can be
      const rows = (await ctx.db.read<{ node: InstrumentRow }>('api/instruments-by-base-key', { key })).map((r) => ctx.loaders.seen(r.node));
      return { instrument: rows.length === 1 ? rows[0]! : null, candidates: rows, parsed: null };
    }
    if (ref == null || ref.trim() === '') throw badInput('instrument needs a key ("quy-dinh:213-qd-tw@2020") or a ref ("Quy định 213", "213-QĐ/TW")');
    const { parsed, rows } = await instrumentsByReference(ref, ctx);
    return { instrument: rows.length === 1 ? rows[0]! : null, candidates: rows, parsed: parsed ?? null };
  },

  instruments: async (_p, { filter, orderBy, first, after }, ctx) => {
    const page = pageArgs(first, after);
    const f = filter ?? {};
    checkText('filter.text', f.text);
    checkText('filter.jurisdiction', f.jurisdiction);
    for (const list of [f.kinds, f.issuers, f.symbols]) for (const s of list ?? []) checkText('filter value', s, 200);
    const rows = await ctx.db.read<{ total: number; page: InstrumentRow[] }>('api/instruments-page', {
      kinds: f.kinds ?? [],
      kindsLower: (f.kinds ?? []).map((k) => k.toLowerCase()),
      symbols: f.symbols ?? [],
      symbolsFolded: (f.symbols ?? []).map((s) => fold(s)),
      issuers: (f.issuers ?? []).map((s) => s.toLowerCase()),
      issuerKeys: (f.issuers ?? []).map((s) => slugify(s)),
      yearFrom: f.yearFrom ?? null,
      yearTo: f.yearTo ?? null,
      jurisdiction: f.jurisdiction ? f.jurisdiction.toLowerCase() : null,
      text: wordsOf(f.text),
      statuses: f.statuses ?? [],
      statusAt: f.statusAt ?? today(),
      field: orderBy?.field ?? 'ISSUED_ON',
      desc: (orderBy?.direction ?? 'DESC') === 'DESC',
      ...page,
    });
    const p = toPage(rows, page.offset, page.first);
    p.nodes.forEach(ctx.loaders.seen);
    return p;
  },

  action: (_p, { id }, ctx) => (checkText('id', id), ctx.loaders.action.load(id)),

  actions: async (_p, { filter, first, after }, ctx) => {
    const page = pageArgs(first, after);
    const f = filter ?? {};
    checkText('filter.text', f.text);
    const rows = await ctx.db.read<{ total: number; page: ActionRow[] }>('api/actions-page', {
      kinds: f.kinds ?? [],
      document: f.document ?? null,
      backedBy: f.backedBy ?? null,
      actor: f.actor ?? null,
      text: wordsOf(f.text),
      ...page,
    });
    const p = toPage(rows, page.offset, page.first);
    p.nodes.forEach(ctx.loaders.seenAction);
    return p;
  },

  organization: (_p, { key }, ctx) => (checkText('key', key), ctx.loaders.organization.load(key)),

  document: (_p, { id }, ctx) => (checkText('id', id), ctx.loaders.document.load(id)),

  documents: async (_p, { first, after }, ctx) => {
    const page = pageArgs(first, after);
    const rows = await ctx.db.read<{ total: number; page: DocumentRow[] }>('api/documents-page', page);
    const p = toPage(rows, page.offset, page.first);
    for (const d of p.nodes) ctx.loaders.document.prime(d.id, d);
    return p;
  },
};
