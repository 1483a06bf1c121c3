// The extractor's vocabulary. The public part (Extraction and what it holds) is a contract: the CLI prints it,
// the graph layer ingests it, the accuracy bench (bench/accuracy) scores it. The internal part is what the pipeline stages pass along.
//
// Offsets: every Span is a pair of UTF-16 offsets into the *normalised input*, i.e. the input with a leading
// BOM removed and then put in NFC (`normalizeInput` in normalize.ts). Nothing else is rewritten: CRLF stays
// CRLF, NBSP stays NBSP, so `normalizeInput(text).slice(span.start, span.end) === span.text` always holds.

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * The part of an instrument a citation points at, as written and parsed: "khoản 27 Điều 1" →
 * { text: "khoản 27 Điều 1", article: "1", clause: "27", point: null }. A list ("Điều 1, Điều 2") keeps its
 * whole text and the first article. The instrument's identity never depends on it.
 */
export interface Pinpoint {
  text: string;
  article: string | null;
  clause: string | null;
  point: string | null;
}

/** One place an instrument is cited; `pinpoint` when the citation names an article, clause or point of it. */
export interface MentionSpan extends Span {
  pinpoint?: Pinpoint | null;
}

/** The sentence stating a relation, with the pinpoint each end names ("Điều 1 … sửa đổi Điều 4 …"). */
export interface Evidence extends Span {
  fromPinpoint?: Pinpoint | null;
  toPinpoint?: Pinpoint | null;
}

export type RelationType =
  | 'REPLACES'
  | 'AMENDS'
  | 'REPEALS'
  | 'GUIDES'
  | 'IMPLEMENTS'
  | 'CONTINUES'
  | 'BASED_ON'
  | 'SUMMARIZES'
  | 'CONSOLIDATES'
  | 'CORRECTS'
  | 'SUSPENDS'
  | 'CITES';

export interface Instrument {
  key: string; // canonical identity, stable across documents (identity.ts)
  kind: string; // the Vietnamese kind word, capitalised: "Quy định", "Nghị quyết", "Nghị định", "Luật"…
  number: string | null; // as written, without "số": "213", "01", "30"
  symbol: string | null; // canonical Vietnamese form: "QĐ/TW", "QĐi/TW", "NQ/TU", "2020/NĐ-CP", "QH13", "QĐ-TTg"
  issuedOn: string | null; // ISO date "2020-01-02" where the text states it
  issuer: string | null; // as the text names it ("Bộ Chính trị"), else implied by the symbol, else null
  title: string | null; // without its outer quotes
  conference?: string | null; // for resolutions named by their conference: "Hội nghị Trung ương 4"
  term?: string | null; // "XIII"
  jurisdiction?: string | null; // province or city of a local instrument: "Quảng Ninh"
  effectiveFrom?: string | null; // ISO date it takes effect, where the text states it ("có hiệu lực … kể từ ngày …")
  mentions: MentionSpan[];
}

export interface Relation {
  from: string;
  to: string;
  type: RelationType;
  evidence: Evidence;
}

export interface InferredBacking {
  key: string;
  score: number;
  reason: string;
}

export interface Action {
  id: string;
  kind: 'action' | 'task';
  ordinal?: number; // tasks: 1 for "Một là", 2 for "Hai là"…
  actor: string | null;
  summary: string;
  backedBy: string[]; // instrument keys the text ties to it
  inferredBacking?: InferredBacking[]; // proposals, never mixed with backedBy
  evidence: Span;
  quantities?: { value: number; unit?: string; text: string }[];
}

export interface Organization {
  key: string; // folded slug of the name: "ban-thuong-vu-thanh-uy-cam-pha"
  name: string; // display name, whitespace collapsed: "Ban Thường vụ Thành ủy Cẩm Phả"
  mentions: Span[];
}

export interface Extraction {
  instruments: Instrument[];
  relations: Relation[];
  actions: Action[];
  organizations: Organization[];
  /** Undated mentions that more than one dated instrument could be: kept apart, with the candidates' keys. */
  ambiguous?: Ambiguity[];
}

/** "Chỉ thị số 07-CT/TW" without a date in a text that cites the 2014 and the 2026 directive of that number. */
export interface Ambiguity {
  /** The key of the undated node the mention stays on. */
  key: string;
  mention: Span;
  /** Keys of the dated instruments it could be. */
  candidates: string[];
}

export interface ExtractOptions {
  /** Province or city the document is about, when the caller knows it better than the text does. */
  jurisdiction?: string;
  /** Accept lower-case short forms ("quy dinh 213"): for what a person types, not for running text. */
  lenient?: boolean;
  /**
   * The document's own identity as a person types it ("Nghị định 40/2031/NĐ-CP"), for a text that does not name itself
   * (the articles without their header): "Nghị định này", its "Căn cứ" lines and final provisions relate that instrument.
   * A header or enacting sentence in the text wins over it.
   */
  self?: string;
}

// ---------------------------------------------------------------- internal

/** The text the pipeline works on: `text` is the NFC input, `scan` the same length, folded for matching. */
export interface Doc {
  text: string;
  scan: string;
  lenient: boolean;
}

export interface Range {
  start: number;
  end: number;
}

/** An organisation named in the text: "Ban Thường vụ Thành ủy Cẩm Phả", "Bộ Chính trị". */
export interface OrgMention extends Range {
  name: string;
  /** Province or city in the name ("Cẩm Phả"), null for central bodies. */
  place: string | null;
  /** Administrative level the name implies: 'province' for Tỉnh ủy / tỉnh, 'district', 'commune', 'central'. */
  level: 'central' | 'province' | 'city' | 'district' | 'commune' | 'unknown';
}

export type MentionForm = 'full' | 'short' | 'bare' | 'conference' | 'congress' | 'named';

/**
 * One citation found in the text, before identities are resolved. A list such as
 * "Nghị quyết Hội nghị Trung ương 4, 5, 6, 7, 8 khóa XIII" yields five mentions sharing one span.
 */
export interface Mention extends Range {
  id: number;
  form: MentionForm;
  kind: string;
  number: string | null;
  symbol: string | null;
  /** Code segments of the symbol, folded: "30/2020/NĐ-CP" → ["nd", "cp"]; year kept apart. */
  codes: string[];
  symbolYear: number | null;
  /** Where the trailing date, issuer and title end (the citation's full extent). */
  extentEnd: number;
  issuedOn: string | null;
  year: number | null;
  issuer: string | null;
  issuerPlace: string | null;
  issuerLevel: OrgMention['level'] | null;
  title: string | null;
  titleRange: Range | null;
  conference: string | null;
  conferenceNo: number | null;
  term: string | null;
  local: boolean;
  jurisdiction: string | null;
  /** Other mentions of the same list ("số 18, 19-NQ/TW"). */
  listSize: number;
  /** Set when the mention sits inside another citation's title. */
  nestedIn: number | null;
  /** The conference named next to a numbered citation ("Nghị quyết số 04-NQ/TW … Hội nghị Trung ương 4 khóa XII"). */
  aliasConference: { no: number; term: string | null } | null;
  /** For "… 37-QĐ/TW và 08-QĐi/TW": the mention this one continues; the issuer after the list is theirs too. */
  listPrev: number | null;
  /** "Nghị định này", "Quyết định này": the document itself. */
  self: boolean;
  /** "… có hiệu lực thi hành kể từ ngày 01/01/2021" after the citation. */
  effectiveFrom?: string | null;
  /** "Điều 4", "khoản 27 Điều 1" written right before the citation (or after it: "Nghị định 52, Điều 4"). */
  pinpoint?: (Pinpoint & { start: number }) | null;
  key?: string;
}
