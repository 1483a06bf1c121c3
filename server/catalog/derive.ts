// From the Bộ Pháp điển's notes to the catalogue's facts: one record per instrument the notes cite (as the
// source of a codified article or as an amending instrument) and one per amendment/repeal event. Pure: the
// caller reads the notes and writes the files. Output order is fixed, so the same notes give the same bytes.
import { parseNote, type NoteInstrument } from './phapdien.ts';

export interface NoteRow {
  demuc?: string;
  article?: string;
  note: string;
  type?: string;
  vbpl?: string | null;
}

export interface InstrumentRef {
  kind: string;
  number: string;
  symbol: string | null;
}

export interface CatalogInstrument extends InstrumentRef {
  issuedOn: string | null;
  issuer: string | null;
  title: string | null;
  effectiveFrom: string | null;
  officialUrl: string | null;
  topics: string[];
  source: 'phapdien';
}

export interface CatalogEvent {
  type: 'AMENDS' | 'REPEALS';
  supplements: boolean;
  from: InstrumentRef;
  fromPinpoints: string[];
  to: InstrumentRef;
  toPinpoints: string[];
  effectiveFrom: string | null;
  source: 'phapdien';
}

/** A codified article of a source instrument: where the codification places it and what it is called there. */
export interface CatalogArticle {
  instrument: InstrumentRef;
  /** The article of the instrument, as the note writes it: "Điều 4", "Điều 35a". */
  article: string;
  /** Its heading in the codification ("Phạm vi điều chỉnh"), null when the heading gives none. */
  heading: string | null;
  /** Its number in the codification: "Điều 36.3.LQ.2". */
  codifiedAs: string | null;
  topic: string | null;
  /** The national database's address of the article (the document's address with the article's anchor). */
  officialUrl: string | null;
  source: 'phapdien';
}

export interface Derivation {
  instruments: CatalogInstrument[];
  events: CatalogEvent[];
  articles: CatalogArticle[];
  stats: { notes: number; parsed: number; refused: Record<string, number>; repairs: Record<string, number>; sourceNotes: number; amendmentNotes: number };
}

export function refKey(r: InstrumentRef): string {
  return `${r.kind}|${r.number}|${r.symbol ?? ''}`;
}

class Votes {
  private readonly counts = new Map<string, { n: number; first: number }>();
  private order = 0;
  add(v: string | null | undefined, weight = 1): void {
    if (!v) return;
    const c = this.counts.get(v);
    if (c) c.n += weight;
    else this.counts.set(v, { n: weight, first: this.order++ });
  }
  /** The most frequent value; ties go to the first seen. */
  best(): string | null {
    let out: string | null = null;
    let top = { n: -1, first: Infinity };
    for (const [v, c] of this.counts) if (c.n > top.n || (c.n === top.n && c.first < top.first)) [out, top] = [v, c];
    return out;
  }
}

interface Acc {
  ref: InstrumentRef;
  title: Votes;
  issuedOn: Votes;
  issuer: Votes;
  effectiveFrom: Votes;
  url: Votes;
  topics: Set<string>;
}

/** "http://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=142850#Chuong_I_Dieu_1" → the address without the anchor. */
export function documentUrl(vbpl: string | null | undefined): string | null {
  if (!vbpl || !/^https?:\/\/(?:www\.)?vbpl\.vn\//i.test(vbpl)) return null;
  return vbpl.replace(/#.*$/, '');
}

function articleOrder(p: string): [number, string] {
  const m = /(\d+)([a-zđ]?)\s*$/u.exec(p);
  return m ? [Number(m[1]), m[2] ?? ''] : [Number.MAX_SAFE_INTEGER, p];
}

/** "Điều 36.3.LQ.2. Phạm vi điều chỉnh" → its number in the codification and its heading. */
export function codifiedHeading(heading: string | undefined): { codifiedAs: string | null; heading: string | null } {
  const h = heading?.replace(/\s+/g, ' ').trim() ?? '';
  const m = /^(Điều\s+[0-9]+(?:\.[0-9A-Za-zĐđ]+)+)\.?\s*(.*)$/u.exec(h);
  if (!m) return { codifiedAs: null, heading: h || null };
  return { codifiedAs: m[1]!, heading: m[2]!.replace(/[.\s]+$/u, '') || null };
}

function compareRefs(a: InstrumentRef, b: InstrumentRef): number {
  return refKey(a) < refKey(b) ? -1 : refKey(a) > refKey(b) ? 1 : 0;
}

export function derive(rows: Iterable<NoteRow>): Derivation {
  const accs = new Map<string, Acc>();
  const acc = (i: NoteInstrument): Acc => {
    const ref = { kind: i.kind, number: i.number, symbol: i.symbol };
    const k = refKey(ref);
    let a = accs.get(k);
    if (!a) accs.set(k, (a = { ref, title: new Votes(), issuedOn: new Votes(), issuer: new Votes(), effectiveFrom: new Votes(), url: new Votes(), topics: new Set() }));
    return a;
  };
  const events = new Map<string, CatalogEvent>();
  const articles = new Map<string, CatalogArticle>();
  const stats: Derivation['stats'] = { notes: 0, parsed: 0, refused: {}, repairs: {}, sourceNotes: 0, amendmentNotes: 0 };
  for (const row of rows) {
    stats.notes++;
    const p = parseNote(row.note);
    if (!p.ok) {
      stats.refused[p.reason] = (stats.refused[p.reason] ?? 0) + 1;
      continue;
    }
    stats.parsed++;
    if (p.form === 'source') stats.sourceNotes++;
    else stats.amendmentNotes++;
    for (const r of p.repairs) stats.repairs[r] = (stats.repairs[r] ?? 0) + 1;
    const a = acc(p.instrument);
    a.title.add(p.instrument.title);
    a.issuedOn.add(p.instrument.issuedOn);
    a.issuer.add(p.instrument.issuer);
    // the document's own notes outweigh what an amendment note says of it
    a.effectiveFrom.add(p.instrument.effectiveFrom, 1000);
    a.url.add(documentUrl(row.vbpl));
    const topic = row.demuc?.trim();
    if (topic) a.topics.add(topic);
    // the first note of an article places it; a later note of the same article (codified twice) adds nothing
    const articleId = `${refKey(a.ref)}|${p.pinpoint}`;
    if (!articles.has(articleId)) {
      const vbpl = row.vbpl && /^https?:\/\/(?:www\.)?vbpl\.vn\//i.test(row.vbpl) ? row.vbpl : null;
      articles.set(articleId, { instrument: a.ref, article: p.pinpoint, ...codifiedHeading(row.article), topic: topic || null, officialUrl: vbpl, source: 'phapdien' });
    }
    for (const c of p.changes) {
      const b = acc(c.by);
      b.effectiveFrom.add(c.by.effectiveFrom);
      b.issuedOn.add(c.by.issuedOn);
      const ev: CatalogEvent = {
        type: c.type,
        supplements: c.supplements,
        from: b.ref,
        fromPinpoints: c.byPinpoints,
        to: a.ref,
        toPinpoints: [p.pinpoint],
        effectiveFrom: c.effectiveFrom,
        source: 'phapdien',
      };
      events.set(JSON.stringify(ev), ev);
    }
  }
  const instruments: CatalogInstrument[] = [...accs.values()]
    .map((a) => ({
      ...a.ref,
      issuedOn: a.issuedOn.best(),
      issuer: a.issuer.best(),
      title: a.title.best(),
      effectiveFrom: a.effectiveFrom.best(),
      officialUrl: a.url.best(),
      topics: [...a.topics].sort(),
      source: 'phapdien' as const,
    }))
    .sort(compareRefs);
  const sorted = [...events.values()].sort((x, y) => {
    const c = compareRefs(x.to, y.to);
    if (c) return c;
    const [xn, xs] = articleOrder(x.toPinpoints[0] ?? '');
    const [yn, ys] = articleOrder(y.toPinpoints[0] ?? '');
    if (xn !== yn) return xn - yn;
    if (xs !== ys) return xs < ys ? -1 : 1;
    const ks = [(e: CatalogEvent) => refKey(e.from), (e: CatalogEvent) => e.type, (e: CatalogEvent) => e.effectiveFrom ?? '', (e: CatalogEvent) => JSON.stringify(e)];
    for (const k of ks) if (k(x) !== k(y)) return k(x) < k(y) ? -1 : 1;
    return 0;
  });
  const articleList = [...articles.values()].sort((x, y) => {
    const c = compareRefs(x.instrument, y.instrument);
    if (c) return c;
    const [xn, xs] = articleOrder(x.article);
    const [yn, ys] = articleOrder(y.article);
    if (xn !== yn) return xn - yn;
    return xs < ys ? -1 : xs > ys ? 1 : x.article < y.article ? -1 : x.article > y.article ? 1 : 0;
  });
  return { instruments, events: sorted, articles: articleList, stats };
}
