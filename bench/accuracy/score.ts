// Scores one extraction against a hand-made gold annotation ({instruments, relations}), by the matching rules
// of the reference annotation's scorer: identity by kind + number + symbol (folded, punctuation dropped), a
// second pass on kind + number when one side has no symbol, a third on kind + a close title for instruments
// named only by title; attributes compared on matched pairs only; relations by their two identities and type.

export interface GoldInstrument {
  kind: string;
  number?: string | null;
  symbol?: string | null;
  issuedOn?: string | null;
  issuer?: string | null;
  title?: string | null;
  titleClean?: string | null;
  conference?: string | null;
  term?: string | null;
  optional?: boolean;
}
export interface GoldRelation {
  from?: string;
  to?: string;
  fromIndex?: number;
  toIndex?: number;
  type: string;
  optional?: boolean;
}
export interface Gold {
  instruments: GoldInstrument[];
  relations?: GoldRelation[];
}
export interface PredInstrument {
  key: string;
  kind: string;
  number: string | null;
  symbol: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title: string | null;
  conference?: string | null;
  term?: string | null;
}
export interface Pred {
  instruments: PredInstrument[];
  relations: { from: string; to: string; type: string }[];
}

/** Running totals; `add` one file at a time, `summary` at the end. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  attr: Record<'symbol' | 'issuedOn' | 'issuer' | 'title', [number, number]>;
  rel: Record<string, { tp: number; fp: number; fn: number }>;
}

export const newTally = (): Tally => ({
  tp: 0, fp: 0, fn: 0,
  attr: { symbol: [0, 0], issuedOn: [0, 0], issuer: [0, 0], title: [0, 0] },
  rel: {},
});

export const foldText = (s: string | null | undefined): string =>
  (s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

const ORDINALS: Record<string, number> = { nhat: 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };

function conferenceNo(c: string): string {
  const f = foldText(c);
  const digits = /\d+/.exec(f);
  if (digits) return digits[0];
  for (const w of f.split(/[^a-z]+/)) if (ORDINALS[w]) return String(ORDINALS[w]);
  return f;
}

const alnum = (s: string) => s.replace(/[^a-z0-9]/g, '');
const stripZeros = (n: string) => n.trim().replace(/^0+(?=\d)/, '');

export function identityOf(x: GoldInstrument | PredInstrument): string {
  const kind = foldText(x.kind);
  if (x.number == null || x.number === '') {
    if (x.conference) return `${kind}|conf${conferenceNo(x.conference)}|${alnum(foldText(x.term))}`;
    return `${kind}|title|${foldText(x.title).slice(0, 60)}`;
  }
  return `${kind}|${alnum(foldText(stripZeros(String(x.number)) + (x.symbol ?? '')))}`;
}

const REF_KINDS = ['Nghị quyết liên tịch', 'Nghị quyết', 'Quy định', 'Quyết định', 'Kết luận', 'Chỉ thị', 'Hướng dẫn',
  'Thông báo kết luận', 'Thông báo', 'Thông tri', 'Kế hoạch', 'Bộ luật', 'Luật', 'Nghị định', 'Thông tư liên tịch',
  'Thông tư', 'Pháp lệnh', 'Hiến pháp', 'Công văn', 'Điều lệ', 'Chương trình', 'Quy chế', 'Báo cáo', 'Đề án', 'Cương lĩnh'];

/** A relation end written as text in the gold: "Nghị định 30/2020/NĐ-CP", "Nghị quyết Hội nghị Trung ương 4 khóa XIII". */
export function identityOfRef(ref: string): string {
  const kind = REF_KINDS.find((k) => ref.startsWith(`${k} `)) ?? ref.split(' ').slice(0, 2).join(' ');
  const rest = ref.slice(kind.length).trim();
  const conf = /^(Hội nghị .*?)\s+khóa\s+(\S+)/i.exec(rest);
  if (conf) return identityOf({ kind, conference: conf[1] ?? '', term: conf[2] ?? '' });
  const numbered = /^(?:số\s+)?(\d+)\s*[-/]\s*(.*)$/.exec(rest);
  if (numbered) return identityOf({ kind, number: numbered[1] ?? '', symbol: numbered[2] ?? '' });
  return identityOf({ kind, number: rest.split(/\s/)[0] ?? '', symbol: '' });
}

const cleanTitle = (t: string) =>
  foldText(t).replace(/^(ve|v\/v)\s+/, '').replace(/[“”"'‘’.,;:()\-–]/g, ' ').replace(/\s+/g, ' ').trim();

export function tokenF1(a: string, b: string): number {
  const A = a.split(' ');
  const B = b.split(' ');
  const bag = new Map<string, number>();
  for (const w of B) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of A) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      common++;
      bag.set(w, n - 1);
    }
  }
  return common === 0 ? 0 : (2 * common) / (A.length + B.length);
}

export const titleMatches = (gold: string | null | undefined, got: string | null | undefined): boolean =>
  Boolean(gold && got && tokenF1(cleanTitle(gold), cleanTitle(got)) >= 0.9);

export function sameIssuer(gold: string | null | undefined, got: string | null | undefined): boolean {
  const a = foldText(gold).replace(/^cua /, '');
  const b = foldText(got).replace(/^cua /, '');
  return Boolean(b) && (a === b || a.includes(b) || b.includes(a));
}

const sameSymbol = (g: string, p: string | null) => Boolean(p) && foldText(p).replace(/\s/g, '') === foldText(g).replace(/\s/g, '');

export interface FileReport {
  missed: string[];
  extra: string[];
  relMissed: string[];
  relExtra: string[];
  attrMiss: { id: string; attr: string; gold: unknown; got: unknown }[];
}

/** Scores one file into the tally and returns what it missed. */
export function scoreFile(gold: Gold, pred: Pred, tally: Tally): FileReport {
  const optional = new Set(gold.instruments.filter((x) => x.optional).map(identityOf));
  const goldById = new Map(gold.instruments.filter((x) => !x.optional).map((x) => [identityOf(x), x] as const));
  const predById = new Map<string, PredInstrument>();
  for (const p of pred.instruments) if (!predById.has(identityOf(p))) predById.set(identityOf(p), p);
  const kindNo = (x: GoldInstrument | PredInstrument) =>
    x.number == null || x.number === '' ? null : `${foldText(x.kind)}|${stripZeros(String(x.number))}`;
  const used = new Set<string>();
  const matchOf = new Map<string, string>();
  for (const id of goldById.keys()) if (predById.has(id)) { matchOf.set(id, id); used.add(id); }
  for (const [id, g] of goldById) {
    if (matchOf.has(id) || !kindNo(g)) continue;
    for (const [pid, p] of predById) {
      if (used.has(pid) || goldById.has(pid) || kindNo(p) !== kindNo(g) || (g.symbol && p.symbol)) continue;
      matchOf.set(id, pid);
      used.add(pid);
      break;
    }
  }
  for (const [id, g] of goldById) {
    if (matchOf.has(id) || kindNo(g) || g.conference || !g.title) continue;
    for (const [pid, p] of predById) {
      if (used.has(pid) || goldById.has(pid) || kindNo(p) || foldText(p.kind) !== foldText(g.kind) || !p.title) continue;
      if (tokenF1(cleanTitle(g.title), cleanTitle(p.title)) < 0.8) continue;
      matchOf.set(id, pid);
      used.add(pid);
      break;
    }
  }
  const goldOfPred = new Map([...matchOf].map(([g, p]) => [p, g] as const));
  const keyToId = new Map(pred.instruments.map((p) => [p.key, goldOfPred.get(identityOf(p)) ?? identityOf(p)] as const));
  const report: FileReport = { missed: [], extra: [], relMissed: [], relExtra: [], attrMiss: [] };
  for (const [id, g] of goldById) {
    const p = predById.get(matchOf.get(id) ?? '');
    if (!p) { report.missed.push(id); continue; }
    tally.tp++;
    const check = (attr: keyof Tally['attr'], ok: boolean, goldValue: unknown, got: unknown) => {
      tally.attr[attr][1]++;
      if (ok) tally.attr[attr][0]++;
      else report.attrMiss.push({ id, attr, gold: goldValue, got });
    };
    if (g.symbol) check('symbol', sameSymbol(g.symbol, p.symbol), g.symbol, p.symbol);
    if (g.issuedOn) check('issuedOn', p.issuedOn === g.issuedOn, g.issuedOn, p.issuedOn);
    if (g.issuer) check('issuer', sameIssuer(g.issuer, p.issuer), g.issuer, p.issuer);
    if (g.title) check('title', titleMatches(g.title, p.title) || titleMatches(g.titleClean, p.title), g.titleClean ?? g.title, p.title);
  }
  for (const id of predById.keys()) if (!used.has(id) && !optional.has(id)) report.extra.push(id);
  tally.fn += report.missed.length;
  tally.fp += report.extra.length;
  const end = (r: GoldRelation, side: 'from' | 'to') => {
    const index = r[`${side}Index`];
    const inst = Number.isInteger(index) ? gold.instruments[index as number] : undefined;
    return inst ? identityOf(inst) : identityOfRef(r[side] ?? '');
  };
  const gRels = (gold.relations ?? []).map((r) => ({ id: `${end(r, 'from')}>${r.type}>${end(r, 'to')}`, type: r.type, optional: Boolean(r.optional) }));
  const gRel = new Set(gRels.filter((r) => !r.optional).map((r) => r.id));
  const optRel = new Set(gRels.filter((r) => r.optional).map((r) => r.id));
  const pRel = new Set(pred.relations.map((r) => `${keyToId.get(r.from) ?? r.from}>${r.type}>${keyToId.get(r.to) ?? r.to}`));
  const typeOf = (id: string) => id.split('>')[1] ?? '?';
  const bucket = (t: string) => (tally.rel[t] ??= { tp: 0, fp: 0, fn: 0 });
  for (const r of gRel) {
    if (pRel.has(r)) bucket(typeOf(r)).tp++;
    else { bucket(typeOf(r)).fn++; report.relMissed.push(r); }
  }
  for (const r of pRel) if (!gRel.has(r) && !optRel.has(r)) { bucket(typeOf(r)).fp++; report.relExtra.push(r); }
  return report;
}

export interface PRF { precision: number; recall: number; f1: number }

export function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { precision: +p.toFixed(3), recall: +r.toFixed(3), f1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3) };
}

export function summarize(t: Tally): Record<string, unknown> {
  const rel = Object.values(t.rel).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    instruments: prf(t.tp, t.fp, t.fn),
    attributes: Object.fromEntries(Object.entries(t.attr).map(([k, [ok, n]]) => [k, n ? +(ok / n).toFixed(3) : null])),
    relations: prf(rel.tp, rel.fp, rel.fn),
    relationsByType: Object.fromEntries(Object.entries(t.rel).sort().map(([k, v]) => [k, prf(v.tp, v.fp, v.fn)])),
  };
}
