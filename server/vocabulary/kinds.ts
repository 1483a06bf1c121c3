// The one vocabulary of document kinds. Each kind is written here once, with everything the code needs to
// know about it: its Vietnamese name (the value stored on an instrument), the words that cite it in English,
// the short label and the codes of its symbols, who issues it when the text does not say, whether the Party,
// the State or both issue it, and how it may be cited without a number. The extractor's cue tables, the API's
// short labels, the client's English names and the kinds a typed abbreviation stands for (a Cypher parameter)
// are all derived below; docs/citations.md ("Adding a document kind or relation type") shows the one-entry change.
//
// Pure and dependency-free apart from `fold`: the web client imports it too.
import { fold } from '../text/fold.ts';

export type KindSide = 'party' | 'state' | 'both';

export interface KindEntry {
  /** The Vietnamese name, as stored on an instrument and shown in Vietnamese: "Nghị định". */
  vi: string;
  /** The usual English rendering, shown by the client in English: "Decree". */
  en: string;
  /** Lower-case English words that cite the kind in an English text ("Decree No. 30/2020/ND-CP"). */
  englishCues?: readonly string[];
  /** Short label prefix on the canvas: "NĐ 30/2020/NĐ-CP". */
  abbreviation?: string;
  /** Folded abbreviations a person types in the search box: "nd 30". */
  typed?: readonly string[];
  /** Folded symbol type codes that name this kind whoever issues it: "nd" in "30/2020/NĐ-CP". */
  codes?: readonly string[];
  /**
   * A type code that names this kind only in the symbols of one side: "TT" is a Thông tư of the State
   * ("20/2014/TT-BNV") and a Thông tri of the Party ("18-TT/TW"); "QĐ" of the State is a Quyết định, while a
   * Party "QĐ" may be a Quy định or a Quyết định, so it names no kind.
   */
  sideCode?: { code: string; side: 'party' | 'state' };
  /** Issuer when the text names none: a Nghị định is the Government's. */
  defaultIssuer?: string;
  /** Who issues instruments of this kind. */
  side: KindSide;
  /** Cited by name without a number: "Luật Tổ chức Chính phủ", "Bộ luật Hình sự năm 2015". */
  named?: boolean;
  /** May be named by its conference or congress: "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Đại hội XIII". */
  conference?: boolean;
}

/**
 * The kinds, in the order a typed abbreviation lists them ("qd" → Quy định, then Quyết định). Kinds sharing
 * a stem ("Thông tư" and "Thông tư liên tịch") need no particular order: cue words match longest first.
 */
export const KIND_VOCABULARY: readonly KindEntry[] = [
  { vi: 'Nghị quyết liên tịch', en: 'Joint resolution', codes: ['nqlt'], side: 'state' },
  { vi: 'Nghị quyết', en: 'Resolution', englishCues: ['resolution'], abbreviation: 'NQ', typed: ['nq'], codes: ['nq'], side: 'both', conference: true },
  { vi: 'Nghị định', en: 'Decree', englishCues: ['decree'], abbreviation: 'NĐ', typed: ['nd'], codes: ['nd'], defaultIssuer: 'Chính phủ', side: 'state' },
  { vi: 'Quy định', en: 'Regulation', englishCues: ['regulation'], abbreviation: 'QĐ', typed: ['qd', 'qdi'], codes: ['qdi'], side: 'party' },
  { vi: 'Quyết định', en: 'Decision', englishCues: ['decision'], abbreviation: 'QĐ', typed: ['qd'], sideCode: { code: 'qd', side: 'state' }, side: 'both' },
  { vi: 'Quy chế', en: 'Rules', abbreviation: 'QC', typed: ['qc'], codes: ['qc'], side: 'both' },
  { vi: 'Kết luận', en: 'Conclusion', englishCues: ['conclusion'], abbreviation: 'KL', typed: ['kl'], codes: ['kl'], side: 'party' },
  { vi: 'Chỉ thị', en: 'Directive', englishCues: ['directive'], abbreviation: 'CT', typed: ['ct'], codes: ['ct'], side: 'both' },
  { vi: 'Hướng dẫn', en: 'Guidance', englishCues: ['guidance', 'guideline', 'instruction'], abbreviation: 'HD', typed: ['hd'], codes: ['hd'], side: 'both' },
  { vi: 'Thông tư', en: 'Circular', englishCues: ['circular'], abbreviation: 'TT', typed: ['tt'], sideCode: { code: 'tt', side: 'state' }, side: 'state' },
  { vi: 'Thông tri', en: 'Communiqué', abbreviation: 'TT', typed: ['tt'], sideCode: { code: 'tt', side: 'party' }, side: 'party' },
  { vi: 'Thông tư liên tịch', en: 'Joint circular', englishCues: ['joint circular'], typed: ['ttlt'], codes: ['ttlt'], side: 'state' },
  { vi: 'Thông báo kết luận', en: 'Notice of conclusions', side: 'party' },
  { vi: 'Thông báo', en: 'Notice', englishCues: ['notice'], abbreviation: 'TB', typed: ['tb'], codes: ['tb'], side: 'both' },
  { vi: 'Thông cáo', en: 'Press communiqué', codes: ['tc'], side: 'both' },
  { vi: 'Kế hoạch', en: 'Plan', englishCues: ['plan'], abbreviation: 'KH', typed: ['kh'], codes: ['kh'], side: 'both' },
  { vi: 'Chương trình hành động', en: 'Action programme', side: 'both' },
  { vi: 'Chương trình', en: 'Programme', codes: ['ctr'], side: 'both' },
  { vi: 'Báo cáo', en: 'Report', codes: ['bc'], side: 'both' },
  { vi: 'Tờ trình', en: 'Submission', codes: ['ttr'], side: 'both' },
  { vi: 'Đề án', en: 'Scheme', codes: ['da'], side: 'both' },
  { vi: 'Công văn', en: 'Official letter', englishCues: ['official letter', 'official dispatch'], abbreviation: 'CV', typed: ['cv'], codes: ['cv'], side: 'both' },
  { vi: 'Công điện', en: 'Official telegram', codes: ['cd'], side: 'state' },
  // a ministry's or the Assembly office's consolidation of a text with its amendments ("Văn bản hợp nhất số 05/VBHN-BCT")
  { vi: 'Văn bản hợp nhất', en: 'Consolidated text', englishCues: ['consolidated document', 'consolidated text'], abbreviation: 'VBHN', typed: ['vbhn'], codes: ['vbhn'], side: 'state' },
  { vi: 'Bộ luật', en: 'Code', defaultIssuer: 'Quốc hội', side: 'state', named: true },
  { vi: 'Luật', en: 'Law', englishCues: ['law'], abbreviation: 'Luật', typed: ['l'], defaultIssuer: 'Quốc hội', side: 'state', named: true },
  { vi: 'Pháp lệnh', en: 'Ordinance', englishCues: ['ordinance'], codes: ['pl'], defaultIssuer: 'Ủy ban Thường vụ Quốc hội', side: 'state', named: true },
  // the President's order promulgating a law ("Lệnh số 05/2022/L-CTN"): cited only with its number
  { vi: 'Lệnh', en: 'Order', englishCues: ['order'], defaultIssuer: 'Chủ tịch nước', side: 'state' },
  { vi: 'Hiến pháp', en: 'Constitution', englishCues: ['constitution'], defaultIssuer: 'Quốc hội', side: 'state', named: true },
  // Party instruments cited by name, without a number (docs/citations.md): "Điều lệ Đảng", "Cương lĩnh chính trị".
  { vi: 'Điều lệ', en: 'Charter', englishCues: ['charter'], side: 'party', named: true },
  { vi: 'Cương lĩnh', en: 'Platform', side: 'party', named: true },
];

/** The extractor's entry for a Vietnamese kind word (its folded form is the key). */
export interface KindCue {
  display: string;
  named?: boolean;
  conference?: boolean;
}

/** Everything derived from a vocabulary; `deriveKindTables` is run once on KIND_VOCABULARY below. */
export interface KindTables {
  /** Folded Vietnamese kind word → cue ("nghi dinh" → { display: "Nghị định" }). */
  cues: Record<string, KindCue>;
  /** English cue word → kind ("decree" → "Nghị định"). */
  english: Record<string, string>;
  /** Symbol type code → kind, for codes that name one kind ("nd" → "Nghị định"). */
  codeKind: Record<string, string>;
  /** Type code that names a kind on one side only → the kind of each side ("tt" → Thông tri / Thông tư). */
  sideCodes: Record<string, { party: string | null; state: string | null }>;
  /** Typed abbreviation → the kinds it may stand for, in vocabulary order ("qd" → [Quy định, Quyết định]). */
  typed: Record<string, string[]>;
  /** Kind → its short label prefix ("Nghị định" → "NĐ"). */
  abbreviation: Record<string, string>;
  /** Kind → English name ("Nghị định" → "Decree"). */
  englishName: Record<string, string>;
  /** Kind → issuer when the text names none. */
  defaultIssuer: Record<string, string>;
  /** Every kind name, in vocabulary order. */
  names: string[];
}

export function deriveKindTables(vocabulary: readonly KindEntry[]): KindTables {
  const t: KindTables = { cues: {}, english: {}, codeKind: {}, sideCodes: {}, typed: {}, abbreviation: {}, englishName: {}, defaultIssuer: {}, names: [] };
  for (const k of vocabulary) {
    t.names.push(k.vi);
    const cue: KindCue = { display: k.vi };
    if (k.named) cue.named = true;
    if (k.conference) cue.conference = true;
    t.cues[foldedKind(k.vi)] = cue;
    for (const w of k.englishCues ?? []) t.english[w] = k.vi;
    for (const c of k.codes ?? []) t.codeKind[c] = k.vi;
    if (k.sideCode) (t.sideCodes[k.sideCode.code] ??= { party: null, state: null })[k.sideCode.side] = k.vi;
    for (const a of k.typed ?? []) (t.typed[a] ??= []).push(k.vi);
    if (k.abbreviation) t.abbreviation[k.vi] = k.abbreviation;
    t.englishName[k.vi] = k.en;
    if (k.defaultIssuer) t.defaultIssuer[k.vi] = k.defaultIssuer;
  }
  return t;
}

/** The folded form of a kind name, as the extractor matches it: "Nghị quyết liên tịch" → "nghi quyet lien tich". */
export function foldedKind(name: string): string {
  return fold(name).replace(/\s+/g, ' ').trim();
}

export const KIND_TABLES: KindTables = deriveKindTables(KIND_VOCABULARY);

// The tables under the names and shapes their readers use.
/** Vietnamese kind words, folded → cue (the extractor's KINDS). */
export const KIND_CUES: Record<string, KindCue> = KIND_TABLES.cues;
/** English renderings of the kinds: "Regulation No. 213-QD/TW" is a Quy định (the extractor's ENGLISH_KINDS). */
export const ENGLISH_KIND_CUES: Record<string, string> = KIND_TABLES.english;
/** Type codes that name the kind when the text gives none ("Số: 10/2016/NĐ-CP"; the extractor's CODE_KIND). */
export const CODE_KIND: Record<string, string> = KIND_TABLES.codeKind;
/** Abbreviations a person types ("qd 213") → the kinds they may stand for (parseReference's ABBREVIATIONS). */
export const TYPED_ABBREVIATIONS: Record<string, string[]> = KIND_TABLES.typed;
/** Kind → short label prefix ("QĐ 213-QĐ/TW"). */
export const KIND_ABBREVIATION: Record<string, string> = KIND_TABLES.abbreviation;
/** Kind → English name. */
export const KIND_ENGLISH: Record<string, string> = KIND_TABLES.englishName;

/** Issuer of a kind when the text names none: "Nghị định" → "Chính phủ"; null for most kinds. */
export function defaultIssuer(kind: string, tables: KindTables = KIND_TABLES): string | null {
  return tables.defaultIssuer[kind] ?? null;
}

/**
 * The kind a one-side type code stands for in a symbol of that side: `kindOfSideCode("qd", true)` is
 * "Quyết định", `kindOfSideCode("tt", false)` is "Thông tri", `kindOfSideCode("qd", false)` is null.
 */
export function kindOfSideCode(code: string, state: boolean, tables: KindTables = KIND_TABLES): string | null {
  const pair = tables.sideCodes[code];
  return (pair && (state ? pair.state : pair.party)) ?? null;
}
