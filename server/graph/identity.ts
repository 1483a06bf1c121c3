// The identity of instrument nodes, pure (no database): how the graph reads an instrument key, how it names an
// instrument, and the merge rule (cypher/README.md, "Identity and merging"): given the instrument nodes of
// the merge groups a document (or a batch of documents) touches, where each extracted key lands, which nodes
// are created, re-keyed or completed, and which merge groups must therefore be locked. The ingest reads the
// nodes, calls these functions and writes what they return.
//
// Keys are made by the extractor (server/extract/identity.ts); the graph only needs their shape:
//
//   quy-dinh:213-qd-tw@2020              kind ":" body "@" year
//   nghi-quyet:11-nq-tu@2018#quang-ninh  … "#" jurisdiction of a local instrument
//   nghi-dinh:30-2020-nd-cp              State symbols carry their year in the body
//   quy-dinh:213                         a short form whose symbol the text never gave
//   nghi-quyet:hntw-4-xiii               a resolution named by its conference
//
// `baseKey` drops the `@year` and `#jurisdiction` qualifiers; `mergeGroup` is kind + number (leading zeros
// dropped), the widest set of nodes a mention without year or symbol may join. Both are stored on the node.
//
// A key without year joins the unique node of the same baseKey (a bare "quy-dinh:213" the unique node of its
// kind and number) with a compatible jurisdiction; a key with year upgrades the unique year-less node it
// matches. Attributes later documents give fill what is missing; what each document claims stays on its
// CITES edge, so conflicts remain visible.
import { instrumentKey } from '../extract/identity.ts';
import { instrumentSearch, type InstrumentRow } from './rows.ts';
import { slugify } from '../text/fold.ts';

// ------------------------------------------------------------------------------------------------------ keys

/** An instrument key read back into its parts (the extractor's own `KeyParts` are what a key is made from). */
export interface KeyShape {
  key: string;
  kind: string;
  body: string;
  year: number | null;
  jurisdiction: string | null;
  baseKey: string;
  mergeGroup: string;
  /** True when the body is only a number: "quy-dinh:213", a short form with no symbol. */
  bare: boolean;
}

const KEY = /^([^:@#]+):([^@#]*)(?:@([^#]*))?(?:#(.*))?$/;

export function parseInstrumentKey(key: string): KeyShape {
  const m = KEY.exec(key);
  if (!m) return { key, kind: key, body: '', year: null, jurisdiction: null, baseKey: key, mergeGroup: key, bare: false };
  const [, kind = '', body = '', qualifier, jur] = m;
  const year = qualifier && /^\d{4}$/.test(qualifier) ? Number(qualifier) : null;
  const baseKey = `${kind}:${body}`;
  const num = /^(\d+)(?:-|$)/.exec(body);
  const mergeGroup = num ? `${kind}:${String(Number(num[1]))}` : baseKey;
  return { key, kind, body, year, jurisdiction: jur || null, baseKey, mergeGroup, bare: !!num && num[0] === body };
}

/** Key of an instrument described by its attributes (the catalogue), made by the extractor's own rule. */
export function keyFromAttributes(a: {
  kind: string;
  number?: string | null;
  symbol?: string | null;
  issuedOn?: string | null;
  conference?: string | null;
  term?: string | null;
  title?: string | null;
  jurisdiction?: string | null;
}): string {
  const conf = a.conference ? /(\d+)/.exec(a.conference) : null;
  const congress = a.conference && /đại hội|dai hoi/i.test(a.conference);
  return instrumentKey({
    kind: a.kind,
    number: a.number ?? null,
    symbol: a.symbol ?? null,
    year: a.issuedOn ? Number(a.issuedOn.slice(0, 4)) : null,
    jurisdiction: a.jurisdiction ?? null,
    conference: conf && !congress ? { no: Number(conf[1]), term: a.term ?? null } : null,
    congressTerm: congress ? (a.term ?? null) : null,
    title: a.title ?? null,
  });
}

// ----------------------------------------------------------------------------------------------------- names

/**
 * True for a Party symbol, TYPE/ISSUER ("QĐ/TW", "HD/BTCTW-BNV", "L/CTN"), which follows its number with a
 * hyphen; false for a State one, which follows it with a slash: with its year ("2020/NĐ-CP") or without a
 * slash at all ("QĐ-TTg").
 */
export function isPartySymbol(symbol: string): boolean {
  return symbol.includes('/') && !/^\d/.test(symbol);
}

/** "213-QĐ/TW", "30/2020/NĐ-CP", "749/QĐ-TTg"; the bare number without a symbol; null without a number. */
export function numberAndSymbol(i: { number?: string | null; symbol?: string | null }): string | null {
  if (!i.number) return null;
  if (!i.symbol) return i.number;
  return `${i.number}${isPartySymbol(i.symbol) ? '-' : '/'}${i.symbol}`;
}

/**
 * The name of an instrument, stored as its node's label: "Quy định 213-QĐ/TW", "Nghị định 30/2020/NĐ-CP",
 * "Nghị quyết Hội nghị Trung ương 4 khóa XIII", "Luật Tổ chức Chính phủ"; `fallback` (the kind by default)
 * when nothing names it.
 */
export function instrumentName(
  a: { kind: string; number?: string | null; symbol?: string | null; conference?: string | null; term?: string | null; title?: string | null },
  fallback: string = a.kind,
): string {
  const ns = numberAndSymbol(a);
  if (ns) return `${a.kind} ${ns}`;
  if (a.conference) return `${a.kind} ${a.conference}${a.term ? ` khóa ${a.term}` : ''}`;
  return a.title ? `${a.kind} ${a.title}` : fallback;
}

// ------------------------------------------------------------------------------------------------ merge rule

export interface Candidate {
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

const jurisdictionOf = (p: KeyShape, attr?: string | null) => p.jurisdiction ?? (attr ? slugify(attr) : null);

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

/** An instrument node as the ingest reads it (ingest/begin-documents, ingest/instrument-candidates). */
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

export type NodeProps = Omit<InstrumentNode, 'key'>;

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

export interface InstrumentItem {
  key: string;
  row: InstrumentRow;
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
export function planInstruments(items: InstrumentItem[], nodes: InstrumentNode[]): InstrumentPlan {
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
export function mergeRows(items: InstrumentItem[], map: Map<string, string>): Map<string, InstrumentRow> {
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
      if (prev.number && prev.symbol) prev.label = instrumentName(prev);
    }
  }
  return rows;
}

// --------------------------------------------------------------------------------------------------- batches

export interface BatchPlan {
  /** One plan per document, in order, for the first `size` documents. */
  plans: InstrumentPlan[];
  /** How many documents of the batch this plan covers (the rest go into the next transaction). */
  size: number;
  rekeys: Rekey[];
  /** The nodes to write, each once with the attributes it ends up with after all the batch's documents. */
  writes: { key: string; props: NodeProps }[];
  lockGroups: Set<string>;
}

/** The merge groups and keys whose nodes a document's instruments may join. */
export function lookupOf(items: InstrumentItem[]): { groups: string[]; keys: string[] } {
  return { groups: [...new Set(items.map((i) => i.row.mergeGroup))].sort(), keys: [...new Set(items.map((i) => i.key))] };
}

const groupOf = (n: Candidate) => n.mergeGroup ?? parseInstrumentKey(n.key).mergeGroup;

/** The instrument nodes a plan is made against, by key and by merge group; planBatch keeps it up to date. */
export class NodeState {
  private readonly byKey = new Map<string, InstrumentNode>();
  private readonly byGroup = new Map<string, Set<string>>();
  /** Catalogue laws by the key of a citation by title and year (Candidate.titleKey). */
  private readonly byTitle = new Map<string, Set<string>>();

  constructor(nodes: Iterable<InstrumentNode> = []) {
    for (const n of nodes) this.put(n);
  }

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): InstrumentNode | undefined {
    return this.byKey.get(key);
  }

  put(n: InstrumentNode): void {
    this.drop(n.key);
    this.byKey.set(n.key, n);
    const g = groupOf(n);
    let s = this.byGroup.get(g);
    if (!s) this.byGroup.set(g, (s = new Set()));
    s.add(n.key);
    if (n.titleKey) {
      let t = this.byTitle.get(n.titleKey);
      if (!t) this.byTitle.set(n.titleKey, (t = new Set()));
      t.add(n.key);
    }
  }

  drop(key: string): void {
    const n = this.byKey.get(key);
    if (!n) return;
    this.byKey.delete(key);
    this.byGroup.get(groupOf(n))?.delete(key);
    if (n.titleKey) this.byTitle.get(n.titleKey)?.delete(key);
  }

  /** The nodes a document's instruments may join: those of their merge groups, with their keys, or titled so. */
  relevant(items: InstrumentItem[]): InstrumentNode[] {
    const { groups, keys } = lookupOf(items);
    const seen = new Set<string>();
    const out: InstrumentNode[] = [];
    const add = (k: string) => {
      const n = this.byKey.get(k);
      if (n && !seen.has(k)) {
        seen.add(k);
        out.push(n);
      }
    };
    for (const g of groups) for (const k of this.byGroup.get(g) ?? []) add(k);
    for (const k of keys) {
      add(k);
      for (const t of this.byTitle.get(k) ?? []) add(t);
    }
    return out;
  }
}

/**
 * The merge rule over several documents written in one transaction: each document is planned against the
 * nodes as the documents before it leave them, exactly as if they were written one after the other. A batch
 * ends early (`size`) before a document that would re-key a node an earlier document of the batch links to:
 * the re-key runs before the batch's edges are written, so that document waits for the next round. `nodes`
 * as a NodeState is updated in place (the bulk load keeps one for the whole load).
 */
export function planBatch(docs: InstrumentItem[][], nodes: InstrumentNode[] | NodeState): BatchPlan {
  const state = nodes instanceof NodeState ? nodes : new NodeState(nodes);
  const plans: InstrumentPlan[] = [];
  const rekeys: Rekey[] = [];
  const writes = new Map<string, NodeProps>();
  const lockGroups = new Set<string>();
  const linked = new Set<string>();
  for (const items of docs) {
    const plan = planInstruments(items, state.relevant(items));
    if (plans.length && plan.rekeys.some((r) => linked.has(r.from))) break;
    plans.push(plan);
    for (const g of plan.lockGroups) lockGroups.add(g);
    for (const r of plan.rekeys) {
      const cur = state.get(r.from);
      state.drop(r.from);
      if (cur) state.put({ ...cur, key: r.to, baseKey: r.baseKey, year: cur.year ?? r.year, jurisdiction: cur.jurisdiction ?? r.jurisdiction });
      rekeys.push(r);
    }
    for (const w of plan.writes) {
      state.put({ key: w.key, ...w.props });
      writes.set(w.key, w.props);
    }
    for (const k of plan.map.values()) linked.add(k);
  }
  return { plans, size: plans.length, rekeys, writes: [...writes].map(([key, props]) => ({ key, props })), lockGroups };
}
