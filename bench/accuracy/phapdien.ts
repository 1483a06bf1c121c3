// Gold for the Bộ Pháp điển's official notes, read from their fixed form (the real notes are read from the
// shared corpus beside the repository, never copied here), and the scoring of the extractor on the notes.
//
//   source note, first of a document: (Điều 1 <Kind> số <no>/<symbol> <Title> ngày dd/mm/yyyy của <Issuer>,
//                                      có hiệu lực thi hành kể từ ngày dd/mm/yyyy)
//   amendment note: (Điều 4 <Kind> số X, có hiệu lực …, có nội dung được sửa đổi, … bị bãi bỏ bởi Điều 1,
//                    Điều 2 <Kind> số Y có hiệu lực …; Điều 3 <Kind> số Z …)
// Notes that do not fit the form (a few percent: typos, free text) are left out of the gold and counted.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Extraction, Instrument, Pinpoint } from '../../server/extract/models.ts';
import { foldText, identityOf, sameIssuer, titleMatches } from './score.ts';

export interface NoteRef {
  kind: string;
  number: string;
  symbol: string;
}
export interface SourceGold extends NoteRef {
  note: string;
  title: string;
  issuedOn: string;
  issuer: string;
  effectiveFrom: string | null;
}
export interface EventGold {
  note: string;
  type: 'AMENDS' | 'REPEALS';
  from: NoteRef;
  fromArticles: string[];
  to: NoteRef;
  toArticle: string;
}

const iso = (d: string): string | null => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(d.trim());
  return m ? `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}` : null;
};

function splitSymbol(kind: string, written: string): NoteRef | null {
  // "52/2013/NĐ- CP": the codification sometimes spaces a hyphen; the number is what precedes the first slash
  const m = /^(\d+[a-z]?)\s*[/-]\s*(\S.*)$/i.exec(written.replace(/\s+/g, ' ').replace(/[.,;]+$/, '').trim());
  return m ? { kind: kind.trim().replace(/\s+/g, ' '), number: m[1] ?? '', symbol: (m[2] ?? '').replace(/\s+/g, '') } : null;
}

const DATE = String.raw`\d{1,2}/\d{1,2}/\d{4}`;
const SOURCE = new RegExp(
  String.raw`^\(+Điều\s+\S+\s+(?<kind>[^\d(),]+?)\s+số\s+(?<sym>\S+)\s+(?<title>[\s\S]+)\s+ngày\s+(?<date>${DATE})\s+của\s+(?<issuer>[^()]+?),\s*có hiệu lực(?: thi hành)?\s+(?:kể\s+)?từ ngày\s+(?<eff>${DATE})\s*\)+$`,
);
const AMENDMENT = new RegExp(
  String.raw`^\(+Điều\s+(?<art>\S+)\s+(?<kind>[^\d(),]+?)\s+số\s+(?<sym>[^,]+?)\.?\s*,[^()]*?(?<changes>(?:(?:có nội dung\s+)?(?:được|bị)\s+(?:sửa đổi|bổ sung|bãi bỏ)(?:,\s*(?:bổ sung|bãi bỏ))*,?\s*)+)\s*(?:bởi|theo quy định tại)\s+(?<by>[\s\S]+?)\)+$`,
);
const PIN = String.raw`(?:điểm\s+\S+\s+)?(?:khoản\s+\S+\s+)?Điều\s+[^\s,]+`;
const AMENDER = new RegExp(
  String.raw`^(?<arts>${PIN}(?:\s*(?:,|và)\s*${PIN})*)\s+(?:của\s+)?(?<kind>[^\d(),]+?)\s+số\s+(?<sym>[^,\s]+)(?:\s[\s\S]*)?$`,
);

export interface NotesGold {
  sources: SourceGold[];
  events: EventGold[];
  /** Notes of either kind that do not fit the fixed form. */
  irregular: number;
}

export function deriveGold(path: string): NotesGold {
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n');
  const sources: SourceGold[] = [];
  const events: EventGold[] = [];
  const seen = new Set<string>();
  let irregular = 0;
  for (const line of lines) {
    if (!line) continue;
    const o = JSON.parse(line) as { note: string; type: string };
    const note = o.note.trim();
    if (o.type === 'source') {
      if (!/\sngày\s+\d[\s\S]*\scủa\s/.test(note) || !/^\(Điều/.test(note)) continue; // later notes: number only
      const m = SOURCE.exec(note);
      const ref = m?.groups ? splitSymbol(m.groups.kind ?? '', m.groups.sym ?? '') : null;
      if (!m?.groups || !ref) { irregular++; continue; }
      const id = identityOf(ref);
      if (seen.has(id)) continue;
      seen.add(id);
      sources.push({
        ...ref, note,
        title: (m.groups.title ?? '').replace(/\s+/g, ' ').trim(),
        issuedOn: iso(m.groups.date ?? '') ?? '',
        issuer: (m.groups.issuer ?? '').trim(),
        effectiveFrom: iso(m.groups.eff ?? ''),
      });
    } else if (o.type === 'amendment') {
      const m = AMENDMENT.exec(note);
      const to = m?.groups ? splitSymbol(m.groups.kind ?? '', m.groups.sym ?? '') : null;
      if (!m?.groups || !to) { irregular++; continue; }
      const changes = m.groups.changes ?? '';
      const types: EventGold['type'][] = [];
      if (/sửa đổi|bổ sung/.test(changes)) types.push('AMENDS');
      if (/bãi bỏ/.test(changes)) types.push('REPEALS');
      for (const part of (m.groups.by ?? '').split(';')) {
        const a = AMENDER.exec(part.trim());
        const from = a?.groups ? splitSymbol(a.groups.kind ?? '', a.groups.sym ?? '') : null;
        if (!a?.groups || !from) { irregular++; continue; }
        const fromArticles = [...(a.groups.arts ?? '').matchAll(/Điều\s+([^\s,]+)/g)].map((x) => x[1] ?? '');
        for (const type of types) events.push({ note, type, from, fromArticles, to, toArticle: m.groups.art ?? '' });
      }
    }
  }
  return { sources, events, irregular };
}

const kindNumber = (x: { kind: string; number: string | null }) => `${foldText(x.kind)}|${(x.number ?? '').replace(/^0+(?=\d)/, '')}`;

/** The extracted instrument standing for a reference: same identity, else same kind and number. */
function findInstrument(ex: Extraction, ref: NoteRef): Instrument | undefined {
  const id = identityOf(ref);
  return ex.instruments.find((i) => identityOf(i) === id) ?? ex.instruments.find((i) => kindNumber(i) === kindNumber(ref));
}

const articlesOf = (p: Pinpoint | null | undefined): string[] =>
  p ? [...p.text.matchAll(/Điều\s+([^\s,;]+)/giu)].map((x) => (x[1] ?? '').toLowerCase()) : [];

export interface NotesScore {
  sources: number;
  found: number;
  issuedOn: number;
  issuer: number;
  title: number;
  effectiveFrom: number;
  events: number;
  eventsFound: number;
  eventsWithPinpoints: number;
  irregular: number;
  misses: { note: string; what: string; got?: unknown }[];
}

export function scoreNotes(gold: NotesGold, run: (text: string) => Extraction, keepMisses = Number(process.env.KEEP_MISSES ?? 40)): NotesScore {
  const s: NotesScore = {
    sources: gold.sources.length, found: 0, issuedOn: 0, issuer: 0, title: 0, effectiveFrom: 0,
    events: gold.events.length, eventsFound: 0, eventsWithPinpoints: 0, irregular: gold.irregular, misses: [],
  };
  const miss = (note: string, what: string, got?: unknown) => { if (s.misses.length < keepMisses) s.misses.push({ note: note.slice(0, 240), what, got }); };
  for (const g of gold.sources) {
    const ex = run(g.note);
    const inst = findInstrument(ex, g);
    if (!inst) { miss(g.note, 'citation'); continue; }
    s.found++;
    if (inst.issuedOn === g.issuedOn) s.issuedOn++; else miss(g.note, 'issuedOn', inst.issuedOn);
    if (sameIssuer(g.issuer, inst.issuer)) s.issuer++; else miss(g.note, 'issuer', inst.issuer);
    if (titleMatches(g.title, inst.title)) s.title++; else miss(g.note, 'title', inst.title);
    if ((inst.effectiveFrom ?? null) === g.effectiveFrom) s.effectiveFrom++; else miss(g.note, 'effectiveFrom', inst.effectiveFrom);
  }
  const cache = new Map<string, Extraction>();
  for (const e of gold.events) {
    let ex = cache.get(e.note);
    if (!ex) { ex = run(e.note); cache.clear(); cache.set(e.note, ex); }
    const from = findInstrument(ex, e.from);
    const to = findInstrument(ex, e.to);
    const rel = from && to ? ex.relations.find((r) => r.from === from.key && r.to === to.key && r.type === e.type) : undefined;
    if (!rel) { miss(e.note, `relation ${e.type}`); continue; }
    s.eventsFound++;
    const fromArts = articlesOf(rel.evidence.fromPinpoint);
    const toArts = articlesOf(rel.evidence.toPinpoint);
    const want = e.fromArticles.map((a) => a.toLowerCase());
    if (toArts.length === 1 && toArts[0] === e.toArticle.toLowerCase() && want.every((a) => fromArts.includes(a)) && fromArts.length === want.length) s.eventsWithPinpoints++;
    else miss(e.note, 'pinpoints', [rel.evidence.fromPinpoint?.text, rel.evidence.toPinpoint?.text]);
  }
  return s;
}

interface CatalogInstrument extends NoteRef {
  issuedOn: string | null;
  issuer: string | null;
  effectiveFrom: string | null;
}
interface CatalogEvent {
  type: string;
  from: NoteRef;
  to: NoteRef;
  toPinpoints: string[];
}

/**
 * The catalogue derived by the project from the same notes (data/catalog/phapdien-*.jsonl), as a second gold: the
 * extractor's date, issuer and effective date on the catalogue's values, and how far the two derivations agree.
 */
export function scoreAgainstCatalog(gold: NotesGold, instrumentsPath: string, eventsPath: string, run: (text: string) => Extraction) {
  const catalog = new Map<string, CatalogInstrument>();
  for (const line of readFileSync(instrumentsPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as CatalogInstrument;
    catalog.set(identityOf(c), c);
  }
  let inCatalog = 0, goldAgrees = 0, issuedOn = 0, issuer = 0, effectiveFrom = 0;
  for (const g of gold.sources) {
    const c = catalog.get(identityOf(g));
    if (!c) continue;
    inCatalog++;
    if (c.issuedOn === g.issuedOn && c.effectiveFrom === g.effectiveFrom && sameIssuer(c.issuer, g.issuer)) goldAgrees++;
    const inst = findInstrument(run(g.note), g);
    if (!inst) continue;
    if (inst.issuedOn === c.issuedOn) issuedOn++;
    if (sameIssuer(c.issuer, inst.issuer)) issuer++;
    if ((inst.effectiveFrom ?? null) === c.effectiveFrom) effectiveFrom++;
  }
  const events = new Set<string>();
  for (const line of readFileSync(eventsPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const e = JSON.parse(line) as CatalogEvent;
    for (const to of e.toPinpoints.length ? e.toPinpoints : ['']) events.add(`${identityOf(e.from)}>${e.type}>${identityOf(e.to)}@${to.replace(/^Điều\s+/u, '').toLowerCase()}`);
  }
  const eventsInCatalog = gold.events.filter((e) => events.has(`${identityOf(e.from)}>${e.type}>${identityOf(e.to)}@${e.toArticle.toLowerCase()}`)).length;
  const r = (a: number, b: number) => (b ? +(a / b).toFixed(3) : null);
  return {
    catalogInstruments: catalog.size, sourcesInCatalog: r(inCatalog, gold.sources.length), goldAgreesWithCatalog: r(goldAgrees, inCatalog),
    issuedOn: r(issuedOn, inCatalog), issuer: r(issuer, inCatalog), effectiveFrom: r(effectiveFrom, inCatalog),
    catalogEvents: events.size, eventsInCatalog: r(eventsInCatalog, gold.events.length),
  };
}
