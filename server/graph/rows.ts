// Extraction → query rows: the pure half of the ingest. Everything here maps what the extractor found in one
// document to the rows the statements of cypher/queries/ingest take (instruments, CITES, MENTIONS, ISSUED,
// relations, actions), given where each instrument key landed (identity.ts). No database, no I/O.
import { createHash } from 'node:crypto';
import { instrumentName, parseInstrumentKey } from './identity.ts';
import type { Action, Extraction, Instrument, Span } from '../extract/models.ts';
import { fold, normalizeTone, slugify } from '../text/fold.ts';
import { sentenceAround } from '../text/sentences.ts';
import { organizationLevel } from '../vocabulary/organizations.ts';

export { sentenceAround };

/** The text the graph stores and all offsets refer to: BOM removed, NFC (the extractor's own rule). */
export { normalizeInput as normalizeText } from '../extract/normalize.ts';

export function documentId(nfcText: string): string {
  return createHash('sha256').update(nfcText, 'utf8').digest('hex');
}

/** First non-empty line, as a title when the reader found none (at most 300 characters). */
export function defaultTitle(text: string): string | null {
  const line = /\S[^\n]*/.exec(text)?.[0];
  if (!line) return null;
  const t = line.trim();
  return t.length > 300 ? `${t.slice(0, 299)}…` : t;
}

/** `searchText` (NFC, one tone placement, lower case) and `searchFolded` (no diacritics) of some strings. */
export function searchFields(parts: (string | null | undefined)[]): { searchText: string; searchFolded: string } {
  const text = normalizeTone(parts.filter((p): p is string => !!p).join(' '))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return { searchText: text, searchFolded: fold(text) };
}

// ----------------------------------------------------------------------------------------------- instruments

export interface InstrumentRow {
  key: string;
  baseKey: string;
  mergeGroup: string;
  kind: string;
  number: string | null;
  symbol: string | null;
  year: number | null;
  term: string | null;
  conference: string | null;
  jurisdiction: string | null;
  issuedOn: string | null;
  title: string | null;
  issuerName: string | null;
  label: string;
  aliases: string[];
}

export function instrumentRow(key: string, i: Omit<Instrument, 'key' | 'mentions'> & { aliases?: string[] }): InstrumentRow {
  const p = parseInstrumentKey(key);
  const symbolYear = i.symbol ? /^(\d{4})\//.exec(i.symbol)?.[1] : undefined;
  const year = p.year ?? (symbolYear ? Number(symbolYear) : i.issuedOn ? Number(i.issuedOn.slice(0, 4)) : null);
  return {
    key,
    baseKey: p.baseKey,
    mergeGroup: p.mergeGroup,
    kind: i.kind,
    number: i.number,
    symbol: i.symbol,
    year,
    term: i.term ?? null,
    conference: i.conference ?? null,
    jurisdiction: i.jurisdiction ?? (p.jurisdiction ? p.jurisdiction : null),
    issuedOn: i.issuedOn,
    title: i.title,
    issuerName: i.issuer,
    label: instrumentName(i),
    aliases: i.aliases ?? [],
  };
}

export interface InstrumentProps {
  key: string;
  kind: string | null;
  number: string | null;
  symbol: string | null;
  title: string | null;
  label: string | null;
  issuerName: string | null;
  conference: string | null;
  term: string | null;
  aliases: string[] | null;
}

export interface SearchRow {
  key: string;
  searchText: string;
  searchFolded: string;
}

export function instrumentSearch(r: InstrumentProps): SearchRow {
  const numbered = r.number && r.symbol ? `${r.number}-${r.symbol} ${r.number}/${r.symbol}` : r.number;
  return { key: r.key, ...searchFields([r.label, r.kind, numbered, r.symbol, r.conference, r.term ? `khóa ${r.term}` : null, r.title, ...(r.aliases ?? []), r.issuerName]) };
}

// --------------------------------------------------------------------------------------------- organisations

export { organizationLevel };

export function organizationKey(name: string): string {
  const k = slugify(name);
  // the same central bodies under their long names (as the extractor's organisation finder)
  return ({ 'ban-chap-hanh-trung-uong-dang': 'ban-chap-hanh-trung-uong', 'ban-bi-thu-trung-uong-dang': 'ban-bi-thu' } as Record<string, string>)[k] ?? k;
}

export interface OrgRow {
  key: string;
  name: string;
  level: string | null;
  searchText: string;
  searchFolded: string;
  mentioned: boolean;
  starts: number[];
  ends: number[];
}

function orgRow(key: string, name: string): OrgRow {
  return { key, name, level: organizationLevel(name), ...searchFields([name]), mentioned: false, starts: [], ends: [] };
}

function spanLists(spans: Span[]): { starts: number[]; ends: number[] } {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return { starts: sorted.map((s) => s.start), ends: sorted.map((s) => s.end) };
}

// ------------------------------------------------------------------------------------------------- document

export interface DocumentFields {
  id: string;
  text: string;
  source: string | null;
  title: string | null;
  publishedOn: string | null;
}

export interface CiteRow {
  key: string;
  count: number;
  starts: number[];
  ends: number[];
  issuedOn: string | null;
  title: string | null;
  issuer: string | null;
}

export interface IssuedRow {
  orgKey: string;
  key: string;
  sentence: string | null;
  start: number | null;
  end: number | null;
  citeStart: number | null;
  citeEnd: number | null;
}

export interface RelationRow {
  docId: string;
  from: string;
  to: string;
  type: string;
  citeStart: number;
  citeEnd: number;
  sentence: string;
  start: number;
  end: number;
  /** The article, clause or point each end names, as written ("Điều 1", "khoản 27 Điều 1"). */
  fromPinpoint: string | null;
  toPinpoint: string | null;
}

export interface ActionRow {
  docId: string;
  id: string;
  kind: string;
  ordinal: number | null;
  summary: string;
  text: string;
  start: number;
  end: number;
  actorName: string | null;
  actorKey: string | null;
  quantities: string | null;
  governs: string[];
  mayGovern: { key: string; score: number; reason: string }[];
  searchText: string;
  searchFolded: string;
}

/** The rows of one document: its node, CITES, organisations (MENTIONS), ISSUED; relations and actions. */
export interface DocumentRows {
  doc: DocumentFields & { searchText: string; searchFolded: string };
  cites: CiteRow[];
  orgs: OrgRow[];
  issued: IssuedRow[];
  relations: RelationRow[];
  actions: ActionRow[];
}

function actionId(docId: string, a: Action, seen: Set<string>): string {
  let id = `${docId}:${a.evidence.start}-${a.evidence.end}`;
  if (a.kind === 'task') id += `:t${a.ordinal ?? ''}`;
  let n = 1;
  const base = id;
  while (seen.has(id)) id = `${base}:${++n}`;
  seen.add(id);
  return id;
}

/** Maps a document's extraction to its rows; `target` gives the node key an extracted key landed on. */
export function documentRows(doc: DocumentFields, ex: Extraction, target: (key: string) => string): DocumentRows {
  // CITES: one edge per node, every mention and the attributes this document states
  const cites = new Map<string, { key: string; spans: Span[]; issuedOn: string | null; title: string | null; issuer: string | null }>();
  for (const i of ex.instruments) {
    const k = target(i.key);
    const c = cites.get(k) ?? { key: k, spans: [], issuedOn: null, title: null, issuer: null };
    c.spans.push(...i.mentions);
    c.issuedOn ??= i.issuedOn;
    c.title ??= i.title;
    c.issuer ??= i.issuer;
    cites.set(k, c);
  }

  const orgs = new Map<string, OrgRow>();
  for (const o of ex.organizations) {
    const key = o.key || organizationKey(o.name);
    const row = orgs.get(key) ?? orgRow(key, o.name);
    const { starts, ends } = spanLists(o.mentions);
    row.mentioned = true;
    row.starts.push(...starts);
    row.ends.push(...ends);
    orgs.set(key, row);
  }
  const issued: IssuedRow[] = [];
  const issuedSeen = new Set<string>();
  for (const i of ex.instruments) {
    if (!i.issuer) continue;
    const orgKey = organizationKey(i.issuer);
    if (!orgs.has(orgKey)) orgs.set(orgKey, orgRow(orgKey, i.issuer));
    const k = target(i.key);
    if (issuedSeen.has(`${orgKey}>${k}`)) continue;
    issuedSeen.add(`${orgKey}>${k}`);
    const first = [...i.mentions].sort((a, b) => a.start - b.start)[0];
    const sentence = first ? sentenceAround(doc.text, first.start, first.end) : null;
    issued.push({ orgKey, key: k, sentence: sentence?.text ?? null, start: sentence?.start ?? null, end: sentence?.end ?? null, citeStart: first?.start ?? null, citeEnd: first?.end ?? null });
  }
  for (const a of ex.actions) {
    if (!a.actor) continue;
    const key = organizationKey(a.actor);
    if (!orgs.has(key)) orgs.set(key, orgRow(key, a.actor));
  }

  // one row per relationship (type, ends, citeStart): the statement CREATEs them; a repeated row is the last one
  const relationRows = new Map<string, RelationRow>();
  for (const r of ex.relations) {
    const from = target(r.from);
    const to = target(r.to);
    if (from === to) continue;
    const s = sentenceAround(doc.text, r.evidence.start, r.evidence.end);
    const id = `${r.type}|${from}|${to}|${r.evidence.start}`;
    relationRows.delete(id);
    relationRows.set(id, { docId: doc.id, from, to, type: r.type, citeStart: r.evidence.start, citeEnd: r.evidence.end, sentence: s.text, start: s.start, end: s.end,
      fromPinpoint: r.evidence.fromPinpoint?.text ?? null, toPinpoint: r.evidence.toPinpoint?.text ?? null });
  }

  const seen = new Set<string>();
  const actions: ActionRow[] = ex.actions.map((a) => ({
    docId: doc.id,
    id: actionId(doc.id, a, seen),
    kind: a.kind,
    ordinal: a.ordinal ?? null,
    summary: a.summary,
    text: a.evidence.text,
    start: a.evidence.start,
    end: a.evidence.end,
    actorName: a.actor,
    actorKey: a.actor ? organizationKey(a.actor) : null,
    quantities: a.quantities?.length ? JSON.stringify(a.quantities) : null,
    governs: [...new Set(a.backedBy.map(target))],
    mayGovern: [
      ...new Map(
        (a.inferredBacking ?? [])
          .filter((b) => !a.backedBy.includes(b.key))
          .map((b) => [target(b.key), { key: target(b.key), score: b.score, reason: b.reason }] as const),
      ).values(),
    ],
    ...searchFields([a.summary, a.actor]),
  }));

  return {
    doc: { ...doc, ...searchFields([doc.title]) },
    cites: [...cites.values()].map((c) => ({ key: c.key, count: c.spans.length, ...spanLists(c.spans), issuedOn: c.issuedOn, title: c.title, issuer: c.issuer })),
    orgs: [...orgs.values()],
    issued,
    relations: [...relationRows.values()],
    actions,
  };
}

/** About how many nodes and relationships a document's write makes: what a batch is sized by. */
export function rowCount(ex: Extraction): number {
  let n = 1 + 2 * ex.instruments.length + ex.organizations.length + ex.relations.length;
  for (const a of ex.actions) n += 2 + a.backedBy.length + (a.inferredBacking?.length ?? 0);
  return n;
}
