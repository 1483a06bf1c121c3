// Stage 4: resolve. Decides which mentions name the same instrument, and builds one Instrument per identity.
// As in eyecite, a short form refers to the full citation met before it ("Quy định 213" → 213-QĐ/TW), or
// after it when the text names it in full only later. Year and jurisdiction complete the identity:
//   - "Kết luận số 21-KL/TW, ngày 25-10-2021" and a later "Kết luận 21-KL/TW" are one; a 21-KL/TW dated 2012
//     in the same text is another, and a mention without a year goes to the nearest one before it.
//   - "Nghị quyết số 11-NQ/TU … của Ban Chấp hành Đảng bộ tỉnh" in an article about Quảng Ninh is Quảng Ninh's.
//   - "Nghị quyết Trung ương 4 khóa XII (Nghị quyết số 04-NQ/TW)" states an alias: one instrument.

import { defaultIssuer } from '../vocabulary/kinds.ts';
import { fold, slugify } from '../text/fold.ts';
import { normalizeOrgName } from '../text/org-names.ts';
import { matchDateAt } from '../text/dates.ts';
import type { Ambiguity, Doc, Instrument, Mention, MentionSpan, OrgMention, Pinpoint } from './models.ts';
import { instrumentKey, numberSlug, symbolSlug } from './identity.ts';
import { CODE_KIND, ENGLISH_KINDS, ISSUER_CODES, KINDS, LOCAL_CODES, ASSEMBLY_CODE, ORDINAL_WORDS, ordinalValue } from './patterns.ts';
import { HEADER_ORGS } from './organizations.ts';
import { tidy } from './normalize.ts';
import { articledBody } from './parse.ts';

/** Union-find over mention indices. */
class Groups {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    let x = i;
    while (this.parent[x] !== r) {
      const next = this.parent[x] as number;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

// Slugs repeat across mentions ("Quy định", "QĐ/TW", "213"): memoise them per call of resolveMentions.
function memo(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      cache.set(s, v);
    }
    return v;
  };
}

export interface Resolved {
  instruments: Instrument[];
  /** Key of each mention, by mention id. */
  keyOf: Map<number, string>;
  /** Key of the document itself when its header names it ("Số: 10/2016/NĐ-CP"). */
  selfKey: string | null;
  /** Undated mentions kept apart because more than one dated instrument of their number fits. */
  ambiguous: Ambiguity[];
}

/** How far back "Chỉ thị này" may look for the directive it stands for. */
const ANAPHORA_REACH = 3000;

const PROVINCE_CODES = new Set(['tu', 'ubnd', 'hdnd', 'tu-hdnd']);

/** "(sửa đổi)", "(sửa đổi, bổ sung)", "(mới)" right after a law's name: the revised law, not the one it revises. */
const REVISED_AFTER = /^[ ]{0,2}\([ ]{0,2}(?:sua doi(?:,? bo sung)?|moi)[ ]{0,2}\)/;

function yearOf(m: Mention): number | null {
  if (m.issuedOn) return Number(m.issuedOn.slice(0, 4));
  return m.year ?? m.symbolYear;
}

function isLocal(m: Mention): boolean {
  if (m.codes.some((c) => LOCAL_CODES.has(c))) return true;
  if (m.form === 'congress') return m.local;
  return m.issuerLevel !== null && m.issuerLevel !== 'central' && m.issuerLevel !== 'unknown';
}

/** Assigns local and jurisdiction: the issuer's place, else the province the document is about. */
/** The level of the unit a local congress names: "Đại hội Đảng bộ huyện …" → district. */
const CONGRESS_UNIT: [RegExp, OrgMention['level']][] = [
  [/Đảng bộ tỉnh/u, 'province'], [/Đảng bộ thành phố/u, 'city'], [/Đảng bộ (?:huyện|quận|thị xã)/u, 'district'],
];

/**
 * "Huyện ủy Quỳnh Lưu tổ chức sơ kết Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIX": a local congress that names no
 * place is the congress of the one unit of its level the text names. `places` (level → the one place, or null when
 * the text names several) is filled on first use.
 */
function congressPlace(m: Mention, orgs: OrgMention[], places: Map<OrgMention['level'], string | null>): string | null {
  const level = CONGRESS_UNIT.find(([re]) => re.test(m.conference ?? ''))?.[1];
  if (!level) return null;
  if (places.size === 0) {
    places.set('unknown', null);
    for (const o of orgs) {
      if (!o.place) continue;
      const seen = places.get(o.level);
      places.set(o.level, seen === undefined || seen === o.place ? o.place : null);
    }
  }
  return places.get(level) ?? null;
}

function placeMentions(mentions: Mention[], subject: string | null, orgs: OrgMention[]): void {
  const places = new Map<OrgMention['level'], string | null>();
  for (const m of mentions) {
    m.local = isLocal(m);
    if (!m.local) continue;
    if (m.issuerPlace) m.jurisdiction = m.issuerPlace;
    else if (m.jurisdiction === null) {
      const own = m.form === 'congress' ? congressPlace(m, orgs, places) : null;
      if (own !== null) {
        m.jurisdiction = own;
        continue;
      }
      const provinceLevel = m.codes.some((c) => PROVINCE_CODES.has(c)) || m.issuerLevel === 'province' || (m.form === 'congress' && m.local);
      if (provinceLevel) m.jurisdiction = subject;
    }
  }
  // "Quyết định 02/2025/QĐ-UBND (của UBND TP Hồ Chí Minh) sửa đổi Quyết định 56/2024/QĐ-UBND …": a local instrument
  // named in the title of another from the same kind of body, with no place of its own, is that body's
  let byId: Map<number, Mention> | null = null;
  for (const m of mentions) {
    if (!m.local || m.jurisdiction !== null || m.nestedIn === null || m.issuer !== null) continue;
    byId ??= new Map(mentions.map((x) => [x.id, x] as const));
    const host = byId.get(m.nestedIn);
    const body = m.codes[m.codes.length - 1];
    if (host?.local && host.jurisdiction && body !== undefined && host.codes[host.codes.length - 1] === body) m.jurisdiction = host.jurisdiction;
  }
}

/** The mention of `candidates` (sorted by start) nearest before `pos`, else the first after it. Binary search. */
function nearest(candidates: Mention[], pos: number): Mention | undefined {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((candidates[mid] as Mention).start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return candidates[lo - 1] ?? candidates[0];
}

/** "Kết luận số 21-KL/TW nói trên", "… đó", "… này": the text points back at the one it cited last. */
const POINTS_BACK = /^[ ]{0,2}(?:noi[ ]tren|neu[ ]tren|tren|do|nay|vua[ ]neu|said|above|aforesaid)(?![a-z0-9])/;

/** An undated mention that more than one dated instrument of its number could be, and those candidates. */
export interface PendingAmbiguity {
  mention: Mention;
  candidates: Mention[];
}

/**
 * Joins the mentions of one base (same kind, number, symbol) by year: dated mentions with their year, a year-less
 * one with the only dated group. When years disagree, a year-less mention joins one of them only when exactly one
 * fits: the one the text points back at ("… nói trên"), or the only one not later than the instrument whose title
 * names it (a 2019 guidance cannot carry out a 2024 directive). Otherwise it stays apart and is reported.
 * Mentions in different jurisdictions never join.
 */
function joinByYear(list: Mention[], g: Groups, at: (m: Mention) => number, yearOf: (m: Mention) => number | null, ctx?: { scan: string; byId: { get(id: number): Mention | undefined }; ambiguous: PendingAmbiguity[] }, hosts?: { get(id: number): Mention | undefined }): void {
  if (list.length < 2) return;
  const dated = list.filter((m) => yearOf(m) !== null);
  const firstOfYear = new Map<number, Mention>();
  for (const m of dated) if (!firstOfYear.has(yearOf(m) as number)) firstOfYear.set(yearOf(m) as number, m);
  const anchor = list[0] as Mention;
  for (const m of list) {
    const y = yearOf(m);
    let target: Mention | undefined;
    if (y !== null) target = firstOfYear.size > 1 ? firstOfYear.get(y) : anchor;
    else if (firstOfYear.size <= 1) {
      // (not the one dated instrument when it is later than the instrument whose title names the mention: a decree
      // of 2014 detailing "Luật Cư trú" does not detail the law of 2020)
      const only = firstOfYear.values().next().value;
      const host = m.nestedIn === null ? undefined : (ctx?.byId ?? hosts)?.get(m.nestedIn);
      const hostYear = host ? yearOf(host) : null;
      target = only && hostYear !== null && (yearOf(only) as number) > hostYear ? undefined : anchor;
    }
    else if (!ctx) target = nearest(dated, m.start);
    else {
      let cands = [...firstOfYear.values()];
      const host = m.nestedIn === null ? undefined : ctx.byId.get(m.nestedIn);
      const hostYear = host ? yearOf(host) : null;
      if (hostYear !== null) cands = cands.filter((c) => (yearOf(c) as number) <= hostYear);
      if (cands.length === 1) target = cands[0];
      else if (POINTS_BACK.test(ctx.scan.slice(m.end, m.end + 12))) {
        const before = dated.filter((d) => d.start < m.start);
        target = before[before.length - 1];
      }
      if (!target) {
        if (cands.length > 1 || hostYear === null) ctx.ambiguous.push({ mention: m, candidates: cands.length ? cands : [...firstOfYear.values()] });
        continue;
      }
    }
    if (!target || target === m) continue;
    if (m.jurisdiction && target.jurisdiction && m.jurisdiction !== target.jurisdiction) continue;
    g.union(at(m), at(target));
  }
}

export function resolveMentions(doc: Doc, all: Mention[], orgs: OrgMention[], subject: string | null, given: Instrument | null = null): Resolved {
  issuerAlongList(doc, all);
  const kindS = memo(slugify);
  const numS = memo(numberSlug);
  const symS = memo(symbolSlug);
  // a header's number line that repeats the kind ("Luật số: 58/2014/QH13") names the document itself, as "Số: …" does
  if (!all.some((m) => m.self && m.number !== null)) {
    for (const m of all) {
      if (m.start > 3000) break;
      if (m.form !== 'full' || m.number === null) continue;
      const ls = doc.scan.lastIndexOf('\n', m.start - 1) + 1;
      if (/^[ \t]*so[ ]?:[ ]{0,3}\d/.test(doc.scan.slice(m.start + m.kind.length + 1, m.start + m.kind.length + 12)) && ls === m.start) {
        m.self = true;
        break;
      }
    }
  }
  // "XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG": in capitals "kỷ luật" (discipline) shows a kind word that is none
  const discipline = (m: Mention): boolean => m.form === 'named' && m.kind === 'Luật' && /kỷ[ \n]$/iu.test(doc.text.slice(Math.max(0, m.start - 3), m.start));
  if (all.some(discipline)) all = all.filter((m) => !discipline(m));
  const mentions = all.filter((m) => !(m.self && m.number === null));
  plenumForList(doc, mentions);
  placeMentions(mentions, subject, orgs);
  const n = mentions.length;
  const g = new Groups(n);
  const idx = new Map(mentions.map((m, i) => [m.id, i]));
  const at = (m: Mention): number => idx.get(m.id) as number;

  // 1. Numbered with symbol, by base; split by year, a year-less mention joining the nearest dated one.
  const numbered = new Map<string, Mention[]>();
  const byNumSym = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (!m.number || !m.symbol || m.form === 'bare') continue;
    const k = `${kindS(m.kind)}:${numS(m.number)}-${symS(m.symbol)}`;
    const list = numbered.get(k) ?? [];
    list.push(m);
    numbered.set(k, list);
    const ns = `${numS(m.number)}-${symS(m.symbol)}`;
    const l2 = byNumSym.get(ns) ?? [];
    l2.push(m);
    byNumSym.set(ns, l2);
  }
  // bare symbols ("… và 08-QĐi/TW", "Số: …") join a written citation of the same number and symbol
  for (const m of mentions) {
    if (m.form !== 'bare' || !m.number || !m.symbol) continue;
    const ns = `${numS(m.number)}-${symS(m.symbol)}`;
    const same = byNumSym.get(ns);
    if (same && same.length) {
      const target = nearest(same, m.start) as Mention;
      m.kind = target.kind;
    }
    const k = `${kindS(m.kind)}:${ns}`;
    const list = numbered.get(k) ?? [];
    list.push(m);
    list.sort((a, b) => a.start - b.start);
    numbered.set(k, list);
  }
  const pending: PendingAmbiguity[] = [];
  // (mentions by id, built on first need: only a mention that two dated instruments could be asks for its host)
  let byIdMap: Map<number, Mention> | null = null;
  const idCtx = { scan: doc.scan, byId: { get: (id: number) => (byIdMap ??= new Map(all.map((m) => [m.id, m]))).get(id) }, ambiguous: pending };
  for (const list of numbered.values()) joinByYear(list, g, at, yearOf, idCtx);

  // 2. Short forms: the nearest full citation of the same kind and number.
  const fullByKindNum = new Map<string, Mention[]>();
  for (const list of numbered.values()) {
    for (const m of list) {
      const k = `${kindS(m.kind)}:${numS(m.number as string)}`;
      const l = fullByKindNum.get(k) ?? [];
      l.push(m);
      fullByKindNum.set(k, l);
    }
  }
  for (const l of fullByKindNum.values()) l.sort((a, b) => a.start - b.start);
  const shortFirst = new Map<string, Mention>();
  const datedGroupsOf = new Map<Mention[], Mention[]>();
  for (const m of mentions) {
    if (m.form !== 'short' || !m.number) continue;
    const k = `${kindS(m.kind)}:${numS(m.number)}`;
    // "Thông tư 20" for "Thông tư liên tịch số 20/2014/TTLT-…": a joint instrument is shortened to its plain kind
    let cands = fullByKindNum.get(k) ?? fullByKindNum.get(`${kindS(m.kind)}-lien-tich:${numS(m.number)}`);
    const y = yearOf(m);
    if (cands && y !== null) {
      const sameYear = cands.filter((c) => yearOf(c) === y);
      if (sameYear.length) cands = sameYear;
    }
    let target = cands ? nearest(cands, m.start) : shortFirst.get(k);
    // a short form that two instruments of its number could be joins one only when exactly one fits
    if (cands && y === null) {
      // (the groups of one key's full citations, found once: short forms join them one by one and never merge two)
      let datedGroups = datedGroupsOf.get(cands);
      if (!datedGroups) {
        const groups = new Map<number, Mention>();
        for (const c of cands) if (!groups.has(g.find(at(c)))) groups.set(g.find(at(c)), c);
        datedGroups = groups.size > 1 ? [...groups.values()].filter((c) => yearOf(c) !== null) : [];
        datedGroupsOf.set(cands, datedGroups);
      }
      if (datedGroups.length > 1) {
        let fit = datedGroups;
        const host = m.nestedIn === null ? undefined : idCtx.byId.get(m.nestedIn);
        const hostYear = host ? yearOf(host) : null;
        if (hostYear !== null) fit = fit.filter((c) => (yearOf(c) as number) <= hostYear);
        if (fit.length === 1) target = fit[0];
        else if (!POINTS_BACK.test(doc.scan.slice(m.end, m.end + 12))) {
          pending.push({ mention: m, candidates: fit.length ? fit : datedGroups });
          target = undefined;
        }
      }
    }
    if (target) g.union(at(m), at(target));
    else shortFirst.set(k, m);
  }

  // 3. Conferences and congresses, and the aliases a text states.
  plenumOfAct(doc, mentions);
  termsFromText(doc, mentions);
  const confs = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.form !== 'conference' && m.form !== 'congress' && !m.aliasConference) continue;
    const k = m.form === 'congress' ? `dh:${m.conference}:${m.jurisdiction ?? ''}` : `hn:${m.conferenceNo ?? m.aliasConference?.no}`;
    const l = confs.get(k) ?? [];
    l.push(m);
    confs.set(k, l);
  }
  for (const list of confs.values()) {
    const termOf = (m: Mention): string | null => m.term ?? m.aliasConference?.term ?? null;
    // One conference adopts several resolutions ("Nghị quyết số 18, 19-NQ/TW … của Hội nghị lần thứ sáu …"):
    // numbered mentions of one conference join each other only when they are the same number, and join the
    // conference's name only when the text gives that conference a single number.
    const numberOf = (m: Mention): string | null => (m.number === null ? null : `${m.number}|${m.symbol ?? ''}`);
    const numbersOfTerm = new Map<string | null, Set<string>>();
    for (const m of list) {
      const no = numberOf(m);
      if (no === null) continue;
      const set = numbersOfTerm.get(termOf(m)) ?? new Set<string>();
      set.add(no);
      numbersOfTerm.set(termOf(m), set);
    }
    const firstOfTerm = new Map<string | null, Mention>();
    for (const m of list) if (!firstOfTerm.has(termOf(m)) && (numbersOfTerm.get(termOf(m))?.size ?? 0) <= 1) firstOfTerm.set(termOf(m), m);
    const termed = [...firstOfTerm.keys()].filter((t) => t !== null);
    for (const m of list) {
      const t = termOf(m);
      if ((numbersOfTerm.get(t)?.size ?? 0) > 1) continue;
      // "Nghị quyết Trung ương 4" without its term is the one termed conference 4 of the text, if unique
      const target = t === null && termed.length === 1 ? firstOfTerm.get(termed[0] as string) : firstOfTerm.get(t);
      if (target && target !== m) g.union(at(m), at(target));
    }
  }
  // parenthetical alias: "Nghị quyết Trung ương 4 khóa XII (Nghị quyết số 04-NQ/TW)" and the reverse; a law's name and
  // its number, "Luật Đất đai 2024 (Luật số 31/2024/QH15)" and the reverse (the years, where both are written, agree)
  for (let i = 0; i + 1 < n; i++) {
    const a = mentions[i] as Mention;
    const b = mentions[i + 1] as Mention;
    if (a.listSize !== 1 || b.listSize !== 1 || a.kind !== b.kind) continue;
    const conferencePair = (a.form === 'conference') !== (b.form === 'conference');
    const namePair = (a.form === 'named') !== (b.form === 'named');
    const pair = (conferencePair || namePair) && (a.form === 'full' || b.form === 'full');
    if (!pair) continue;
    if (namePair) {
      const [name, numbered] = a.form === 'named' ? [a, b] : [b, a];
      const year = name.issuedOn ? Number(name.issuedOn.slice(0, 4)) : name.year;
      if (name.self || numbered.self || (year !== null && numbered.symbolYear !== null && year !== numbered.symbolYear)) continue;
    }
    const gap = doc.scan.slice(a.extentEnd, b.start);
    if (/^[ ,]{0,2}\([ ]?(?:nghi quyet )?$/.test(gap.length < 20 ? gap : '')) g.union(i, i + 1);
  }

  // 4. Named instruments: same kind and title; a year-less mention joins the one dated group.
  const named = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (!m.title || (m.form !== 'named' && !(m.form === 'full' && m.titleRange && m.titleRange.end <= m.start + 200 && KINDS[fold(m.kind)]?.named))) continue;
    // "sửa đổi … của Luật Giáo dục đại học số 08/2012/QH13 ngày 18/6/2012": the inner law's number and date name
    // the same amending law as "Luật sửa đổi … của Luật Giáo dục đại học"
    const k = `${kindS(m.kind)}:${kindS(m.title.replace(/[ ]+(?:số|ngày)[ ]+\d[^]*$/u, ''))}`;
    const l = named.get(k) ?? [];
    l.push(m);
    named.set(k, l);
  }
  // "Luật BHXH", "Luật MTTQ Việt Nam": a name written with initials is the one name of the text they abbreviate
  const namedKeys = [...named.keys()];
  for (const k of namedKeys) {
    const short = (named.get(k) as Mention[])[0] as Mention;
    if (!/\b\p{Lu}{2,8}\b/u.test(short.title ?? '')) continue;
    const fits = namedKeys.filter((o) => o !== k && o.startsWith(`${kindS(short.kind)}:`) && abbreviates(short.title as string, ((named.get(o) as Mention[])[0] as Mention).title as string));
    if (fits.length === 1) {
      const into = named.get(fits[0] as string) as Mention[];
      into.push(...(named.get(k) as Mention[]));
      into.sort((a, b) => a.start - b.start);
      named.delete(k);
    }
  }
  for (const list of named.values()) {
    // a name joins its numbered citation only when the text gives that name one number ("Luật Quản lý thuế số 78/…"
    // and a later "Luật Quản lý thuế"), never two numbered laws of one name with each other
    const numbers = new Set(list.filter((m) => m.form === 'full').map((m) => `${m.number}/${m.symbol}`));
    const numberedOne = numbers.size === 1 ? list.find((m) => m.form === 'full') : undefined;
    // (a year that differs names another version: "Luật … số 58/2014/QH13 … so với Luật … 2006")
    const y1 = numberedOne ? yearOf(numberedOne) : null;
    if (numberedOne) {
      for (const m of list) if (y1 === null || yearOf(m) === null || yearOf(m) === y1) g.union(at(m), at(numberedOne));
    } else if (numbers.size > 1) joinByYear(list.filter((m) => m.form !== 'full'), g, at, yearOf, undefined, idCtx.byId);
    else {
      // "Luật Đất đai (sửa đổi) thay thế Luật Đất đai năm 2013": the revised law is not the dated one it revises
      const revised = list.filter((m) => m.form === 'named' && yearOf(m) === null && REVISED_AFTER.test(doc.scan.slice(m.end, m.end + 24)));
      if (revised.length > 0 && list.some((m) => yearOf(m) !== null)) {
        for (const m of revised) g.union(at(m), at(revised[0] as Mention));
        joinByYear(list.filter((m) => !revised.includes(m)), g, at, yearOf, undefined, idCtx.byId);
      } else joinByYear(list, g, at, yearOf, undefined, idCtx.byId);
    }
  }

  // 5. Build one instrument per group.
  const members = new Map<number, Mention[]>();
  for (let i = 0; i < n; i++) {
    const r = g.find(i);
    const l = members.get(r) ?? [];
    l.push(mentions[i] as Mention);
    members.set(r, l);
  }
  const numberedSelf = mentions.find((m) => m.self && m.number !== null);
  const selfRef = all.find((m) => m.self && m.number === null);
  // the header is read when the document names itself: by its number ("Số: 10/2016/NĐ-CP") or as "Nghị định này"
  const header = numberedSelf || selfRef ? readHeader(doc, numberedSelf ? numberedSelf.start + 1500 : 3000) : null;
  const instruments: Instrument[] = [];
  const keyOf = new Map<number, string>();
  let selfKey: string | null = null;
  const ordered = [...members.values()].sort((a, b) => (a[0] as Mention).start - (b[0] as Mention).start);
  for (const list of ordered) {
    const isSelf = list.some((m) => m.self);
    const inst = buildInstrument(doc, list, isSelf ? header : null);
    instruments.push(inst);
    for (const m of list) keyOf.set(m.id, inst.key);
    if (isSelf) selfKey ??= inst.key;
  }
  // no number, but a kind line and a title line ("NGHỊ ĐỊNH / QUY ĐỊNH CHI TIẾT …") and "Nghị định này …" in the body
  // "NGHỊ ĐỊNH\nSố: 10/2016/NĐ-CP" reads as a citation right under the kind line: that citation is the document
  if (!selfKey && selfRef && header?.kind === selfRef.kind && header.kindSpan) {
    const { start: ks, end: ke } = header.kindSpan;
    // (or above it, on the header's number line: "Luật số: 58/2014/QH13 … Hà Nội, ngày … / LUẬT / BẢO HIỂM XÃ HỘI")
    const numberLine = (m: { start: number }): boolean => {
      if (m.start < ks - 400 || m.start >= ks) return false;
      const ls = doc.scan.lastIndexOf('\n', m.start - 1) + 1;
      return /^[ \t]*(?:[a-z]+[ ]{1,2})?so[ ]?:[ ]{0,2}$/.test(doc.scan.slice(ls, m.start)) || /^[ \t]*(?:[a-z]+[ ]{1,2})?so[ ]?:[ ]{0,2}\d/.test(doc.scan.slice(ls, m.start + 2));
    };
    const own = instruments.find((i) => i.kind === header.kind && i.number !== null && i.mentions.some((m) => (m.start >= ks && m.start <= ke + 40) || numberLine(m)));
    if (own) {
      selfKey = own.key;
      own.title ??= header.title;
      own.issuedOn ??= header.issuedOn;
      own.issuer ??= header.issuer ?? defaultIssuer(header.kind);
    }
  }
  if (!selfKey && selfRef && header?.kind === selfRef.kind && header.title && header.kindSpan) {
    const { start, end } = header.kindSpan;
    const inst: Instrument = {
      key: instrumentKey({ kind: header.kind, title: header.title, year: header.issuedOn ? Number(header.issuedOn.slice(0, 4)) : null, jurisdiction: header.jurisdiction }),
      kind: header.kind, number: null, symbol: null, issuedOn: header.issuedOn, issuer: header.issuer ?? defaultIssuer(header.kind),
      title: header.title, mentions: [{ start, end, text: doc.text.slice(start, end) }],
    };
    if (header.jurisdiction) inst.jurisdiction = header.jurisdiction;
    instruments.unshift(inst);
    selfKey = inst.key;
  }
  if (!selfKey) {
    const enacting = enactingMention(doc, mentions);
    if (enacting) selfKey = keyOf.get(enacting.id) ?? null;
  }
  // "…; Theo đề nghị của Bộ trưởng Bộ Nội vụ; Chính phủ ban hành Nghị định quy định về …": a text pasted without its
  // header names itself, without a number, in the sentence that enacts it after its preamble
  if (!selfKey) {
    const own = enactedByName(doc, orgs, subject);
    if (own) {
      instruments.unshift(own);
      selfKey = own.key;
    }
  }
  // a text that does not name itself, whose identity the caller gives ("Nghị định 40/2031/NĐ-CP", typed by a person):
  // "Nghị định này" and its final provisions are that instrument's
  if (!selfKey && given) {
    const known = instruments.find((i) => i.key === given.key);
    if (known) selfKey = known.key;
    else {
      const spans = all.filter((m) => m.self && m.number === null && m.kind === given.kind).map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) }));
      instruments.unshift({ ...given, mentions: spans });
      selfKey = given.key;
    }
  }
  // "Nghị định này": the document itself; in a text that does not name itself (news, an excerpt), "Chỉ thị này",
  // "This Directive" point back to the last instrument of that kind cited before them
  const lastOfKind = new Map<string, Mention>();
  // (a text of articles is a document that has not named itself: no antecedent stands for it)
  let articled: boolean | undefined;
  for (const m of all) {
    if (!(m.self && m.number === null)) {
      if (keyOf.has(m.id) && !m.self && (m.number !== null || m.conference !== null)) lastOfKind.set(m.kind, m);
      continue;
    }
    if (selfKey) keyOf.set(m.id, selfKey);
    else if (!(articled ??= articledBody(doc))) {
      const antecedent = lastOfKind.get(m.kind);
      if (antecedent && m.start - antecedent.end < ANAPHORA_REACH) keyOf.set(m.id, keyOf.get(antecedent.id) as string);
    }
  }
  void orgs;
  // undated mentions that stayed apart because more than one dated instrument fits them
  const ambiguous: Ambiguity[] = [];
  for (const p of pending) {
    const key = keyOf.get(p.mention.id);
    const candidates = [...new Set(p.candidates.map((c) => keyOf.get(c.id)).filter((k): k is string => k !== undefined && k !== key))];
    if (key && candidates.length > 1) ambiguous.push({ key, mention: { start: p.mention.start, end: p.mention.end, text: doc.text.slice(p.mention.start, p.mention.end) }, candidates });
  }
  // one body, one written form: "UBND TP. Hà Nội" and "Ủy ban nhân dân thành phố Hà Nội" issue as the same name
  for (const inst of instruments) if (inst.issuer) inst.issuer = issuerName(inst.issuer);
  return { instruments, keyOf, selfKey, ambiguous };
}

const issuerNames = new Map<string, string>();
/** An issuer's one written form (abbreviations spelled out, capitals as official names use them), cached. */
function issuerName(raw: string): string {
  let name = issuerNames.get(raw);
  if (name === undefined) {
    name = normalizeOrgName(raw);
    if (issuerNames.size > 10_000) issuerNames.clear();
    issuerNames.set(raw, name);
  }
  return name;
}

/** True when `short` writes `long` with some of its words as initials: "BHXH" for "Bảo hiểm xã hội". */
export function abbreviates(short: string, long: string): boolean {
  const a = fold(short).split(/\s+/).filter(Boolean);
  const b = fold(long).split(/\s+/).filter(Boolean);
  const upper = short.split(/\s+/).filter(Boolean);
  let j = 0;
  let initials = false;
  for (let i = 0; i < a.length; i++) {
    const tok = a[i] as string;
    if (j < b.length && b[j] === tok) {
      j++;
      continue;
    }
    if (!/^\p{Lu}{2,8}$/u.test(upper[i] ?? '') || j + tok.length > b.length) return false;
    for (const ch of tok) if ((b[j++] as string)[0] !== ch) return false;
    initials = true;
  }
  return initials && j === b.length;
}

/** Prefers what full citations say; among them the first that says anything. `list` is in rank order. */
function pick<T>(order: Mention[], get: (m: Mention) => T | null | undefined): T | null {
  for (const m of order) {
    const v = get(m);
    if (v !== null && v !== undefined) return v;
  }
  return null;
}

function rank(m: Mention): number {
  return m.form === 'full' ? 0 : m.form === 'bare' ? 1 : m.form === 'named' || m.form === 'conference' || m.form === 'congress' ? 2 : 3;
}

/** ", ", " và ", ", and ": between the items of one list. */
const LIST_JOINT = /^[ ]{0,2}[,;]?[ ]{0,2}(?:(?:va|and)[ ]{1,2})?$/;

/**
 * "Ban Thường vụ Tỉnh ủy X ban hành Kết luận số 101-KL/TU, Kết luận số 102-KL/TU về …", "The Politburo issued
 * Directive No. 5-CT/TW and Directive No. 6-CT/TW": an issuer read before a citation that says nothing after it
 * issues the next citations of its kind listed right after it, while they name none of their own.
 */
function issuerAlongList(doc: Doc, all: Mention[]): void {
  for (let i = 0; i + 1 < all.length; i++) {
    const a = all[i] as Mention;
    // (an issuer written after the citation, "… của Bộ Chính trị và Chỉ thị số …", is that citation's only)
    if (!a.issuer || a.self || a.extentEnd !== a.end) continue;
    for (let j = i + 1; j < all.length && j <= i + 8; j++) {
      const prev = all[j - 1] as Mention;
      const b = all[j] as Mention;
      if (b.self || b.kind !== a.kind || b.issuer || b.start < prev.end || !LIST_JOINT.test(doc.scan.slice(prev.end, b.start))) break;
      b.issuer = a.issuer;
      b.issuerPlace = a.issuerPlace;
      b.issuerLevel = a.issuerLevel;
      if (b.extentEnd !== b.end) break;
    }
  }
}

/** Issuer implied by the symbol: "NĐ-CP" → Chính phủ, "QĐ-TTg" → Thủ tướng Chính phủ, "QH13" → Quốc hội. TW tells nothing. */
export function issuerFromCodes(codes: string[]): string | null {
  const found: string[] = [];
  // a Party symbol ("HD/TWĐTN-BTC", "QĐ/TW"): its later segments are Party bodies' codes, never ministries
  // (a code that merely holds the letters, "ĐCTUBTWMTTQVN" of the Front's committee, is not the centre's)
  const party = codes.slice(1).some((c) => /^tw|tw$|^tu$/.test(c));
  // the first segment is the kind's code ("NĐ-CP", "QĐ-TTg"), except in a letter that has none: "4409/TCT-KK"
  const c0 = codes[0] ?? '';
  const firstIsKind = codes.length > 1 && (Boolean(CODE_KIND[c0]) || /^(?:qd|tt|ttlt|qdlt|ctlt|hdlt|l|sl|lct|nq|qdi)$/.test(c0) || !ISSUER_CODES[c0]);
  const rest = codes.slice(firstIsKind ? 1 : 0);
  for (const [i, c] of rest.entries()) {
    if (party && !/tw/.test(c)) continue;
    // (a Party body's department after it, "TWĐTN-BTC": the department issued it, not the body named here)
    if (party && i < rest.length - 1) continue;
    const a = ASSEMBLY_CODE.exec(c);
    if (a) found.push(a[1] === 'qh' ? 'Quốc hội' : 'Ủy ban Thường vụ Quốc hội');
    else if (ISSUER_CODES[c]) found.push(ISSUER_CODES[c] as string);
  }
  if (codes.length === 1) {
    const a = ASSEMBLY_CODE.exec(codes[0] ?? '');
    if (a) return a[1] === 'qh' ? 'Quốc hội' : 'Ủy ban Thường vụ Quốc hội';
  }
  // a State công văn names the ministry first and its department second: "1234/BNV-TCBC"
  return found.length ? [...new Set(found)].join(', ') : null;
}

interface Header {
  kind: string | null;
  /** The kind line ("NGHỊ ĐỊNH"), the mention of a document that has no number. */
  kindSpan: { start: number; end: number } | null;
  title: string | null;
  issuedOn: string | null;
  issuer: string | null;
  jurisdiction: string | null;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|\s)(\S)/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** "QUY ĐỊNH VỀ CƠ QUAN THUỘC CHÍNH PHỦ" → "Quy định về cơ quan thuộc Chính phủ" (known bodies keep their capitals). */
function sentenceCase(s: string): string {
  let out = s.toLowerCase();
  out = out.charAt(0).toUpperCase() + out.slice(1);
  // ("xử lý kỷ luật tổ chức đảng" names no law: "kỷ luật", "pháp luật" are words of their own)
  return out.replace(/(?<![\p{L}])(?<!(?:kỷ|kỉ|pháp|luận|vi|tuân) )(luật|bộ luật|pháp lệnh) (\p{Ll})/gu, (_m, k: string, c: string) => `${k.charAt(0).toUpperCase()}${k.slice(1)} ${c.toUpperCase()}`)
    .replace(/chính phủ|quốc hội|bộ chính trị|ban bí thư|trung ương|việt nam/gu, (w) => titleCase(w).replace('Bí Thư', 'Bí thư').replace('Chính Trị', 'Chính trị').replace('Chính Phủ', 'Chính phủ').replace('Trung Ương', 'Trung ương').replace('Quốc Hội', 'Quốc hội'));
}

/**
 * Names the lower-casing of an upper-case title spoiled, restored as the document writes them elsewhere: a run of
 * two or more capitalised words in a line that is not all capitals ("Hà Giang, ngày …" → "… trên địa bàn tỉnh Hà
 * Giang", "Hồ Chí Minh", "Luật Thư viện").
 */
const OPENING_COMMON = new Set(['tỉnh', 'thành', 'huyện', 'xã', 'quận', 'phường', 'thị', 'ông', 'bà', 'đồng', 'căn', 'theo', 'tại', 'về', 'các', 'những', 'ngày', 'cơ', 'nơi', 'kính', 'điều', 'chương', 'mục', 'phần', 'thực', 'trong', 'đối', 'cho', 'với', 'và', 'hoặc', 'để', 'nhằm', 'quy', 'nghị', 'luật', 'ban', 'bộ', 'sở', 'ủy', 'hội']);

function restoreNames(title: string, text: string): string {
  const names = new Map<string, string>();
  const region = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const line of region.split('\n')) {
    if (!/\p{Ll}/u.test(line)) continue;
    for (const m of line.matchAll(/\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}*)+/gu)) {
      if (names.size >= 300) break;
      // (a common word that opens the line, a sentence or a cell is capitalised for that: "Tỉnh Đắk Lắk có …" names
      // "Đắk Lắk"; "Hà Giang, ngày …" names "Hà Giang")
      const initial = m.index === 0 || /[.:;!?|][ ]*$|^[\s\-–•*+]*$/.test(line.slice(0, m.index));
      const first = m[0].slice(0, m[0].indexOf(' ')).toLowerCase();
      const run = initial && OPENING_COMMON.has(first) ? m[0].slice(m[0].indexOf(' ') + 1) : m[0];
      if (run.includes(' ')) names.set(run.toLowerCase(), run);
    }
  }
  let out = title;
  for (const [lower, written] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    let i = out.toLowerCase().indexOf(lower, 1);
    while (i > 0) {
      const before = out[i - 1] ?? ' ';
      const after = out[i + lower.length] ?? ' ';
      if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after) && out.slice(i, i + lower.length) === lower) out = out.slice(0, i) + written + out.slice(i + lower.length);
      i = out.toLowerCase().indexOf(lower, i + lower.length);
    }
  }
  return out;
}

const KIND_BEFORE_NUMBER = /(^|[^\p{L}])(nghị quyết|nghị định|quyết định|thông tư|chỉ thị|kết luận|quy định|hướng dẫn|kế hoạch|công văn|thông báo|quy chế|chương trình|đề án|luật|pháp lệnh)(?= (?:số )?\d)/gu;
const SYMBOL_LOWER = /\d[\d./]*[-/][\p{Ll}\d&/-]*\p{Ll}[\p{Ll}\d&/-]*/gu;
const TERM_LOWER = /(khóa|khoá|lần thứ) ([ivxl]+)(?![\p{L}])/gu;

/**
 * The citations a title in capitals names, written back as citations: "kết luận số 27-kl/tw … khóa ix" → "Kết luận
 * số 27-KL/TW … khóa IX" (a symbol as the text writes it in normal case elsewhere, else in capitals).
 */
function restoreCitations(title: string, text: string): string {
  return title
    .replace(KIND_BEFORE_NUMBER, (_m, before: string, kind: string) => before + kind.charAt(0).toUpperCase() + kind.slice(1))
    .replace(TERM_LOWER, (_m, word: string, roman: string) => `${word} ${roman.toUpperCase()}`)
    .replace(SYMBOL_LOWER, (sym) => {
      const upper = sym.toUpperCase();
      // (the same symbol in mixed case elsewhere: "QĐ-TTg")
      let i = text.toUpperCase().indexOf(upper);
      while (i >= 0) {
        const written = text.slice(i, i + sym.length);
        if (written !== upper && /\d/.test(text[i] ?? '') && !/[\p{L}\d]/u.test(text[i + sym.length] ?? '')) return written;
        i = text.toUpperCase().indexOf(upper, i + 1);
      }
      return upper;
    });
}

// (an article or chapter heading opens the body: "Điều 30. Hiệu lực thi hành" is no title either)
const PREAMBLE_START = /^(?:[-–•+][ ]?)?(?:can cu|xet|theo de nghi|pursuant|at the proposal|(?:dieu|chuong)[ ][0-9ivxl]{1,6}[a-z]?[ ]?[.:])(?![a-z])/;
const ISSUING_LINE = /^(?:uy ban nhan dan|hoi dong nhan dan|chu tich|bo truong|thu tuong|ban thuong vu|ban chap hanh|tinh uy|thanh uy|huyen uy|the (?:government|prime minister|minister|national assembly|president|standing committee|chairman|chairwoman|governor|people'?s? (?:committee|council)))(?: |$)/;
const isUpperLine = (l: string): boolean => l === l.toUpperCase() && /\p{L}/u.test(l);

/** The document's own header: "TỈNH ỦY QUẢNG NINH … Số 12-KH/TU … Hạ Long, ngày … KẾ HOẠCH / Về …", within `limit`. */
function readHeader(doc: Doc, limit: number): Header | null {
  const region = doc.text.slice(0, Math.min(doc.text.length, limit));
  const lines = region.split('\n');
  const h: Header = { kind: null, kindSpan: null, title: null, issuedOn: null, issuer: null, jurisdiction: null };
  let offset = 0;
  // the lines in capitals above the kind line: the issuing body, under its parent ("UBND TỈNH X / SỞ TÀI CHÍNH")
  const top: string[] = [];
  for (let i = 0; i < lines.length && i < 40; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    const f = fold(line).replace(/\s+/g, ' ').replace(/^dang cong san viet nam.*$/, '');
    if (line && isUpperLine(line) && !h.kind && !KINDS[f] && top.length < 8) top.push(line);
    if (line && isUpperLine(line)) {
      // "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG / BỘ NÔNG NGHIỆP …": the kind line may name its signer, over more lines in capitals
      const signed = KINDS[f] ? null : /^(.+?) cua (.+)$/.exec(f);
      // (an English translation's kind line: "CIRCULAR", "DECREE")
      const kind = KINDS[f]?.display ?? ENGLISH_KINDS[f] ?? (signed && KINDS[signed[1] as string]?.display);
      if (kind && !h.kind) {
        h.kind = kind;
        h.issuer ??= localHeaderBody(top);
        const lead = raw.length - raw.trimStart().length;
        h.kindSpan = { start: offset + lead, end: offset + lead + line.length };
        // the number line ("Số: 10/2016/NĐ-CP") and the place-and-date line are no title, wherever they stand
        let rest = lines
          .slice(i + 1)
          .map((l) => l.trim())
          .filter((l) => l.length > 0 && !/^(?:so|no)\s*[:.]?\s*\d|^[^,\d]{1,40}, (?:ngay \d|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d)/.test(fold(l)));
        if (signed) {
          const parts = [line.slice(line.length - (signed[2] as string).length)];
          while (rest.length > 1 && isUpperLine(rest[0] as string) && parts.length < 3) parts.push(rest.shift() as string);
          const who = tidy(parts.join(' '));
          const office = /^(bo truong|thu truong|chu tich|giam doc|tong giam doc|cuc truong|thu tuong) (.+)$/.exec(fold(who));
          const body = office ? HEADER_ORGS.get(office[2] as string) : HEADER_ORGS.get(fold(who));
          h.issuer ??= office && body ? `${sentenceCase(who.slice(0, office[1]?.length)).trim()} ${body}` : body ?? sentenceCase(who);
          rest = rest.filter((l) => !(isUpperLine(l) && fold(l) === fold(who)));
        }
        const next = rest[0];
        // a preamble line ("Căn cứ …", "Xét …") is never the title
        if (next && !isUpperLine(next) && next.length < 400 && !PREAMBLE_START.test(fold(next))) {
          // a title broken over lines (blank ones between, in PDF text) goes on with a line that opens in lower case
          // or with a quotation: "… kinh phí hoạt động phong trào / “Toàn dân đoàn kết …”"
          let t = next;
          for (const l of rest.slice(1, 3)) {
            if (!/^[“"«\p{Ll}]/u.test(l) || t.length + l.length > 400) break;
            t += ` ${l}`;
          }
          h.title = tidy(t).replace(/[.;:]+$/, '');
        }
        else if (next) {
          // an upper-case title, possibly over several lines, up to the first line in normal case
          const parts: string[] = [];
          let length = 0;
          for (const l of rest.slice(0, 8)) {
            length += l.length + 1;
            if (length > 400) break;
            const fl = fold(l).replace(/\s+/g, ' ');
            // the issuing body restated above the preamble ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN") is no part of the title
            if (!isUpperLine(l) || /^(?:can cu|chuong|dieu|pursuant|chapter|article)\b/.test(fl) || HEADER_ORGS.has(fl) || ISSUING_LINE.test(fl)) break;
            parts.push(l);
          }
          const t = tidy(parts.join(' '));
          if (t && t.length < 400) h.title = restoreCitations(restoreNames(sentenceCase(t), doc.text), doc.text);
        }
      } else if (!h.issuer && !h.kind && headerOrg(f)) {
        h.issuer = headerOrg(f);
        // "BAN CHẤP HÀNH TRUNG ƯƠNG / ĐOÀN TNCS HỒ CHÍ MINH": the board of a mass organisation named on the next line
        // (or on the line above: "ĐOÀN TNCS HỒ CHÍ MINH / BAN CHẤP HÀNH TRUNG ƯƠNG")
        const next = (lines[i + 1] ?? '').trim();
        const prev = (lines[i - 1] ?? '').trim();
        const org = [next, prev].find((l) => isUpperLine(l) && MASS_ORG_LINE.test(fold(l).replace(/\s+/g, ' ')));
        if (h.issuer && /^ban /.test(f) && org) h.issuer = `${h.issuer} ${massOrgName(org)}`;
      }
      else if (!h.issuer && !h.kind && isUpperLine((lines[i + 1] ?? '').trim())) {
        // a header body broken over two lines: "BAN CHẤP HÀNH / TRUNG ƯƠNG"
        const joined = headerOrg(`${f} ${fold((lines[i + 1] ?? '').trim()).replace(/\s+/g, ' ')}`);
        if (joined) h.issuer = joined;
      }
      else if (!h.jurisdiction) {
        const loc = /^(?:tinh uy|thanh uy|uy ban nhan dan tinh|hoi dong nhan dan tinh|ubnd tinh|hdnd tinh) (.+)$/.exec(f);
        if (loc) h.jurisdiction = titleCase(line.slice(line.length - (loc[1]?.length ?? 0)));
      }
    }
    // "Hà Nội, ngày 2 tháng 4 năm 2031"; in an English translation "Hanoi, April 2, 2031"
    const d = /, ngay |^[^,\d]{1,40}, (?=(?:january|february|march|april|may|june|july|august|september|october|november|december) \d)/.exec(doc.scan.slice(offset, offset + raw.length));
    if (d && !h.issuedOn) {
      const dm = matchDateAt(doc.scan, offset + d.index + d[0].length);
      if (dm) h.issuedOn = dm.iso;
    }
    offset += raw.length + 1;
  }
  // a page that dropped the kind line: the lines in capitals right after the place-and-date line, opening with a
  // title's verb ("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 31/2016/NĐ-CP …"), are the title
  if (!h.kind && !h.title) {
    const cells = lines.slice(0, 40).map((l) => l.trim().replace(/[ ]*\|$/, '').trim());
    const dated = cells.findIndex((l) => /^[^,\d]{1,40}, ngay \d/.test(fold(l)));
    const parts: string[] = [];
    let length = 0;
    for (const l of dated >= 0 ? cells.slice(dated + 1, dated + 9) : []) {
      if (!l) continue;
      const fl = fold(l).replace(/\s+/g, ' ');
      if (!isUpperLine(l) || PREAMBLE_START.test(fl) || HEADER_ORGS.has(fl) || ISSUING_LINE.test(fl)) break;
      if (parts.length === 0 && !HEADER_TITLE_VERB.test(fl)) break;
      length += l.length + 1;
      if (length > 400) break;
      parts.push(l);
    }
    const t = tidy(parts.join(' '));
    if (t) h.title = restoreCitations(restoreNames(sentenceCase(t), doc.text), doc.text);
  }
  return h;
}

/** The verb a State title opens with, when no kind line stands above it. */
const HEADER_TITLE_VERB = /^(?:sua doi|bo sung|ban hanh|quy dinh|huong dan|phe duyet|bai bo|ve viec|ve |thanh lap|giao|phan bo|dieu chinh|cong bo)/;

/** A header line that names a body: a committee, a council, a department, an office. */
const HEADER_BODY = /^(?:ban thuong vu|ban chap hanh|ban to chuc|ban tuyen giao|ban dan van|uy ban kiem tra|van phong|tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|thuong truc|so|cuc|chi cuc|ban|phong)(?: |$)/;
/** " - " between two bodies of one header line: "SỞ TÀI CHÍNH - SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI". */
const JOINT_SPLIT = /[ ]+[-–][ ]+(?=(?:SỞ|BỘ|BAN|CỤC|VĂN PHÒNG|ỦY BAN|UỶ BAN|HỘI ĐỒNG|UBND|HĐND|THƯỜNG TRỰC)[ ])/u;
/** A unit and its place: "TỈNH QUẢNG NAM", "THÀNH PHỐ HÀ NỘI", "TP. HỒ CHÍ MINH" (folded). */
const UNIT_PLACE = /(?:^| )(tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong|thi tran) (?!uy(?: |$))(.+)$/;
const UNIT_NAME: Record<string, string> = {
  tinh: 'tỉnh', 'thanh pho': 'thành phố', tp: 'thành phố', 'tp.': 'thành phố', huyen: 'huyện', quan: 'quận', 'thi xa': 'thị xã',
  xa: 'xã', phuong: 'phường', 'thi tran': 'thị trấn',
};
/** A local committee and its place: "TỈNH ỦY NGHỆ AN" (folded). */
const COMMITTEE_PLACE = /^(?:dang bo |ban thuong vu |ban chap hanh )?(?:tinh|thanh|huyen|quan|thi) uy (.+)$/;

/**
 * The body in capitals above a local document's kind line: its last line that names a body ("BAN THƯỜNG VỤ TỈNH ỦY",
 * "SỞ TÀI CHÍNH", "HỘI ĐỒNG NHÂN DÂN" with "TỈNH QUẢNG NAM" on the next line), with the place a line above gives it
 * when it names none ("ĐẢNG BỘ TỈNH BẮC GIANG / BAN THƯỜNG VỤ TỈNH ỦY" is the Ban Thường vụ Tỉnh ủy Bắc Giang).
 */
function localHeaderBody(top: string[]): string | null {
  const lines = top.filter((l) => !/[|*]|^[-_=. ]+$/.test(l) && !/^(?:cong hoa|doc lap|dang cong san)/.test(fold(l)));
  let place: { unit: string; name: string } | null = null;
  let body: string | null = null;
  let bodyHasPlace = false;
  let joint = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const f = fold(line).replace(/\s+/g, ' ');
    if (/^so ?[:.]? ?\d|^so ?:|, ngay /.test(f)) break;
    const cp = COMMITTEE_PLACE.exec(f);
    const up = cp ? null : UNIT_PLACE.exec(f);
    const placeOf = (n: string) => titleCase(line.slice(line.length - n.length));
    if (HEADER_BODY.test(f) && body !== null && /[-–]$/.test(lines[i - 1] ?? '')) {
      // "SỞ GIÁO DỤC VÀ ĐÀO TẠO - / SỞ TÀI CHÍNH - …": joint issuers over lines; the first of them stands for all
      joint = true;
      continue;
    }
    if (HEADER_BODY.test(f)) {
      const parts = line.split(JOINT_SPLIT);
      joint = parts.length > 1 || /[-–]$/.test(line);
      body = (parts[0] ?? line).replace(/[ ]*[-–]$/, '');
      bodyHasPlace = !joint && Boolean(cp ?? up);
      // "HỘI ĐỒNG NHÂN DÂN / TỈNH QUẢNG NAM": the body's unit and place on the next line
      const next = lines[i + 1];
      const nf = next ? fold(next).replace(/\s+/g, ' ') : '';
      if (!joint && !bodyHasPlace && next && /^(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong|thi tran) /.test(nf)) {
        body = `${line} ${next}`;
        bodyHasPlace = true;
        i++;
      }
    }
    if (cp) place = { unit: '', name: placeOf(cp[1] as string) };
    else if (up) place = { unit: UNIT_NAME[up[1] as string] ?? '', name: placeOf(up[2] as string) };
  }
  if (!body) return null;
  let name = normalizeOrgName(body);
  // (joint issuers keep no place: the place belongs to the list, which the first body only stands for)
  if (!joint && !bodyHasPlace && place) {
    // a committee takes its place directly ("Tỉnh ủy Bắc Giang"); another body with its unit ("Sở Tài chính tỉnh …")
    name = /(?:tỉnh|thành|huyện|quận|thị) ủy$/iu.test(name) ? `${name} ${place.name}` : `${name} ${place.unit || 'tỉnh'} ${place.name}`;
  }
  return name;
}

/** The issuing body of a header line, also when the line is a row of table cells ("BỘ CHÍNH TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM |"). */
function headerOrg(folded: string): string | null {
  if (HEADER_ORGS.has(folded)) return HEADER_ORGS.get(folded) ?? null;
  if (!folded.includes('|')) return null;
  for (const cell of folded.split('|')) {
    const c = cell.trim();
    if (c && HEADER_ORGS.has(c)) return HEADER_ORGS.get(c) ?? null;
  }
  return null;
}

const ENACTING = /ban[ ]{1,2}hanh[ ]{1,2}$/;
const PREAMBLE_LINE = /(?:^|\n)[ \t]*(?:[-–•][ \t]*)?(?:can cu|theo de nghi|xet de nghi)(?![a-z])/;

/** "Hội nghị Trung ương 6 khóa XII", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII", then the act. */
const PLENUM_ACT = new RegExp(
  `hoi[ ]nghi[ ](?:trung[ ]uong[ ](?<n1>\\d{1,2})|lan[ ]thu[ ](?<n2>\\d{1,2}|${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')}))(?![a-z0-9])` +
    `(?:[ ]ban[ ]chap[ ]hanh[ ]trung[ ]uong(?:[ ]dang)?)?(?:[ ,]{1,3}\\(?khoa[ ](?<t>[ivxl]{1,7})\\)?(?![a-z]))?` +
    `[^.;\\n]{0,80}?(?:ban[ ]hanh|thong[ ]qua)[ ]{1,3}$`,
);

const PLENUM_AFTER = new RegExp(
  `[ ,]{1,3}tai[ ]hoi[ ]nghi[ ](?:trung[ ]uong[ ](?<n1>\\d{1,2})|lan[ ]thu[ ](?<n2>\\d{1,2}|${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')}))(?![a-z0-9])` +
    `(?:[ ]ban[ ]chap[ ]hanh[ ]trung[ ]uong(?:[ ]dang)?)?(?:[ ,]{1,3}\\(?khoa[ ](?<t>[ivxl]{1,7})\\)?(?![a-z]))?`,
  'y',
);

/**
 * "Ngày 25/10/2017, tại Hội nghị Trung ương 6 khóa XII, Ban Chấp hành Trung ương ban hành Nghị quyết số 18-NQ/TW",
 * "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII đã ban hành Nghị quyết số 19-NQ/TW": the plenum named
 * in the clause that issues a numbered resolution adopted it.
 */
function plenumOfAct(doc: Doc, mentions: Mention[]): void {
  const { scan, text } = doc;
  for (const m of mentions) {
    if (m.number === null || m.aliasConference || !m.codes.includes('tw')) continue;
    // "Hội nghị Trung ương 10 khóa XIII đã thông qua Kết luận số 96-KL/TW": another kind the plenum adopts is the
    // Central Committee's, not that plenum's resolution
    if (m.kind !== 'Nghị quyết') {
      if (m.issuer === null) {
        const b = scan.slice(Math.max(0, m.start - 200), m.start);
        const at = b.lastIndexOf('hoi nghi ');
        if (at >= 0 && PLENUM_ACT.test(b.slice(at))) m.issuer = 'Ban Chấp hành Trung ương';
      }
      continue;
    }
    const before = scan.slice(Math.max(0, m.start - 200), m.start);
    const h = before.lastIndexOf('hoi nghi ');
    // (or right after the citation: "… ban hành Nghị quyết số 60-NQ/TW tại Hội nghị lần thứ 11, khóa XIII")
    PLENUM_AFTER.lastIndex = m.end;
    const after = h < 0 ? PLENUM_AFTER.exec(scan) : null;
    const p = h >= 0 ? PLENUM_ACT.exec(before.slice(h)) : after;
    const no = p ? ordinalValue(p.groups?.n1 ?? p.groups?.n2 ?? '') : null;
    if (!p || no === null) continue;
    const t = p.groups?.t;
    const termAt = !t ? -1 : after ? m.end + p[0].lastIndexOf(` ${t}`) + 1 : m.start - before.length + h + p.index + (p[0].indexOf(` ${t}`) + 1);
    const term = t && text.slice(termAt, termAt + t.length) === t.toUpperCase() ? t.toUpperCase() : null;
    m.aliasConference = { no, term };
    m.term ??= term;
  }
}

/** A term in capitals: "khóa XIII". */
const TERM_WORD = /(?<![a-z0-9])khoa[ ]{1,2}([ivxl]{1,7})(?![a-z0-9])/g;
/** A plenum's number right before its term: "Hội nghị Trung ương 11 (khóa XIII)", "Hội nghị lần thứ mười một …". */
const PLENUM_NO = /(?:trung[ ]uong|lan[ ]thu|t\.?[ ]?[uw])[ ]{1,2}([0-9]{1,2}|[a-z]{2,4}(?:[ ][a-z]{2,4})?)(?![a-z0-9])/g;

/**
 * "Hội nghị Trung ương 11 khóa XIII đã họp … Nghị quyết Hội nghị Trung ương 11 …", "Tại Hội nghị lần thứ 11, Ban Chấp
 * hành Trung ương Đảng khóa XIII …": a plenum resolution cited without its term takes the one term the text gives
 * that plenum in the same sentence as its number (the meeting, not only a citation, names it).
 */
function termsFromText(doc: Doc, mentions: Mention[]): void {
  if (!mentions.some((m) => m.form === 'conference' && m.term === null && m.conferenceNo !== null)) return;
  const { scan, text } = doc;
  const termsOf = new Map<number, Set<string>>();
  TERM_WORD.lastIndex = 0;
  for (let t = TERM_WORD.exec(scan); t; t = TERM_WORD.exec(scan)) {
    const roman = t[1] ?? '';
    const at = t.index + t[0].length - roman.length;
    if (text.slice(at, at + roman.length) !== roman.toUpperCase()) continue;
    // the plenum's number in the same sentence, before the term or just after it
    const from = Math.max(0, t.index - 90);
    let lo = from;
    for (let i = t.index - 1; i >= from; i--) if (scan[i] === '.' && scan[i + 1] === ' ') { lo = i + 1; break; }
    let hi = Math.min(scan.length, t.index + 90);
    const dot = scan.slice(t.index, hi).indexOf('. ');
    if (dot >= 0) hi = t.index + dot;
    let no: number | null = null;
    PLENUM_NO.lastIndex = lo;
    for (let p = PLENUM_NO.exec(scan); p && p.index < hi; p = PLENUM_NO.exec(scan)) {
      const n = ordinalValue(p[1] ?? '');
      if (n !== null) no = n;
      if (p.index > t.index) break;
    }
    if (no === null) continue;
    const set = termsOf.get(no) ?? new Set<string>();
    set.add(roman.toUpperCase());
    termsOf.set(no, set);
  }
  for (const m of mentions) {
    if (m.form !== 'conference' || m.term !== null || m.conferenceNo === null) continue;
    const set = termsOf.get(m.conferenceNo);
    if (set?.size === 1) m.term = [...set][0] ?? null;
  }
}

/** Between two items of a list: "A, B", "A và B", "A; B". */
const LIST_ITEM_GAP = /^[ \n]{0,2}(?:,|;|va|and)[ \n]{1,3}$/;

/**
 * "các Nghị quyết số 18-NQ/TW, 19-NQ/TW và 20-NQ/TW của Hội nghị Trung ương 6 khóa XII": the plenum named after a
 * list's last item adopted every item before it that says nothing of its own (one plenum, one date), as an issuer
 * written after a list issues all of it. `mentions` are sorted by start.
 */
function plenumForList(doc: Doc, mentions: Mention[]): void {
  for (let i = mentions.length - 1; i > 0; i--) {
    const m = mentions[i] as Mention;
    if (!m.aliasConference || m.number === null) continue;
    let next = m;
    for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
      const prev = mentions[j] as Mention;
      if (prev.start === next.start) continue; // one group: "số 18, 19-NQ/TW"
      if (prev.number === null || prev.kind !== m.kind || prev.aliasConference || prev.issuer || prev.issuedOn || prev.extentEnd !== prev.end) break;
      if (!LIST_ITEM_GAP.test(doc.scan.slice(prev.end, next.start))) break;
      for (let k = j; k >= 0 && (mentions[k] as Mention).start === prev.start; k--) {
        const x = mentions[k] as Mention;
        x.aliasConference = m.aliasConference;
        x.term ??= m.term;
        x.issuedOn ??= m.issuedOn;
        x.year ??= m.year;
      }
      next = prev;
    }
  }
}

/**
 * The enacting sentence of a text without a header: "… Bộ trưởng Bộ Tư pháp ban hành Thông tư số 99/2026/TT-BTP …",
 * opening a line after the preamble's "Căn cứ …" lines, names the document's own instrument.
 */
function enactingMention(doc: Doc, mentions: Mention[]): Mention | null {
  const { scan } = doc;
  for (const m of mentions) {
    if (m.number === null || m.self || (m.form !== 'full' && m.form !== 'bare')) continue;
    // (the line's start is looked for within reach only: a text without line breaks is not searched back to its start)
    const from = Math.max(0, m.start - 201);
    const nl = scan.slice(from, m.start).lastIndexOf('\n');
    if (nl < 0 && from > 0) continue;
    const lineStart = nl < 0 ? 0 : from + nl + 1;
    if (m.start - lineStart > 200) continue;
    const before = scan.slice(lineStart, m.start);
    if (!ENACTING.test(before) || /[.;:]/.test(before)) continue;
    if (PREAMBLE_LINE.test(scan.slice(Math.max(0, lineStart - 4000), lineStart))) return m;
  }
  return null;
}

/** A line of the preamble: "Căn cứ …;", "Theo đề nghị của …;", "Xét …;", "Pursuant to …;", "At the request of …;". */
const PREAMBLE_PREV = /[ \t]*(?:[-–•][ \t]*)?(?:can cu|theo de nghi|xet|pursuant|at the (?:request|proposal))(?![a-z])/y;
/** "<issuer> ban hành <Kind> <title>." / "<issuer> promulgates a <Kind> <title>." on a line of its own. */
const ENACTED_BY_NAME = /[ \t]*(?<who>[^\n;:]{2,140}?)[ ](?:(?:hereby[ ])?(?:promulgates|issues)[ ](?:a[ ]|an[ ]|the[ ](?:following[ ])?)?|ban[ ]hanh[ ])(?<kind>[a-z]+(?:[ ][a-z]+){0,3}?)[ ](?<title>(?:ve|quy[ ]dinh|huong[ ]dan|ban[ ]hanh|phe[ ]duyet|sua[ ]doi|bai[ ]bo|thanh[ ]lap|on|providing|prescribing|guiding|detailing|regulating|promulgating|amending|approving)[ ][^\n]{3,300}?)[ ]?[.:]?[ \t]*(?=\n|$)/y;

/** The document's own instrument from its enacting sentence when it has no number: kind, title and issuer. */
// (one pass for the three words, not three searches of the whole text)
const PREAMBLE_WORD = /can cu|pursuant|theo de nghi/;

function enactedByName(doc: Doc, orgs: OrgMention[], subject: string | null): Instrument | null {
  const { scan } = doc;
  // (only a text with a preamble has such a sentence: asked, once, at the first line after a preamble line, which
  // costs less than a search of every text)
  let preamble: boolean | null = null;
  // right after the preamble: the line before is a "Căn cứ" / "Theo đề nghị" / "Pursuant to" line (each line's start
  // tried once), and no article or numbered point opens this one
  for (let ls = 0, prevPreamble = false; ls < scan.length;) {
    const nl = scan.indexOf('\n', ls);
    const lineEnd = nl < 0 ? scan.length : nl;
    const after = prevPreamble;
    PREAMBLE_PREV.lastIndex = ls;
    prevPreamble = PREAMBLE_PREV.test(scan);
    if (after && !(preamble ??= PREAMBLE_WORD.test(scan))) return null;
    if (after && !/^[ \t]*(?:dieu|article|[0-9]|[a-z][).])/.test(scan.slice(ls, ls + 8))) {
      ENACTED_BY_NAME.lastIndex = ls;
      const m = ENACTED_BY_NAME.exec(scan);
      const inst = m ? ownByName(doc, m, orgs, subject) : null;
      if (inst) return inst;
    }
    if (nl < 0) break;
    ls = lineEnd + 1;
  }
  return null;
}

/** The own instrument an enacting line (ENACTED_BY_NAME's match) names, or null when it names no document. */
function ownByName(doc: Doc, m: RegExpExecArray, orgs: OrgMention[], subject: string | null): Instrument | null {
  const { text } = doc;
  const g = m.groups ?? {};
  const kindWord = g.kind ?? '';
  const kind = KINDS[kindWord]?.display ?? ENGLISH_KINDS[kindWord];
  if (!kind) return null;
  const kindStart = m.index + m[0].indexOf(` ${kindWord} `, (g.who ?? '').length) + 1;
  // the kind is written with its capital, as a document's name is ("ban hành quy định về …" enacts no document)
  if (text[kindStart] !== text[kindStart]?.toUpperCase()) return null;
  const titleStart = kindStart + kindWord.length + 1;
  const title = tidy(text.slice(titleStart, titleStart + (g.title ?? '').length)).replace(/[.:]$/, '');
  if (title.length < 6) return null;
  const whoStart = m.index + m[0].indexOf(g.who ?? '');
  const org = orgs.find((o) => o.start >= whoStart && o.end <= kindStart);
  const issuer = org?.name ?? defaultIssuer(kind);
  const inst: Instrument = {
    key: instrumentKey({ kind, title: title.charAt(0).toUpperCase() + title.slice(1), jurisdiction: org?.place ?? subject }),
    kind, number: null, symbol: null, issuedOn: null, issuer, title: title.charAt(0).toUpperCase() + title.slice(1),
    mentions: [{ start: kindStart, end: kindStart + kindWord.length, text: text.slice(kindStart, kindStart + kindWord.length) }],
  };
  const place = org?.place ?? subject;
  if (place) inst.jurisdiction = place;
  return inst;
}

/** A mass organisation's name on a header line: "ĐOÀN TNCS HỒ CHÍ MINH", "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM". */
const MASS_ORG_LINE = /^(?:doan|hoi|mat tran|tong lien doan|cong doan|lien hiep)(?: |$)/;
/** "ĐOÀN TNCS HỒ CHÍ MINH" → "Đoàn TNCS Hồ Chí Minh": words capitalised, an acronym (no vowel: "TNCS") kept. */
function massOrgName(line: string): string {
  return line.replace(/\s+/g, ' ').split(' ').map((w) => (/[aeiouy]/.test(fold(w)) ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(' ');
}

/** The unit of a local congress's name: "Đại hội Đảng bộ thành phố XVII" → "thành phố"; "đảng bộ" when none is named. */
function congressUnitOf(conference: string): string {
  const u = /Đảng bộ (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?: |$)/iu.exec(conference);
  return u?.[1]?.toLowerCase() ?? 'đảng bộ';
}

function buildInstrument(doc: Doc, members: Mention[], header: Header | null): Instrument {
  const list = [...members].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const kind = (header?.kind ?? pick(list, (m) => (m.form === 'bare' ? null : m.kind)) ?? (list[0] as Mention).kind) as string;
  const number = pick(list, (m) => m.number);
  const symbol = pick(list, (m) => m.symbol);
  const codes = pick(list, (m) => (m.codes.length ? m.codes : null)) ?? [];
  const issuedOn = pick(list, (m) => m.issuedOn) ?? header?.issuedOn ?? null;
  const year = issuedOn ? Number(issuedOn.slice(0, 4)) : pick(list, (m) => m.year) ?? pick(list, (m) => m.symbolYear);
  const conferenceM = list.find((m) => m.form === 'conference' || m.form === 'congress');
  const alias = list.find((m) => m.aliasConference);
  // a local congress is named by its unit and term; the place is its jurisdiction ("Đại hội Đảng bộ tỉnh XI", Tiền Giang)
  const ownConference = conferenceM?.local && conferenceM.jurisdiction && conferenceM.conference
    ? conferenceM.conference.replace(` ${conferenceM.jurisdiction} `, ' ')
    : conferenceM?.conference;
  const conference = ownConference ?? (alias?.aliasConference ? `Hội nghị Trung ương ${alias.aliasConference.no}` : null);
  const term = pick(list, (m) => m.term ?? m.aliasConference?.term ?? null);
  // a title the text writes in capitals (a header line that cites a law) gives way to one in normal case
  // the document's own header states its title as issued; a page's heading or a later mention may shorten it
  const title = header?.title ?? pick(list, (m) => (m.title && m.title !== m.title.toUpperCase() ? m.title : null)) ?? pick(list, (m) => m.title);
  const local = list.some((m) => m.local) || header?.jurisdiction != null;
  const jurisdiction = local ? pick(list, (m) => m.jurisdiction) ?? header?.jurisdiction ?? null : null;
  // a header names the Central Committee above the department that signs ("BAN CHẤP HÀNH TRUNG ƯƠNG / ỦY BAN KIỂM
  // TRA"); the department's own code in the symbol ("HD/UBKTTW") names it
  const fromCodes = issuerFromCodes(codes);
  const headerIssuer = header?.issuer === 'Ban Chấp hành Trung ương' && fromCodes ? fromCodes : header?.issuer;
  let issuer = pick(list, (m) => m.issuer) ?? headerIssuer ?? fromCodes;
  if (!issuer && (conferenceM?.form === 'conference' || alias)) issuer = 'Ban Chấp hành Trung ương';
  if (!issuer && conferenceM?.form === 'congress' && !conferenceM.local) issuer = 'Đại hội đại biểu toàn quốc';
  // only the National Assembly passes laws and codes, its Standing Committee ordinances, the Government decrees
  issuer ??= defaultIssuer(kind);
  const confNo = conferenceM?.conferenceNo ?? alias?.aliasConference?.no ?? null;
  const key = instrumentKey({
    kind, number, symbol, year, jurisdiction,
    conference: !number && confNo !== null ? { no: confNo, term } : null,
    congressTerm: !number && conferenceM?.form === 'congress' ? term : null,
    // ("Đại hội Đảng bộ tỉnh XV" without its place is still not the national congress XV)
    congressUnit: !number && conferenceM?.form === 'congress' && conferenceM.local ? congressUnitOf(ownConference ?? '') : null,
    title,
  });
  const seen = new Set<string>();
  const mentions: MentionSpan[] = [];
  for (const m of [...list].sort((a, b) => a.start - b.start)) {
    const k = `${m.start}:${m.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const span: MentionSpan = { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) };
    if (m.pinpoint) span.pinpoint = publicPinpoint(m.pinpoint);
    mentions.push(span);
  }
  const effectiveFrom = pick(list, (m) => m.effectiveFrom);
  const inst: Instrument = { key, kind, number, symbol, issuedOn, issuer, title, mentions };
  if (effectiveFrom) inst.effectiveFrom = effectiveFrom;
  if (conference) inst.conference = conference;
  if (term) inst.term = term;
  if (jurisdiction) inst.jurisdiction = jurisdiction;
  return inst;
}

/** A mention's pinpoint without its internal offset. */
export function publicPinpoint(p: Pinpoint & { start: number }): Pinpoint {
  return { text: p.text, article: p.article, clause: p.clause, point: p.point };
}
