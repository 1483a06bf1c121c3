// Organisations named in the text: the actors of actions and the issuers of instruments.
// "Ban Thường vụ Thành ủy Cẩm Phả" = prefix "Ban Thường vụ" + local core "Thành ủy" + place "Cẩm Phả";
// "Đảng bộ thành phố Cẩm Phả" = core "Đảng bộ" + unit "thành phố" + place; "Bộ Chính trị" stands alone.
// A bare "Thành ủy" later in the same text is the Thành ủy met before, when there is only one.

import { MENTION_LEVEL_OF } from '../vocabulary/organizations.ts';
import { slugify } from '../text/fold.ts';
import type { Doc, OrgMention, Organization, Span } from './models.ts';
import { isUpperAt, tidy } from './normalize.ts';
import { ISSUER_CODES, WS, alternation, firstAtLeast, ledMatches, ledSpec, matchesNear, nearSpec, oneSpaced } from './patterns.ts';
import { fold } from '../text/fold.ts';


/** Central bodies as they are properly written; texts without diacritics get these names back. */
const CENTRAL_NAMES = [
  'Bộ Chính trị', 'Ban Bí thư Trung ương Đảng', 'Ban Bí thư', 'Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương',
  'Chính phủ', 'Thủ tướng Chính phủ', 'Quốc hội', 'Ủy ban Thường vụ Quốc hội', 'Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Ban Tổ chức Trung ương', 'Ủy ban Kiểm tra Trung ương',
  'Ban Tuyên giáo Trung ương', 'Ban Tuyên giáo và Dân vận Trung ương', 'Ban Dân vận Trung ương', 'Ban Kinh tế Trung ương',
  'Ban Nội chính Trung ương', 'Ban Đối ngoại Trung ương', 'Văn phòng Trung ương Đảng', 'Đảng ủy Quân sự Trung ương',
  'Quân ủy Trung ương', 'Đảng ủy Công an Trung ương', 'Văn phòng Chính phủ', 'Thanh tra Chính phủ',
  'Kiểm toán nhà nước', 'Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Ngân hàng Nhà nước Việt Nam',
  // the mass organisations' centres, whose boards share the Party's names ("Ban Bí thư Trung ương Đoàn")
  'Trung ương Đoàn', 'Tổng Liên đoàn Lao động Việt Nam', 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
  'Hội Liên hiệp Phụ nữ Việt Nam', 'Trung ương Hội Nông dân Việt Nam', 'Hội Nông dân Việt Nam',
  'Trung ương Hội Cựu chiến binh Việt Nam', 'Hội Cựu chiến binh Việt Nam',
  // agencies under the Government and general departments that issue in their own name
  'Bảo hiểm xã hội Việt Nam', 'Tổng cục Thuế', 'Tổng cục Hải quan', 'Kho bạc Nhà nước', 'Ủy ban Dân tộc',
  'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', 'Tổng cục Thống kê', 'Ủy ban Chứng khoán Nhà nước',
  ...Object.values(ISSUER_CODES).filter((n) => n.startsWith('Bộ ')),
];
const CENTRAL_DISPLAY = new Map(CENTRAL_NAMES.map((n) => [fold(n), n] as const));
const CENTRAL = [...CENTRAL_DISPLAY.keys()];
/** Issuers as a document header names them ("BỘ NỘI VỤ", "CHÍNH PHỦ"), folded → name. */
export const HEADER_ORGS: ReadonlyMap<string, string> = new Map([
  ...CENTRAL_DISPLAY,
  ['ban chap hanh trung uong dang', 'Ban Chấp hành Trung ương'],
  ['ban bi thu trung uong dang', 'Ban Bí thư'],
]);
/** English names of central bodies, as English renderings of articles write them. */
const ENGLISH: Record<string, string> = {
  politburo: 'Bộ Chính trị', secretariat: 'Ban Bí thư', 'party central committee': 'Ban Chấp hành Trung ương',
  'central committee': 'Ban Chấp hành Trung ương', government: 'Chính phủ', 'prime minister': 'Thủ tướng Chính phủ',
  'national assembly': 'Quốc hội', 'ministry of home affairs': 'Bộ Nội vụ', 'ministry of finance': 'Bộ Tài chính',
  'national assembly standing committee': 'Ủy ban Thường vụ Quốc hội', 'standing committee of the national assembly': 'Ủy ban Thường vụ Quốc hội',
  'ministry of justice': 'Bộ Tư pháp', 'ministry of health': 'Bộ Y tế', 'ministry of education and training': 'Bộ Giáo dục và Đào tạo',
  'ministry of labour, war invalids and social affairs': 'Bộ Lao động - Thương binh và Xã hội', 'ministry of public security': 'Bộ Công an',
  'ministry of national defence': 'Bộ Quốc phòng', 'ministry of industry and trade': 'Bộ Công Thương', 'ministry of construction': 'Bộ Xây dựng',
  'ministry of transport': 'Bộ Giao thông vận tải', 'ministry of planning and investment': 'Bộ Kế hoạch và Đầu tư',
  'ministry of natural resources and environment': 'Bộ Tài nguyên và Môi trường', 'state bank of vietnam': 'Ngân hàng Nhà nước Việt Nam',
  'ministry of agriculture and rural development': 'Bộ Nông nghiệp và Phát triển nông thôn', 'ministry of agriculture and environment': 'Bộ Nông nghiệp và Môi trường',
  'ministry of information and communications': 'Bộ Thông tin và Truyền thông', 'ministry of science and technology': 'Bộ Khoa học và Công nghệ',
  'ministry of culture, sports and tourism': 'Bộ Văn hóa, Thể thao và Du lịch', 'ministry of foreign affairs': 'Bộ Ngoại giao',
  'ministry of labour, invalids and social affairs': 'Bộ Lao động - Thương binh và Xã hội', 'ministry of labor, invalids and social affairs': 'Bộ Lao động - Thương binh và Xã hội',
  'ministry of ethnic and religious affairs': 'Bộ Dân tộc và Tôn giáo', 'ministry of industry and commerce': 'Bộ Công Thương',
  'ministry of transportation': 'Bộ Giao thông vận tải', 'ministry of defence': 'Bộ Quốc phòng', 'ministry of national defense': 'Bộ Quốc phòng',
  "supreme people's court": 'Tòa án nhân dân tối cao', "supreme people's procuracy": 'Viện kiểm sát nhân dân tối cao',
  'government inspectorate': 'Thanh tra Chính phủ', 'government office': 'Văn phòng Chính phủ', 'state audit office': 'Kiểm toán nhà nước',
  president: 'Chủ tịch nước', 'state president': 'Chủ tịch nước',
  'vietnam fatherland front central committee': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'central committee of the vietnam fatherland front': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'central inspection commission': 'Ủy ban Kiểm tra Trung ương', 'central organization commission': 'Ban Tổ chức Trung ương',
  'central organisation commission': 'Ban Tổ chức Trung ương', 'central propaganda and education commission': 'Ban Tuyên giáo Trung ương',
  'central commission for propaganda and education': 'Ban Tuyên giáo Trung ương', 'central mass mobilization commission': 'Ban Dân vận Trung ương',
  'central economic commission': 'Ban Kinh tế Trung ương', 'central internal affairs commission': 'Ban Nội chính Trung ương',
  'central military commission': 'Quân ủy Trung ương', 'party central office': 'Văn phòng Trung ương Đảng',
};
// (a curly apostrophe reaches the scan as \x1a: "Supreme People’s Court")
for (const k of Object.keys(ENGLISH)) if (k.includes("'")) ENGLISH[k.replace(/'/g, '\x1a')] = ENGLISH[k] as string;
/**
 * English names of local bodies, named with their place before ("the Nghe An provincial Party Committee") or after
 * ("the provincial Party Committee of Nghe An"): the Vietnamese name and the level.
 */
const ENGLISH_LOCAL: Record<string, [string, OrgMention['level']]> = {
  'provincial party committee': ['Tỉnh ủy', 'province'], 'municipal party committee': ['Thành ủy', 'city'],
  'city party committee': ['Thành ủy', 'city'], 'district party committee': ['Huyện ủy', 'district'],
  // ("the Ho Chi Minh City People's Committee", "the People's Committee of Nghe An province")
  "provincial people's committee": ['Ủy ban nhân dân tỉnh', 'province'], "city people's committee": ['Ủy ban nhân dân thành phố', 'city'],
  "municipal people's committee": ['Ủy ban nhân dân thành phố', 'city'], "people's committee": ['Ủy ban nhân dân', 'unknown'],
  "provincial people's council": ['Hội đồng nhân dân tỉnh', 'province'], "city people's council": ['Hội đồng nhân dân thành phố', 'city'],
  "municipal people's council": ['Hội đồng nhân dân thành phố', 'city'], "people's council": ['Hội đồng nhân dân', 'unknown'],
};
for (const k of Object.keys(ENGLISH_LOCAL)) if (k.includes("'")) ENGLISH_LOCAL[k.replace(/'/g, '\x1a')] = ENGLISH_LOCAL[k] as [string, OrgMention['level']];
/**
 * English names of a committee's standing or executive board, read with the body after "of": "the Standing Board of the
 * Nghe An provincial Party Committee" is the Ban Thường vụ Tỉnh ủy Nghệ An.
 */
const ENGLISH_PREFIX: Record<string, string> = {
  'standing board': 'Ban Thường vụ', 'standing committee': 'Ban Thường vụ', 'executive committee': 'Ban Chấp hành',
  'executive board': 'Ban Chấp hành', 'inspection committee': 'Ủy ban Kiểm tra', 'inspection commission': 'Ủy ban Kiểm tra',
};
/** Between a board and its committee: " of the ", with the committee's place before it ("of the Nghe An provincial …"). */
const ENGLISH_PREFIX_GAP = /^[ \n]{1,3}of(?:[ \n]{1,3}the)?[ \n]{1,3}([^\n]{0,40}?)$/;
/** "the Party Central Committee's Secretariat", "… Central Committee's Inspection Commission". */
const CENTRE_OWN = /(?:'|\x1a)s[ ]{1,2}(secretariat|politburo|inspection[ ]commission|organisation[ ]commission|organization[ ]commission|commission[ ]for[ ]information[ ]and[ ]education|office)(?![a-z])/y;
const CENTRE_BODY: Record<string, string> = {
  'inspection commission': 'Ủy ban Kiểm tra Trung ương', 'organisation commission': 'Ban Tổ chức Trung ương',
  'organization commission': 'Ban Tổ chức Trung ương', 'commission for information and education': 'Ban Tuyên giáo Trung ương',
  office: 'Văn phòng Trung ương Đảng',
};
const ENGLISH_PLACE_AFTER = /[ ]{1,2}of[ ]{1,2}(?:the[ ]{1,2})?/y;
const ENGLISH_PLACE_BEFORE = /(?<![\p{L}])(?!The )((?:\p{Lu}\p{Ll}{0,8}[ ]){1,4})$/u;
/** Local committees that carry their place directly: "Tỉnh ủy Quảng Ninh", "Thành ủy Cẩm Phả". */
const LOCAL = ['tinh uy', 'thanh uy', 'huyen uy', 'quan uy', 'thi uy'];
/** Bodies that need an administrative unit: "Đảng bộ thành phố Cẩm Phả", "Ủy ban nhân dân tỉnh Quảng Ninh". */
const WITH_UNIT = ['dang bo', 'dang uy', 'ban chap hanh dang bo', 'bch dang bo', 'uy ban nhan dan', 'hoi dong nhan dan', 'thanh tra', 'ubnd', 'hdnd', 'cong an', 'uy ban mat tran to quoc'];
const UNITS = ['tinh', 'thanh pho', 'huyen', 'quan', 'thi xa', 'xa', 'phuong', 'thi tran'];
// ("BTV Tỉnh ủy", "BCH Đảng bộ tỉnh": the boards abbreviated, as news write them)
const PREFIX = ['ban thuong vu', 'btv', 'thuong truc', 'ban to chuc', 'ban tuyen giao', 'ban dan van', 'uy ban kiem tra', 'van phong', 'ban chap hanh', 'ban bi thu', 'doan chu tich'];

export const ORG_PATTERN = new RegExp(
  `(?<![a-z0-9])(?=[bcdghkmnpqstuv])(?:(${alternation(PREFIX)})${WS})?(?:(${alternation(LOCAL)})|(${alternation(WITH_UNIT)})${WS}(${alternation(UNITS)}|tp(?=\\.? ))|(${alternation(CENTRAL)})|(${alternation([...Object.keys(ENGLISH), ...Object.keys(ENGLISH_LOCAL), ...Object.keys(ENGLISH_PREFIX)])})|(dang${WS}uy${WS}khoi))(?![a-z0-9])`,
  'g',
);
/** ORG_PATTERN's words, read (sticky) at the text's start and where ORG_FIND finds them. */
const ORG_BODY = ORG_PATTERN.source.replace('(?<![a-z0-9])', '');
const ORG_AT = new RegExp(ORG_BODY, 'y');
/**
 * Where ORG_PATTERN matches, led by the character before (see `nextLed`), found faster: the same words with no
 * groups, every alternative but "… tp" merged into one trie (the engine then tests each character once, not once per
 * alternative). The words are then read with ORG_AT at the place found.
 */
const ORG_FIND = new RegExp(
  `[^a-z0-9](?=[bcdghkmnpqstuv])(?:(?:${alternation(PREFIX)})${WS})?(?:${alternation([
    ...LOCAL, ...WITH_UNIT.flatMap((w) => UNITS.map((u) => `${w} ${u}`)), ...CENTRAL,
    ...Object.keys(ENGLISH), ...Object.keys(ENGLISH_LOCAL), ...Object.keys(ENGLISH_PREFIX), 'dang uy khoi',
  ])}|(?:${alternation(WITH_UNIT)})${WS}tp(?=\\.? ))(?![a-z0-9])`,
  'g',
);

/** The next match of ORG_PATTERN whose search starts at `from` (the end of the last one), as `nextLed` returns it. */
export function nextOrg(scan: string, from: number): RegExpExecArray | null {
  if (from === 0) {
    ORG_AT.lastIndex = 0;
    const m = ORG_AT.exec(scan);
    if (m) return m;
  }
  // (where ORG_FIND may match, from the one pass that finds the places of every LedSpec)
  const found = ledMatches(ORG_FIND_SPEC, scan);
  for (let k = firstAtLeast(found, Math.max(0, from - 1)); k < found.length; k++) {
    const q = found[k] as number;
    ORG_FIND_SPEC.sticky.lastIndex = q;
    if (!ORG_FIND_SPEC.sticky.test(scan)) continue;
    ORG_AT.lastIndex = q + 1;
    const m = ORG_AT.exec(scan);
    if (m) return m;
    // (never reached: ORG_FIND finds exactly where the words stand)
  }
  return null;
}
const ORG_FIND_SPEC = ledSpec(ORG_FIND, [
  ...PREFIX, ...LOCAL, ...WITH_UNIT, ...CENTRAL, ...Object.keys(ENGLISH), ...Object.keys(ENGLISH_LOCAL), ...Object.keys(ENGLISH_PREFIX), 'dang uy khoi',
]);
/** "Thành ủy TP. Hồ Chí Minh", "Thành ủy thành phố Hà Nội": the unit a local committee may name before its place. */
const LOCAL_UNIT = /[ ]{1,2}(?:tp\.?|thanh[ ]pho|tinh)(?=[ ]{1,2}[a-z])/y;
/** "TP." / "TP" abbreviates "thành phố" before a place: "UBND TP. Hà Nội". */
const TP_DOT = /\./y;
/**
 * "Đảng ủy Khối các cơ quan tỉnh Bình Định", "Đảng ủy Khối Doanh nghiệp Trung ương": a bloc's Party committee is
 * named by the bloc (a few words), then its unit and place or "Trung ương"; so is a department, "Sở Tài chính tỉnh
 * Nghệ An" (departments() below). Returns its end and level, or null.
 */
const BLOC = /(?:[ ]{1,2}(?!tinh |thanh pho |trung uong(?![a-z]))(?:[a-z]{1,9}|-)){1,8}?[ ]{1,2}(?:(?<unit>tinh|thanh[ ]pho)(?=[ ]{1,2}[a-z])|(?<centre>trung[ ]uong)(?![a-z]))/y;
function readBloc(doc: Doc, at: number): { end: number; place: string | null; level: OrgMention['level'] } | null {
  BLOC.lastIndex = at;
  const b = BLOC.exec(doc.scan);
  if (!b) return null;
  const end = at + b[0].length;
  if (b.groups?.centre) return { end, place: null, level: 'central' };
  const pl = readPlace(doc, end);
  if (!pl) return null;
  return { end: pl.end, place: pl.place, level: LEVEL_OF[b.groups?.unit ?? ''] ?? 'unknown' };
}

const LEVEL_OF: Record<string, OrgMention['level']> = MENTION_LEVEL_OF;

/** Surnames: "Bí thư Thành ủy Cẩm Phả Nguyễn Văn A" — a person's name, not part of the place. */
const SURNAMES = new Set(['nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly', 'dinh', 'trinh', 'mai', 'ta', 'lam', 'luong']);

const WORD = /[ ]{1,2}([a-z0-9]{1,9})(?![a-z0-9])/y;
const JOINER = /[ ]{1,2}-[ ]{1,2}/y;

/**
 * Reads a place name after an organisation's core: capitalised syllables ("Cẩm Phả", "Hồ Chí Minh",
 * "Bà Rịa - Vũng Tàu"), at most four. Returns the end offset and the place, or null.
 */
/** Words that open what follows a place, never a place's own syllables (read folded, at a word's start). */
const NOT_PLACE = /^(?:ban[ ]hanh|quy[ ](?:dinh|che)|ve(?:[ ]viec)?|nghi[ ](?:quyet|dinh)|quyet[ ]dinh|thong[ ](?:tu|bao)|chi[ ]thi|ke[ ]hoach|huong[ ]dan|sua[ ]doi|bo[ ]sung|phe[ ]duyet|thuc[ ]hien|trien[ ]khai|cua|tai|va|ngay|so|khoa|nhiem[ ]ky)(?![a-z])/;

export function readPlace(doc: Doc, pos: number): { end: number; place: string } | null {
  let end = pos;
  let words = 0;
  let p = pos;
  for (let guard = 0; guard < 6 && words < 4; guard++) {
    if (words > 0) {
      JOINER.lastIndex = p;
      const j = JOINER.exec(doc.scan);
      if (j) p += j[0].length - 1; // keep one space for WORD
    }
    WORD.lastIndex = p;
    const m = WORD.exec(doc.scan);
    if (!m) break;
    const wStart = p + m[0].length - (m[1]?.length ?? 0);
    const c0 = (m[1] ?? '').charCodeAt(0);
    if (!isUpperAt(doc.text, wStart) || (c0 >= 0x30 && c0 <= 0x39)) break;
    if (words >= 2 && SURNAMES.has(m[1] ?? '')) break;
    // (in capitals every word looks like a name: "… TỈNH BẠC LIÊU BAN HÀNH QUY CHẾ …" ends the place at the verb)
    if (words >= 1 && NOT_PLACE.test(doc.scan.slice(wStart, wStart + 14))) break;
    words++;
    p = wStart + (m[1]?.length ?? 0);
    end = p;
  }
  if (words === 0) return null;
  const place = tidy(doc.text.slice(pos, end));
  // "Bí thư Tỉnh ủy Lê Văn A": a person's name (surname, then "Văn" or "Thị") where the place is left out
  if (words >= 3) {
    const [w0, w1] = place.split(' ');
    if ((w1 === 'Văn' || w1 === 'Thị') && SURNAMES.has(fold(w0 ?? ''))) return null;
  }
  return { end, place };
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
}

const AFTER_CUA = /(?:^|[^a-z])cua[ ]{1,2}$/;

/**
 * A text written all in lower case ("bộ chính trị đã ban hành chỉ thị số 06-ct/tw"): fewer than one letter in a
 * hundred is a capital. Such a text names the central bodies in lower case too.
 */
function writtenInLowerCase(text: string): boolean {
  let letters = 0;
  let upper = 0;
  const table = (caseTable ??= buildCaseTable());
  // the opening 20 000 characters tell: a text is lower-cased throughout or not at all
  for (let i = 0, n = Math.min(text.length, 20_000); i < n; i++) {
    const c = text.charCodeAt(i);
    const k = c < CASE_BOUND ? (table[c] as number) : caseOf(text[i] as string);
    if (k === 0) continue;
    letters++;
    if (k === 2) upper++;
  }
  return letters >= 200 && upper * 100 < letters;
}

/** 0: no case (not a letter), 1: a letter not in upper case, 2: a letter in upper case. */
function caseOf(ch: string): number {
  const up = ch.toUpperCase();
  if (ch.toLowerCase() === up) return 0;
  return ch === up ? 2 : 1;
}
// The code units below this bound (Latin, Vietnamese, Greek, Cyrillic) are classified once.
const CASE_BOUND = 0x2000;
let caseTable: Uint8Array | null = null;
function buildCaseTable(): Uint8Array {
  const t = new Uint8Array(CASE_BOUND);
  for (let c = 0; c < CASE_BOUND; c++) t[c] = caseOf(String.fromCharCode(c));
  return t;
}

/** Finds every organisation mention, in text order. */
export function findOrganizations(doc: Doc): OrgMention[] {
  const out: OrgMention[] = [];
  let lowerText: boolean | null = null; // decided on the first lower-case central name
  let board: { start: number; end: number; name: string } | null = null; // an English board waiting for its committee
  // where the search for the next name starts: the end of the last match, or of the name read from it
  let from = 0;
  for (let m = nextOrg(doc.scan, 0); m; m = nextOrg(doc.scan, from)) {
    let start = m.index;
    from = start + m[0].length;
    // "của chính phủ quy định …": right after "của", a central body's name is a name even in lower case
    // (an English local body is written in lower case before its place: "the provincial Party Committee of …")
    if (!isUpperAt(doc.text, start) && !(m[6] && ENGLISH_LOCAL[oneSpaced(m[6])])) {
      if (!m[5]) continue;
      if (!AFTER_CUA.test(doc.scan.slice(Math.max(0, start - 6), start)) && !(lowerText ??= writtenInLowerCase(doc.text))) continue;
    }
    let end = start + m[0].length;
    let name: string;
    let place: string | null = null;
    let level: OrgMention['level'] = 'central';
    if (m[7]) {
      // a bloc's committee without its unit is not read: "Đảng ủy Khối" alone names no one
      const bloc = readBloc(doc, end);
      if (!bloc) continue;
      end = bloc.end;
      place = bloc.place;
      level = bloc.level;
      name = tidy(doc.text.slice(start, end));
    } else if (m[6] && ENGLISH_PREFIX[oneSpaced(m[6])]) {
      // "the Standing Board of …": named with the committee that follows
      board = { start, end, name: ENGLISH_PREFIX[oneSpaced(m[6])] as string };
      from = end;
      continue;
    } else if (m[6]) {
      const phrase = oneSpaced(m[6]);
      const local = ENGLISH_LOCAL[phrase];
      name = ENGLISH[phrase] ?? tidy(doc.text.slice(start, end));
      // "the Party Central Committee's Secretariat": the body the possessive names, inside the committee
      CENTRE_OWN.lastIndex = end;
      const own = phrase.endsWith('central committee') ? CENTRE_OWN.exec(doc.scan) : null;
      if (own) {
        end = CENTRE_OWN.lastIndex;
        name = ENGLISH[own[1] ?? ''] ?? CENTRE_BODY[own[1] ?? ''] ?? name;
      }
      if (local) {
        // the place after "of", else the capitalised words before ("the Nghe An provincial Party Committee")
        ENGLISH_PLACE_AFTER.lastIndex = end;
        const after = ENGLISH_PLACE_AFTER.exec(doc.scan) ? readPlace(doc, ENGLISH_PLACE_AFTER.lastIndex - 1) : null;
        const before = after ? null : ENGLISH_PLACE_BEFORE.exec(doc.text.slice(Math.max(0, start - 40), start));
        let pl: string | null = after?.place ?? null;
        if (before?.[1]) pl = tidy(before[1]);
        if (!pl) continue;
        // (the name starts with a place written before it: "of the Ho Chi Minh City People's Committee")
        if (before?.[1]) start -= before[1].length;
        if (after) end = after.end;
        name = `${local[0]} ${pl}`;
        place = pl;
        level = local[1];
      }
    } else if (m[5] && (isAscii(doc.text, start, end) || !isUpperAt(doc.text, start))) {
      // "cua Bo Chinh tri", "của bộ chính trị": the same body, named as it is properly written
      name = CENTRAL_DISPLAY.get(oneSpaced(m[5])) ?? tidy(doc.text.slice(start, end));
    } else {
      if (m[2] || m[3]) {
        let unit = oneSpaced(m[2] ?? m[4] ?? '');
        if (unit === 'tp') {
          unit = 'thanh pho';
          TP_DOT.lastIndex = end;
          if (TP_DOT.test(doc.scan)) end++;
        } else if (m[2]) {
          LOCAL_UNIT.lastIndex = end;
          const u = LOCAL_UNIT.exec(doc.scan);
          if (u && isUpperAt(doc.text, end + u[0].length + 1) && (u[0].trim() !== 'tinh' || m[2] === 'tinh uy')) end += u[0].length;
        }
        level = LEVEL_OF[unit] ?? 'unknown';
        const pl = readPlace(doc, end);
        if (pl) {
          place = pl.place;
          end = pl.end;
        }
      }
      name = tidy(doc.text.slice(start, end));
    }
    if (board && start - board.end <= 60) {
      const gap = ENGLISH_PREFIX_GAP.exec(doc.scan.slice(board.end, start));
      // the gap holds no more than the place the committee is named with
      if (gap && (gap[1] === '' || (place !== null && fold(place) === (gap[1] ?? '').trim()))) {
        name = `${board.name} ${name}`;
        out.push({ start: board.start, end, name, place, level });
        board = null;
        from = end;
        continue;
      }
    }
    board = null;
    out.push({ start, end, name, place, level });
    from = end;
  }
  const all = departments(doc, out);
  resolveBareNames(all);
  return all;
}

/** "Sở" before a capital, on the original text (where it is never "số"). */
export const DEPARTMENT = /(?<![\p{L}\p{N}])Sở(?=[ \u00a0]\p{Lu})/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;
/**
 * Where DEPARTMENT next matches at or after `from` (-1: nowhere): each "Sở" found by indexOf, its lookbehind judged by
 * `departmentStarts` and its lookahead (a space or NBSP, then a capital, surrogate pairs read whole) in code.
 */
export function nextDepartment(text: string, from: number): number {
  for (let i = text.indexOf('Sở', from); i >= 0; i = text.indexOf('Sở', i + 1)) {
    const sp = text.charCodeAt(i + 2);
    if (sp !== 0x20 && sp !== 0xa0) continue;
    const c = text.charCodeAt(i + 3);
    const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 4) & 0xfc00) === 0xdc00;
    if (!UPPER.test(pair ? text.slice(i + 3, i + 5) : text.charAt(i + 3))) continue;
    if (departmentStarts(text, i)) return i;
  }
  return -1;
}
/** DEPARTMENT's lookbehind: no letter or digit (a code point, surrogate pairs read whole) right before. */
function departmentStarts(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s.charCodeAt(i - 1);
  if (c < 0x80) return !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39));
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return !LETTER_OR_DIGIT.test(pair ? s.slice(i - 2, i) : s.charAt(i - 1));
}

/**
 * "Sở Nội vụ tỉnh Hà Giang", "Sở Giáo dục và Đào tạo thành phố Hải Phòng": a province's department, named by its field
 * and then its province. Merged into `found` (sorted by start); an organisation inside one is dropped.
 */
function departments(doc: Doc, found: OrgMention[]): OrgMention[] {
  const depts: OrgMention[] = [];
  // where the search for the next "Sở" starts (as the global regex's lastIndex would)
  let from = 0;
  for (let at = nextDepartment(doc.text, 0); at >= 0; at = nextDepartment(doc.text, from)) {
    from = at + 2;
    const bloc = readBloc(doc, at + 2);
    if (!bloc || bloc.place === null) continue;
    depts.push({ start: at, end: bloc.end, name: tidy(doc.text.slice(at, bloc.end)), place: bloc.place, level: bloc.level });
    from = bloc.end;
  }
  if (depts.length === 0) return found;
  // (both lists run by start and departments never overlap: one sweep)
  const kept: OrgMention[] = [];
  let k = 0;
  for (const o of found) {
    while (k < depts.length && (depts[k] as OrgMention).end <= o.start) k++;
    const d = depts[k];
    if (!d || o.start < d.start || o.end > d.end) kept.push(o);
  }
  return [...depts, ...kept].sort((a, b) => a.start - b.start);
}

/** "Thành ủy" alone is the one "Thành ủy X" of the text when there is exactly one. */
function resolveBareNames(orgs: OrgMention[]): void {
  const full = new Map<string, Set<string>>();
  for (const o of orgs) {
    if (!o.place) continue;
    const bare = fold(o.name.slice(0, o.name.length - o.place.length).trim());
    if (!full.has(bare)) full.set(bare, new Set());
    full.get(bare)?.add(o.name);
  }
  const placeOf = new Map(orgs.filter((o) => o.place).map((o) => [o.name, o.place] as const));
  // "Ban Chấp hành Đảng bộ thành phố Hải Phòng … Ban Thường vụ Thành ủy …": one place of a committee's level in the text
  // is that committee's place (its name stays as written)
  let placeOfLevel: Map<OrgMention['level'], string | null> | null = null;
  for (const o of orgs) {
    if (o.place || o.level === 'central') continue;
    const names = full.get(fold(o.name));
    if (names && names.size === 1) {
      const [name] = names;
      if (name) {
        o.name = name;
        o.place = placeOf.get(name) ?? null;
      }
    }
    if (o.place || o.level === 'unknown') continue;
    if (!placeOfLevel) {
      placeOfLevel = new Map();
      for (const x of orgs) {
        if (!x.place) continue;
        const seen = placeOfLevel.get(x.level);
        placeOfLevel.set(x.level, seen === undefined || seen === x.place ? x.place : null);
      }
    }
    o.place = placeOfLevel.get(o.level) ?? null;
  }
}

const KEY_CANON: Record<string, string> = {
  'ban-chap-hanh-trung-uong-dang': 'ban-chap-hanh-trung-uong',
  'ban-bi-thu-trung-uong-dang': 'ban-bi-thu',
};

export function orgKey(name: string): string {
  let key = orgKeys.get(name);
  if (key === undefined) {
    const k = slugify(name);
    key = KEY_CANON[k] ?? k;
    // a text names the same few bodies again and again, and so do texts of one corpus
    if (orgKeys.size > 10_000) orgKeys.clear();
    orgKeys.set(name, key);
  }
  return key;
}
const orgKeys = new Map<string, string>();

/** Groups mentions into the `organizations` of the output, one per key, in order of first mention. */
export function groupOrganizations(text: string, orgs: OrgMention[]): Organization[] {
  const byKey = new Map<string, Organization>();
  for (const o of orgs) {
    const key = orgKey(o.name);
    const span: Span = { start: o.start, end: o.end, text: text.slice(o.start, o.end) };
    const g = byKey.get(key);
    if (g) g.mentions.push(span);
    else byKey.set(key, { key, name: o.name, mentions: [span] });
  }
  return [...byKey.values()];
}

const TINH = /(?<![a-z0-9])tinh(?= [a-z])/g;
const TINH_NEAR = nearSpec(TINH, ['tinh'], 0, 0, undefined, true);

/** The province the document is about: the most named "tỉnh X" / "Tỉnh ủy X" (ties: first named). */
export function subjectProvince(doc: Doc, orgs: OrgMention[]): string | null {
  const counts = new Map<string, number>();
  const bump = (p: string) => counts.set(p, (counts.get(p) ?? 0) + 1);
  for (const o of orgs) if (o.place && o.level === 'province') bump(o.place);
  for (const m of matchesNear(TINH_NEAR, doc.scan)) {
    const pl = readPlace(doc, m.index + 4);
    if (pl) bump(pl.place);
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [p, n] of counts) if (n > bestN) { best = p; bestN = n; }
  return best;
}
