// Stage 3: parse. Reads what follows a citation's core, in any order, each part optional:
//
//   Quy định số 213-QĐ/TW, ngày 2-1-2020, của Bộ Chính trị, “Về trách nhiệm của đảng viên…”
//   Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, “Về tiếp tục thực hiện Chỉ thị số 05-CT/TW…”
//   Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư
//   Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa XII            (alias: the conference)
//   Decree No. 30/2020/ND-CP dated March 5, 2020 of the Government
//
// and the issuer written before the kind: "Bộ Chính trị ban hành Quy định số 213-QĐ/TW".
// Titles in curly quotes may nest (“Về … “tự diễn biến”, “tự chuyển hóa”…”) and may lose their closing quote;
// then the title ends where the sentence turns to the next citation (", gắn với Kết luận số 01-KL/TW").

import { matchDateAt } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import { intToRoman } from '../text/dates.ts';
import { termNumeral } from '../text/terms.ts';
import { endsSentence } from '../text/sentences.ts';
import type { Doc, Instrument, Mention, OrgMention, Range } from './models.ts';
import { tidy } from './normalize.ts';
import { PREDICATE_FIRST_WORDS, predicateAt } from './predicates.ts';
import { ATTR_GAP, CONFERENCE, EN_PLENUM, ENGLISH_KINDS, KINDS, alternation, enOrdinalValue, firstAtLeast, DATE_INTRO, ISSUER_INTRO, TERM_ATTR, TITLE_VE, YEAR_ATTR, matchesNear, nearSpec, ordinalValue } from './patterns.ts';

interface Context {
  doc: Doc;
  orgsAt: Map<number, OrgMention>;
  orgs: OrgMention[];
  /** Starts of numbered citations: where an unclosed title must stop. */
  citationStarts: Set<number>;
  /** The same, sorted. */
  starts: number[];
  /** Organisation ends, sorted, for "Bộ Chính trị ban hành …". */
  orgEnds: number[];
  /** Every citation core (kind to number or name), sorted by start: a title's stop words do not count inside one. */
  cores: Range[];
  /** Their starts. */
  coreStarts: number[];
  /** Starts of citations by name, without a number. */
  namedStarts: Set<number>;
  /** Ends of every citation core. */
  coreEnds: Set<number>;
  /** Positions of ", có hiệu lực" / ", takes effect", found on first use. */
  effective?: number[];
  /** The text is written without Vietnamese diacritics ("thay the Quy dinh so 76"), found on first use. */
  plain?: boolean;
}

/** True when position `i` lies inside a citation core: "… thi hành Luật Ban hành văn bản quy phạm pháp luật". */
function insideCitation(ctx: Context, i: number): boolean {
  const k = lowerBound(ctx.coreStarts, i + 1) - 1;
  for (let j = k; j >= 0 && j >= k - 3; j--) if ((ctx.cores[j] as Range).end > i) return true;
  return false;
}

/** Index of the first element of a sorted array that is >= x (the one binary search, kept in patterns.ts). */
export const lowerBound = firstAtLeast;

/** Fills date, issuer, title, term and alias of every mention; mentions of one list share what follows it. */
export function parseAttributes(doc: Doc, mentions: Mention[], orgs: OrgMention[]): void {
  const citationStarts = new Set(mentions.filter((m) => !m.self || m.form === 'bare').map((m) => m.start));
  const ctx: Context = {
    doc,
    orgs,
    orgsAt: new Map(orgs.map((o) => [o.start, o])),
    citationStarts,
    starts: [...citationStarts].sort((a, b) => a - b),
    cores: mentions.map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start),
    coreStarts: [],
    namedStarts: new Set(mentions.filter((m) => m.form === 'named').map((m) => m.start)),
    coreEnds: new Set(mentions.map((m) => m.end)),
    orgEnds: orgs.map((o) => o.end),
  };
  ctx.coreStarts = ctx.cores.map((c) => c.start);
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.self && m.form !== 'bare') continue;
    const k = `${m.start}:${m.end}`;
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  }
  // "Luật sửa đổi, bổ sung một số điều của Luật Đất đai ngày …": what follows is the amending law's, whose name
  // ends with the amended one's
  const hostStart = new Map<number, number>();
  for (const m of mentions) {
    // (in English too: "the Law on Amendments to the Law on … and the Law on … dated …")
    if (m.form === 'named' && m.titleRange && m.titleRange.end === m.end && /^(?:sua doi|bo sung|amend|supplement|repeal)/.test(doc.scan.slice(m.titleRange.start, m.titleRange.start + 10))) hostStart.set(m.end, m.start);
  }
  // a formal title ("Nghị định số 24/2015/NĐ-CP Quy định chi tiết … của Luật X ngày … của Chính phủ") owns the date
  // and issuer that close it: a citation inside it reads nothing past its end
  let formal: Range | null = null;
  for (const group of groups.values()) {
    const first = group[0] as Mention;
    if ((hostStart.get(first.end) ?? first.start) < first.start) continue;
    const inFormal = formal !== null && first.start >= formal.start && first.start < formal.end;
    const attrs = readAttributes(ctx, first.end, first.form, group.length === 1 && first.title === null, inFormal && formal ? formal.end : Infinity, partyCentre(first));
    if (!inFormal && attrs.formalTitle) formal = attrs.formalTitle;
    for (const m of group) {
      m.extentEnd = attrs.end;
      m.issuedOn = attrs.issuedOn ?? m.issuedOn;
      m.year ??= attrs.year;
      if (attrs.issuer) {
        m.issuer = attrs.issuer.name;
        m.issuerPlace = attrs.issuer.place;
        m.issuerLevel = attrs.issuer.level;
      }
      m.term ??= attrs.term;
      if (attrs.title) {
        m.title = attrs.title.text;
        m.titleRange = attrs.title.range;
      }
      m.aliasConference = attrs.alias;
      if (attrs.effectiveFrom) m.effectiveFrom = attrs.effectiveFrom;
    }
    if (!attrs.issuer) issuerBefore(ctx, group);
    else if (!attrs.issuedOn) dateOfActBefore(ctx, group);
    if (first.issuedOn === null) subjectActDate(ctx, group);
  }
  historyDates(ctx, mentions);
  asideEffect(ctx, mentions);
  frontedEffect(ctx, mentions);
  // "Quy định số 37-QĐ/TW và 08-QĐi/TW của Ban Chấp hành Trung ương": the issuer closes the whole list
  const byId = new Map(mentions.map((m) => [m.id, m]));
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    const prev = m.listPrev === null ? undefined : byId.get(m.listPrev);
    if (prev && !prev.issuer && prev.extentEnd === prev.end && m.issuer) {
      prev.issuer = m.issuer;
      prev.issuerPlace = m.issuerPlace;
      prev.issuerLevel = m.issuerLevel;
    }
  }
  // "Chỉ thị số 05-CT/TW và Chỉ thị số 27-CT/TW của Bộ Chính trị": an issuer after a list of same-kind citations
  // that say nothing of their own closes all of them
  const ordered = mentions.filter((m) => !m.self || m.form === 'bare');
  for (let i = ordered.length - 1; i > 0; i--) {
    const m = ordered[i] as Mention;
    if (!m.issuer || m.extentEnd === m.end) continue;
    let next = m;
    for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
      const prev = ordered[j] as Mention;
      if (prev.start === next.start) continue; // same list group ("số 18, 19-NQ/TW")
      // "Regulation No. 144 and Directive No. 35 of the Politburo": two kinds joined by "và" / "and" share it too
      // (not when the last one's symbol names its own body, which the issuer then restates: "Quy định 152 và Hướng
      // dẫn số 3-HD/UBKTTW … của Ủy ban Kiểm tra Trung ương")
      const ownBody = m.symbol !== null && /\/(?!TW$|T\.?[ƯW]$|TƯ$)[^/]*[A-ZĐ]{3,}[^/]*$/u.test(m.symbol) && !/^\d{4}\//.test(m.symbol);
      const pair = !ownBody && /^[ \n]{1,2}(?:va|and)[ \n]{1,2}$/.test(doc.scan.slice(prev.end, next.start));
      if ((prev.kind !== m.kind && !pair) || prev.issuer || prev.extentEnd !== prev.end || prev.form === 'named') break;
      if (!LIST_GAP.test(doc.scan.slice(prev.end, next.start))) break;
      for (const x of ordered) {
        if (x.start !== prev.start) continue;
        x.issuer = m.issuer;
        x.issuerPlace = m.issuerPlace;
        x.issuerLevel = m.issuerLevel;
      }
      next = prev;
    }
  }
  issuerForMany(ctx, mentions);
  issuerForAll(ctx, mentions);
  announced(ctx, mentions);
  ownCitationEndsTitle(doc, mentions);
  markNested(mentions);
  // "… on the amendments to the Law on Tax administration dated November 20, 2012": a law named without a number
  // inside a title does not share the date its holder read after the title
  let byIdN: Map<number, Mention> | null = null;
  for (const m of mentions) {
    if (m.form !== 'named' || m.nestedIn === null || !m.issuedOn) continue;
    byIdN ??= new Map(mentions.map((x) => [x.id, x]));
    const host = byIdN.get(m.nestedIn);
    if (!host || host.issuedOn !== m.issuedOn || m.extentEnd > host.extentEnd) continue;
    if (m.year === Number(m.issuedOn.slice(0, 4))) m.year = null;
    m.issuedOn = null;
    m.extentEnd = m.end;
  }
  // "Nghị định A sửa đổi … Nghị định B quy định về X có hiệu lực từ …": a citation that ends where the title holding it
  // ends leaves the entry into force read after both to its holder
  for (const m of mentions) {
    if (!m.effectiveFrom || m.nestedIn === null) continue;
    byIdN ??= new Map(mentions.map((x) => [x.id, x]));
    const host = byIdN.get(m.nestedIn);
    if (!host?.titleRange || host.effectiveFrom || host.self) continue;
    const mEnd = m.titleRange?.end ?? m.end;
    // (only one read after both titles, never one in the citation's own parenthesis: "… Nghị định B (có hiệu lực từ …) về …")
    const after = doc.scan.slice(mEnd, m.extentEnd);
    if (mEnd < host.titleRange.end || /^[ ]{0,2}\(/.test(after) || !/hieu[ ]{1,3}luc|effect|force/.test(after)) continue;
    host.effectiveFrom = m.effectiveFrom;
    m.effectiveFrom = null;
  }
}

const ANNOUNCED = new RegExp(
  `(?:(?:has|have)[ ](?:just[ ]|recently[ ])?issued|issued|promulgated|adopted|(?:vua|moi|da)[ ](?:ky[ ])?ban[ ]hanh)[ ](?:a[ ]|an[ ]|the[ ]new[ ]|a[ ]new[ ]|mot[ ])?(${alternation([...Object.keys(KINDS), ...Object.keys(ENGLISH_KINDS)])})[ ](?:ve|on)[ ]`,
  'g',
);
// (every match holds "issued", "promulgated", "adopted" or "ban hanh", at most 14 characters in: "have recently issued")
const ANNOUNCED_NEAR = nearSpec(ANNOUNCED, ['issued', 'promulgated', 'adopted', 'ban hanh'], 0, 14, 'hipavmd');

/**
 * "The Politburo has issued a regulation on disciplinary measures … . Regulation No. 69-QD/TW, dated …": a news text
 * announces an instrument by its issuer and subject, then cites it by number in the next sentence; the citation, of
 * that kind and with no issuer or title of its own, takes both.
 */
function announced(ctx: Context, mentions: Mention[]): void {
  const { scan, text } = ctx.doc;
  let byStart: Map<number, Mention[]> | null = null;
  for (const c of matchesNear(ANNOUNCED_NEAR, scan)) {
    const word = c[1] ?? '';
    const kind = KINDS[word]?.display ?? ENGLISH_KINDS[word];
    if (!kind) continue;
    const org = ctx.orgs[lowerBound(ctx.orgEnds, c.index - 2)];
    if (!org || org.end > c.index || c.index - org.end > 2) continue;
    const after = c.index + c[0].length;
    const stop = scan.slice(after, after + 300).search(/[.;\n]/);
    if (stop < 3) continue;
    const tEnd = after + stop;
    // a Vietnamese title keeps its "về", as quoted ones do; the English "on" only introduces it
    const tStart = scan.startsWith('ve ', after - 3) ? after - 3 : after;
    // the next citation, in the next sentence
    const k = lowerBound(ctx.starts, tEnd);
    const at = ctx.starts[k];
    if (at === undefined || at - tEnd > 4) continue;
    if (!byStart) {
      byStart = new Map();
      for (const m of mentions) byStart.set(m.start, [...(byStart.get(m.start) ?? []), m]);
    }
    for (const m of byStart.get(at) ?? []) {
      if (m.kind !== kind || m.number === null || m.issuer) continue;
      m.issuer = org.name;
      m.issuerPlace = org.place;
      m.issuerLevel = org.level;
      if (!m.title) {
        const t = tidy(text.slice(tStart, tEnd));
        m.title = t.charAt(0).toUpperCase() + t.slice(1);
        m.titleRange = { start: tStart, end: tEnd };
      }
    }
  }
}

// (read with matchesNear, which checks that the phrase starts a word: faster than a leading lookbehind)
const ALL_ISSUED = /(?:both|all|each|ca[ ]{1,2}hai|deu|tat[ ]{1,2}ca)[ ]{1,2}(?:(?:were|was|deu|cung)[ ]{1,2})?(?:issued|promulgated|adopted|do)[ ]{1,2}(?:(?:by[ ]{1,2})?(?:the[ ]{1,2})?)/g;
// (its first word, or "hai" 3 or 4 characters in: "cả hai")
const ALL_ISSUED_NEAR = nearSpec(ALL_ISSUED, ['both', 'all', 'each', 'hai', 'deu', 'tat'], 0, 4, 'baecdt', true);

/**
 * "Regulation No. 07 …, and Regulation No. 102 …, both issued by the Politburo", "… đều do Ban Bí thư ban hành": the
 * issuer named after a sentence's list issues every citation of that sentence that names none of its own.
 */
function issuerForAll(ctx: Context, mentions: Mention[]): void {
  const { scan } = ctx.doc;
  if (mentions.length < 2) return;
  let sorted: Mention[] | null = null;
  for (const c of matchesNear(ALL_ISSUED_NEAR, scan, 'letter')) {
    const at = c.index + c[0].length;
    // the organisation starts within a few words ("by the 12th-tenure Politburo")
    const org = ctx.orgs[lowerBound(ctx.orgEnds, at + 1)];
    if (!org || org.start < at || org.start - at > 24 || /[.;,\n]/.test(scan.slice(at, org.start))) continue;
    if (c[0].startsWith('deu') || c[0].startsWith('ca')) {
      // "đều do Ban Bí thư ban hành": the Vietnamese order names the act after the issuer
      if (!/^[ ]{1,2}ban[ ]{1,2}hanh/.test(scan.slice(org.end, org.end + 12))) continue;
    }
    // the sentence before: back to a full stop that is not the "No." of a citation, a semicolon or a line break
    let from = c.index;
    for (let i = c.index - 1; i >= Math.max(0, c.index - 600); i--) {
      const ch = scan[i];
      if (ch === '\n' || ch === ';' || (ch === '.' && scan[i + 1] === ' ' && !/(?:^|[^a-z])nos?$/.test(scan.slice(Math.max(0, i - 4), i)))) break;
      from = i;
    }
    if (lowerBound(ctx.starts, c.index) - lowerBound(ctx.starts, from) < 2) continue;
    sorted ??= [...mentions].sort((a, b) => a.start - b.start);
    const starts = sorted.map((m) => m.start);
    for (let j = lowerBound(starts, from); j < sorted.length; j++) {
      const m = sorted[j] as Mention;
      if (m.start >= c.index) break;
      if (m.issuer || m.self) continue;
      m.issuer = org.name;
      m.issuerPlace = org.place;
      m.issuerLevel = org.level;
    }
  }
}

// ("Tỉnh ủy đã ban hành: Nghị quyết …; Chỉ thị …": a colon after the act opens the list too)
// (the colon after "ban hành" follows a letter, which a word-start check would refuse)
// ("… ban hành 3 chuyên đề: Nghị quyết …, Chỉ thị …": a count of what was issued may stand before the colon)
const MANY_INTRO = /(?=[bgin:])(?:(?<![a-z])(?:bao[ ]gom|gom|including|namely)[ ]{0,2}:?|(?<=ban[ ]hanh[ ]{0,2}(?:(?:[0-9]{1,2}|hai|ba|bon|nam|sau|cac)[ ][a-z]+(?:[ ][a-z]+){0,2}[ ]{0,2})?):)[ \n]{1,3}/g;
// MANY_INTRO's matches over a whole text, found faster in two parts that cannot overlap: the words at a word's start
// (matchesNear with 'letter'), and the colon after "ban hành" read by a regex led by those words instead of a lookbehind
const MANY_WORDS = /(?:bao[ ]gom|gom|including|namely)[ ]{0,2}:?[ \n]{1,3}/g;
const ACT_COLON = /ban[ ]hanh[ ]{0,2}(?:(?:[0-9]{1,2}|hai|ba|bon|nam|sau|cac)[ ][a-z]+(?:[ ][a-z]+){0,2}[ ]{0,2})?:[ \n]{1,3}/g;
// (the words are searched as literals: "gom" stands at most 4 characters in, "bao gom")
const MANY_WORDS_NEAR = nearSpec(MANY_WORDS, ['gom', 'including', 'namely'], 0, 4, 'bgin', true);
const ACT_COLON_NEAR = nearSpec(ACT_COLON, ['ban hanh'], 0, 0);
function introPositions(scan: string): number[] {
  const words: number[] = [];
  for (const x of matchesNear(MANY_WORDS_NEAR, scan, 'letter')) words.push(x.index);
  const colons: number[] = [];
  for (const x of matchesNear(ACT_COLON_NEAR, scan)) colons.push(x.index + x[0].indexOf(':'));
  if (colons.length === 0) return words;
  return [...words, ...colons].sort((a, b) => a - b);
}
/** "04 Nghị quyết của ", "các kết luận của ", "hai văn bản của ": a count, a kind word (group 1), "của". */
const COUNTED_OF = /(?:^|[^a-z0-9])(?:[0-9]{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi|cac|nhung)[ ]{1,2}([a-z]+(?:[ ][a-z]+){0,2}?)[ ]{1,2}cua[ ]{1,2}$/;
const MANY_ACT = /(?:(?:da|vua|moi)[ ]{1,2})?(?:ky[ ]{1,2})?ban[ ]hanh|(?:has|have)[ ](?:just[ ])?issued|issued/g;

/**
 * "Năm 2024, Ban Bí thư ban hành 03 Kết luận, gồm: Kết luận số 12-KL/TW …, Kết luận số 14-KL/TW …": an issuer named once
 * before "gồm:" / "including" issues every citation listed after it in that sentence.
 */
function issuerForMany(ctx: Context, mentions: Mention[]): void {
  const { scan } = ctx.doc;
  // one pass for the intro words; a mention is looked at only when one stands within reach before it
  const intros = introPositions(scan);
  if (intros.length === 0) return;
  for (const m of mentions) {
    if (m.issuer || m.self) continue;
    const near = lowerBound(intros, m.start) - 1;
    if (near < 0 || m.start - (intros[near] as number) > 400) continue;
    const from = Math.max(0, m.start - 400);
    const region = scan.slice(from, m.start);
    const cut = Math.max(region.lastIndexOf('. '), region.lastIndexOf('\n\n'));
    const sentence = cut >= 0 ? region.slice(cut + 1) : region;
    const base = m.start - sentence.length;
    MANY_INTRO.lastIndex = 0;
    let intro = -1;
    for (let x = MANY_INTRO.exec(sentence); x; x = MANY_INTRO.exec(sentence)) intro = x.index;
    if (intro < 0) continue;
    // "… quán triệt 04 Nghị quyết của Bộ Chính trị, gồm: Nghị quyết số 59-NQ/TW …": a count of the kind and its body
    // right before "gồm" issue the items too
    const introAt = base + intro;
    const owner = ctx.orgs[lowerBound(ctx.orgEnds, introAt - 3)];
    if (owner && owner.end <= introAt && introAt - owner.end <= 3) {
      const counted = COUNTED_OF.exec(scan.slice(Math.max(0, owner.start - 40), owner.start));
      if (counted && (counted[1] === 'van ban' || counted[1] === fold(m.kind))) {
        m.issuer = owner.name;
        m.issuerPlace = owner.place;
        m.issuerLevel = owner.level;
        continue;
      }
    }
    MANY_ACT.lastIndex = 0;
    let act: RegExpExecArray | null = null;
    for (let x = MANY_ACT.exec(sentence); x && x.index < intro; x = MANY_ACT.exec(sentence)) act = x;
    if (!act) continue;
    const at = base + act.index;
    const k = lowerBound(ctx.orgEnds, at - 2);
    const org = ctx.orgs[k];
    if (!org || org.end > at || at - org.end > 12) continue;
    m.issuer = org.name;
    m.issuerPlace = org.place;
    m.issuerLevel = org.level;
  }
}

const LIST_GAP = /^[ \n]{0,2}(?:,|;|va|and)[ \n]{1,3}$/;

interface Attrs {
  end: number;
  issuedOn: string | null;
  year: number | null;
  issuer: OrgMention | null;
  term: string | null;
  title: { text: string; range: Range } | null;
  alias: { no: number; term: string | null } | null;
  effectiveFrom: string | null;
  /** The range of a title read in the formal order, before the date. */
  formalTitle?: Range;
}

function emptyAttrs(end: number): Attrs {
  return { end, issuedOn: null, year: null, issuer: null, term: null, title: null, alias: null, effectiveFrom: null };
}

/** Words that open the name of a body: "Ban Pháp chế", "Sở Tài chính", "Cục Thuế". */
const BODY_WORD = /^(?:bo|ban|so|uy ban|hoi dong|van phong|phong|cuc|tong cuc|vu|vien|toa an|kiem toan|thanh tra|lien bo|hoi|doan|mat tran|chu tich|giam doc|bo truong|thu truong|truong ban|thuong truc)[ ]/;
const UNKNOWN_BODY = /^(?:\p{Lu}[\p{L}&-]*|của|và|tỉnh|thành phố|huyện|xã|quận|nhân|dân|trung|ương)(?:[ ](?:\p{Lu}[\p{L}&-]*|-|của|và|\p{Ll}+)){0,14}?(?=[ \n](?:về|v\/v)[ \n])/u;

/**
 * A body named after "của"/"do" that the organisation table does not know, when the title's "về" follows it in the
 * same clause: its end, and its name when it opens with a body word ("Ban Pháp chế của Hội đồng nhân dân tỉnh"
 * gives "Ban Pháp chế Hội đồng nhân dân tỉnh", a part named with its parent). Undefined otherwise.
 */
function unknownBody(ctx: Context, at: number): OrgMention | undefined {
  const { text, scan } = ctx.doc;
  if (!/\p{Lu}/u.test(text[at] ?? '')) return undefined;
  const m = UNKNOWN_BODY.exec(text.slice(at, at + 120));
  if (!m || /[,;.:()“”"\n]/.test(m[0])) return undefined;
  const end = at + m[0].length;
  const name = BODY_WORD.test(scan.slice(at, end) + ' ') ? tidy(m[0]).replace(/ của /g, ' ') : '';
  return { start: at, end, name, place: null, level: 'unknown' };
}

/** "7th plenum of the 12th Party Central Committee" at `at`, or null. */
function plenumAt(scan: string, at: number): RegExpExecArray | null {
  EN_PLENUM.lastIndex = at;
  return EN_PLENUM.exec(scan);
}

/** True for a Party symbol of the centre ("QĐ/TW"): only a central Party body issues it. */
function partyCentre(m: Mention): boolean {
  return m.codes.length > 1 && m.codes[m.codes.length - 1] === 'tw';
}

/** A body that may sign a "…/TW" instrument: the Committee, the Politburo, the Secretariat, a central department. */
const CENTRAL_PARTY = /Trung ương|Bộ Chính trị|Ban Bí thư|Đảng|Hội nghị|Đại hội/;

function readAttributes(ctx: Context, from: number, form: Mention['form'], wantTitle: boolean, stopAt = Infinity, centre = false): Attrs {
  const { doc } = ctx;
  const { scan, text } = doc;
  const a = emptyAttrs(from);
  let pos = from;
  for (let step = 0; step < 8; step++) {
    ATTR_GAP.lastIndex = pos;
    const gap = ATTR_GAP.exec(scan)?.[0] ?? '';
    const p = pos + gap.length;
    if (p >= scan.length || p >= stopAt) break;
    // a sentence break ends the citation: "… 213-QĐ/TW. Ngày …" is not its date
    if (/\n/.test(gap) && !/^[ ]?\n[ ]?$/.test(gap)) break;
    let next = -1;
    // the formal order of State citations: the title right after the number, then "ngày … của …"
    // ("Thông tư số 40/2021/TT-BTC Hướng dẫn thuế … ngày 01/06/2021 của Bộ Tài chính")
    // (a full stop then a capital goes on to the title only inside a parenthesised note: "(Điều 1 Thông tư số
    // 05/2007/TT-BYT. Hướng dẫn … ngày … của …)"; in running text it ends the sentence)
    if (step === 0 && wantTitle && form === 'full' && (gap === ' ' || (gap === '' && FORMAL_AFTER_STOP.test(text.slice(p, p + 4)) && insideParenthesis(text, p)))) {
      const t = readFormalTitle(ctx, p);
      if (t) {
        a.title = t.title;
        a.formalTitle = { start: p, end: t.end };
        next = t.end;
      }
    }
    // effective date: "có hiệu lực (thi hành) (kể) từ ngày 01/01/2021", "takes effect from …"
    if (next < 0 && a.effectiveFrom === null) {
      // ("… thông qua ngày 20/6/2031 và có hiệu lực …": after the date, "và" joins the entry into force)
      const lead = step > 0 && a.issuedOn !== null && scan.startsWith('va ', p) ? 3 : 0;
      EFFECTIVE.lastIndex = p + lead;
      const e = EFFECTIVE.exec(scan);
      const d = e ? matchDateAt(scan, p + lead + e[0].length) : null;
      if (d) {
        a.effectiveFrom = d.iso;
        next = d.end;
      }
    }
    // date: "ngày 2-1-2020", "(2-1-2020)", "dated January 2, 2020"
    if (a.issuedOn === null) {
      DATE_INTRO.lastIndex = p;
      const intro = DATE_INTRO.exec(scan);
      const at = p + (intro?.[0].length ?? 0);
      const d = matchDateAt(scan, at);
      // "… 57-NQ/TW của Bộ Chính trị, ngày 9/1/2025, Chính phủ đã ban hành …": a citation's date comes before its issuer;
      // one after the issuer, set off by commas before a body, opens the next clause
      const nextClause = d !== null && a.issuer !== null && gap.includes(',') && scan.startsWith(', ', d.end) && ctx.orgsAt.has(d.end + 2);
      if (d && !nextClause && (intro || gap.includes('(') || gap.includes(','))) {
        a.issuedOn = d.iso;
        a.year = d.year;
        next = d.end;
      }
    }
    // term: "khóa XII"
    if (next < 0 && a.term === null) {
      TERM_ATTR.lastIndex = p;
      const t = TERM_ATTR.exec(scan);
      if (t && text.slice(p, p + t[0].length).includes((t[1] ?? '').toUpperCase())) {
        a.term = (t[1] ?? '').toUpperCase();
        next = p + t[0].length;
      }
    }
    // year alone: "năm 2015"; right after a law's name also "2013" ("Luật Đất đai 2013")
    if (next < 0 && a.year === null) {
      YEAR_ATTR.lastIndex = p;
      const y = YEAR_ATTR.exec(scan);
      if (y && (y[0].startsWith('nam') || y[0].startsWith('of') || (form === 'named' && gap === ' '))) {
        a.year = Number(y[1]);
        next = p + y[0].length;
      }
    }
    // issuer: "của Bộ Chính trị", "do Ban Bí thư ban hành", "of the Politburo"; or the conference behind it
    if (next < 0 && a.issuer === null) {
      ISSUER_INTRO.lastIndex = p;
      const intro = ISSUER_INTRO.exec(scan);
      // "… ngày 19/5/2018 Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII": the conference without "của"
      if (intro || /^hoi[ \n]{1,3}nghi[ \n]/.test(scan.slice(p, p + 12))) {
        const at = p + (intro?.[0].length ?? 0);
        let org: OrgMention | undefined = intro ? ctx.orgsAt.get(at) : undefined;
        // "của Bộ trưởng Bộ Tài nguyên và Môi trường", "của Chủ tịch UBND tỉnh": the head signs, the body issues
        // (only after "của": "… do Bộ trưởng Bộ Tài chính ban hành" after a title is the titled instrument's issuer)
        if (intro?.[0].startsWith('cua') && !org) {
          OFFICE_BEFORE_BODY.lastIndex = at;
          const body = OFFICE_BEFORE_BODY.test(scan) ? ctx.orgsAt.get(OFFICE_BEFORE_BODY.lastIndex) : undefined;
          // (named as the text names it, the office first: "Bộ trưởng Bộ Tài chính")
          if (body) org = { ...body, start: at, name: `${text.slice(at, body.start).replace(/\s+/g, ' ').trim()} ${body.name}` };
        }
        let plenum: RegExpExecArray | null = null;
        if (org) {
          a.issuer = org;
          next = org.end;
          // joint issuers: "của Bộ Giáo dục và Đào tạo, Bộ Tài chính và Bộ Y tế về …" — the title follows the whole
          // list (the first body stays the issuer; a joint symbol's codes name them all)
          for (let i = 0; i < 6; i++) {
            JOINT_NEXT.lastIndex = next;
            const j = JOINT_NEXT.exec(scan);
            const more = j ? ctx.orgsAt.get(next + j[0].length) : undefined;
            if (!more) break;
            next = more.end;
          }
          const bh = /[ ]{1,2}(?:ban hanh|thong qua)(?![a-z])/y;
          bh.lastIndex = next;
          // ("… của Thủ tướng Chính phủ ban hành Quy chế …": after "của", an object after the verb makes it the title's
          // own verb; "… của Bộ Chính trị ban hành ngày …" is the act of issuing)
          // (after a list of bodies, "của Ban Bí thư, Ủy ban Kiểm tra Tỉnh ủy ban hành …", the last body's act opens the
          // main clause: it is read as an act, never as a title)
          const joint = next !== org.end;
          if (bh.test(scan) && (joint || !intro?.[0].startsWith('cua') || ISSUED_ACT_ENDS.test(scan.slice(bh.lastIndex, bh.lastIndex + 8)))) next = bh.lastIndex;
          // "được Ban Bí thư ban hành" names the issuer; "được Tỉnh ủy quán triệt" does not
          else if (intro?.[0].startsWith('duoc')) {
            a.issuer = null;
            next = -1;
          }
        } else if (intro && (plenum = plenumAt(scan, at))) {
          // "Resolution No. 26-NQ/TW of the 7th plenum of the 12th Party Central Committee"
          const e = plenum;
          const no = enOrdinalValue(e[1], e[2]);
          const term = enOrdinalValue(e[3] ?? e[5], e[4] ?? e[6]);
          if (no !== null) {
            a.alias = { no, term: e[7] ? e[7].toUpperCase() : term === null ? null : intToRoman(term) };
            next = at + e[0].length;
          }
        } else if (intro && /^(?:cua|do)[ ]/.test(intro[0]) && !/^hoi[ \n]{1,3}nghi[ \n]|^bch[ \n]/.test(scan.slice(at, at + 12)) && (org = unknownBody(ctx, at))) {
          // a body the organisation table does not know, up to the title's "về": "của Ban Pháp chế của Hội đồng
          // nhân dân tỉnh về …", "của Bộ Nông nghiệp … về việc thành lập …"
          if (org.name) a.issuer = org;
          next = org.end;
        } else if (/^hoi[ \n]{1,3}nghi[ \n]/.test(scan.slice(at, at + 12)) || /^bch[ \n]/.test(scan.slice(at, at + 4))) {
          CONFERENCE.lastIndex = at - 1;
          const c = CONFERENCE.exec(scan);
          const no = c ? ordinalValue(c[1] ?? c[2] ?? c[3] ?? '') : null;
          if (c && no !== null) {
            const t4 = c[4]?.split(',')[0]?.trim();
            a.alias = { no, term: t4 ? termNumeral(t4) : null };
            next = at - 1 + c[0].length;
          }
        }
      }
    }
    // title, once: quoted or after "về"
    if (next < 0 && a.title === null && wantTitle) {
      let ch = text[p];
      // "về “Tiếp tục đổi mới …”": the quotation after "về" is the title
      VE_QUOTE.lastIndex = p;
      let qp = p;
      if (VE_QUOTE.test(scan)) {
        qp = VE_QUOTE.lastIndex;
        ch = text[qp];
      }
      // "về 'Một số vấn đề …'", "về ‘…’": single quotes after "về" close on the same line, before a non-letter
      const single = ch === "'" || ch === '‘' ? readSingleQuoted(ctx, p, qp) : null;
      if (single) {
        a.title = single.title;
        next = single.end;
      } else if (ch === '“' || ch === '"' || ch === '«') {
        const q = readQuoted(ctx, qp);
        if (q) {
          a.title = q.title;
          next = q.end;
        }
      } else {
        TITLE_VE.lastIndex = p;
        STATE_TITLE.lastIndex = p;
        // the State order: "… ngày … của Chính phủ quy định chức năng, nhiệm vụ …" (the title after the issuer)
        const stateOrder = (a.issuer !== null || form === 'full' || form === 'bare') && /^[ ]?\n?[ ]?$/.test(gap) && gap !== '' && (STATE_TITLE.test(scan) || implementingTitle(ctx, p));
        const upper = a.issuedOn !== null && !/^(?:ve|v\/v)[ \n]/.test(scan.slice(p, p + 5)) && upperTitleAt(ctx, from, p);
        if (upper) {
          a.title = upper.title;
          next = upper.end;
        } else if ((stateOrder || TITLE_VE.test(scan)) && !(gap.includes('(') && !gap.includes(')'))) {
          const t = readUnquoted(ctx, p, a.issuer !== null, centre, a.issuedOn !== null);
          if (t) {
            a.title = t.title;
            next = t.end;
            // an unquoted title that holds another citation hands what follows to that citation:
            // "Kết luận … về tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày … của Bộ Chính trị"
            // (a law named without a number leaves them to the holder: "… on the amendments to the Law on Tax
            // administration dated November 20, 2012")
            let handsOver = false;
            for (let k = lowerBound(ctx.starts, p + 1); k < ctx.starts.length && (ctx.starts[k] as number) < t.end; k++) {
              if (!ctx.namedStarts.has(ctx.starts[k] as number)) handsOver = true;
            }
            if (handsOver) {
              a.end = next;
              break;
            }
          }
        }
      }
    }
    if (next < 0) break;
    pos = next;
    a.end = next;
  }
  if (a.effectiveFrom === null && stopAt === Infinity && (a.issuedOn !== null || a.issuer !== null || a.title !== null)) effectiveAfter(ctx, a);
  return a;
}

const ARTICLE_HEADING = /[ \t]{0,4}dieu[ ]{1,2}[0-9]{1,3}[a-z]?[ ]{0,2}[.:]/y;

/**
 * True when the text is the body of a normative document, its articles headed "Điều 1.", "Điều 2." on lines of
 * their own: there "Nghị định này" is the document itself, never the last decree it cited.
 */
export function articledBody(doc: Doc): boolean {
  const { scan } = doc;
  let found = 0;
  for (let i = scan.indexOf('dieu'); i >= 0 && found < 2; i = scan.indexOf('dieu', i + 4)) {
    let ls = i;
    while (ls > 0 && (scan[ls - 1] === ' ' || scan[ls - 1] === '\t') && i - ls < 4) ls--;
    if (ls > 0 && scan[ls - 1] !== '\n') continue;
    ARTICLE_HEADING.lastIndex = ls;
    if (ARTICLE_HEADING.test(scan)) found++;
  }
  return found >= 2;
}

const FROM_SIGNING = /co[ ]{1,2}hieu[ ]{1,2}luc(?:[ ]{1,2}thi[ ]{1,2}hanh)?[ ]{1,2}(?:sau[ ]{1,2}([0-9]{1,3})[ ]{1,2}ngay[ ]{0,2},?[ ]{1,2})?(?:ke[ ]{1,2})?tu[ ]{1,2}ngay[ ]{1,2}(?:ky|ky[ ]{1,2}ban[ ]{1,2}hanh)(?![a-z0-9])/y;
const OWN_EFFECT_GAP = /[ ]{1,2}(?:(?:se|chinh[ ]thuc|bat[ ]dau|shall)[ ]{1,2})?/y;
/** "This Decree comes into force on …", "… enters into force from …". */
const INTO_FORCE = /(?:comes?|enters?|come|enter)[ ]{1,2}into[ ]{1,2}force[ ]{1,2}(?:from|on|as[ ]{1,2}of)[ ]{1,2}/y;

/**
 * "Nghị định này có hiệu lực (thi hành) kể từ ngày 01 tháng 7 năm 2021": the document's own entry into force, on its
 * own instrument. The first such sentence counts; "Điều 5 Nghị định này có hiệu lực từ …" dates a part, not the whole.
 */
export function ownEffectiveFrom(doc: Doc, mentions: Mention[], keyOf: Map<number, string>, selfKey: string | null, instruments: Instrument[]): void {
  if (!selfKey) return;
  const own = instruments.find((i) => i.key === selfKey);
  if (!own || own.effectiveFrom) return;
  const { scan } = doc;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (!m.self || m.pinpoint || keyOf.get(m.id) !== selfKey) continue;
    OWN_EFFECT_GAP.lastIndex = m.end;
    if (!OWN_EFFECT_GAP.exec(scan)) continue;
    EFFECTIVE.lastIndex = OWN_EFFECT_GAP.lastIndex;
    INTO_FORCE.lastIndex = OWN_EFFECT_GAP.lastIndex;
    const e = EFFECTIVE.exec(scan) ?? INTO_FORCE.exec(scan);
    const d = e ? matchDateAt(scan, e.index + e[0].length) : null;
    if (d) {
      own.effectiveFrom = d.iso;
      return;
    }
    // "… có hiệu lực (thi hành) (kể) từ ngày ký (ban hành)", "… sau 15 ngày, kể từ ngày ký": counted from the signing
    // date the header gives
    if (!own.issuedOn) continue;
    FROM_SIGNING.lastIndex = OWN_EFFECT_GAP.lastIndex;
    const f = FROM_SIGNING.exec(scan);
    if (f) {
      const days = f[1] ? Number(f[1]) : 0;
      const at = new Date(`${own.issuedOn}T00:00:00Z`);
      at.setUTCDate(at.getUTCDate() + days);
      own.effectiveFrom = at.toISOString().slice(0, 10);
      return;
    }
  }
}

const EFFECTIVE_AHEAD = /,[ \n]{0,2}(?:(?:which|that)[ \n]{1,3})?(?:(?:will|shall)[ \n]{1,3})?(?:co[ \n]{1,3}hieu[ \n]{1,3}luc|(?:takes?|took|take)[ \n]{1,3}effect|(?:comes?|came|come)[ \n]{1,3}into[ \n]{1,3}(?:force|effect))/g;
// (after the comma: up to 2 spaces, "which " / "that " and "will " / "shall " of up to 8 each, then "co" and up to 3
// spaces before "hieu" (4 in at least), "takes" and 3 before "effect", "comes into" and 6 spaces before "force" / "effect")
const EFFECTIVE_AHEAD_NEAR = nearSpec(EFFECTIVE_AHEAD, ['hieu', 'effect', 'force'], 4, 34, ',', true);

/**
 * "… của Bộ Tài chính và Bộ Nội vụ, có hiệu lực thi hành kể từ ngày …": an effective date further on in the same
 * clause, when no other citation, sentence end or line break stands between.
 */
function effectiveAfter(ctx: Context, a: Attrs): void {
  const { scan } = ctx.doc;
  const limit = Math.min(scan.length, a.end + 200);
  // one pass for the phrase's positions; most citations have none within reach
  if (!ctx.effective) {
    ctx.effective = [];
    for (const x of matchesNear(EFFECTIVE_AHEAD_NEAR, scan)) ctx.effective.push(x.index);
  }
  const e0 = lowerBound(ctx.effective, a.end);
  if (e0 >= ctx.effective.length || (ctx.effective[e0] as number) >= limit) return;
  EFFECTIVE_AHEAD.lastIndex = 0;
  const found = EFFECTIVE_AHEAD.exec(scan.slice(a.end, limit));
  if (!found) return;
  const m = { index: a.end + found.index };
  if (/[\n;]|[.!?] /.test(scan.slice(a.end, m.index))) return;
  const k = lowerBound(ctx.starts, a.end);
  if (k < ctx.starts.length && (ctx.starts[k] as number) < m.index) return;
  EFFECTIVE.lastIndex = m.index + 1 + (scan[m.index + 1] === ' ' ? 1 : 0);
  const e = EFFECTIVE.exec(scan);
  const d = e ? matchDateAt(scan, EFFECTIVE.lastIndex) : null;
  if (!d) return;
  a.effectiveFrom = d.iso;
  a.end = d.end;
}

// ---------------------------------------------------------------- titles

const JOINT_NEXT = /[ ]{0,2}(?:,|va|and)[ ]{1,2}(?:the[ ]{1,2})?/y;
/** A Vietnamese header line that names the signing body or office. */
const ISSUING_LINE_START = /^(?:thu tuong|chinh phu|quoc hoi|bo truong|chu tich|uy ban|hoi dong|ban chap hanh|ban thuong vu|bo chinh tri|ban bi thu|tinh uy|thanh uy|huyen uy)(?![a-z])/;
/** A body restated after a header's title in capitals: "… DECISIONS THE PRIME MINISTER Pursuant to …". */
const RESTATED_SIGNER = /[ ]+THE (?:PRIME MINISTER|GOVERNMENT|MINISTER(?: OF [A-Z ,]+)?|NATIONAL ASSEMBLY|STANDING COMMITTEE[A-Z ]*|PRESIDENT|GOVERNOR[A-Z ]*|PEOPLE’S COMMITTEE[A-Z ]*)$/u;

/**
 * An English header written in capitals: "DECISION No. 76/2000/QD-TTg OF JUNE 28, 2000 ARRANGING A NUMBER OF …
 * THE PRIME MINISTER Pursuant to …". After the date, the run of words in capitals is the title, less the signer
 * restated before the preamble. Only when the citation itself is in capitals.
 */
function upperTitleAt(ctx: Context, citationEnd: number, p: number): { title: { text: string; range: Range }; end: number } | null {
  const { text } = ctx.doc;
  const k = lowerBound(ctx.coreStarts, citationEnd) - 1;
  const core = k >= 0 ? ctx.cores[k] : undefined;
  // (English: a Vietnamese header in capitals names its citations' titles with "VỀ", read as any other)
  if (!core || !/^(?:DECISION|DECREE|CIRCULAR|RESOLUTION|LAW|DIRECTIVE|ORDINANCE|REGULATION|CONCLUSION|JOINT|ORDER|PLAN|GUIDANCE|INSTRUCTION|CODE)/.test(text.slice(core.start, core.start + 12))) return null;
  const m = /^(?:[\p{Lu}0-9][\p{Lu}0-9’'\-–]*[,]?[ ]){3,60}/u.exec(text.slice(p, p + 600));
  if (!m) return null;
  const run = m[0].trimEnd().replace(RESTATED_SIGNER, '');
  if (run.split(' ').length < 3) return null;
  // (the next line naming a body is the signer restated, no title: "… CỦA BỘ CHÍNH TRỊ⏎THỦ TƯỚNG CHÍNH PHỦ⏎Căn cứ …")
  if (text.slice(citationEnd, p).includes('\n') && (ctx.orgsAt.has(p) || ISSUING_LINE_START.test(ctx.doc.scan.slice(p, p + 24)))) return null;
  const t = trimTitle(ctx, p, p + run.length);
  return t ? { title: t, end: p + run.length } : null;
}

/** The verb of a title that carries out another instrument: "… của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số …". */
const IMPLEMENTING = /(?:thuc[ ]hien|thi[ ]hanh|trien[ ]khai(?:[ ]thuc[ ]hien)?)[ \n]/y;

/**
 * True when an implementing verb at `p` leads, within its clause, to a citation: a plan or guidance named by what it
 * carries out ("Hướng dẫn … thực hiện một số điều trong Quy định 69-QĐ/TW", "… thi hành Chương VII Điều lệ Đảng").
 */
function implementingTitle(ctx: Context, p: number): boolean {
  IMPLEMENTING.lastIndex = p;
  if (!IMPLEMENTING.test(ctx.doc.scan)) return false;
  const k = lowerBound(ctx.coreStarts, IMPLEMENTING.lastIndex);
  const next = ctx.coreStarts[k];
  return next !== undefined && next - p < 90 && !/[,;.:()\n]/.test(ctx.doc.scan.slice(p, next));
}

/** "về “…”", "v/v \"…\"", "on “…”": a quoted title introduced like an unquoted one. */
const VE_QUOTE = /(?:ve|v\/v|on)[ \n]{1,2}(?=[\x93"«'\x1a])/y;
/** The verb that opens a State instrument's title when it follows the issuer: "… của Chính phủ quy định …". */
const STATE_TITLE = /(?:quy[ \n]dinh(?![ \n](?:ro|cu[ \n]the|chat[ \n]che|them|nghiem)(?![a-z]))|huong[ \n]dan|ban[ \n]hanh|phe[ \n]duyet|sua[ \n]doi|bo[ \n]sung|bai[ \n]bo|thanh[ \n]lap|dieu[ \n]chinh|cong[ \n](?:bo|nhan)|kien[ \n]toan|giai[ \n]the|phan[ \n]bo|phe[ \n]chuan|bo[ \n]nhiem|khen[ \n]thuong|announcing|recogni[sz]ing|consolidating|allocating|appointing|defining|prescribing|providing|guiding|detailing|amending|approving|promulgating|explaining|specifying|stipulating|regulating|elaborating|establishing|adjusting|supplementing|repealing|replacing|on),?[ \n](?=[a-z0-9])/y;
// (English: "…, which takes effect on …", "…, will take effect from …", "comes into force on …")
const EFFECTIVE = /(?:(?:which|that)[ \n]{1,3})?(?:(?:will|shall)[ \n]{1,3})?(?:co[ \n]{1,3}hieu[ \n]{1,3}luc(?:[ \n]{1,3}thi[ \n]{1,3}hanh)?|(?:takes?|took|taking)[ \n]{1,3}effect|(?:comes?|came|come)[ \n]{1,3}into[ \n]{1,3}(?:force|effect)|(?:(?:is|be|shall[ \n]{1,3}be)[ \n]{1,3})?effective)[ \n]{1,3}(?:(?:ke[ \n]{1,3})?tu[ \n]{1,3}ngay|(?:ke[ \n]{1,3})?tu(?=[ \n]{1,3}[0-9])|from|as[ \n]{1,3}of|on)[ \n]{1,3}/y;
/** " ngày 01/06/2021 của", " ngày 16 tháng 6 năm 2020, của": the date and issuer that close a formal citation. */
const FORMAL_DATE = /[ \n]{1,3}ngay[ \n]{1,3}/g;
/** Words that open an attribute or a new clause, never a formal title. */
const FORMAL_NOT_TITLE = /^(?:ngay|nam|cua|do|ve|v\/v|dated|of|on|by|tai|theo|va|da|la|duoc|bi|co hieu|ban hanh[ ](?:ngay|nam|vao|tu|luc)|nay|khoa|hoi nghi|[0-9])(?![a-z0-9])/;
/**
 * FORMAL_NOT_TITLE on the written text, with its diacritics; "về" only in lower case ("… /QĐ-TTg Về việc khuyến
 * khích … ngày … của …" is a formal title, read up to its date).
 */
const FORMAL_NOT_TITLE_WRITTEN = /^(?:về|v\/v|[Nn]gày|[Nn]ăm|[Cc]ủa|[Dd]o|dated|of|on|by|[Tt]ại|[Tt]heo|[Vv]à|[Đđ]ã|[Ll]à|[Đđ]ược|[Bb]ị|[Cc]ó hiệu|[Bb]an hành[ ](?:ngày|năm|vào|từ|lúc)|[Nn]ày|[Kk]hóa|[Kk]hoá|[Hh]ội nghị|[0-9])(?![\p{L}0-9])/u;
const FORMAL_AFTER_STOP = /^\. \p{Lu}/u;
/** True when an opening parenthesis stands open before `pos` on its line, within 80 characters. */
function insideParenthesis(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 80), pos);
  const open = before.lastIndexOf('(');
  return open >= 0 && !before.includes(')', open) && !before.includes('\n', open);
}
const FORMAL_AFTER_DATE = /[ ]{0,2},?[ \n]{1,3}(?:cua|do)[ \n]{1,3}/y;

/**
 * A formal citation's title: from `p`, right after the symbol, to the " ngày <date> của <issuer>" that closes it,
 * within one paragraph and 500 characters. A date that directly follows another citation inside the title is
 * that citation's ("Hướng dẫn thi hành Nghị quyết số 35/2000/QH10 ngày 9 tháng 6 năm 2000 của Quốc hội …").
 */
function readFormalTitle(ctx: Context, at: number): { title: { text: string; range: Range }; end: number } | null {
  const { scan, text } = ctx.doc;
  // "Thông tư số 05/2007/TT-BYT. Hướng dẫn …": a full stop after the symbol, then the capitalised title
  const p = text[at] === '.' && FORMAL_AFTER_STOP.test(text.slice(at, at + 4)) ? at + 2 : at;
  if (!/[\p{L}“"]/u.test(text[p] ?? '')) return null;
  // (checked again on the written words: folding makes "Dược" "được" and "Đo lường" "do …", both titles)
  if (FORMAL_NOT_TITLE.test(scan.slice(p, p + 14)) && FORMAL_NOT_TITLE_WRITTEN.test(text.slice(p, p + 14))) return null;
  const limit = Math.min(scan.length, p + 500);
  // every search runs on a bounded slice: a text with no date after a citation must not be scanned to its end
  const s = /\n[ \t]*\n|[.!?](?=[ \n]+\p{Lu})/u.exec(text.slice(p, limit));
  const hardEnd = s ? p + s.index : limit;
  const window = scan.slice(p, hardEnd);
  FORMAL_DATE.lastIndex = 0;
  // a date right after a citation named in the title is that citation's, unless no other date closes the title
  let fallback = -1;
  for (let found = FORMAL_DATE.exec(window); found; found = FORMAL_DATE.exec(window)) {
    const m = { index: p + found.index };
    const at = m.index + found[0].length;
    const d = matchDateAt(scan, at);
    if (!d) continue;
    FORMAL_AFTER_DATE.lastIndex = d.end;
    if (!FORMAL_AFTER_DATE.test(scan)) continue;
    // the date of a citation inside the title: a citation core ends just before it
    const k = lowerBound(ctx.coreStarts, m.index) - 1;
    const inner = k >= 0 ? ctx.cores[k] : undefined;
    if (inner && inner.start > p && m.index - inner.end < 4) {
      // only a law named without a number ("… của Luật Giao thông đường thủy nội địa ngày …") may leave it
      if (fallback < 0 && ctx.namedStarts.has(inner.start)) fallback = m.index;
      continue;
    }
    const t = trimTitle(ctx, p, m.index);
    return t ? { title: t, end: m.index } : null;
  }
  const t = fallback < 0 ? null : trimTitle(ctx, p, fallback);
  return t ? { title: t, end: fallback } : null;
}

const HARD_LEAD = /[ \n]{0,3}(?:(?:gan voi|va|dong thoi|cung voi|kem theo)[ \n]{1,3})?/y;
const SOFT_BOUNDARY = /^[,;][ \n]{0,3}(?:gan voi|dong thoi|qua do|tu do|nham|theo do|trong do|voi)(?![a-z])/;

/** True when the text after the punctuation at `i` turns to another citation: "…, gắn với Kết luận số 01-KL/TW". */
function citationFollows(ctx: Context, i: number): boolean {
  HARD_LEAD.lastIndex = i + 1;
  const lead = HARD_LEAD.exec(ctx.doc.scan);
  return ctx.citationStarts.has(i + 1 + (lead?.[0].length ?? 0));
}

function trimTitle(ctx: Context, start: number, end: number): { text: string; range: Range } | null {
  const { text } = ctx.doc;
  let s = start;
  let e = end;
  while (s < e && /[\s\u00a0]/.test(text[s] ?? '')) s++;
  while (e > s && /[\s\u00a0,;:]/.test(text[e - 1] ?? '')) e--;
  // a full stop after a word ends the sentence, not the title ("… về nước. ngày …"); "v.v." and "TP." keep theirs
  // a closing quotation mark the title never opened belongs to the sentence around it ("… moral examples”.")
  if (text[e - 1] === '”' && !text.slice(s, e - 1).includes('“')) {
    e--;
    while (e > s && /[\s\u00a0,;:]/.test(text[e - 1] ?? '')) e--;
  }
  if (text[e - 1] === '.' && /\p{L}{3}$/u.test(text.slice(Math.max(s, e - 4), e - 1))) e--;
  if (e - s < 3) return null;
  let t = tidy(text.slice(s, e));
  t = t.charAt(0).toUpperCase() + t.slice(1);
  return { text: t, range: { start: s, end: e } };
}

/** A title in quotes starting at `p`. Nesting is counted; a missing closing quote ends at the sentence's turn. */
const VE_SINGLE = /(?:ve|v\/v|on)[ \n]{1,2}$/;

/** "về 'Một số vấn đề …'": a title in single quotes, only right after "về" / "on", closed before the line ends. */
function readSingleQuoted(ctx: Context, p: number, qp: number): { title: { text: string; range: Range }; end: number } | null {
  const { text, scan } = ctx.doc;
  if (qp === p || !VE_SINGLE.test(scan.slice(p, qp))) return null;
  const closeChar = text[qp] === '‘' ? '’' : "'";
  for (let i = qp + 1; i < Math.min(text.length, qp + 400); i++) {
    const c = text[i];
    if (c === '\n') return null;
    if (c !== closeChar || /\p{L}/u.test(text[i + 1] ?? '')) continue;
    const t = trimTitle(ctx, qp + 1, i);
    return t ? { title: t, end: i + 1 } : null;
  }
  return null;
}

function readQuoted(ctx: Context, p: number): { title: { text: string; range: Range }; end: number } | null {
  const { text } = ctx.doc;
  const open = text[p];
  const limit = Math.min(text.length, p + 800);
  if (open === '«') {
    const i = text.indexOf('»', p + 1);
    const nl = text.indexOf('\n', p + 1);
    if (i < 0 || i > limit || (nl >= 0 && nl < i)) return null;
    const t = trimTitle(ctx, p + 1, i);
    return t ? { title: t, end: i + 1 } : null;
  }
  // straight quotes nest too: one that follows a space and precedes a letter opens, any other closes
  // (về "tăng cường … những biểu hiện "tự diễn biến", "tự chuyển hóa" trong nội bộ")
  const straight = open === '"';
  let depth = 1;
  let hard = -1;
  let soft = -1;
  let close = -1;
  let i = p + 1;
  for (; i < limit; i++) {
    // (only a line break, a quote, ",", ";" or a space can change anything below)
    const code = text.charCodeAt(i);
    if (code !== 0x0a && code !== 0x22 && code !== 0x201c && code !== 0x201d && code !== 0x2c && code !== 0x3b && code !== 0x20) continue;
    const c = text[i];
    if (c === '\n') {
      // a line broken inside the title (a PDF's text layer) goes on in lower case
      if (/^\n[ ]?\p{Ll}/u.test(text.slice(i, i + 3))) continue;
      break;
    }
    const opens = straight ? c === '"' && /[\s(]/.test(text[i - 1] ?? ' ') && /\p{L}/u.test(text[i + 1] ?? '') : c === '“';
    const closes = straight ? c === '"' && !opens : c === '”';
    if (opens) depth++;
    else if (closes) {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    } else if ((c === ',' || c === ';') && depth === 1) {
      if (hard < 0 && citationFollows(ctx, i)) hard = i;
      if (soft < 0 && SOFT_BOUNDARY.test(ctx.doc.scan.slice(i, i + 16))) soft = i;
    } else if (c === ' ' && depth === 1 && hard < 0 && ctx.doc.scan.startsWith('va ', i + 1) && ctx.citationStarts.has(i + 4)) {
      // "… trong nội bộ và Chỉ thị số 05-CT/TW": an unclosed title ends where the list goes on
      hard = i;
    }
  }
  // a straight quote that never closes on its line is no quotation
  if (straight && close < 0 && hard < 0 && soft < 0) return null;
  let end: number;
  let next: number;
  // a closed title is the title, citations inside and all; only an unclosed one is cut at the sentence's turn
  if (close >= 0) {
    end = close;
    next = close + 1;
  } else if (hard >= 0 || soft >= 0) {
    end = hard >= 0 && (soft < 0 || hard < soft) ? hard : soft;
    next = end;
  } else {
    end = sentenceEnd(text, p + 1, i);
    next = end;
  }
  const t = trimTitle(ctx, p + 1, end);
  return t ? { title: t, end: next } : null;
}

/** End of the sentence that starts before `from` (its closing mark or line break), no further than `limit`. */
function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (endsSentence(text, i)) return i;
  return limit;
}

// Where an unquoted "về …" title stops: the clause changes ("…, ngày", "… của Bộ Chính trị", ", gắn với"),
// the sentence ends, or another citation begins. Function words are compared on the original text, because
// folding merges them with title words ("để"/"đề", "đã"/"đa", "tại"/"tài").
const UNQUOTED_STOP = /[\n;()\x93\x94"]|[.!?](?=[ \n]|$)|,(?= )| (?=[a-z])/g;
const STOP_AFTER_SPACE = new Set(['được ban', 'được thông', 'được triển', 'được thực', 'được quán', 'được tổng', 'được sơ', 'dated', 'issued', 'was', 'were', 'is', 'are', 'has', 'have', 'will', 'shall', 'which', 'takes', 'took', 'comes', 'came', 'enters', 'entered', 'sets out', 'set out', 'replaced', 'superseded', 'repealed', 'đã', 'nhằm', 'thì', 'đồng thời', 'gắn với', 'ban hành', 'có hiệu lực',
  // the copula of a sentence about the instrument: "Quy định … về chuẩn mực đạo đức … là sự cụ thể hóa Nghị quyết …"
  'là sự', 'là bước', 'là cơ sở', 'là nền tảng', 'là căn cứ', 'là văn bản', 'là kim chỉ nam', 'là chủ', 'là một', 'là những',
  'là định', 'là nhiệm', 'là giải', 'là động', 'là quyết', 'là dấu', 'là điểm', 'là tiền', 'là đột',
  // an event the sentence reports: "… về … sức khỏe Nhân dân diễn ra vào sáng 16/9"
  'diễn ra',
  // what the instrument says, as the sentence reports it: "Chỉ thị 35 … về Đại hội Đảng các cấp nêu rõ: …"
  'nêu rõ', 'chỉ rõ', 'nhấn mạnh', 'khẳng định', 'xác định rõ',
  // how the instrument is seen: "Nghị quyết … về phát triển kinh tế tư nhân được xem là …"
  'được xem', 'được coi', 'được đánh', 'được kỳ', 'được dư', 'được các', 'được toàn', 'được nhiều', 'được đông',
  // an English title ends at the sentence's verb: "Resolution 98/2023/QH15 on piloting … replaces Resolution …"
  // (only verbs that are never the plural of a title's noun: not "supplements", "details", "states")
  'replaces', 'amends', 'repeals', 'supersedes', 'abolishes', 'requires', 'allows', 'permits', 'urges', 'asks', 'approves',
  'emphasizes', 'emphasises', 'stipulates', 'specifies', 'outlines', 'marks', 'calls']);
const STOP_AFTER_COMMA = new Set(['the', 'which', 'dated', 'issued', 'effective', 'replacing', 'replaces', 'superseding', 'supersedes', 'repealing', 'repeals', 'amended', 'as amended', 'supplemented', 'superseded', 'thay thế', 'bãi bỏ', 'sửa đổi', 'ngày', 'của', 'do', 'gắn với', 'nhằm', 'theo đó', 'trong đó', 'đồng thời', 'qua đó', 'tạo', 'với', 'và', 'đã', 'được', 'ban hành', 'sau', 'trước', 'thể hiện', 'cần', 'từ đó']);

/** "; ngăn chặn, đẩy lùi …", "; kiên quyết ngăn chặn …": a second verb of a Party title's programme after its semicolon. */
const TITLE_VERB_AFTER_SEMICOLON = /^;[ ](?:(?:kien quyet|tich cuc|chu dong|tiep tuc)[ ])?(?:ngan chan|day lui|nang cao|tang cuong|day manh|phat trien|xay dung|doi moi|hoan thien|kien toan|sap xep|bao dam|dam bao|bao ve|phat huy|cung co|xu ly|phong,? chong|chong|giu vung)(?![a-z])/;
/** "Đảng ủy Khối đã …", "Tỉnh ủy Bắc Ninh vừa …": a capitalised subject of at most six words, then a tense word. */
const MAIN_CLAUSE_SUBJECT = /^\p{Lu}\p{L}*(?:[ ]\p{L}+){0,5}[ ](?:đã|đang|sẽ|vừa|cũng đã)[ ]/u;
/** ", đến năm 2035 cả nước …": a target year, then the subject or verb of a clause of its own. */
const TARGET_CLAUSE = /^\p{L}+ năm \d{4},?[ ](?:(?!Tầm )\p{Lu}|(?:phấn đấu|nước ta|cả nước|toàn quốc|toàn tỉnh|tỉnh ta|thành phố ta|chúng ta|mục tiêu|sẽ|cần|phải)(?![\p{L}]))/u;
/** Words before "năm 2030" that make it a year the title aims at or a period ("đến năm 2030", "giai đoạn"). */
const AIM_BEFORE = /(?:^|[^\p{L}])(?:đến|tới|từ|trước|sau|vào|trong|giai đoạn|nhìn)$/iu;

const ISSUED_BY_OFFICE = /^\p{Lu}[^\n,;.()]{1,90}?[ ]ban hành(?![\p{L}])/u;
const GUIDING_DOCUMENTS = /^(?:cac[ ]{1,2})?van[ ]{1,2}ban[ ]{1,2}(?:huong[ ]{1,2}dan|quy[ ]{1,2}dinh[ ]{1,2}chi[ ]{1,2}tiet)/;

/** Two words that start with a stop word yet carry the title on. */
const TITLE_GOES_ON = new Set(['trước hết', 'trước tiên']);

/** Verbs by which the titled instrument acts on the next citation: "… quản lý công chức thay thế Nghị định số 24/…". */
const ACTS_ON = new Set(['thay thế', 'bãi bỏ']);
/** The head of a body before the body's name, on folded text: "bộ trưởng ", "chủ tịch ", "giám đốc ". */
const OFFICE_BEFORE_BODY = /(?:bo[ ]truong|chu[ ]tich|pho[ ]chu[ ]tich|(?:tong[ ])?giam[ ]doc|thu[ ]truong|(?:tong[ ])?cuc[ ]truong|thong[ ]doc|chanh[ ]an|vien[ ]truong|truong[ ]ban|chanh[ ]van[ ]phong|chu[ ]nhiem)[ \n]{1,2}/y;
/** What follows "ban hành" when it is the act of issuing, not a title's verb: a date, a time, the clause's end. */
const ISSUED_ACT_ENDS = /^(?:[ ]{0,2}[,.;:)\n]|[ ]{0,2}$|[ ]{1,2}(?:ngay|nam|vao|tu|luc|thang)(?![a-z]))/;
/** A title read so far that is only its opener (folded): "về việc", "việc", "về". */
const TITLE_OPENER_ONLY = /^[ \n]{0,2}(?:ve[ \n]{1,2}viec|viec|ve)[ \n]{0,2}$/;

const FOLDED_WORD = /[a-z]+/y;
/** The stop words and phrases by their unaccented spelling, for texts written without diacritics. */
const ACCENTED: ReadonlyMap<string, string> = new Map(
  [...STOP_AFTER_SPACE, ...STOP_AFTER_COMMA, ...ACTS_ON, ...TITLE_GOES_ON, 'ngày', 'năm', 'của', 'do', 'và', 'với', 'và các'].map((w) => [fold(w), w] as const).filter(([f, w]) => f !== w),
);
/** Folded first words of every stop phrase checked after a space. */
const STOP_FIRST = new Set([...[...STOP_AFTER_SPACE, ...ACTS_ON, 'ngày', 'năm', 'của', 'do', 'và', 'với'].map((w) => fold(w.split(' ')[0] ?? w)), ...PREDICATE_FIRST_WORDS]);

/** The one or two lower-cased original words after position `i` (a space), e.g. "gắn với". */
function wordsAt(text: string, i: number): [string, string] {
  const m = /^[ ,]{1,2}(\p{L}+)(?: (\p{L}+))?/u.exec(text.slice(i, i + 24));
  const w1 = (m?.[1] ?? '').toLowerCase();
  return [w1, m?.[2] ? `${w1} ${m[2].toLowerCase()}` : w1];
}

/** True when an organisation name ends at `i`. */
function orgEndsAt(ctx: Context, i: number): boolean {
  const k = lowerBound(ctx.orgEnds, i);
  return ctx.orgEnds[k] === i;
}

/** The first two folded words at `i`: a citation's kind ("nghi dinh"). */
function twoWords(scan: string, i: number): string {
  return /^[a-z]+ [a-z]+/.exec(scan.slice(i, i + 24))?.[0] ?? '';
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function readUnquoted(ctx: Context, p: number, issuerRead = false, centre = false, dated = false): { title: { text: string; range: Range }; end: number } | null {
  const { scan } = ctx.doc;
  const limit = Math.min(scan.length, p + 300);
  UNQUOTED_STOP.lastIndex = p + 3;
  let end = limit;
  const { text } = ctx.doc;
  // citations inside the title whose own date and issuer the title runs through, and the list they open
  let innerEnd = -1;
  let innerKind = '';
  let innerIssuer = false;
  const listed = new Set<number>();
  let semicolonSeen = false;
  for (let m = UNQUOTED_STOP.exec(scan); m && m.index < limit; m = UNQUOTED_STOP.exec(scan)) {
    const i = m.index;
    const c = scan[i];
    // (only where a citation core has just ended, or right after the attributes of one: most spaces are neither)
    if ((c === ',' || c === ' ') && (ctx.coreEnds.has(i) || ctx.coreEnds.has(i - 1) || (innerEnd >= 0 && i - innerEnd < 2)) && !insideCitation(ctx, i)) {
      // "… hướng dẫn thi hành Nghị định số 115/2015/NĐ-CP ngày 11/11/2015 của Chính phủ quy định …": the date and
      // issuer right after a citation named in the title are that citation's, and the title goes on after them
      const k = lowerBound(ctx.coreStarts, i + 1) - 1;
      const inner = k >= 0 ? ctx.cores[k] : undefined;
      // (a law named without a number leaves the date to the title's holder: "… on the amendments to the Law on Tax
      // administration dated November 20, 2012")
      if (inner && inner.start > p && i - inner.end < 2 && inner.end > innerEnd && !ctx.namedStarts.has(inner.start)) {
        const own = readAttributes(ctx, inner.end, 'full', false, limit);
        if (own.end > i && (own.issuedOn !== null || own.issuer !== null)) {
          innerEnd = own.end;
          innerIssuer = own.issuer !== null;
          // a list shares the issuer written after its last item: an item with its own issuer closes it
          innerKind = own.issuer === null ? twoWords(scan, inner.start) : '';
          UNQUOTED_STOP.lastIndex = own.end;
          continue;
        }
        // (one that says nothing of its own may open a list all the same: "thực hiện Kết luận số 14-KL/TW, Kết luận số 21-KL/TW")
        innerEnd = inner.end;
        innerKind = twoWords(scan, inner.start) || innerKind;
      }
      // "… Nghị định số 49/2010/NĐ-CP ngày 14/5/2010 và Nghị định số 74/2013/NĐ-CP …": a list inside the title
      if (innerEnd >= 0 && i - innerEnd < 2) {
        const listAfter = i + (c === ',' ? 2 : 1);
        const [w1] = wordsAt(text, i);
        const after = i + (c === ',' ? 2 : 1) + (w1 === 'và' || w1 === 'and' ? w1.length + 1 : 0);
        // of the same kind only: "… một số điều của Luật … ngày … và Nghị định số …" ends the amending law's title
        // (or a bare number and symbol that goes on with it: "… các Nghị quyết số 18-NQ/TW, 19-NQ/TW và 20-NQ/TW")
        if (innerKind && ctx.citationStarts.has(after) && (twoWords(scan, after) === innerKind || isDigit(scan.charCodeAt(after)))) {
          listed.add(after);
          UNQUOTED_STOP.lastIndex = after;
          continue;
        }
        // "Theo Kế hoạch … về thực hiện Kết luận số 50-KL/TW của Ban Bí thư, các cấp ủy phải …": a comma after the
        // issuer of a citation the title ends with, and no citation after it, closes the title
        if (c === ',' && innerIssuer && !ctx.citationStarts.has(listAfter)) { end = i; break; }
        // "Under Decree 70/2025/ND-CP amending Decree 123/2020/ND-CP, businesses must …": in an English title that opens
        // with a participle, a comma right after the citation it names closes the phrase
        if (c === ',' && !ctx.citationStarts.has(listAfter) && /^(?:on[ ])?[a-z]{3,}ing[ ]/.test(scan.slice(p, p + 24)) && /^[ ,]{1,3}[a-z]/.test(scan.slice(i, i + 4)) && !/^,[ ](?:and|or)[ ]/.test(scan.slice(i, i + 7))) { end = i; break; }
      }
    }
    if (c === ',' || c === ' ') {
      if (c === ' ') {
        // most spaces in a title precede an ordinary word: test its folded form before reading the original
        FOLDED_WORD.lastIndex = i + 1;
        const fw = FOLDED_WORD.exec(scan)?.[0];
        if (fw === undefined || !STOP_FIRST.has(fw)) continue;
      }
      if (insideCitation(ctx, i)) continue;
      let [w1, w2] = wordsAt(text, i);
      // (a text without diacritics writes the stop words unaccented: "… dang vien thay the Quy dinh so 76")
      if ((ctx.plain ??= !/[\u00c0-\u1ef9]/.test(text.slice(0, 20000)))) {
        w1 = ACCENTED.get(w1) ?? w1;
        w2 = ACCENTED.get(w2) ?? w2;
      }
      const after = i + (c === ',' ? 2 : 1);
      if (ctx.citationStarts.has(after) && c === ',') { end = i; break; }
      // "… biện pháp thi hành Luật Cư trú hết hiệu lực kể từ ngày …": the clause's predicate ends the title
      if (predicateAt(scan, after, p)) { end = i; break; }
      // "… chuyển đổi số quốc gia, đến năm 2030 Việt Nam phấn đấu …": a target year that opens a clause of its own
      // (a subject or a verb after it) ends the title; "…, đến năm 2030, tầm nhìn đến năm 2045" stays in it
      if (c === ',' && (w2 === 'đến năm' || w2 === 'tới năm') && TARGET_CLAUSE.test(text.slice(after, after + 40))) { end = i; break; }
      // "… về đẩy mạnh xây dựng Đảng, Đảng ủy Khối đã chỉ đạo …": a named subject and its verb open the main clause
      if (c === ',' && MAIN_CLAUSE_SUBJECT.test(text.slice(after, after + 64))) { end = i; break; }
      // "… đến năm 2030, tầm nhìn đến năm 2045": a year the title aims at is part of it, never an issue date
      // (a year after the title of a citation dated already is the title's own: "Kết luận … ngày 24/01/2025 về Đề án
      // phát triển kinh tế - xã hội năm 2025 với mục tiêu …")
      if ((w1 === 'ngày' || (w1 === 'năm' && !dated)) && /^[a-z]+ [0-9]/.test(scan.slice(after, after + 8)) && !(w1 === 'năm' && c === ' ' && AIM_BEFORE.test(text.slice(Math.max(0, i - 12), i)))) { end = i; break; }
      if ((w1 === 'của' || w1 === 'do') && !issuerRead) {
        // "của hệ thống chính trị" stays in the title; "của Bộ Chính trị" is the issuer (unless it was read already:
        // "… của Chính phủ quy định chức năng của Bộ Nội vụ")
        // (a "…/TW" instrument is the centre's: "Quy chế … của Mặt trận Tổ quốc" names what the title is about)
        const org = ctx.orgsAt.get(after + w1.length + 1);
        if (org && !(centre && !CENTRAL_PARTY.test(org.name))) { end = i; break; }
        // "… do Bộ trưởng Bộ Công Thương ban hành": the office that issued it, up to "ban hành", closes the title
        if (w1 === 'do' && ISSUED_BY_OFFICE.test(text.slice(after + 3, after + 120))) { end = i; break; }
      }
      if ((w1 === 'và' || w1 === 'với') && ctx.citationStarts.has(after + w1.length + 1)) { end = i; break; }
      // "… về phí đọc sách và các văn bản hướng dẫn (thi hành) …": the documents that guide it are not its title
      if (w1 === 'và' && GUIDING_DOCUMENTS.test(scan.slice(after + 3, after + 40))) { end = i; break; }
      // (a verb right after the title's opener is the title's own: "về việc bãi bỏ Quyết định số …")
      if (ACTS_ON.has(w2) && ctx.citationStarts.has(after + w2.length + 1) && !TITLE_OPENER_ONLY.test(scan.slice(p, i))) {
        // ("… sửa đổi Thông tư A và bãi bỏ Thông tư B": the "và" before the second verb joins the verbs, not the title)
        end = / (?:va|and)$/.test(scan.slice(Math.max(p, i - 4), i)) ? scan.lastIndexOf(' ', i - 1) : i;
        break;
      }
      // "… on summarizing Resolution No. 18, ensuring the correct roadmap …": after a citation that closes an English
      // title, a participle opens the sentence's next clause
      if (c === ',' && /^[a-z]{3,}ing$/.test(w1)) {
        const kc = lowerBound(ctx.coreStarts, i) - 1;
        const core = kc >= 0 ? ctx.cores[kc] : undefined;
        if (core && core.start > p && i - core.end < 1) { end = i; break; }
      }
      // "… dự thảo Nghị quyết ban hành Quy chế làm việc …": what is enacted, named in capitals, is the title's
      if (w2 === 'ban hành' && /^[ ,]{1,2}\p{L}+ \p{L}+ \p{Lu}/u.test(text.slice(i, i + 40))) continue;
      const stops = c === ',' ? STOP_AFTER_COMMA : STOP_AFTER_SPACE;
      // "…, trước hết là Ủy viên Bộ Chính trị" goes on; "…, trước khi …" ends the title
      if ((stops.has(w1) || stops.has(w2)) && !TITLE_GOES_ON.has(w2) && !(c === ' ' && TITLE_OPENER_ONLY.test(scan.slice(p, i)))) { end = i; break; }
      // (a list of bodies inside the title goes on: "Quy chế làm việc của Hội đồng nhân dân tỉnh, Thường trực …")
      if (c === ',' && ((ctx.orgsAt.has(after) && !orgEndsAt(ctx, i)) || /^[0-9]/.test(scan.slice(after, after + 1)))) { end = i; break; }
      continue;
    }
    if (c === '\x93' || c === '\x94' || c === '"') continue; // quoted words inside: về “xây” và “chống”
    // "… về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi …": one semicolon before a second verb of the
    // title's programme goes on, when no other semicolon follows in the sentence (a list of tasks has several)
    if (c === ';' && !semicolonSeen && TITLE_VERB_AFTER_SEMICOLON.test(scan.slice(i, i + 28))) {
      const stop = sentenceEnd(text, i + 1, limit);
      if (!scan.slice(i + 1, stop).includes(';')) {
        semicolonSeen = true;
        continue;
      }
    }
    // a line broken inside the title (a PDF's text layer): the next line goes on in lower case
    if (c === '\n' && /^\n[ ]?(?:\n[ ]?)?\p{Ll}/u.test(text.slice(i, i + 5))) continue;
    // "No." is an abbreviation, not a sentence end: "On amending Directive No. 35-CT/TW"
    if (c === '.' && /(?:^|[^a-z])nos?$/.test(scan.slice(Math.max(0, i - 4), i))) continue;
    end = i;
    break;
  }
  // another citation in a list ends the title: "về …, Nghị quyết số 19-NQ/TW"
  for (let k = lowerBound(ctx.starts, p + 1); k < ctx.starts.length; k++) {
    const s = ctx.starts[k] as number;
    if (s >= end) break;
    if (listed.has(s)) continue;
    if (/(?:,|va|;) $/.test(scan.slice(s - 4, s))) {
      end = s - (scan[s - 2] === ',' || scan[s - 2] === ';' ? 2 : 4);
      break;
    }
    // the English list: "… on Party congresses and Conclusion No. 118 …"
    if (/ and $/.test(scan.slice(s - 5, s))) {
      end = s - 5;
      break;
    }
  }
  // "Decree No. 12/2020/ND-CP on e-transactions …": the English "on" introduces the title and is not part of it
  const on = /^[ \n]{0,2}on[ \n]{1,3}(?=[a-z0-9])/.exec(scan.slice(p, p + 8));
  const t = trimTitle(ctx, on ? p + on[0].length : p, end);
  return t ? { title: t, end } : null;
}

// ---------------------------------------------------------------- issuer before the kind

// ("Thủ tướng Chính phủ (đã) ký Quyết định số …": signing alone is the act too, in news)
const BAN_HANH_BEFORE = /(?:(?:(?:da|vua|moi|chinh thuc|nay)[ ]{1,2})?(?:ky[ ]{1,2}(?:ban hanh|thong qua)|ban hanh|thong qua|ky)|(?:(?:has|have)[ ](?:just[ ]|recently[ ])?)?(?:issued|promulgated|adopted|signed))[ \n]{1,3}(?:the[ ]{1,2})?$/;

const CARRIER_BEFORE = /(?:\([ ]{0,2}|[ ,]{1,2}(?:tai|theo)[ ]{1,2})$/;
const PROPOSER_NAMED = /(?:đề nghị|tờ trình|báo cáo) của ((?:(?:Giám đốc|Chủ tịch|Trưởng ban|Thủ trưởng|Bộ trưởng|Chánh Văn phòng|Cục trưởng|Chi cục trưởng) )?(?:Sở|Ban|Bộ|Cục|Chi cục|Ủy ban|Văn phòng|Phòng|Thanh tra|Kho bạc) \p{Lu}[^\n]{1,90}?)(?: tại | \(| theo )(?:các |\p{Ll}+ )?$/u;
const PROPOSED_BY = /(?:de[ ]{1,2}nghi|to[ ]{1,2}trinh|bao[ ]{1,2}cao)[ ]{1,2}cua[ ]{1,2}$/;

/**
 * "Xét đề nghị của Bộ Công Thương (công văn số 4167/BCT-NLDK …)", "theo đề nghị của Sở Tài chính tại Tờ trình số
 * 12/TTr-STC": the letter that carries a proposal is issued by its proposer.
 */
function proposerBefore(ctx: Context, group: Mention[]): void {
  const first = group[0] as Mention;
  if (first.kind !== 'Công văn' && first.kind !== 'Tờ trình') return;
  const { scan } = ctx.doc;
  const k = lowerBound(ctx.orgEnds, first.start) - 1;
  const org = ctx.orgs[k];
  if (!org || first.start - org.end > 8 || !CARRIER_BEFORE.test(scan.slice(org.end, first.start))) {
    // a body or office the organisation table does not know: "Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát
    // triển nông thôn tại Công văn số …"
    const before = ctx.doc.text.slice(Math.max(0, first.start - 160), first.start);
    const u = PROPOSER_NAMED.exec(before);
    if (u?.[1] && !/[,;.()]/.test(u[1])) {
      for (const x of group) {
        x.issuer = tidy(u[1]);
        x.issuerPlace = null;
        x.issuerLevel = 'unknown';
      }
    }
    return;
  }
  if (!PROPOSED_BY.test(scan.slice(Math.max(0, org.start - 20), org.start))) return;
  for (const x of group) {
    x.issuer = org.name;
    x.issuerPlace = org.place;
    x.issuerLevel = org.level;
  }
}

/** "Bộ Chính trị ban hành Quy định số 213-QĐ/TW": the organisation right before "(đã) ban hành". */
function issuerBefore(ctx: Context, group: Mention[]): void {
  const first = group[0] as Mention;
  const before = ctx.doc.scan.slice(Math.max(0, first.start - 30), first.start);
  const m = BAN_HANH_BEFORE.exec(before);
  if (!m) {
    // "the Politburo's Regulation No. …", "the Government’s Decree …": an English possessive names the issuer
    const own = /(?:'|\x1a)s[ ]{1,2}$/.exec(before);
    const org = own ? ctx.orgs[lowerBound(ctx.orgEnds, first.start - own[0].length)] : undefined;
    if (own && org && org.end === first.start - own[0].length) {
      for (const x of group) {
        x.issuer = org.name;
        x.issuerPlace = org.place;
        x.issuerLevel = org.level;
      }
      return;
    }
    proposerBefore(ctx, group);
    return;
  }
  let at = first.start - m[0].length;
  // "Ban Chấp hành Trung ương Đảng khóa XII ban hành …": the body's term stands between it and the verb
  // (also in parentheses: "Ban Bí thư Trung ương Đảng (khóa XIII) ban hành …")
  const term = /[ ]\(?khoa[ ]{1,2}([ivxl]{1,6})\)?[ ]{0,2}$/.exec(ctx.doc.scan.slice(Math.max(0, at - 18), at));
  if (term) at -= term[0].length;
  const k = lowerBound(ctx.orgEnds, at - 2);
  const org = ctx.orgs[k];
  if (!org || org.end > at) {
    // "Ngày 22-12-2024, Tổng Bí thư Tô Lâm ký ban hành Nghị quyết số 57-NQ/TW": no organisation before the
    // verb, but the clause opens with the date of the act
    const d = clauseDateBefore(ctx.doc.scan, at);
    if (d) for (const x of group) if (x.issuedOn === null) {
      x.issuedOn = d.iso;
      x.year = d.year;
    }
    // "thay mặt Ban Bí thư, đồng chí … ký ban hành Chỉ thị …", "on behalf of the Politburo, … signed …": the
    // signer acts for the body, which issues
    const body = onBehalfOf(ctx, at);
    if (body) for (const x of group) {
      x.issuer = body.name;
      x.issuerPlace = body.place;
      x.issuerLevel = body.level;
    }
    return;
  }
  // "Ngày 2-1-2020, Bộ Chính trị ban hành Quy định số 213-QĐ/TW": the date before the issuer is the citation's
  const d = dateBefore(ctx.doc.scan, org.start) ?? clauseDateBefore(ctx.doc.scan, org.start);
  for (const x of group) {
    x.issuer = org.name;
    x.issuerPlace = org.place;
    x.issuerLevel = org.level;
    if (term) x.term ??= (term[1] ?? '').toUpperCase();
    if (d && x.issuedOn === null) {
      x.issuedOn = d.iso;
      x.year = d.year;
    }
  }
}

const ON_BEHALF_OF = /(?:^|[^a-z])(?:thay[ ]{1,2}mat|on[ ]{1,2}behalf[ ]{1,2}of)[ ]{1,2}(?:the[ ]{1,2})?$/;

/** The organisation a signer acts for in the clause ending at `pos` ("thay mặt Bộ Chính trị, …"), or null. */
function onBehalfOf(ctx: Context, pos: number): Context['orgs'][number] | null {
  const { scan } = ctx.doc;
  for (let k = lowerBound(ctx.orgEnds, pos) - 1; k >= 0; k--) {
    const org = ctx.orgs[k];
    if (!org || org.end > pos) continue;
    if (pos - org.end > 100 || /[.;:\n]/.test(scan.slice(org.end, pos))) return null;
    if (ON_BEHALF_OF.test(scan.slice(Math.max(0, org.start - 20), org.start))) return org;
  }
  return null;
}

// "Nghị định 13/2023/NĐ-CP về … được ban hành ngày 17/4/2023", "Law No. 59/2020/QH14 on Enterprises was adopted by the
// National Assembly on June 17, 2020": the passive act of the clause whose subject is the citation dates it.
const SUBJECT_ACT_VI = /[ ,]{0,2}(?:(?:da|vua|chinh[ ]thuc|cung)[ ]{1,2})?duoc[ ]{1,2}(?:[^,.;:\n]{1,60}?[ ]{1,2})??(?:ky[ ]{1,2})?(?:ban[ ]hanh|thong[ ]qua|ky)[ ]{1,2}(?:vao[ ]{1,2})?ngay[ ]{1,2}/y;
const SUBJECT_ACT_EN = /[ ,]{0,2}(?:was|were)[ ]{1,2}(?:(?:later|officially|also|first|formally)[ ]{1,2})?(?:adopted|passed|issued|promulgated|signed|approved|ratified)(?:[ ]{1,2}and[ ]{1,2}(?:issued|promulgated|signed))?(?:[ ]{1,2}by[ ]{1,2}[^,.;:\n]{1,60}?)?[ ]{1,2}on[ ]{1,2}/y;
const RELATIVE_ACT = /,[ ]{1,2}(?:(?:which|that)[ ]{1,2}(?:was|were)[ ]{1,2}(?:adopted|passed|issued|promulgated|signed|approved)(?:[ ]{1,2}by[ ]{1,2}[^,.;:\n]{1,60}?)?[ ]{1,2}on|(?:da[ ]{1,2})?duoc[ ]{1,2}(?:ky[ ]{1,2})?(?:ban[ ]hanh|thong[ ]qua|ky)[ ]{1,2}(?:vao[ ]{1,2})?ngay)[ ]{1,2}/y;
// "Decree 15/2021/ND-CP, which replaces Decree 59/2015/ND-CP, took effect on …", "Nghị định 15, thay thế Nghị định 59, có
// hiệu lực từ ngày …": the entry into force after an aside is the subject's, not the aside's object's.
// (or in parentheses: "Thông tư 02/2025/TT-BXD (sửa đổi Thông tư 12/2021/TT-BXD) có hiệu lực từ …")
const ASIDE_OPENER = /^[ ]?(?:,[ ]{1,2}|\([ ]?)(?:(?:which|that)[ ]{1,2}(?:also[ ]{1,2})?[a-z]+|thay[ ]the|sua[ ]doi(?:,?[ ]bo[ ]sung)?|bai[ ]bo|huong[ ]dan(?:[ ]thi[ ]hanh)?|replacing|amending|replaces|amends)[ ]{1,2}$/;
const AFTER_ASIDE = /^[ ]?(?:,|[ ]?\))[ ]{1,2}(?:(?:chinh[ ]thuc|se|da)[ ]{1,2})?(?:took|takes|will[ ]take|has[ ]taken|came|comes|will[ ]come|entered|enters|co[ ]hieu[ ]luc)(?![a-z])/;

function asideEffect(ctx: Context, mentions: Mention[]): void {
  const { scan } = ctx.doc;
  const withEffect = mentions.filter((m) => m.effectiveFrom);
  if (withEffect.length === 0) return;
  const all = [...mentions].sort((a, b) => a.start - b.start);
  const index = new Map(all.map((m, i) => [m, i] as const));
  for (const y of withEffect) {
    const i = index.get(y) ?? -1;
    const x = i > 0 ? (all[i - 1] as Mention) : undefined;
    if (!x || x.effectiveFrom || x.extentEnd > y.start || !ASIDE_OPENER.test(scan.slice(x.extentEnd, y.start))) continue;
    // (after the aside's object and its title: ", which guides Decree 123/2020/ND-CP on invoices, took effect …")
    const tail = y.titleRange && y.titleRange.start >= y.end ? y.titleRange.end : y.end;
    if (!AFTER_ASIDE.test(scan.slice(tail, tail + 24))) continue;
    x.effectiveFrom = y.effectiveFrom;
    y.effectiveFrom = null;
  }
}

// "Từ 1/1/2025, Nghị định 168/2024/NĐ-CP chính thức có hiệu lực": the date that opens the clause is the entry into force
// of the citation that takes effect in it, when no date follows "có hiệu lực"
const FRONTED_FROM = /(?:^|[^a-z0-9])(?:ke[ ])?tu[ ](?:ngay[ ])?([0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}|[0-9]{1,2}[ ]thang[ ][0-9]{1,2}[ ]nam[ ][0-9]{4})[ ]{0,2},[ ]{1,2}$/;
const TAKES_EFFECT_NOW = /^[ ,]{0,2}(?:(?:da|se|chinh[ ]thuc|cung)[ ]{1,2}){0,2}co[ ]hieu[ ]luc(?:[ ]thi[ ]hanh)?(?=[ ]{0,2}(?:[,.;\n]|$))/;

function frontedEffect(ctx: Context, mentions: Mention[]): void {
  const { scan } = ctx.doc;
  for (const m of mentions) {
    if (m.effectiveFrom || m.nestedIn !== null || m.self) continue;
    if (!TAKES_EFFECT_NOW.test(scan.slice(m.extentEnd, m.extentEnd + 40))) continue;
    const before = scan.slice(Math.max(0, m.start - 40), m.start);
    const f = FRONTED_FROM.exec(before);
    if (!f?.[1]) continue;
    const d = matchDateAt(scan, m.start - before.length + f.index + f[0].indexOf(f[1]));
    if (d) m.effectiveFrom = d.iso;
  }
}

// The national database's history of a text ("Lịch sử hiệu lực: Nghị định 28/CP", then one row a line): "29/04/1995
// Văn bản được ban hành 28/CP", "01/01/1995 Văn bản có hiệu lực 28/CP" give the table's text its issue and effective
// dates.
const HISTORY_HEAD_NEAR = nearSpec(/lich[ ]su[ ]hieu[ ]luc/g, ['lich su hieu luc'], 0, 0);
const HISTORY_DATE_ROW = /(?:^|\n)[ \t]*([0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})[ \t]+van[ ]ban[ ](duoc[ ]ban[ ]hanh|co[ ]hieu[ ]luc)(?![a-z])/g;

function historyDates(ctx: Context, mentions: Mention[]): void {
  const { scan } = ctx.doc;
  let sorted: Mention[] | null = null;
  let starts: number[] = [];
  // (the heading's words are found with the other rare phrases, in the one pass over the text)
  for (const hm of matchesNear(HISTORY_HEAD_NEAR, scan)) {
    const after = hm.index + hm[0].length;
    if (!sorted) {
      sorted = [...mentions].sort((a, b) => a.start - b.start);
      starts = sorted.map((m) => m.start);
    }
    const subject = sorted[lowerBound(starts, after)];
    if (!subject || subject.start - after >= 40) continue;
    // the rows: the next dozen lines
    let end = subject.extentEnd;
    for (let i = 0; i < 12 && end >= 0; i++) end = scan.indexOf('\n', end + 1);
    const region = scan.slice(subject.extentEnd, end < 0 ? scan.length : end);
    HISTORY_DATE_ROW.lastIndex = 0;
    for (let r = HISTORY_DATE_ROW.exec(region); r; r = HISTORY_DATE_ROW.exec(region)) {
      const d = matchDateAt(scan, subject.extentEnd + r.index + r[0].indexOf(r[1] ?? ''));
      if (!d) continue;
      if (r[2]?.startsWith('duoc')) {
        if (subject.issuedOn === null) {
          subject.issuedOn = d.iso;
          subject.year = d.year;
        }
      } else subject.effectiveFrom ??= d.iso;
    }
  }
}

/** Before a clause's subject: the start of a sentence or a line, and an optional "The". */
// (and a sentence adverb: "Theo đó, Nghị định …", "Accordingly, the Decree …")
const PAREN_ASIDE = /[ ]{0,2}\([^()\n]{1,80}\)/y;
const ACT_THEN_EFFECT = /[ ]{0,2}(?:,[ ]{1,2}(?:va[ ]{1,2})?|[ ]{1,2}va[ ]{1,2})(?:(?:chinh[ ]thuc|se)[ ]{1,2})?co[ ]{1,2}hieu[ ]{1,2}luc(?:[ ]{1,2}thi[ ]{1,2}hanh)?[ ]{1,2}(?:(?:ke[ ]{1,2})?tu[ ]{1,2})?ngay[ ]{1,2}/y;
const SUBJECT_LEAD = /(?:^|[.!?;][ \n]{1,3}|\n[ \t]*)(?:[-+•*][ ]*)?(?:(?:theo[ ]do|cu[ ]the|ngoai[ ]ra|dong[ ]thoi|trong[ ]do|accordingly|in[ ]particular|specifically|meanwhile|notably|besides)[ ]?,[ ]{1,2})?(?:the[ ]{1,2})?$/;

function subjectActDate(ctx: Context, group: Mention[]): void {
  const first = group[0] as Mention;
  const { scan } = ctx.doc;
  // the citation opens its clause: a citation inside another's title or after a verb is no subject ("^" only where
  // the window is the text's start)
  // (a relative clause right after the citation is its own wherever it stands: "…, which was issued on …")
  const from = Math.max(0, first.start - 40);
  const lead = SUBJECT_LEAD.exec(scan.slice(from, first.start));
  const subject = lead !== null && !(lead.index === 0 && from > 0 && !/^[.!?;\n]/.test(lead[0]));
  // "Luật Đất đai 2024 (Luật số 31/2024/QH15) được … thông qua ngày …": an aside in parentheses after the subject
  PAREN_ASIDE.lastIndex = first.extentEnd;
  const after = PAREN_ASIDE.test(scan) ? PAREN_ASIDE.lastIndex : first.extentEnd;
  for (const re of subject ? [SUBJECT_ACT_VI, SUBJECT_ACT_EN, RELATIVE_ACT] : [RELATIVE_ACT]) {
    re.lastIndex = after;
    if (!re.test(scan)) continue;
    const d = matchDateAt(scan, re.lastIndex);
    if (!d) return;
    // "… thông qua ngày 18/1/2024, có hiệu lực từ ngày 1/8/2024": the same clause goes on to its entry into force
    ACT_THEN_EFFECT.lastIndex = d.end;
    const e = ACT_THEN_EFFECT.test(scan) ? matchDateAt(scan, ACT_THEN_EFFECT.lastIndex) : null;
    if (e) for (const x of group) x.effectiveFrom ??= e.iso;
    // (the body named in the act issued it: "… was issued by the Politburo on …", "… được Quốc hội thông qua ngày …")
    const body = ctx.orgs[lowerBound(ctx.orgEnds, first.extentEnd)];
    const issuedBy = body && body.start >= first.extentEnd && body.end <= re.lastIndex ? body : null;
    for (const x of group) {
      if (x.issuedOn === null) {
        x.issuedOn = d.iso;
        x.year = d.year;
      }
      if (issuedBy && x.issuer === null) {
        x.issuer = issuedBy.name;
        x.issuerPlace = issuedBy.place;
        x.issuerLevel = issuedBy.level;
      }
    }
    return;
  }
}

/**
 * The date that opens the clause ending at `pos`: "Ngày 22-12-2024, Tổng Bí thư Tô Lâm ký |". Only within 80
 * characters, and only when nothing between the date and `pos` ends a clause or looks like another citation.
 */
function clauseDateBefore(scan: string, pos: number): { iso: string; year: number } | null {
  const from = Math.max(0, pos - 120);
  // "Ngày 22-12-2024, …" or, in English, "On January 2, 2020, …"
  // (the nearest word that opens a date: "On April 14, 2025, …, on behalf of the Politburo, signed …" skips "on behalf")
  for (let vi = lastWord(scan, 'ngay ', pos, from), en = lastWord(scan, 'on ', pos, from); vi >= 0 || en >= 0;) {
    const i = Math.max(vi, en);
    const d = matchDateAt(scan, i + (i === vi ? 5 : 3));
    if (d) {
      if (scan[d.end] !== ',') return null;
      const between = scan.slice(d.end + 1, pos);
      if (/[.;:\n/\x93\x94"]|[0-9]/.test(between)) return null;
      return { iso: d.iso, year: d.year };
    }
    if (i === vi) vi = lastWord(scan, 'ngay ', i, from);
    else en = lastWord(scan, 'on ', i, from);
  }
  return null;
}

/** "Ngày 22-12-2024, Tổng Bí thư Tô Lâm ký ban hành Nghị quyết số 57-NQ/TW của Bộ Chính trị": the issuer comes after, the date before. */
function dateOfActBefore(ctx: Context, group: Mention[]): void {
  const first = group[0] as Mention;
  const m = BAN_HANH_BEFORE.exec(ctx.doc.scan.slice(Math.max(0, first.start - 30), first.start));
  if (!m) return;
  const d = clauseDateBefore(ctx.doc.scan, first.start - m[0].length);
  if (d) for (const x of group) if (x.issuedOn === null) {
    x.issuedOn = d.iso;
    x.year = d.year;
  }
}

/** Start of the last whole-word `word` in scan[from, pos), or -1. */
function lastWord(scan: string, word: string, pos: number, from: number): number {
  // (searched within [from, pos) only: a text without the word is not searched back to its start for each call)
  const win = scan.slice(from, Math.max(from, pos));
  for (let j = win.lastIndexOf(word, pos - from - word.length); j >= 0; j = j > 0 ? win.lastIndexOf(word, j - 1) : -1) {
    const i = from + j;
    if (i === 0 || !/[a-z0-9]/.test(scan[i - 1] ?? '')) return i;
  }
  return -1;
}

/** A date ending right before `pos` ("Ngày 2-1-2020, |Bộ Chính trị"), introduced by "ngày"; null otherwise. */
function dateBefore(scan: string, pos: number): { iso: string; year: number } | null {
  const from = Math.max(0, pos - 40);
  const j = scan.slice(from, pos + 5).lastIndexOf('ngay ');
  const i = j < 0 ? -1 : from + j;
  if (i < from || (i > 0 && /[a-z0-9]/.test(scan[i - 1] ?? ''))) return null;
  const d = matchDateAt(scan, i + 5);
  if (!d || !/^[ ,]{1,3}$/.test(scan.slice(d.end, pos))) return null;
  return { iso: d.iso, year: d.year };
}

/** A mention inside another's title is cited *by* that instrument ("Về tiếp tục thực hiện Chỉ thị số 05-CT/TW"). */
/**
 * A title never names its own instrument: "Nghị quyết 11-NQ/TW … về công tác phụ nữ …, kết quả 4 năm thực hiện
 * Nghị quyết 11" ends at the comma before the instrument is named again.
 */
function ownCitationEndsTitle(doc: Doc, mentions: Mention[]): void {
  const withTitle = mentions.filter((m) => m.titleRange && m.number !== null);
  if (withTitle.length === 0) return;
  let sorted: Mention[] | null = null;
  let starts: number[] = [];
  for (const m of withTitle) {
    const r = m.titleRange as Range;
    // (most titles do not hold their own number at all)
    if (!doc.scan.slice(r.start, r.end).includes(String(Number(m.number)))) continue;
    if (!sorted) {
      sorted = [...mentions].sort((a, b) => a.start - b.start);
      starts = sorted.map((x) => x.start);
    }
    let again: Mention | undefined;
    for (let k = lowerBound(starts, r.start + 1); k < sorted.length && (sorted[k] as Mention).start < r.end; k++) {
      const x = sorted[k] as Mention;
      // (the same number with another symbol or year is another instrument: "Thông tư số 17/2031/… sửa đổi … Thông
      // tư số 17/2028/…")
      if (x !== m && x.kind === m.kind && x.number !== null && Number(x.number) === Number(m.number) && !(x.symbol && m.symbol && fold(x.symbol) !== fold(m.symbol)) && !(x.year && m.year && x.year !== m.year)) {
        again = x;
        break;
      }
    }
    if (!again) continue;
    const comma = doc.text.lastIndexOf(',', again.start);
    if (comma <= r.start) continue;
    let e = comma;
    while (e > r.start && /\s/.test(doc.text[e - 1] ?? '')) e--;
    const text = tidy(doc.text.slice(r.start, e));
    if (text.length < 3) continue;
    m.title = text.charAt(0).toUpperCase() + text.slice(1);
    m.titleRange = { start: r.start, end: e };
  }
}

function markNested(mentions: Mention[]): void {
  const titled = mentions.filter((m) => m.titleRange && m.form !== 'named').sort((a, b) => (a.titleRange as Range).start - (b.titleRange as Range).start);
  if (titled.length === 0) return;
  const starts = titled.map((t) => (t.titleRange as Range).start);
  for (const m of mentions) {
    // titles nest only a few levels deep: look back over the nearest few that start before the mention
    const k = lowerBound(starts, m.start + 1);
    for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
      const t = titled[j] as Mention;
      const r = t.titleRange as Range;
      if (t !== m && m.start >= r.start && m.end <= r.end) {
        m.nestedIn = t.id;
        break;
      }
    }
  }
}
