// The extractor: text in, a typed Extraction out. Pure, no I/O. The pipeline, one module per stage:
//
//   normalize → organizations → find → parse → resolve → relate → actions
//
// `parseReference` reads what a person types ("Quy định 213", "213-QĐ/TW", "qd 213",
// "Regulation No. 213-QD/TW") into a partial identity, and `keyMatchesRef` tells whether a key matches it.

import { fold } from '../text/fold.ts';
import { aliasMentions } from './acronyms.ts';
import { findActions } from './actions.ts';
import { findMentions, kindOfWord, readSymbol } from './find.ts';
import { baseKey, kindSlug, numberSlug, parseKey, symbolSlug } from './identity.ts';
import type { Extraction, ExtractOptions, Instrument } from './models.ts';
import { normalize } from './normalize.ts';
import { findOrganizations, groupOrganizations, subjectProvince } from './organizations.ts';
import { ownEffectiveFrom, parseAttributes } from './parse.ts';
import { KIND_ABBREVIATIONS, forgetAnchors } from './patterns.ts';
import { findPinpoints } from './pinpoints.ts';
import { relate } from './relate.ts';
import { resolveMentions } from './resolve.ts';

export type * from './models.ts';
export { fold };
export { instrumentKey, parseKey, keysCompatible } from './identity.ts';
export { normalizeInput } from './normalize.ts';

/** Extracts every instrument, relation, action, task and organisation of a text. Never throws on any string. */
export function extract(text: string, opts: ExtractOptions = {}): Extraction {
  // (read before this text's own passes: it is an extraction of its own)
  const given = opts.self ? typedOwn(opts.self) : null;
  const doc = normalize(text, opts.lenient ?? false);
  forgetAnchors();
  // (what trim() would leave empty, found without copying the text)
  if (!NON_SPACE.test(doc.text)) return { instruments: [], relations: [], actions: [], organizations: [] };
  const orgs = findOrganizations(doc);
  const mentions = findMentions(doc);
  findPinpoints(doc, mentions);
  parseAttributes(doc, mentions, orgs);
  // "Quy định số 69-QĐ/TW … (Quy định); … Quy định có hiệu lực …": the kind word the text gave a citation as its short
  // name cites it afterwards (read once the citations' titles are known: the parenthesis follows them)
  const aliases = aliasMentions(doc, mentions, (m) => m.extentEnd);
  if (aliases.length) {
    mentions.push(...aliases);
    mentions.sort((a, b) => a.start - b.start || a.id - b.id);
  }
  const subject = opts.jurisdiction ?? subjectProvince(doc, orgs);
  const { instruments, keyOf, selfKey, ambiguous } = resolveMentions(doc, mentions, orgs, subject, given);
  ownEffectiveFrom(doc, mentions, keyOf, selfKey, instruments);
  const relations = relate(doc, mentions, keyOf, selfKey);
  const actions = findActions(doc, mentions, keyOf, orgs, instruments);
  const out: Extraction = { instruments, relations, actions, organizations: groupOrganizations(doc.text, orgs) };
  if (ambiguous.length) out.ambiguous = ambiguous;
  return out;
}

const NON_SPACE = /\S/;

/** The instrument a typed identity names ("Nghị định 40/2031/NĐ-CP"), without mentions; null when it names none. */
function typedOwn(typed: string): Instrument | null {
  const found = extract(typed.slice(0, 300), { lenient: true }).instruments[0];
  return found ? { ...found, mentions: [] } : null;
}

/** What a person typed, read as a partial identity. */
export interface PartialRef {
  kind?: string;
  /** When only an abbreviation was typed ("qd 213"): the kinds it may stand for. */
  kinds?: string[];
  number: string;
  symbol?: string;
  year?: number;
}

/**
 * Reads a reference as typed: "Quy định 213" → { kind: "Quy định", number: "213" };
 * "213-QĐ/TW" → { number: "213", symbol: "QĐ/TW" }; "qd 213" → { kinds: [Quy định, Quyết định], number: "213" };
 * "Regulation No. 213-QD/TW" → { kind: "Quy định", number: "213", symbol: "QĐ/TW" };
 * "Nghị định 30/2020/NĐ-CP" → { kind, number: "30", symbol: "2020/NĐ-CP", year: 2020 }. Null when no number.
 */
export function parseReference(ref: string): PartialRef | null {
  const text = ref.trim();
  if (!text) return null;
  // a bare symbol names no kind: "213-QĐ/TW", "số 30/2020/NĐ-CP"
  const bare = /^(?:số|so|no\.?)?\s*(\d{1,5})(?=\s*[-/–])/i.exec(text);
  if (bare) {
    const doc = normalize(text, true);
    const numEnd = (bare.index ?? 0) + bare[0].length;
    const sym = readSymbol(doc, numEnd);
    if (sym && doc.scan.slice(sym.end).trim() === '') {
      const out: PartialRef = { number: bare[1] ?? '', symbol: sym.symbol };
      if (sym.year) out.year = sym.year;
      return out;
    }
  }
  const ex = extract(text, { lenient: true });
  const inst = ex.instruments.find((i) => i.number);
  if (inst && inst.number) {
    const out: PartialRef = { number: inst.number };
    out.kind = inst.kind;
    if (inst.symbol) out.symbol = inst.symbol;
    const y = inst.issuedOn ? Number(inst.issuedOn.slice(0, 4)) : /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(inst.symbol ?? '')?.[1];
    if (y) out.year = Number(y);
    return out;
  }
  const f = fold(text).replace(/[^a-z0-9/ -]+/g, ' ').trim();
  const abbr = /^([a-z]{1,4})\.?\s*(?:so\s*)?(\d{1,5})$/.exec(f);
  if (abbr && KIND_ABBREVIATIONS[abbr[1] ?? '']) return { kinds: KIND_ABBREVIATIONS[abbr[1] ?? ''], number: abbr[2] ?? '' };
  const onlyNumber = /^(?:so\s*)?(\d{1,5})$/.exec(f);
  if (onlyNumber) return { number: onlyNumber[1] ?? '' };
  const kindNum = /^(.*?)\s*(?:so\s*)?(\d{1,5})$/.exec(f);
  if (kindNum) {
    const kind = kindOfWord(kindNum[1] ?? '');
    if (kind) return { kind, number: kindNum[2] ?? '' };
  }
  return null;
}

/** True when an instrument key is compatible with a typed reference ("Quy định 213" matches quy-dinh:213-qd-tw@2020). */
export function keyMatchesRef(key: string, ref: PartialRef): boolean {
  const { base, year } = parseKey(key);
  const colon = base.indexOf(':');
  const kind = base.slice(0, colon);
  const rest = base.slice(colon + 1);
  if (ref.kind && kindSlug(ref.kind) !== kind) return false;
  if (ref.kinds && !ref.kinds.some((k) => kindSlug(k) === kind)) return false;
  const num = numberSlug(ref.number);
  if (rest !== num && !rest.startsWith(`${num}-`)) return false;
  if (ref.symbol && rest !== `${num}-${symbolSlug(ref.symbol)}`) return false;
  if (ref.year) {
    const symYear = /-((?:19|20)\d{2})-/.exec(`${rest}-`)?.[1];
    const y = year ?? (symYear ? Number(symYear) : null);
    if (y !== null && y !== ref.year) return false;
  }
  return true;
}

export { baseKey };
