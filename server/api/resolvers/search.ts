// Query.search: instruments, organisations, actions and documents in one ranked list. A query that reads as a
// reference ("quy dinh 213", "213-QĐ/TW") puts the instruments it names first; the full-text index ranks the
// rest (search-query.ts).
import type { QueryResolvers, SearchHitResolvers, SearchNodeResolvers, SearchType } from '../generated/resolvers-types.ts';
import { badInput } from '../errors.ts';
import type { ActionRow, DocumentRow, InstrumentRow, OrganizationRow, SearchNodeRow } from '../models.ts';
import { instrumentLabel } from '../naming.ts';
import { luceneQuery } from '../search-query.ts';
import { checkText, instrumentsByReference } from './query.ts';

const LABEL: Record<SearchType, string> = { INSTRUMENT: 'Instrument', ORGANIZATION: 'Organization', ACTION: 'Action', DOCUMENT: 'Document' };
const TYPE: Record<string, SearchType> = { Instrument: 'INSTRUMENT', Organization: 'ORGANIZATION', Action: 'ACTION', Document: 'DOCUMENT' };

interface Hit {
  type: SearchType;
  score: number;
  label: string;
  detail: string | null;
  node: SearchNodeRow;
}

function hitOf(label: string, score: number, node: Record<string, unknown>): Hit {
  switch (label) {
    case 'Instrument': {
      const i = node as unknown as InstrumentRow;
      return { type: 'INSTRUMENT', score, label: instrumentLabel(i), detail: i.title ?? i.conference ?? null, node: { ...i, __typename: 'Instrument' } };
    }
    case 'Organization': {
      const o = node as unknown as OrganizationRow;
      return { type: 'ORGANIZATION', score, label: o.name, detail: o.level ?? null, node: { ...o, __typename: 'Organization' } };
    }
    case 'Action': {
      const a = node as unknown as ActionRow;
      return { type: 'ACTION', score, label: a.summary, detail: a.text ?? null, node: { ...a, __typename: 'Action' } };
    }
    default: {
      const d = node as unknown as DocumentRow;
      return { type: 'DOCUMENT', score, label: d.title ?? d.source ?? d.id, detail: d.source ?? null, node: { ...d, __typename: 'Document' } };
    }
  }
}

export const searchQuery: QueryResolvers['search'] = async (_p, { text, types, first }, ctx) => {
  checkText('text', text, 300);
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > 100) throw badInput(`first: ${n} is out of range; ask for 1 to 100 hits`);
  const q = luceneQuery(text);
  if (!q) return [];
  const labels = (types ?? []).map((t) => LABEL[t]);
  const wantInstruments = !labels.length || labels.includes('Instrument');
  const [rows, byRef] = await Promise.all([
    ctx.db.read<{ score: number; label: string; node: Record<string, unknown> }>('api/search', { lucene: q.lucene, labels, first: n }),
    wantInstruments && /\d/.test(text) ? instrumentsByReference(text, ctx).then((r) => r.rows.slice(0, n)) : Promise.resolve([] as InstrumentRow[]),
  ]);
  const hits = rows.map((r) => hitOf(r.label, r.score, r.node));
  for (const h of hits) {
    if (h.type === 'INSTRUMENT') ctx.loaders.seen(h.node as InstrumentRow);
    else if (h.type === 'ACTION') ctx.loaders.seenAction(h.node as ActionRow);
  }
  if (!byRef.length) return hits;
  // The instruments the reference names come first, in the order the reference query ranks them.
  const top = (hits[0]?.score ?? 0) + 1;
  const refHits = byRef.map((i, k) => hitOf('Instrument', top + (byRef.length - k) / byRef.length, i as unknown as Record<string, unknown>));
  const refKeys = new Set(byRef.map((i) => i.key));
  return [...refHits, ...hits.filter((h) => !(h.type === 'INSTRUMENT' && refKeys.has((h.node as InstrumentRow).key)))].slice(0, n);
};

export const SearchHit: SearchHitResolvers = {};

export const SearchNode: SearchNodeResolvers = {
  __resolveType: (n) => (n as SearchNodeRow).__typename,
};

export { TYPE as SEARCH_TYPE_OF_LABEL };
