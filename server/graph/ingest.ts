// Extraction → graph. One write transaction per document, every write batched with UNWIND, so a document is
// in the graph entirely or not at all (also when the process dies mid-way: Neo4j rolls an open transaction
// back). The steps inside that transaction:
//
//   1. lock the Document node (MERGE by id = SHA-256 of the NFC text), and read, without lock, the nodes of
//      the cited instruments' merge groups; already there → nothing to do
//   2. an earlier version from the same source path → remove its contributions (replace)
//   3. resolve each key (resolveKeys) and work out which nodes change (planInstruments); lock only the merge
//      groups where the document creates, re-keys or completes a node, and read those again
//   4. write instruments, the document and its CITES/MENTIONS/ISSUED, relations, actions: three statements
//      sent back to back. Nodes read without lock are only linked to; if one was re-keyed or deleted meanwhile
//      its CITES edge is missing, and the document is written again with every group locked.
//
// Merging (the identity rule of cypher/README.md): a key without year joins the unique node of the same
// baseKey (a bare "quy-dinh:213" the unique node of its kind and number) with a compatible jurisdiction; a
// key with year upgrades the unique year-less node it matches. Attributes later documents give fill what is
// missing; what each document claims stays on its CITES edge, so conflicts remain visible.
import { createHash } from 'node:crypto';
import type { Graph, GraphTx } from './driver.ts';
import { instrumentLabel, parseInstrumentKey, type KeyParts } from './instrument-keys.ts';
import type { Action, Extraction, Instrument, Span } from '../extract/models.ts';
import { fold, normalizeTone, slugify } from '../text/fold.ts';

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

/** The text the graph stores and all offsets refer to: BOM removed, NFC (as the extractor's normalizeInput). */
export function normalizeText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).normalize('NFC');
}

export function documentId(nfcText: string): string {
  return createHash('sha256').update(nfcText, 'utf8').digest('hex');
}

/** `searchText` (NFC, one tone placement, lower case) and `searchFolded` (no diacritics) of some strings. */
export function searchFields(parts: (string | null | undefined)[]): { searchText: string; searchFolded: string } {
  const text = normalizeTone(parts.filter((p): p is string => !!p).join(' '))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return { searchText: text, searchFolded: fold(text) };
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

// ------------------------------------------------------------------------------------------------ evidence

/** The sentence around a span: from the previous line break or ". " to the next one (at most ~2000 chars). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number; text: string } {
  const MAX = 1000;
  let s = start;
  const sLimit = Math.max(0, start - MAX);
  while (s > sLimit) {
    const c = text[s - 1]!;
    if (c === '\n' || ((c === ' ' || c === '\u00a0') && /[.!?]/.test(text[s - 2] ?? '') && !/\d/.test(text[s - 3] ?? ''))) break;
    s--;
  }
  let e = end;
  const eLimit = Math.min(text.length, end + MAX);
  while (e < eLimit) {
    const c = text[e]!;
    if (c === '\n' || c === '\r') break;
    if (/[.!?]/.test(c) && /\s/.test(text[e + 1] ?? ' ')) {
      e++;
      break;
    }
    e++;
  }
  while (s < start && /\s/.test(text[s]!)) s++;
  return { start: s, end: e, text: text.slice(s, e) };
}

// ----------------------------------------------------------------------------------------------- merging

interface Candidate {
  key: string;
  baseKey: string | null;
  mergeGroup: string | null;
  year: number | null;
  jurisdiction: string | null;
  symbol: string | null;
  /** A catalogue law's key as cited by title and year ("luat:t-thanh-nien@2020"). */
  titleKey?: string | null;
}

export interface Rekey {
  from: string;
  to: string;
  baseKey: string;
  year: number | null;
  jurisdiction: string | null;
}

const jurisdictionOf = (p: KeyParts, attr?: string | null) => p.jurisdiction ?? (attr ? slugify(attr) : null);

function compatibleJurisdiction(a: string | null, b: string | null): boolean {
  return !a || !b || slugify(a) === slugify(b);
}

/**
 * Maps each incoming key to the key of the node it belongs to, given the nodes already in its merge groups.
 * Worked example: the graph has `quy-dinh:213-qd-tw@2020`; a document citing "Quy định 213" (key
 * `quy-dinh:213`) or "Quy định số 213-QĐ/TW" without a date (`quy-dinh:213-qd-tw`) joins it. With both
 * `ket-luan:21-kl-tw@2012` and `@2021` in the graph, `ket-luan:21-kl-tw` is ambiguous and stays its own node.
 */
export function resolveKeys(incoming: { key: string; jurisdiction?: string | null }[], existing: Candidate[]): { map: Map<string, string>; rekeys: Rekey[] } {
  const map = new Map<string, string>();
  const rekeys: Rekey[] = [];
  const byKey = new Map(existing.map((c) => [c.key, c] as const));
  const taken = new Set<string>();
  for (const inst of incoming) {
    if (map.has(inst.key)) continue;
    if (byKey.has(inst.key)) {
      map.set(inst.key, inst.key);
      continue;
    }
    // a law cited by title and year joins the one catalogue node known by that title and year
    const titled = existing.filter((c) => c.titleKey === inst.key);
    if (titled.length === 1) {
      map.set(inst.key, titled[0]!.key);
      continue;
    }
    const p = parseInstrumentKey(inst.key);
    const jur = jurisdictionOf(p, inst.jurisdiction);
    const sameFamily = (c: Candidate) => {
      const cp = parseInstrumentKey(c.key);
      if (cp.mergeGroup !== p.mergeGroup) return false;
      if (!compatibleJurisdiction(jur, c.jurisdiction ?? cp.jurisdiction)) return false;
      // a bare number joins any symbol of its kind and number; otherwise the symbols must agree
      return p.bare || cp.bare || cp.baseKey === p.baseKey;
    };
    if (p.year === null) {
      const cands = existing.filter(sameFamily);
      if (cands.length === 1) {
        map.set(inst.key, cands[0]!.key);
        continue;
      }
    } else {
      const cands = existing.filter((c) => sameFamily(c) && (c.year ?? parseInstrumentKey(c.key).year) === null);
      const yeared = existing.filter((c) => sameFamily(c) && (c.year ?? parseInstrumentKey(c.key).year) !== null);
      const only = cands[0];
      if (cands.length === 1 && yeared.length === 0 && only && !taken.has(only.key)) {
        // the year-less node becomes this one (and takes its more precise key)
        rekeys.push({ from: only.key, to: inst.key, baseKey: p.baseKey, year: p.year, jurisdiction: jur });
        taken.add(only.key);
        byKey.delete(only.key);
        const updated = { ...only, key: inst.key, baseKey: p.baseKey, year: p.year, jurisdiction: jur };
        existing = existing.map((c) => (c === only ? updated : c));
        byKey.set(inst.key, updated);
        for (const [k, v] of map) if (v === only.key) map.set(k, inst.key);
        map.set(inst.key, inst.key);
        continue;
      }
    }
    map.set(inst.key, inst.key);
    const created = { key: inst.key, baseKey: p.baseKey, mergeGroup: p.mergeGroup, year: p.year, jurisdiction: jur, symbol: null };
    existing = [...existing, created];
    byKey.set(inst.key, created);
  }
  return { map, rekeys };
}

// -------------------------------------------------------------------------------------------------- rows

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
    label: instrumentLabel(i),
    aliases: i.aliases ?? [],
  };
}

interface InstrumentProps {
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

const CENTRAL = /^(bộ chính trị|ban bí thư|ban chấp hành trung ương|ban .*trung ương|ủy ban kiểm tra trung ương|văn phòng trung ương|trung ương)/i;
const STATE = /^(chính phủ|thủ tướng|quốc hội|ủy ban thường vụ quốc hội|bộ |ngân hàng nhà nước|tòa án|viện kiểm sát|kiểm toán nhà nước|chủ tịch nước)/i;

/** Level of an organisation from its name: "Bộ Chính trị" central, "Tỉnh ủy Quảng Ninh" province… */
export function organizationLevel(name: string): string | null {
  const n = normalizeTone(name.trim());
  if (CENTRAL.test(n)) return 'central';
  if (STATE.test(n)) return 'state';
  const f = fold(n);
  if (/\b(tinh uy|tinh|dang bo tinh)\b/.test(f)) return 'province';
  if (/\b(huyen|quan|thi xa|huyen uy|quan uy|thi uy)\b/.test(f)) return 'district';
  if (/\b(xa|phuong|thi tran|chi bo|co so)\b/.test(f)) return 'grassroots';
  return null;
}

export function organizationKey(name: string): string {
  const k = slugify(name);
  // the same central bodies under their long names (as server/extract/organizations.ts)
  return ({ 'ban-chap-hanh-trung-uong-dang': 'ban-chap-hanh-trung-uong', 'ban-bi-thu-trung-uong-dang': 'ban-bi-thu' } as Record<string, string>)[k] ?? k;
}

interface OrgRow {
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

// ------------------------------------------------------------------------------------------------- write

interface Counters {
  instruments: { added: number; updated: number };
  relations: number;
  actions: number;
  organizations: number;
}

/**
 * The catalogue's instruments (authoritative: its values override): every merge group locked, keys resolved,
 * nodes upserted. Documents go through planInstruments instead. Returns incoming → node key.
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

/** An instrument node as the ingest reads it (ingest/begin-document, ingest/instrument-candidates). */
export interface InstrumentNode extends Candidate {
  kind: string | null;
  number: string | null;
  term: string | null;
  conference: string | null;
  issuedOn: string | null;
  title: string | null;
  issuerName: string | null;
  label: string | null;
  fromCatalog: boolean | null;
  aliases: string[] | null;
  searchText: string | null;
  searchFolded: string | null;
}

type NodeProps = Omit<InstrumentNode, 'key'>;

export interface InstrumentPlan {
  /** incoming key → node key */
  map: Map<string, string>;
  rekeys: Rekey[];
  /** Nodes to create or change, with every attribute (search text included) as they must end up. */
  writes: { key: string; props: NodeProps }[];
  created: number;
  /** Existing nodes the document cites (changed or not). */
  existing: number;
  /** Merge groups where the document creates, re-keys or changes a node: they must be locked. */
  lockGroups: Set<string>;
}

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) || Array.isArray(b) ? JSON.stringify(a ?? null) === JSON.stringify(b ?? null) : (a ?? null) === (b ?? null);

/**
 * What a document does to its instruments, given the nodes of their merge groups: the merge rule
 * (resolveKeys), then for each node the attributes as upsert-instruments would leave them (a document fills
 * only what is missing). A node whose attributes stay as they are is not written at all: no lock, no property
 * write on popular instruments, no full-text re-indexing. Computed values are only written for groups locked
 * when they were read, so they are exact.
 */
export function planInstruments(items: { key: string; row: InstrumentRow }[], nodes: InstrumentNode[]): InstrumentPlan {
  const { map, rekeys } = resolveKeys(
    items.map((i) => ({ key: i.key, jurisdiction: i.row.jurisdiction })),
    nodes,
  );
  const lockGroups = new Set<string>();
  const byKey = new Map(nodes.map((n) => [n.key, n] as const));
  for (const r of rekeys) {
    const cur = byKey.get(r.from);
    lockGroups.add(parseInstrumentKey(r.from).mergeGroup);
    if (cur) byKey.set(r.to, { ...cur, key: r.to, baseKey: r.baseKey, year: cur.year ?? r.year, jurisdiction: cur.jurisdiction ?? r.jurisdiction });
  }
  const rows = mergeRows(items, map);
  const writes: InstrumentPlan['writes'] = [];
  let created = 0;
  let existing = 0;
  for (const row of rows.values()) {
    const cur = byKey.get(row.key);
    const aliases = cur ? [...(cur.aliases ?? [])] : [];
    for (const a of row.aliases) if (!aliases.includes(a)) aliases.push(a);
    const attrs = {
      baseKey: row.baseKey,
      mergeGroup: row.mergeGroup,
      kind: cur?.kind ?? row.kind,
      number: cur?.number ?? row.number,
      symbol: cur?.symbol ?? row.symbol,
      year: cur?.year ?? row.year,
      term: cur?.term ?? row.term,
      conference: cur?.conference ?? row.conference,
      jurisdiction: cur?.jurisdiction ?? row.jurisdiction,
      issuedOn: cur?.issuedOn ?? row.issuedOn,
      title: cur?.title ?? row.title,
      issuerName: cur?.issuerName ?? row.issuerName,
      label: cur?.label ?? row.label,
      fromCatalog: cur?.fromCatalog ?? false,
      aliases,
    };
    const { searchText, searchFolded } = instrumentSearch({ key: row.key, ...attrs });
    const props: NodeProps = { ...attrs, searchText, searchFolded };
    if (cur) existing++;
    else created++;
    if (!cur || (Object.keys(props) as (keyof NodeProps)[]).some((k) => !sameValue(props[k], cur[k]))) {
      writes.push({ key: row.key, props });
      lockGroups.add(row.mergeGroup);
    }
  }
  return { map, rekeys, writes, created, existing, lockGroups };
}

/** Several incoming keys may land on one node: one row per node, the most complete one first. */
function mergeRows(items: { key: string; row: InstrumentRow }[], map: Map<string, string>): Map<string, InstrumentRow> {
  const rows = new Map<string, InstrumentRow>();
  for (const { key, row } of items) {
    const target = map.get(key) ?? key;
    const p = parseInstrumentKey(target);
    const merged: InstrumentRow = { ...row, key: target, baseKey: p.baseKey, mergeGroup: p.mergeGroup, aliases: [...row.aliases] };
    const prev = rows.get(target);
    if (!prev) rows.set(target, merged);
    else {
      for (const f of ['number', 'symbol', 'year', 'term', 'conference', 'jurisdiction', 'issuedOn', 'title', 'issuerName'] as const) {
        if (prev[f] === null && merged[f] !== null) (prev as unknown as Record<string, unknown>)[f] = merged[f];
      }
      prev.aliases = [...new Set([...prev.aliases, ...merged.aliases])];
      if (prev.number && prev.symbol) prev.label = instrumentLabel(prev);
    }
  }
  return rows;
}

/** Thrown when a node read without lock changed before the document's edges reached it: retried with locks. */
class MergeRaceError extends Error {}

function actionId(docId: string, a: Action, seen: Set<string>): string {
  let id = `${docId}:${a.evidence.start}-${a.evidence.end}`;
  if (a.kind === 'task') id += `:t${a.ordinal ?? ''}`;
  let n = 1;
  const base = id;
  while (seen.has(id)) id = `${base}:${++n}`;
  seen.add(id);
  return id;
}

/** Resolves a document's instruments: read without lock, then lock the merge groups it changes and read again. */
async function resolveInstruments(tx: GraphTx, items: { key: string; row: InstrumentRow }[], read: InstrumentNode[] | null, lockAll: boolean): Promise<InstrumentPlan> {
  const groups = [...new Set(items.map((i) => i.row.mergeGroup))].sort();
  const keys = items.map((i) => i.key);
  const locked = new Set<string>();
  let nodes = read ?? (await tx.run<InstrumentNode>('ingest/instrument-candidates', { lockGroups: [], groups, keys }));
  for (;;) {
    const plan = planInstruments(items, nodes);
    const need = lockAll && !locked.size ? groups : [...plan.lockGroups].filter((g) => !locked.has(g)).sort();
    if (!need.length) return plan;
    nodes = await tx.run<InstrumentNode>('ingest/instrument-candidates', { lockGroups: need, groups, keys });
    for (const g of need) locked.add(g);
  }
}

/** Writes one document's extraction inside an open transaction (steps 3–4 of the header). */
async function writeExtraction(
  tx: GraphTx,
  doc: { id: string; text: string; source: string | null; title: string | null; publishedOn: string | null },
  ex: Extraction,
  read: InstrumentNode[] | null,
  lockAll: boolean,
): Promise<Counters> {
  const counters: Counters = { instruments: { added: 0, updated: 0 }, relations: 0, actions: 0, organizations: 0 };
  const items = ex.instruments.map((i) => ({ key: i.key, row: instrumentRow(i.key, i) }));
  const plan = items.length ? await resolveInstruments(tx, items, read, lockAll) : null;
  const map = plan?.map ?? new Map<string, string>();
  counters.instruments = { added: plan?.created ?? 0, updated: plan?.existing ?? 0 };
  const target = (k: string) => map.get(k) ?? k;

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
  const issued: Record<string, unknown>[] = [];
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
  counters.organizations = orgs.size;

  const citeRows = [...cites.values()].map((c) => ({ key: c.key, count: c.spans.length, ...spanLists(c.spans), issuedOn: c.issuedOn, title: c.title, issuer: c.issuer }));
  const writeDocument = tx.run<{ cited: number }>('ingest/write-document', {
    rekeys: plan?.rekeys ?? [],
    instruments: plan?.writes ?? [],
    doc: { ...doc, ...searchFields([doc.title]) },
    cites: citeRows,
    orgs: [...orgs.values()],
    issued,
  });

  // one row per relationship (type, ends, citeStart): the statement CREATEs them; a repeated row is the last one
  const relationRows = new Map<string, { from: string; to: string; type: string; citeStart: number; citeEnd: number; sentence: string; start: number; end: number }>();
  for (const r of ex.relations) {
    const from = target(r.from);
    const to = target(r.to);
    if (from === to) continue;
    const s = sentenceAround(doc.text, r.evidence.start, r.evidence.end);
    const id = `${r.type}|${from}|${to}|${r.evidence.start}`;
    relationRows.delete(id);
    relationRows.set(id, { from, to, type: r.type, citeStart: r.evidence.start, citeEnd: r.evidence.end, sentence: s.text, start: s.start, end: s.end });
  }
  const relations = [...relationRows.values()];
  // the statements go out back to back (one round trip); the driver runs them in order in the transaction
  const writes: Promise<unknown>[] = [writeDocument];
  if (relations.length) {
    writes.push(tx.run('ingest/write-relations', { docId: doc.id, relations }));
    counters.relations = relations.length;
  }

  const seen = new Set<string>();
  const actions = ex.actions.map((a) => ({
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
  if (actions.length) {
    writes.push(tx.run('ingest/write-actions', { docId: doc.id, actions }));
    counters.actions = actions.length;
  }
  await Promise.all(writes);
  const [written] = await writeDocument;
  if ((written?.cited ?? 0) !== citeRows.length) throw new MergeRaceError(`document ${doc.id}: ${citeRows.length - (written?.cited ?? 0)} instrument(s) changed key while it was written`);
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

/** Ingests one document in one transaction. `extraction` skips the extractor (tests, benches). */
export async function ingestDocument(graph: Graph, input: SourceDocument, opts: IngestOptions & { extraction?: Extraction } = {}): Promise<DocumentResult> {
  const text = normalizeText(input.text);
  const id = documentId(text);
  const extraction = opts.extraction ?? (await (opts.extract ? Promise.resolve(opts.extract) : loadExtractor()))(text);
  const doc = { id, text, source: input.source, title: input.title ?? defaultTitle(text), publishedOn: input.publishedOn ?? null };
  const groups = [...new Set(extraction.instruments.map((i) => parseInstrumentKey(i.key).mergeGroup))].sort();
  const keys = extraction.instruments.map((i) => i.key);
  const attempt = (lockAll: boolean) =>
    graph.writeTx(async (tx): Promise<DocumentResult> => {
      const [begin] = await tx.run<{ fresh: boolean; replaced: string[]; candidates: InstrumentNode[] }>('ingest/begin-document', { id, source: input.source, groups, keys });
      const fresh = begin?.fresh ?? true;
      const empty = { instruments: { added: 0, updated: 0 }, relations: 0, actions: 0, organizations: 0 };
      if (!fresh && !opts.force) return { docId: id, source: input.source, status: 'unchanged', replaced: [], ...empty };
      const replaced = begin?.replaced ?? [];
      for (const old of replaced) await removeDocument(tx, old, false);
      if (!fresh) await removeDocument(tx, id, true);
      // removing may have deleted or changed nodes: read them again then
      const read = fresh && !replaced.length ? (begin?.candidates ?? []) : null;
      const counters = await writeExtraction(tx, doc, extraction, read, lockAll);
      return { docId: id, source: input.source, status: fresh && !replaced.length ? 'added' : 'updated', replaced, ...counters };
    });
  try {
    return await attempt(false);
  } catch (err) {
    if (!(err instanceof MergeRaceError)) throw err;
    return attempt(true);
  }
}

/** `--delete ID`: removes a document and whatever only it supported. Null when no such document. */
export async function deleteDocument(graph: Graph, id: string): Promise<DeleteResult | null> {
  return graph.writeTx(async (tx) => {
    const [found] = await tx.run<{ id: string }>('ingest/lock-existing-document', { id });
    return found ? removeDocument(tx, id, false) : null;
  });
}

/** First non-empty line, as a title when the reader found none (at most 300 characters). */
export function defaultTitle(text: string): string | null {
  const line = text.split(/\r?\n/).find((l) => l.trim());
  if (!line) return null;
  const t = line.trim();
  return t.length > 300 ? `${t.slice(0, 299)}…` : t;
}
