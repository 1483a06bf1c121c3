// English renderings without a number: a resolution named by its plenum or congress, a law by its name.
// (Numbered English citations, "Decree No. 30/2020/ND-CP", are read by the numbered forms.)
//
//   "Resolution of the 4th plenum of the 13th Party Central Committee", "… of the 13th National Party Congress"
//   "the Law on Tax Administration No. 78/2006/QH11", "the Law on Organization of the Government"

import { intToRoman, matchDateAt } from '../../text/dates.ts';
import type { Doc, Mention } from '../models.ts';
import { isUpperAt, tidy } from '../normalize.ts';
import { EN_CONGRESS, EN_PLENUM, enOrdinalValue } from '../patterns.ts';
import { englishAmendingName } from '../law-names.ts';
import { numberAfterName } from './law-name.ts';
import { mention } from './mention.ts';
import type { KindWordForm } from './types.ts';

const EN_OF = /[ \n]{1,3}(?:of|adopted[ \n]{1,3}(?:at|by)|by)[ \n]{1,3}/y;

/** "Resolution of the 4th plenum of the 13th Party Central Committee", "… of the 13th National Party Congress". */
function readEnglishConference(doc: Doc, kind: string, start: number, afterKind: number): Mention[] {
  EN_OF.lastIndex = afterKind;
  const of = EN_OF.exec(doc.scan);
  if (!of) return [];
  const at = afterKind + of[0].length;
  EN_PLENUM.lastIndex = at;
  const p = EN_PLENUM.exec(doc.scan);
  if (p) {
    const no = enOrdinalValue(p[1], p[2]);
    const t = enOrdinalValue(p[3] ?? p[5], p[4] ?? p[6]);
    if (no === null) return [];
    const term = p[7] ? p[7].toUpperCase() : t === null ? null : intToRoman(t);
    return [mention('conference', kind, { start, end: at + p[0].length }, { conference: `Hội nghị Trung ương ${no}`, conferenceNo: no, term, listSize: 1 })];
  }
  EN_CONGRESS.lastIndex = at;
  const c = EN_CONGRESS.exec(doc.scan);
  const n = c ? enOrdinalValue(c[1], c[2]) : null;
  if (!c || n === null) return [];
  const term = intToRoman(n);
  return [mention('congress', kind, { start, end: at + c[0].length }, { conference: `Đại hội ${term}`, term, local: false, jurisdiction: null })];
}

// "the Law on Tax Administration No. 78/2006/QH11", "the Law on Organization of the Government": English names
const EN_LAW_ON = /[ ]{1,2}on[ ]{1,2}/y;
// (a possessive is part of the word: "the Law on the Organisation of People’s Councils"; ’ reaches the scan as \x1a)
const EN_LAW_WORD = /(?<sep>[ ]{1,2})(?<word>[a-z][a-z-]{0,20}(?:[\x1a']s)?)(?![a-z0-9])/y;
const EN_LAW_STOPS = new Set(['dated', 'no', 'nos', 'which', 'that', 'adopted', 'promulgated', 'issued', 'was', 'is', 'has', 'have', 'and', 'or', 'in', 'to', 'for', 'with', 'by', 'as', 'at', 'from', 'under', 'regarding', 'amending', 'guiding', 'detailing', 'prescribing',
  // a verb after the name opens the clause's predicate: "the Law on Housing applies …"
  'apply', 'applies', 'applied', 'provides', 'stipulates', 'regulates', 'requires', 'states', 'allows', 'prescribes', 'takes', 'took',
  'comes', 'came', 'sets', 'must', 'may', 'can', 'shall', 'will', 'also', 'are', 'were', 'be', 'effective', 'replaces', 'replacing',
  'amends', 'amended', 'supplements', 'repeals', 'replaced', 'repealed',
  // the sentence's time or clause goes on: "… Law on X next year", "… since 2015", "… when …"
  'next', 'last', 'this', 'since', 'until', 'when', 'while', 'after', 'before', 'because', 'if', 'who']);

const EN_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

function readEnglishLaw(doc: Doc, kind: string, start: number, afterKind: number): Mention[] {
  const { scan, text } = doc;
  EN_LAW_ON.lastIndex = afterKind;
  // "the June 15, 2018 Law amending and supplementing a number of articles of 11 laws related to planning", "the Law on
  // Amendments to the Law on Organization of the Government and …": a law named by what it amends
  const amending = englishAmendingName(doc, afterKind);
  if (amending || !EN_LAW_ON.exec(scan)) {
    if (!amending) return [];
    const t = tidy(text.slice(amending.start, amending.end));
    const dateBefore = /(?:^|[^a-z])([a-z]{3,9}[ ]\d{1,2},?[ ]\d{4})[ ]$/.exec(scan.slice(Math.max(0, start - 24), start));
    const dd = dateBefore ? matchDateAt(scan, start - (dateBefore[1]?.length ?? 0) - 1) : null;
    return [mention('named', kind, { start, end: amending.end }, { title: t.charAt(0).toUpperCase() + t.slice(1), titleRange: amending, ...(dd ? { issuedOn: dd.iso, year: dd.year } : {}) })];
  }
  let nameStart = EN_LAW_ON.lastIndex;
  let p = nameStart - 1;
  let end = -1;
  let nameAt = -1;
  for (let words = 0; words < 10; words++) {
    EN_LAW_WORD.lastIndex = p;
    const w = EN_LAW_WORD.exec(scan);
    if (!w) break;
    const word = w[2] ?? '';
    const wStart = p + (w[1]?.length ?? 0);
    // "Cadres and Civil Servants" goes on; "… and its amended versions", "… and the Law on …" end the name
    const andName = word === 'and' && isUpperAt(text, wStart + 4) && !/^[ ](?:the|law|decree|ordinance|code)(?![a-z])/.test(scan.slice(wStart + 3, wStart + 14));
    // "Law on Access to Information": a preposition before a capital goes on with the name
    const linksName = (word === 'to' || word === 'for' || word === 'in' || word === 'against') && isUpperAt(text, wStart + word.length + 1);
    if (EN_LAW_STOPS.has(word) && !andName && !linksName) break;
    // "… of the Government of September 30, 1992": a date ends the name
    if (EN_MONTHS.has(word) && /^[ ]{1,2}\d/.test(scan.slice(wStart + word.length, wStart + word.length + 3))) break;
    // "of the Government" goes on; "of the Ministry …" after a complete name is the issuer, kept short by the cap
    // ("the Law on the State Budget": the article before a capital is no part of the name)
    if (words === 0 && word === 'the' && isUpperAt(text, wStart + 4) && nameAt < 0) {
      nameAt = wStart + 4;
      p = wStart + 3;
      words--;
      continue;
    }
    if (words === 0 && !isUpperAt(text, wStart)) return [];
    p = wStart + word.length;
    end = p;
  }
  if (end < 0) return [];
  if (nameAt >= 0) nameStart = nameAt;
  // a name never ends on a function word: "Law on Organization of the" → "Law on Organization"
  while (/[ ](?:of|the)$/.test(scan.slice(nameStart, end))) end = scan.lastIndexOf(' ', end - 1);
  const name = { start: nameStart, end };
  const title = tidy(text.slice(name.start, name.end));
  // "the June 19, 2015 Law on Government Organization": the date stands before the name
  const before = /(?:^|[^a-z])([a-z]{3,9}[ ]\d{1,2}(?:,[ ]?|[ ])\d{4})[ ]$/.exec(scan.slice(Math.max(0, start - 24), start));
  const d = before ? matchDateAt(scan, start - (before[1]?.length ?? 0) - 1) : null;
  // ("the 2015 Law on the Vietnam Fatherland Front": a year alone before the kind word is the law's year)
  const yearBefore = d ? null : /(?:^|[^a-z0-9])the[ ]((?:19|20)\d{2})[ ]$/.exec(scan.slice(Math.max(0, start - 10), start));
  const dated = d ? { issuedOn: d.iso, year: d.year } : yearBefore ? { year: Number(yearBefore[1]) } : {};
  const numbered = numberAfterName(doc, kind, start, name);
  if (numbered) {
    numbered.title = title;
    return [Object.assign(numbered, dated)];
  }
  return [mention('named', kind, { start, end }, { title, titleRange: name, ...dated })];
}

/** Between two names after a plural kind word: "Laws on A and on B", "… on A, on B". */
const EN_AND_ON = /(?:[ ]{0,2},(?:[ ]{1,2}and)?|[ ]{1,2}and)(?=[ ]{1,2}on[ ]{1,2}[a-z])/y;

/**
 * "the Laws on Cadres and Civil Servants and on Public Employees": a plural kind word names one law per "on …".
 * A singular one reads one name.
 */
/**
 * "the Land Law 2024", "Vietnam's Enterprise Law", "the 2024 Land Law": the name written before the kind word, after
 * "the" or a possessive, and the year that may stand before it.
 */
const EN_NAME_BEFORE = /(?:^|[^a-z])(?:the|[a-z]{2,}(?:'|\x1a)s)[ ]{1,2}(?:((?:19|20)\d{2})[ ]{1,2})?((?:[a-z]{2,20}[ ]{1,2}){1,4})$/;
const EN_YEAR_AFTER = /[ ]{1,2}(?:of[ ]{1,2})?((?:19|20)\d{2})(?![0-9a-z/.-])/y;
/** The English name written before a kind word at `start` ("the Enterprise Law"): its range and text, or null. */
export function englishNameBefore(doc: Doc, start: number): { start: number; end: number; title: string; year?: number; yearStart?: number } | null {
  const { scan, text } = doc;
  const b = EN_NAME_BEFORE.exec(scan.slice(Math.max(0, start - 90), start));
  if (!b) return null;
  const nameStart = start - (b[2]?.length ?? 0);
  // every word of the name in capitals ("the Land Law"), none a kind or function word
  const words = (b[2] ?? '').trim().split(/[ ]+/);
  let at = nameStart;
  for (const w of words) {
    while (scan[at] === ' ') at++;
    if (!isUpperAt(text, at) || EN_LAW_STOPS.has(w) || w === 'the' || w === 'law' || w === 'constitution') return null;
    at += w.length;
  }
  const end = start - 1 - (scan[start - 2] === ' ' ? 1 : 0);
  const out: { start: number; end: number; title: string; year?: number; yearStart?: number } = { start: nameStart, end, title: tidy(text.slice(nameStart, end)) };
  if (b[1]) {
    out.year = Number(b[1]);
    out.yearStart = start - b[0].length + b[0].indexOf(b[1]);
  }
  return out;
}

function readEnglishNameBefore(doc: Doc, kind: string, start: number, afterKind: number): Mention[] {
  const before = englishNameBefore(doc, start);
  if (!before) return [];
  const name = { start: before.start, end: before.end };
  const title = before.title;
  const numbered = numberAfterName(doc, kind, start, { start: name.start, end: afterKind });
  if (numbered) {
    numbered.start = name.start;
    numbered.title = title;
    numbered.titleRange = name;
    return [numbered];
  }
  EN_YEAR_AFTER.lastIndex = afterKind;
  const y = EN_YEAR_AFTER.exec(doc.scan);
  const year = y ? Number(y[1]) : before.year;
  const from = !y && before.yearStart !== undefined ? before.yearStart : name.start;
  return [mention('named', kind, { start: from, end: y ? afterKind + y[0].length : afterKind }, { title, titleRange: name, ...(year ? { year } : {}) })];
}

function readEnglishLaws(doc: Doc, kind: string, start: number, afterKind: number): Mention[] {
  const first = readEnglishLaw(doc, kind, start, afterKind);
  if (first.length === 0 && doc.scan[afterKind - 1] !== 's') return readEnglishNameBefore(doc, kind, start, afterKind);
  if (first.length !== 1 || doc.scan[afterKind - 1] !== 's') return first;
  const out = [...first];
  for (let last = first[0] as Mention; out.length < 8; ) {
    EN_AND_ON.lastIndex = last.end;
    if (!EN_AND_ON.test(doc.scan)) break;
    const on = EN_AND_ON.lastIndex;
    const next = readEnglishLaw(doc, kind, on + 1, on);
    if (next.length !== 1) break;
    last = next[0] as Mention;
    out.push(last);
  }
  return out;
}

/**
 * "the 2013 Constitution", "the Constitution of 2013", "the Constitution of the Socialist Republic of Viet Nam": as in
 * Vietnamese, the year gives the Constitution its identity, or the State's name the one in force.
 */
const EN_YEAR_BEFORE = /(?:^|[^a-z0-9])((?:19|20)\d{2})[ ]{1,2}$/;
const EN_CONSTITUTION_AFTER = /[ ]{1,2}(?:of[ ]{1,2}(?:the[ ]{1,2})?(?:(?<year>(?:19|20)\d{2})(?![0-9])|(?<state>socialist[ ]{1,2}republic[ ]{1,2}of[ ]{1,2}viet[ ]?nam)))/y;
function readEnglishConstitution(doc: Doc, kind: string, start: number, afterKind: number): Mention[] {
  const before = EN_YEAR_BEFORE.exec(doc.scan.slice(Math.max(0, start - 8), start));
  if (before) {
    const y = before[1] ?? '';
    const at = start - before[0].length + before[0].indexOf(y);
    return [mention('named', kind, { start: at, end: afterKind }, { year: Number(y) })];
  }
  EN_CONSTITUTION_AFTER.lastIndex = afterKind;
  const a = EN_CONSTITUTION_AFTER.exec(doc.scan);
  if (!a) return [];
  const end = afterKind + a[0].length;
  return [mention('named', kind, { start, end }, a.groups?.year ? { year: Number(a.groups.year) } : {})];
}

/**
 * "the Party Charter", "the Party's Charter", "the Charter of the Communist Party of Viet Nam": the Party's charter,
 * the same instrument as "Điều lệ Đảng" (its title is the Vietnamese one, so both spellings meet).
 */
const EN_PARTY_BEFORE = /(?:^|[^a-z])party(?:.s)?[ ]{1,2}$/;
const EN_CHARTER_OF = /[ ]{1,2}of[ ]{1,2}the[ ]{1,2}(?:communist[ ]{1,2})?party(?:[ ]{1,2}of[ ]{1,2}viet[ ]?nam)?(?![a-z])/y;
function readEnglishCharter(doc: Doc, kind: string, start: number, afterKind: number): Mention[] {
  const title = { title: 'Đảng' };
  const before = EN_PARTY_BEFORE.exec(doc.scan.slice(Math.max(0, start - 10), start));
  if (before && isUpperAt(doc.text, start - before[0].length + (before[0].startsWith('p') ? 0 : 1))) {
    const at = start - before[0].length + (before[0].startsWith('p') ? 0 : 1);
    return [mention('named', kind, { start: at, end: afterKind }, title)];
  }
  EN_CHARTER_OF.lastIndex = afterKind;
  const of = EN_CHARTER_OF.exec(doc.scan);
  return of ? [mention('named', kind, { start, end: afterKind + of[0].length }, title)] : [];
}

export const english: KindWordForm = {
  name: 'english',
  summary: 'English: a resolution by its plenum or congress, a law or ordinance by its name ("the Law on Cadres and Civil Servants")',
  trigger: 'kind-word',
  patterns: { EN_OF, EN_PLENUM, EN_CONGRESS, EN_LAW_ON, EN_LAW_WORD },
  examples: [
    {
      text: 'Resolution No. 45-NQ/TW and the Resolution of the 8th plenum of the 13th Party Central Committee were adopted.',
      mentions: [{ kind: 'Nghị quyết', form: 'conference', conference: 'Hội nghị Trung ương 8', term: 'XIII' }],
    },
    { text: 'It carries out the Resolution of the 13th National Party Congress.', mentions: [{ kind: 'Nghị quyết', form: 'congress', conference: 'Đại hội XIII', term: 'XIII' }] },
    { text: 'Pursuant to the Law on Cadres and Civil Servants;', mentions: [{ kind: 'Luật', form: 'named', title: 'Cadres and Civil Servants' }] },
    {
      text: 'Pursuant to the Laws on Cadres and Civil Servants and on Public Employees;',
      mentions: [{ kind: 'Luật', form: 'named', title: 'Cadres and Civil Servants' }, { kind: 'Luật', form: 'named', title: 'Public Employees' }],
    },
    { text: 'The Land Law 2024 takes effect in August.', mentions: [{ kind: 'Luật', form: 'named', title: 'Land', year: 2024 }] },
    { text: 'Vietnam’s Enterprise Law applies to all firms.', mentions: [{ kind: 'Luật', form: 'named', title: 'Enterprise' }] },
    { text: 'Pursuant to the 2013 Constitution;', mentions: [{ kind: 'Hiến pháp', form: 'named', year: 2013 }] },
    { text: 'It follows the Constitution of 1992.', mentions: [{ kind: 'Hiến pháp', form: 'named', year: 1992 }] },
    { text: 'The Party Charter sets out the duties of members.', mentions: [{ kind: 'Điều lệ', form: 'named', title: 'Đảng' }] },
    { text: 'They studied the Charter of the Communist Party of Viet Nam.', mentions: [{ kind: 'Điều lệ', form: 'named', title: 'Đảng' }] },
    { text: 'The Charter of the Trade Union was revised.', mentions: [] },
    { text: 'Pursuant to the Law on Tax Administration No. 78/2006/QH11;', mentions: [{ kind: 'Luật', form: 'full', number: '78', symbol: '2006/QH11', title: 'Tax Administration' }] },
  ],
  read: (at) => {
    let found: Mention[] = [];
    if (at.english === 'Nghị quyết') found = readEnglishConference(at.doc, at.kind, at.start, at.afterKind);
    if (found.length === 0 && at.english !== undefined && (at.word === 'law' || at.word === 'ordinance')) found = readEnglishLaws(at.doc, at.kind, at.start, at.afterKind);
    if (at.word === 'constitution') found = readEnglishConstitution(at.doc, at.kind, at.start, at.afterKind);
    if (at.word === 'charter') found = readEnglishCharter(at.doc, at.kind, at.start, at.afterKind);
    return found;
  },
};
