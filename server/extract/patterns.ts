// Named pattern fragments and the tables behind them. Every regex here runs on the *folded* text
// (lower case, no diacritics, đ→d, NBSP→space, en-dash→hyphen; see normalize.ts), so "Nghị quyết" is
// written `nghi quyet` and "QĐ-TTg" is `qd-ttg`. All quantifiers are bounded: matching stays linear.

/** Whitespace between the words of a phrase: one to three spaces or a line break ("Nghị\nquyết"). */
export const WS = '[ \\n]{1,3}';
/** Optional whitespace, e.g. around the hyphen of "109- QĐ/TW". */
export const OWS = '[ \\n]{0,2}';

/** Turns "nghi quyet" into a regex source that tolerates irregular spacing between the words. */
export function phrase(folded: string): string {
  return folded.split(' ').map(escape).join(WS);
}

/** `s.replace(/[ \n]+/g, ' ')`, without the regex when there is nothing to replace (a matched phrase mostly). */
export function oneSpaced(s: string): string {
  return s.includes('\n') || s.includes('  ') ? s.replace(/[ \n]+/g, ' ') : s;
}

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Alternation of phrases in which a longer phrase wins over its own prefix ("nghi quyet lien tich" over "nghi
 * quyet"), written as a trie: `nghi(?:WS(?:quyet…|dinh)|…)`, WS being the gap between words. It matches exactly what the flat
 * alternation, longest first, matches (branches of a node start with different characters, and a phrase that
 * goes on is tried before one that ends there), but the regex engine tests each character once instead of
 * once per phrase.
 */
export function alternation(phrases: readonly string[]): string {
  const tokens = (p: string) => p.split(' ').flatMap((word, w) => (w > 0 ? [WS, ...[...word].map(escape)] : [...word].map(escape)));
  return trieAlternation([...phrases].sort((a, b) => b.length - a.length).map(tokens));
}

/** Token lists (each token a regex piece) written as one alternation through a trie of their tokens. */
function trieAlternation(phrases: readonly (readonly string[])[]): string {
  interface Node { next: Map<string, Node>; end: boolean }
  const root: Node = { next: new Map(), end: false };
  for (const p of phrases) {
    let node = root;
    for (const t of p) {
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const write = (node: Node): string => {
    const branches = [...node.next].map(([t, child]) => t + write(child));
    if (branches.length === 0) return '';
    if (branches.length === 1 && !node.end) return branches[0] as string;
    return `(?:${branches.join('|')}${node.end ? '|' : ''})`;
  };
  return [...root.next].map(([t, child]) => t + write(child)).join('|');
}

// ------------------------------------------------------------------ kinds
// Every extractor module reads the kinds from here. The tables are derived from the kind vocabulary (server/vocabulary/kinds.ts), in the shapes the extractor
// reads: KINDS (folded kind word → display, named/conference flags), ENGLISH_KINDS, CODE_KIND (a symbol's type
// code → kind) and KIND_ABBREVIATIONS (what a person types → the kinds it may stand for).
export { KIND_CUES as KINDS, ENGLISH_KIND_CUES as ENGLISH_KINDS, CODE_KIND, TYPED_ABBREVIATIONS as KIND_ABBREVIATIONS, type KindCue as KindInfo } from '../vocabulary/kinds.ts';
import { KIND_CUES as KINDS, ENGLISH_KIND_CUES as ENGLISH_KINDS } from '../vocabulary/kinds.ts';

/** Start of any citation: a kind word, Vietnamese or English, standing as a whole word. */
// The leading lookahead lets the regex engine skip, in one test, every position where no kind can start.
// A footnote mark glued to the kind word ("… thực hiện.3Nghị quyết 55/2010/QH12") does not hide it.
/**
 * Kind words abbreviated in capitals before a number or a plenum: "NQ 57", "KL 21", "CT 05", "NĐ 100", "CV 2150", "NQ TW 4",
 * "NQTW 6" (the centre written onto the abbreviation). Folded abbreviation → folded kind word. ("QĐ" stands for two
 * kinds, "TB" and "KH" for common words: they are read only as a symbol's codes.)
 */
export const ABBREVIATED_KINDS: Record<string, string> = { nq: 'nghi quyet', nqtw: 'nghi quyet', ct: 'chi thi', kl: 'ket luan', hd: 'huong dan', nd: 'nghi dinh', cv: 'cong van' };

/**
 * An abbreviation as written, on the original text (capitals are rare there, so this pass costs little): only before
 * a number or the centre, never as a symbol's code ("18-NQ/TW") — "NQ 57", "NQ số 05", "NQ TW 4", "NQ Trung ương 8".
 */
export const ABBREVIATION = /(?<![A-Za-z0-9/.\-\u2013])(?:NQTW|NQ|NĐ|CT|KL|HD|CV)(?=[ \u00a0]{1,2}(?:số[ \u00a0]{1,2})?[0-9]|[ \u00a0]{1,2}(?:TW|T\.[ƯW]|[Tt]rung ương)(?![a-zà-ỹ]))/g;
/** ABBREVIATION without its lookbehind, which `abbreviationStarts` judges, for `nextAccepted`. */
export const ABBREVIATION_WORD = new RegExp(ABBREVIATION.source.replace('(?<![A-Za-z0-9/.\\-\\u2013])', ''), 'g');
/** ABBREVIATION's lookbehind: nothing of [A-Za-z0-9/.\-\u2013] right before. */
export function abbreviationStarts(s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1);
  return !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2f || c === 0x2e || c === 0x2d || c === 0x2013);
}

const KIND_WORDS = `(${alternation([...Object.keys(KINDS), ...Object.keys(ENGLISH_KINDS)])})(?:s(?=[ \\n]))?(?![a-z0-9])`;
export const KIND_ANCHOR = new RegExp(`(?=[bcdghijklnopqrt])(?:(?<![a-z0-9])|(?<=[.;:,)\\]"\u201d][0-9]{1,2}))${KIND_WORDS}`, 'g');
/** KIND_ANCHOR's words led by the character before them, and read at the text's start, for `nextKindWord`. */
const KIND_LED = new RegExp(`[^a-z]${KIND_WORDS}`, 'g');
const KIND_AT = new RegExp(KIND_WORDS, 'y');

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** The punctuation a footnote mark may follow: `.;:,)]"` and the closing curly quote. */
const isNoteLead = (c: number): boolean => c === 0x2e || c === 0x3b || c === 0x3a || c === 0x2c || c === 0x29 || c === 0x5d || c === 0x22 || c === 0x201d;

/**
 * The next match of a global regex that stands at the start of a word of `scan`: not right after a letter (nor,
 * with `digits`, after a digit). It finds what the regex led by `(?<![a-z])` (`(?<![a-z0-9])`) finds, several
 * times faster: the regex engine can skip ahead to a regex's first words, but tries a leading lookbehind or
 * lookahead at every position.
 */
export function nextAtWordStart(re: RegExp, scan: string, digits: boolean): RegExpExecArray | null {
  for (let m = re.exec(scan); m; m = re.exec(scan)) {
    const c = scan.charCodeAt(m.index - 1);
    if (!(c >= 0x61 && c <= 0x7a) && !(digits && isDigitCode(c))) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * The next match at or after `from` of words that must not follow a letter, searched with `led`, the words led by
 * one character that is no letter (the engine finds that several times faster than words behind a lookbehind), or
 * read with the sticky `atStart` at the text's start. `accept(i)`, when given, judges a match at `i` (its character
 * before). Returns the match of the words alone, as the regex led by the lookbehind returns it.
 */
export function nextLed(led: RegExp, atStart: RegExp, scan: string, from: number, accept?: (i: number) => boolean): RegExpExecArray | null {
  if (from === 0) {
    atStart.lastIndex = 0;
    const m = atStart.exec(scan);
    if (m) return m;
  }
  // the character before a match at `from` stands at from - 1
  led.lastIndex = Math.max(0, from - 1);
  for (let m = led.exec(scan); m; m = led.exec(scan)) {
    const i = m.index + 1;
    if (accept && !accept(i)) {
      led.lastIndex = i;
      continue;
    }
    m.index = i;
    m[0] = m[0].slice(1);
    return m;
  }
  return null;
}

/**
 * The next match of a global regex that `before(s, i)` accepts at its start i, judged on what precedes it: what the regex
 * led by a lookbehind finds (`before` being that lookbehind), found faster, since the regex engine tries a leading
 * lookbehind at every position but skips ahead to a literal or a digit.
 */
export function nextAccepted(re: RegExp, s: string, before: (s: string, i: number) => boolean): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (before(s, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** A kind word after a digit: only one glued to a footnote mark of one or two digits after punctuation. */
function afterNoteMark(scan: string, i: number): boolean {
  if (!isDigitCode(scan.charCodeAt(i - 1))) return true;
  return isNoteLead(scan.charCodeAt(i - 2)) || (isDigitCode(scan.charCodeAt(i - 2)) && isNoteLead(scan.charCodeAt(i - 3)));
}

/** The next match of KIND_ANCHOR whose search starts at `from` (the end of the last one), found faster. */
export function nextKindWord(scan: string, from: number): RegExpExecArray | null {
  return nextIndexed(KIND_LED_SPEC, KIND_AT, scan, from, (i) => afterNoteMark(scan, i));
}

// -------------------------------------------------------------- numbers and symbols

/** "số", "No.", "Nos." between the kind and the number ("Quy định số 213", "Decree No. 30"). */
export const NUMBER_INTRO = /[ \n]{0,3}(?:(?:so|nos?\.?|number)[ \n]{0,3}:?[ \n]{0,2})?/y;
/** A document number: "213", "01", "1234". Never glued to a longer run of digits. */
export const NUMBER = /(\d{1,5})(?![\d])/y;
/** Continuation of a list of numbers: ", 19" in "số 18, 19-NQ/TW", " và 19". */
export const NUMBER_MORE = /[ \n]{0,2}(?:,|;|va|and|&)[ \n]{0,2}(\d{1,5})(?![\d])/y;
/** First separator of a symbol: "-" in "213-QĐ/TW", "/" in "749/QĐ-TTg"; spaces tolerated ("109- QĐ/TW"). */
export const SYMBOL_SEP = /([ \n]{0,2})([-/])([ \n]{0,2})/y;
/** The year of a State symbol: "2020" in "30/2020/NĐ-CP". */
export const SYMBOL_YEAR = /((?:19|20)\d{2})(?!\d)([ \n]{0,2})([-/])([ \n]{0,2})/y;
/** One code segment of a symbol: "qd", "qdi", "tw", "nd", "cp", "qh13", "ubtvqh14". */
export const SYMBOL_SEGMENT = /[a-z][a-z0-9]{0,17}(?:&[a-z][a-z0-9]{0,9})?(?![a-z0-9&])/y;
/** Separator between segments: tighter than the first ("QĐ/TW", "NĐ-CP", "TTLT-BNV-BTC"). */
export const SEGMENT_SEP = /([ ]?)([-/.])([ ]?)/y;

/** Segments whose canonical form is not plain upper case; restores the Đ that ASCII texts drop ("QD" → "QĐ"). */
export const SEGMENT_CANON: Record<string, string> = {
  qd: 'QĐ', qdi: 'QĐi', nd: 'NĐ', ttg: 'TTg', ctr: 'CTr', ttr: 'TTr', da: 'ĐA', du: 'ĐU', hdnd: 'HĐND',
  duqstw: 'ĐUQSTW', duca: 'ĐUCA', duk: 'ĐUK', bgddt: 'BGDĐT', bldtbxh: 'BLĐTBXH', bkhdt: 'BKHĐT', hdtp: 'HĐTP',
  bdntw: 'BĐNTW', qdlt: 'QĐLT', hd: 'HD', nqlt: 'NQLT', ttlt: 'TTLT',
};

/** Issuer codes of central Party bodies and of the State, and what they stand for. */
export const ISSUER_CODES: Record<string, string> = {
  cp: 'Chính phủ', ttg: 'Thủ tướng Chính phủ', vpcp: 'Văn phòng Chính phủ', ttcp: 'Thanh tra Chính phủ',
  bnv: 'Bộ Nội vụ', btc: 'Bộ Tài chính', bca: 'Bộ Công an', bqp: 'Bộ Quốc phòng', byt: 'Bộ Y tế', btp: 'Bộ Tư pháp',
  bng: 'Bộ Ngoại giao', bct: 'Bộ Công Thương', bxd: 'Bộ Xây dựng', bgtvt: 'Bộ Giao thông vận tải',
  bgddt: 'Bộ Giáo dục và Đào tạo', bldtbxh: 'Bộ Lao động - Thương binh và Xã hội', bkhdt: 'Bộ Kế hoạch và Đầu tư',
  bnnptnt: 'Bộ Nông nghiệp và Phát triển nông thôn', btnmt: 'Bộ Tài nguyên và Môi trường', bnnmt: 'Bộ Nông nghiệp và Môi trường',
  btttt: 'Bộ Thông tin và Truyền thông', bkhcn: 'Bộ Khoa học và Công nghệ', bvhttdl: 'Bộ Văn hóa, Thể thao và Du lịch',
  bdttg: 'Bộ Dân tộc và Tôn giáo', ubdt: 'Ủy ban Dân tộc', nhnn: 'Ngân hàng Nhà nước Việt Nam', ktnn: 'Kiểm toán nhà nước',
  tandtc: 'Tòa án nhân dân tối cao', vksndtc: 'Viện kiểm sát nhân dân tối cao', hdtp: 'Hội đồng Thẩm phán Tòa án nhân dân tối cao',
  btctw: 'Ban Tổ chức Trung ương', ubkttw: 'Ủy ban Kiểm tra Trung ương', vptw: 'Văn phòng Trung ương Đảng',
  btgtw: 'Ban Tuyên giáo Trung ương', btgdvtw: 'Ban Tuyên giáo và Dân vận Trung ương', bdvtw: 'Ban Dân vận Trung ương',
  bkttw: 'Ban Kinh tế Trung ương', bnctw: 'Ban Nội chính Trung ương', bdntw: 'Ban Đối ngoại Trung ương',
  duqstw: 'Đảng ủy Quân sự Trung ương', qutw: 'Quân ủy Trung ương', duca: 'Đảng ủy Công an Trung ương',
  tct: 'Tổng cục Thuế', tchq: 'Tổng cục Hải quan', kbnn: 'Kho bạc Nhà nước',
  // the central bodies of the mass organisations ("22-HD/TWĐTN": the Youth Union's Central Committee)
  twdtn: 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', tld: 'Tổng Liên đoàn Lao động Việt Nam',
  hu: 'Huyện ủy', qu: 'Quận ủy', ubnd: 'Ủy ban nhân dân', hdnd: 'Hội đồng nhân dân',
};

/** Issuer codes of local bodies: every province has its own 11-NQ/TU, so identity needs the jurisdiction. */
export const LOCAL_CODES = new Set(['tu', 'hu', 'qu', 'du', 'txu', 'ubnd', 'hdnd', 'tu-hdnd']);

/** National Assembly and its Standing Committee carry their term in the code: "QH13", "UBTVQH14". */
export const ASSEMBLY_CODE = /^(ubtvqh|qh)(\d{1,2})$/;

// ------------------------------------------------------------------ conference and congress

/** Ordinal words of "Hội nghị lần thứ tư", "lần thứ mười hai". */
export const ORDINAL_WORDS: Record<string, number> = {
  nhat: 1, hai: 2, ba: 3, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
  'muoi mot': 11, 'muoi hai': 12, 'muoi ba': 13, 'muoi bon': 14, 'muoi lam': 15, 'muoi sau': 16, 'muoi bay': 17, 'muoi tam': 18,
};
/** "4" → 4, "tu" → 4, "muoi hai" → 12; null otherwise. */
export function ordinalValue(raw: string): number | null {
  const w = oneSpaced(raw);
  if (/^\d+$/.test(w)) return Number(w);
  return ORDINAL_WORDS[w] ?? null;
}
const ORDINAL = `(?:\\d{1,2}|${alternation(Object.keys(ORDINAL_WORDS))})`;
// one term or a list of them: "khóa X, XI" (the same plenum number in two terms: two resolutions)
const ROMAN_TERM = `(?<terms>[ivxl]{1,7}(?:${OWS},${OWS}[ivxl]{1,7}(?![a-z0-9])){0,3}|\\d{1,2})`;

/**
 * After "Nghị quyết": the conference that adopted it. Handles "Hội nghị Trung ương 4, 5, 6 khóa XIII",
 * "Trung ương 4 (khóa XII)", "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII",
 * "Hội nghị Trung ương lần thứ 8 khóa XI". Groups: 1 `before`, the ordinal before "Trung ương"; 2 `after`, the ordinal after
 * it; 3 `list`, a list of digits; 4 `terms`, the term(s).
 */
export const CONFERENCE = new RegExp(
  `(?:${WS}|(?<=nq))(?:cua${WS})?(?:hoi${WS}nghi${WS}(?:lan${WS}thu${WS}(?<before>${ORDINAL})${WS})?(?:ban${WS}chap${WS}hanh${WS})?|bch${WS})?(?:trung${WS}uong|t\\.?[ ]?[uw](?![a-z0-9]))` +
    // ("Hội nghị Trung ương sáu Khóa XIII": a numeral in words right after the centre, when the term follows)
    `(?:${WS}dang)?(?:${WS}(?:(?:lan${WS}thu${WS}|(?=(?:${alternation(Object.keys(ORDINAL_WORDS))})${OWS}[,(]?${OWS}khoa${WS}))(?<after>${ORDINAL})|(?<list>\\d{1,2}(?:${OWS}(?:,|va)${OWS}\\d{1,2}(?!\\d)){0,12}))(?![0-9]))?(?![a-z0-9])` +
    `(?:${OWS}[,(]?${OWS}khoa${WS}${ROMAN_TERM}(?![a-z0-9])\\)?)?`,
  'y',
);

// English renderings of conferences and congresses: "the 7th plenum of the 12th Party Central Committee",
// "the sixth plenary session of the 13th Central Committee", "the 13th National Party Congress".
export const EN_ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
};
const enOrd = (name: string): string => `(?:(?<${name}Digits>\\d{1,2})(?:st|nd|rd|th)|(?<${name}Word>${Object.keys(EN_ORDINAL_WORDS).join('|')}))`;
/** Groups 1–2 (`plenumDigits`, `plenumWord`): the plenum's ordinal; 3–4 (`termDigits`, `termWord`): the Central Committee's. */
// (groups 5–6, `term2Digits`, `term2Word`: the term written after the committee, "(11th tenure)", ", 13th term")
export const EN_PLENUM = new RegExp(
  `(?:the${WS})?${enOrd('plenum')}${WS}(?:plenum|plenary${WS}(?:session|meeting)|conference|central${WS}committee${WS}(?:plenum|meeting|conference))${WS}of${WS}the${WS}` +
    `(?:${enOrd('term')}${WS}(?:party${WS})?central${WS}committee(?![a-z0-9])|(?:party${WS})?central${WS}committee[ ]{0,2}[(,][ ]{0,2}(?:the${WS})?${enOrd('term2')}${WS}(?:tenure|term)\\)?` +
    // (group 7, `termRoman`: "… of the Central Committee of the XIII term")
    `|(?:party${WS})?central${WS}committee${WS}of${WS}the${WS}(?<termRoman>[ivxl]{1,6})${WS}(?:term|tenure)(?![a-z0-9]))`,
  'y',
);
/** Groups 1–2 (`congressDigits`, `congressWord`): the congress's ordinal. */
// ("the 11th Party Congress": the Party's congress with its ordinal is the national one)
export const EN_CONGRESS = new RegExp(`(?:the${WS})?${enOrd('congress')}${WS}(?:national${WS}(?:party${WS})?|party${WS})congress(?![a-z0-9])`, 'y');
/** "12th" / "twelfth" → 12. */
export function enOrdinalValue(digits: string | undefined, word: string | undefined): number | null {
  if (digits) return Number(digits);
  return word ? (EN_ORDINAL_WORDS[word] ?? null) : null;
}

// ------------------------------------------------------------------ attributes after a citation

/**
 * "ngày" / "dated" / "of" introducing a date ("ngày 2-1-2020", "dated January 2, 2020"); also the act ("ký ngày …",
 * "ban hành ngày …", "…, issued on July 28, 2023 by the Secretariat, …").
 */
export const DATE_INTRO = /(?:(?:issued|signed|adopted|promulgated)[ \n]{1,3}(?:on[ \n]{1,3})?|(?:(?:ky|ban[ ]hanh)[ \n]{1,3})?(?:ngay|dated|of|on)[ \n]{1,3})/y;
/** A bare year after a citation: "năm 2015" ("Luật Đất đai năm 2013"), or "2013" directly after a law's name. */
export const YEAR_ATTR = /(?:(?:nam|of)[ \n]{1,3})?((?:19|20)\d{2})(?![\d/.,-]\d)(?![a-z0-9])/y;
/** The term: "khóa XII" ("của Ban Chấp hành Trung ương khóa XII"). */
export const TERM_ATTR = new RegExp(`\\(?khoa${WS}([ivxl]{1,7})(?![a-z0-9])\\)?`, 'y');
/** Words introducing the issuer: "của Bộ Chính trị", "do Ban Bí thư ban hành", "of the Politburo". */
/** "của (Liên) Bộ …": joint ministries are introduced as "Liên Bộ" before the first of them. */
/** ("được Ban Bí thư ban hành": "được" introduces the issuer only before the act, which the reader checks.) */
// (in English also the act after a list, "… and 06-CT/TW were issued by the Politburo" — a singular "was issued by" is
// the predicate of a sentence the citation may only be part of — and the body's tenure, "of the 13th-tenure Politburo")
export const ISSUER_INTRO = /(?:cua|do|duoc|of(?:[ \n]{1,3}the)?|(?:(?:were|are)[ \n]{1,3})?(?:(?:issued|promulgated|adopted|signed)[ \n]{1,3})?by(?:[ \n]{1,3}the)?)[ \n]{1,3}(?:lien[ ]{1,2}(?=bo[ ])|[0-9]{1,2}(?:st|nd|rd|th)[- ](?:tenure|term)[ ]{1,2}|[0-9]{1,2}(?:st|nd|rd|th)[ ]{1,2}(?=(?:party[ ]{1,2})?central[ ]{1,2}committee|national[ ]{1,2}assembly|secretariat|politburo))?/y;
/**
 * "về" introducing an unquoted title: "Nghị quyết số 18-NQ/TW về một số vấn đề…"; a State decree or circular's own
 * title verb is part of its title: "Nghị định số 138/2020/NĐ-CP quy định về tuyển dụng…", "… quy định chi tiết
 * một số điều của Luật …".
 */
export const TITLE_VE = /(?:quy[ \n]{1,3}dinh[ \n]{1,3}(?:ve|chi[ \n]{1,3}tiet(?:[ \n]{1,3}ve)?)|ve|v\/v|on|prescribing|providing|guiding|detailing|regulating|stipulating|elaborating|approving|promulgating|amending)[ \n]{1,3}(?=[a-z0-9])/y;
/** Punctuation and spaces between attributes: ", ", " (", ") ". */
// (a stray full stop right before a comma is no sentence end: "Nghị định số 77/2016/NĐ-CP., có hiệu lực …")
export const ATTR_GAP = /(?:\.(?=,))?[ \n,()]{0,4}/y;

// ------------------------------------------------------------------ relations (docs/citations.md §3)

/** Cue phrases, folded → relation type. Longest first matters: "tiếp tục thực hiện" before "thực hiện". */
export const RELATION_CUES: Record<string, import('./models.ts').RelationType> = {
  'thay the': 'REPLACES',
  'sua doi, bo sung': 'AMENDS',
  'sua doi bo sung': 'AMENDS',
  'sua doi': 'AMENDS',
  'bo sung': 'AMENDS',
  'bai bo': 'REPEALS',
  // "Quyết định số 15 hủy bỏ Quyết định số 9", "… chấm dứt hiệu lực Thông tư …": struck out with no successor
  'huy bo': 'REPEALS',
  'cham dut hieu luc': 'REPEALS',
  'huong dan thuc hien': 'GUIDES',
  'huong dan thi hanh': 'GUIDES',
  'huong dan ap dung': 'GUIDES',
  'quy dinh chi tiet': 'GUIDES',
  'huong dan': 'GUIDES',
  'giai thich': 'GUIDES',
  // "Quy định … về thi hành Điều lệ Đảng": detailed rules for applying it (vbpl's "hướng dẫn thi hành")
  'thi hanh': 'GUIDES',
  'tiep tuc thuc hien': 'CONTINUES',
  // "Nghị quyết số 19-NQ/TW kế thừa và phát triển Nghị quyết số 26-NQ/TW": the later text carries the earlier on
  'ke thua va phat trien': 'CONTINUES',
  'ke thua': 'CONTINUES',
  'tiep tuc day manh thuc hien': 'CONTINUES',
  'tiep tuc day manh': 'CONTINUES',
  'chuong trinh hanh dong thuc hien': 'IMPLEMENTS',
  'trien khai thuc hien': 'IMPLEMENTS',
  'thuc hien': 'IMPLEMENTS',
  'trien khai': 'IMPLEMENTS',
  'cu the hoa': 'IMPLEMENTS',
  // "Nghị quyết của Quốc hội thể chế hóa Kết luận của Bộ Chính trị": the State puts a Party decision into law
  'the che hoa': 'IMPLEMENTS',
  'quan triet': 'IMPLEMENTS',
  'can cu': 'BASED_ON',
  // "Trên cơ sở Kết luận số 14-KL/TW …, Chính phủ đã ban hành Nghị định …": what an instrument was built on
  'tren co so': 'BASED_ON',
  'so ket': 'SUMMARIZES',
  // "Kết luận … nêu rõ kết quả đạt được sau 8 năm thực hiện Nghị quyết …": the results of years of it are reviewed
  'ket qua dat duoc sau': 'SUMMARIZES',
  'ket qua sau': 'SUMMARIZES',
  'tong ket': 'SUMMARIZES',
  'hop nhat': 'CONSOLIDATES',
  'dinh chinh': 'CORRECTS',
  'dinh chi thi hanh': 'SUSPENDS',
  'dinh chi': 'SUSPENDS',
  'tam ngung hieu luc': 'SUSPENDS',
  // English renderings: "Decree No. 13/2023/ND-CP replaces Decree No. 52/2013/ND-CP"
  replaces: 'REPLACES',
  replacing: 'REPLACES',
  amends: 'AMENDS',
  // a headline's base form: "Decree 59/2024/ND-CP amend Decree 34/2016/ND-CP"; "To amend and supplement …" in an article
  amend: 'AMENDS',
  replace: 'REPLACES',
  repeal: 'REPEALS',
  'amend and supplement': 'AMENDS',
  amending: 'AMENDS',
  'amending and supplementing': 'AMENDS',
  'adjusting and supplementing': 'AMENDS',
  supplementing: 'AMENDS',
  supplements: 'AMENDS',
  'amendments to': 'AMENDS',
  repeals: 'REPEALS',
  repealing: 'REPEALS',
  guiding: 'GUIDES',
  'guiding the implementation of': 'GUIDES',
  guides: 'GUIDES',
  guide: 'GUIDES',
  'guides the implementation of': 'GUIDES',
  'detailing': 'GUIDES',
  'detailing the implementation of': 'GUIDES',
  'elaborating on the implementation of': 'GUIDES',
  'elaborating on': 'GUIDES',
  elaborating: 'GUIDES',
  'providing guidelines for': 'GUIDES',
  'providing guidance on': 'GUIDES',
  continues: 'CONTINUES',
  'continues to implement': 'CONTINUES',
  'continuing to implement': 'CONTINUES',
  'continued implementation of': 'CONTINUES',
  implements: 'IMPLEMENTS',
  implementing: 'IMPLEMENTS',
  'to implement': 'IMPLEMENTS',
  implement: 'IMPLEMENTS',
  'in implementation of': 'IMPLEMENTS',
  // a title "on the implementation of …", as the Vietnamese "về việc thực hiện …"
  'on the implementation of': 'IMPLEMENTS',
  institutionalizes: 'IMPLEMENTS',
  institutionalizing: 'IMPLEMENTS',
  annuls: 'REPEALS',
  annulling: 'REPEALS',
  consolidates: 'CONSOLIDATES',
  consolidating: 'CONSOLIDATES',
  'pursuant to': 'BASED_ON',
  pursuant: 'BASED_ON',
  'based on': 'BASED_ON',
  'on the basis of': 'BASED_ON',
  summarizing: 'SUMMARIZES',
  'reviewing the implementation of': 'SUMMARIZES',
  supersedes: 'REPLACES',
  superseding: 'REPLACES',
  // the past participle, active ("Directive 45 replaced Directive 12") or passive ("which was amended by Decree 123")
  replaced: 'REPLACES',
  superseded: 'REPLACES',
  amended: 'AMENDS',
  'amended and supplemented': 'AMENDS',
  supplemented: 'AMENDS',
  repealed: 'REPEALS',
};

const CUE_WORDS = `(${alternation(Object.keys(RELATION_CUES))})(?![a-z0-9])`;
export const RELATION_CUE = new RegExp(
  `(?<![a-z0-9])(?=[${[...new Set(Object.keys(RELATION_CUES).map((k) => k[0]))].sort().join('')}])${CUE_WORDS}`,
  'g',
);
/** RELATION_CUE's words led by the character before them, and read at the text's start, for `nextRelationCue`. */
const CUE_LED = new RegExp(`[^a-z0-9]${CUE_WORDS}`, 'g');
const CUE_AT = new RegExp(CUE_WORDS, 'y');

/** The next match of RELATION_CUE whose search starts at `from` (the end of the last one), found faster. */
export function nextRelationCue(scan: string, from: number): RegExpExecArray | null {
  return nextIndexed(CUE_LED_SPEC, CUE_AT, scan, from);
}

// ------------------------------------------------------------------ sparse phrases

/**
 * A global regex whose every match holds one of a few literal words, starting between `minLead` and `maxLead`
 * characters after the match's start: "ban hanh" in "(vừa) ban hành …", "gom" in "bao gồm". `matchesNear` finds
 * its matches by trying the sticky twin only in that window before each occurrence of a word, instead of scanning
 * every position of the text; the words of every such regex are found together, in one pass over the text.
 */
export interface NearSpec {
  sticky: RegExp;
  literals: readonly string[];
  minLead: number;
  maxLead: number;
  /** The characters a match may start with, by code (the scan is one byte per code unit). */
  first: Uint8Array | null;
}

/** Every literal word of every NearSpec. */
const sparseWords = new Set<string>();
/** The words some NearSpec needs wherever they stand, also right after a letter (the others start a word). */
const anywhereWords = new Set<string>();
let sparseRe: RegExp | null = null;
/** The sparse words found anywhere, and those that start a word, by their first character. */
let anywhereByFirst: (string[] | undefined)[] = [];
let startByFirst: (string[] | undefined)[] = [];
let startWords: string[] = [];

/**
 * A global regex led by one character that is no letter (`[^a-z]…`, `[^a-z0-9]…`), then one of a list of phrases
 * (spaced as `alternation` spaces them). Where it may match is found in the pass that finds the sparse words: that
 * pass stops wherever a phrase of any LedSpec (or a sparse word that starts a word) follows a character that is no
 * letter, and the phrase it read there tells which LedSpecs have a phrase there (one of theirs starts it). One pass
 * for all of them costs much less than one search of the text for each.
 */
export interface LedSpec {
  sticky: RegExp;
  phrases: readonly string[];
  /** Its place in the lists of positions. */
  slot: number;
}
const ledSpecs: LedSpec[] = [];
const ledPhrases = new Set<string>();
/** For a phrase the pass read (as written): the LedSpecs, one bit each by slot, with a phrase that starts it. */
const specsOfPhrase = new Map<string, number>();

export function ledSpec(led: RegExp, phrases: readonly string[]): LedSpec {
  for (const p of phrases) ledPhrases.add(p);
  const spec: LedSpec = { sticky: new RegExp(led.source, `${led.flags.replace('g', '')}y`), phrases, slot: ledSpecs.length };
  ledSpecs.push(spec);
  specsOfPhrase.clear();
  sparseRe = null;
  anchorScan = null;
  return spec;
}

function specsOf(read: string): number {
  let bits = specsOfPhrase.get(read);
  if (bits === undefined) {
    const phrase = oneSpaced(read);
    bits = 0;
    for (const spec of ledSpecs) if (spec.phrases.some((p) => phrase.startsWith(p))) bits |= 1 << spec.slot;
    // (the phrases are few, and so are their spellings: the map stays small)
    if (specsOfPhrase.size > 10_000) specsOfPhrase.clear();
    specsOfPhrase.set(read, bits);
  }
  return bits;
}

/**
 * `wordStart`: in every match, the literal word the window is found from (the one that stands between `minLead` and
 * `maxLead` characters in) never follows a letter; its occurrences right after a letter are then not looked for.
 */
export function nearSpec(re: RegExp, literals: readonly string[], minLead: number, maxLead: number, first?: string, wordStart = false): NearSpec {
  let f: Uint8Array | null = null;
  if (first !== undefined) {
    f = new Uint8Array(256);
    for (let i = 0; i < first.length; i++) f[first.charCodeAt(i) & 0xff] = 1;
  }
  for (const l of literals) sparseWords.add(l);
  if (!wordStart) for (const l of literals) anywhereWords.add(l);
  sparseRe = null;
  anchorScan = null;
  return { sticky: new RegExp(re.source, `${re.flags.replace('g', '')}y`), literals, minLead, maxLead, first: f };
}

// The positions of every sparse word in the last scan read (each extraction stage reads the same scan); forgotten
// at the start of each extraction (`forgetAnchors`), so that a text is never read on the word of an earlier one.
let anchorScan: string | null = null;
let anchors = new Map<string, number[]>();
const NO_POSITIONS: number[] = [];
/** Where each LedSpec matches in the last scan read (the position of the leading character), by slot. */
let ledPositions: number[][] = [];

/** Starts a new text: its sparse words are found again, even when it equals the last one. */
export function forgetAnchors(): void {
  anchorScan = null;
}

/** Sorted positions of each sparse word in `scan`, overlapping ones included, from one regex pass. */
function anchorsOf(scan: string): Map<string, number[]> {
  if (scan === anchorScan) return anchors;
  if (!sparseRe) {
    const anywhere = [...anywhereWords];
    startWords = [...sparseWords].filter((w) => !anywhereWords.has(w));
    // group 1: a phrase (or a word that starts a word) after a character that is no letter; else a word found anywhere
    const led = [...ledPhrases, ...startWords];
    const sides = [...(led.length ? [`[^a-z](${alternation(led)})`] : []), ...(anywhere.length ? [alternationExact(anywhere)] : [])];
    sparseRe = new RegExp(sides.length ? sides.join('|') : '(?!)', 'g');
    // (by the code of their first character: every code of the scan is below 256)
    const byFirst = (words: string[]) => {
      const out: (string[] | undefined)[] = [];
      for (const w of words) (out[w.charCodeAt(0)] ??= []).push(w);
      return out;
    };
    anywhereByFirst = byFirst(anywhere);
    startByFirst = byFirst(startWords);
  }
  const re = sparseRe;
  const found = new Map<string, number[]>();
  const add = (w: string, i: number): void => {
    const l = found.get(w);
    if (l) l.push(i);
    else found.set(w, [i]);
  };
  const led: number[][] = ledSpecs.map(() => []);
  // (a word that starts a word at the text's start has no character before it to stop the pass)
  for (const w of startWords) if (scan.startsWith(w, 0)) add(w, 0);
  re.lastIndex = 0;
  for (let m = re.exec(scan); m; m = re.exec(scan)) {
    const i = m.index;
    // (every word that starts here, also one that the alternation's choice hides: a prefix of another)
    const here = anywhereByFirst[scan.charCodeAt(i)];
    if (here) for (const w of here) if (scan.startsWith(w, i)) add(w, i);
    const phrase = m[1];
    if (phrase !== undefined) {
      const next = startByFirst[scan.charCodeAt(i + 1)];
      if (next) for (const w of next) if (scan.startsWith(w, i + 1)) add(w, i + 1);
      // the LedSpecs that may match here: those with a phrase that starts the phrase read (the longest there)
      const bits = specsOf(phrase);
      for (let slot = 0; bits >> slot !== 0; slot++) if ((bits >> slot) & 1) (led[slot] as number[]).push(i);
    }
    re.lastIndex = i + 1;
  }
  anchorScan = scan;
  anchors = found;
  ledPositions = led;
  return found;
}

/**
 * The next match of a LedSpec's regex whose search starts at `from`, read with the sticky `atStart` at the text's
 * start: what `nextLed` returns for the same regex, `accept` and arguments, from the positions of the shared pass.
 */
export function nextIndexed(spec: LedSpec, atStart: RegExp, scan: string, from: number, accept?: (i: number) => boolean): RegExpExecArray | null {
  if (from === 0) {
    atStart.lastIndex = 0;
    const m = atStart.exec(scan);
    if (m) return m;
  }
  anchorsOf(scan);
  const list = ledPositions[spec.slot] ?? NO_POSITIONS;
  // the character before a match at `from` stands at from - 1
  for (let k = firstAtLeast(list, Math.max(0, from - 1)); k < list.length; k++) {
    const q = list[k] as number;
    if (accept && !accept(q + 1)) continue;
    spec.sticky.lastIndex = q;
    const m = spec.sticky.exec(scan);
    if (!m) continue;
    m.index = q + 1;
    m[0] = m[0].slice(1);
    return m;
  }
  return null;
}

/** Where a LedSpec's regex may match in `scan` (its leading character's position), sorted: each to be tried. */
export function ledMatches(spec: LedSpec, scan: string): readonly number[] {
  anchorsOf(scan);
  return ledPositions[spec.slot] ?? NO_POSITIONS;
}

/** Index of the first element of a sorted list that is >= x. */
export function firstAtLeast(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Exact alternation of literal words (no spacing tolerance), as a trie. */
function alternationExact(words: readonly string[]): string {
  return trieAlternation(words.map((w) => [...w].map(escape)));
}

/**
 * Every match, in order, that a loop of `exec` of the spec's global regex from 0 finds (`wordStart` unset), or a
 * loop of `nextAtWordStart` (`wordStart`: 'letter' refuses a match right after a letter, 'digit' also after a digit).
 * A match at s holds a literal at or after s + minLead, so the first literal at or after q + minLead bounds from
 * below every match at or after q: the windows before the literals, in order, see every match start in order.
 */
export function matchesNear(spec: NearSpec, scan: string, wordStart?: 'letter' | 'digit'): RegExpExecArray[] {
  const { sticky, literals, minLead, maxLead, first } = spec;
  const out: RegExpExecArray[] = [];
  const all = anchorsOf(scan);
  const lists = literals.map((l) => all.get(l) ?? NO_POSITIONS);
  if (lists.every((l) => l.length === 0)) return out;
  const ptr = lists.map(() => 0);
  let q = 0;
  for (;;) {
    // the first literal at or after q + minLead
    let at = -1;
    for (let i = 0; i < lists.length; i++) {
      const l = lists[i] as number[];
      let k = ptr[i] as number;
      while (k < l.length && (l[k] as number) < q + minLead) k++;
      ptr[i] = k;
      if (k < l.length && (at < 0 || (l[k] as number) < at)) at = l[k] as number;
    }
    if (at < 0) return out;
    const hi = at - minLead;
    let s = Math.max(q, at - maxLead);
    for (; s <= hi; s++) {
      if (first && first[scan.charCodeAt(s) & 0xff] !== 1) continue;
      if (wordStart) {
        const c = scan.charCodeAt(s - 1);
        if ((c >= 0x61 && c <= 0x7a) || (wordStart === 'digit' && isDigitCode(c))) continue;
      }
      sticky.lastIndex = s;
      const m = sticky.exec(scan);
      if (m) {
        out.push(m);
        q = sticky.lastIndex;
        break;
      }
    }
    if (s > hi) q = hi + 1;
  }
}

// The word regexes whose matches the shared pass finds (see LedSpec).
const KIND_LED_SPEC = ledSpec(KIND_LED, [...Object.keys(KINDS), ...Object.keys(ENGLISH_KINDS)]);
const CUE_LED_SPEC = ledSpec(CUE_LED, Object.keys(RELATION_CUES));
