// Stage 5: relate. Relations the text states, from the cue words of docs/citations.md §3, always from the acting
// (newer) instrument to the one it acts on:
//
//   “Về tiếp tục thực hiện Chỉ thị số 05-CT/TW …” (title of Kết luận 01)   Kết luận 01 CONTINUES Chỉ thị 05
//   Quy định 213 thay thế Quy định số 76-QĐ/TW                             213 REPLACES 76
//   Hướng dẫn số 33-HD/BTCTW … thực hiện Quy định 213                      33 GUIDES 213
//   Nghị định này sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP   self AMENDS 34
//   Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;                 self BASED_ON the law
//
// A citation inside another's title with no cue word is still an explicit link: CITES.

import type { Doc, Evidence, Mention, Range, Relation, RelationType } from './models.ts';
import { publicPinpoint } from './resolve.ts';
import { RELATION_CUE, RELATION_CUES, matchesNear, nearSpec, nextLed, nextRelationCue, oneSpaced } from './patterns.ts';
import { lowerBound } from './parse.ts';
import { frontedSubject, issuedWith, opensClause } from './fronted.ts';

/** Words that may stand between a cue and its object: "sửa đổi, bổ sung một số điều của Nghị định …". */
/** An issuer phrase in a citation's extent: "… ngày 18/8/2014 của Ban Bí thư". */
const OWN_ISSUER = /(?:^|[^a-z])(?:cua|do|of|by)[ \n]/;
const OBJECT_FILLER = /[ \n,:]{0,3}(?:(?:[0-9]{1,3}[ \n]{1,2}nam|[0-9]{1,3}[ \n]{1,2}years?[ \n]{1,2}of(?:[ \n]{1,2}(?:implementing|implementation[ \n]{1,2}of))?|mot[ \n]{1,2}so[ \n]{1,2}dieu[ \n]{1,2}trong|(?:mot[ \n]{1,2}so[ \n]{1,2})?dieu[ \n]{1,2}luat[ \n]{1,2}(?:trong|cua)|mot[ \n]{1,2}so[ \n]{1,2}dieu|mot[ \n]{1,2}so[ \n]{1,2}noi[ \n]{1,2}dung|noi[ \n]{1,2}dung(?:[ \n]{1,2}tai)?|toan[ \n]{1,2}bo|cac|cho|quy[ \n]{1,2}dinh[ \n]{1,2}tai|dieu[ \n]{1,2}[0-9]{1,3}|chuong[ \n]{1,2}[ivxl0-9]{1,6}|muc[ \n]{1,2}[0-9]{1,3}|khoan[ \n]{1,2}[0-9]{1,3}|diem[ \n]{1,2}[a-z]|cua|ve[ \n]{1,2}viec|viec|tinh[ \n]{1,2}than|nghiem|nghiem[ \n]{1,2}tuc|co[ \n]{1,2}hieu[ \n]{1,2}qua|hieu[ \n]{1,2}qua|va|thuc[ \n]{1,2}hien|thi[ \n]{1,2}hanh|the[ \n]{1,2}government.s|the[ \n]{1,2}(?:[a-z]{2,12}[ \n]{1,2}){0,3}[a-z]{2,12}(?:'|\x1a|\u2019)s(?=[ \n])|the|of[ \n]{1,2}the|of|(?:january|february|march|april|may|june|july|august|september|october|november|december)[ \n]{1,2}[0-9]{1,2}(?:,[ \n]{0,2}|[ \n]{1,2})[0-9]{4}|a[ \n]{1,2}number[ \n]{1,2}of[ \n]{1,2}(?:articles|contents|provisions)[ \n]{1,2}of|(?:several|some)[ \n]{1,2}(?:articles|provisions)[ \n]{1,2}of)[ \n,]{1,3}){0,5}/y;
const FILLER_LEAD = /[ \n,:]{0,3}/y;
const FILLER_UNIT = new RegExp(OBJECT_FILLER.source.slice('[ \\n,:]{0,3}(?:'.length, -'){0,5}'.length), 'y');
/**
 * Words that may stand between the acting citation and its cue: "Quy định 213 (đã) thay thế …"; an instrument that asks
 * its addressees to act: "Thông báo … yêu cầu các cấp ủy tiếp tục thực hiện Chỉ thị …".
 */
// (a parenthesis too: "Quy định số 150-QĐ/TW … (thay thế Quy định số 90-QĐ/TW)")
/** "Tại" / "Trong" opening a clause before a citation: the clause names what the instrument does. */
const IN_INSTRUMENT_LEAD = /(?:^|[.;:\n][ ]{0,2})(?:tai|trong)[ ]{1,2}$/;
/** ", <the body that acts> (đã yêu cầu …) " between the citation and the cue: a capitalised name, a few words. */
const BODY_BETWEEN = /^,[ ]{1,2}\p{Lu}\p{L}*(?:[ ]{1,2}\p{L}+){0,9}[ ]{1,2}$/u;
// (an English relative pronoun after a comma: "Circular 78/2021/TT-BTC, which guides Decree 123/2020/ND-CP")
const SUBJECT_FILLER = /^[ \n,(]{0,3}(?:(?:\((?:sua doi(?:, bo sung)?|moi)\)|da|se|duoc ban hanh|chinh thuc|cung|nham|de|ra doi(?: tren co so)?|tren co so|duoc xay dung tren co so|co hieu luc(?: thi hanh)?(?: ke)?(?: tu)?(?: ngay)?(?: ky)?(?: [0-9]{1,2}(?: thang |[/-])[0-9]{1,2}(?: nam |[/-])[0-9]{4})?|va|ban hanh|ke tu ngay ky|nam [0-9]{4}|neu ro|neu|danh gia|(?:which|that)(?: also)?|will|shall|would|(?:yeu cau|chi dao|de nghi)(?:[ ,]{1,2}(?!thuc hien|trien khai|tiep tuc)[a-z]{1,8}){0,10})[ \n,]{0,3}){0,4}$/;
/** A reference in the body: "(theo) quy định tại", "nêu tại", "theo quy định của", "as prescribed at/in". */
const REFERS_BEFORE = /([^a-z]|^)(?:(?:quy[ ]dinh|huong[ ]dan|neu|ghi)[ ]{1,2}(?:tai|cua)|(?:prescribed|provided|specified|stipulated)[ ]{1,2}(?:at|in|by))[ ]{1,2}(?:(?:cac|the)[ ]{1,2})?$/;
const EFFECT_OR_DUTY = /(?:hieu[ ]luc|trach[ ]nhiem)[ ]$/;
/** "… có hiệu lực (thi hành) sau 15 ngày, kể từ ngày đăng Công báo; (và) …": an entry into force, before a second verb. */
// (a time phrase only: "… có hiệu lực thì thực hiện theo Luật …" opens another clause)
const EFFECT_CLAUSE = /^[ ]{1,2}(?:(?:se|chinh[ ]thuc)[ ]{1,2})?co[ ]{1,2}hieu[ ]{1,2}luc(?:[ ]{1,2}thi[ ]{1,2}hanh)?[ ]{1,2}(?:(?:ke[ ]{1,2})?tu|sau|vao|ngay)[ ](?:(?!thi[ ]|theo[ ]|luat|nghi|thong[ ]tu|quyet|phap)[^.;\n]){0,100}?[ ]{0,2}[,;]?[ ]{1,2}(?:(?:va|dong[ ]thoi)[ ]{1,2})?$/;
/** English: "This Circular comes into force from May 1, 2031 and supersedes …", "… shall take effect on … and replace …". */
const EN_EFFECT_CLAUSE = /^[ ]{1,2}(?:(?:shall|will)[ ]{1,2})?(?:(?:takes?|take)[ ]{1,2}effect|(?:comes?|come|enters?|enter)[ ]{1,2}into[ ]{1,2}(?:force|effect)|(?:is|be)[ ]{1,2}effective)[ ]{1,2}(?:from|on|as[ ]{1,2}of|after)[ ](?:(?!law|decree|decision|circular|resolution)[^.;\n]){0,80}?[ ]{0,2}[,;]?[ ]{1,2}(?:and[ ]{1,2})?$/;
/** "…; the Law No. 21/2012/QH12 …; the Government's Decree …": an English list repeats its article. */
// (its guiding texts may be named along with an item: "Luật X và các văn bản hướng dẫn thi hành; Luật Y …")
const EN_PARTICIPLE = /^(?:amended|supplemented|amended and supplemented|replaced|superseded|repealed)$/;
const TITLE_WANTS_OBJECT = /(?:^|[^a-z])(?:of|to|on|for|with|by|under|implement|implementing|detailing|guiding|amending|cua|ve|thi hanh|thuc hien)$/;
const LIST_NEXT = /(?:[ \n]{0,2}\([^()\n]{1,80}\))?(?:,?[ \n]{1,2}(?:and[ ]{1,2}(?:their[ ]{1,2}|its[ ]{1,2})?(?:instructional|guiding|implementing)[ ]{1,2}documents|va[ ]{1,2}cac[ ]{1,2}van[ ]{1,2}ban[ ]{1,2}huong[ ]{1,2}dan(?:[ ]{1,2}thi[ ]{1,2}hanh)?))?[ \n]{0,2}(?:,|;|va|and)[ \n]{1,3}(?:the[ \n]{1,2}(?:government.s[ \n]{1,2})?)?/y;
/**
 * "thay thế cơ chế đã ban hành tại các Nghị định: A, B": the object is named by a short noun phrase the
 * instruments after it enacted; the list after "tại (các <kind>):" is what the cue acts on.
 */
const ENACTED_IN = /(?:[a-z]{1,7}[ ]{1,2}){1,5}(?:(?:da|duoc)[ ]{1,2}){1,2}ban[ ]{1,2}hanh[ \n]{1,2}(?:tai|theo)[ \n]{1,2}(?:cac[ \n]{1,2}(?:nghi dinh|thong tu|quyet dinh|nghi quyet|quy dinh|chi thi|ket luan|huong dan|luat|van ban)[ ]{0,2}:?[ \n]{1,3})?/y;
/** "Pursuant <word> …": the preposition after "pursuant" is one short word, however it was rendered. */
const PURSUANT_WORD = /[ ]{1,2}[a-z]{1,4}(?=[ \n])/y;
/** A cue right after a citation makes that citation the subject of a new clause, not one more object. */
const CUE_AFTER = new RegExp(`[ \n,]{0,3}(?:(?:da|se|cung|duoc)[ \n]{1,2})?(?:${RELATION_CUE.source.replace(/^\(\?<!\[a-z0-9\]\)/, '')})`, 'y');
/**
 * "được" / "bị" right before a cue makes it passive ("được thay thế bằng", "bị bãi bỏ bởi"); so does an opening
 * parenthesis: "Nghị định 100/2019/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 123/2021/NĐ-CP)".
 */
// (in English: "Decree 100/2019/ND-CP, which was amended by Decree 123/2021/ND-CP")
// (and the English participle clause: "Decree 91/2019/ND-CP, as amended by Decree 04/2022/ND-CP")
const PASSIVE_BEFORE = /(?:(?:^|[^a-z])(?:duoc|bi|was|were|is|are|been|as)[ ]{1,2}|\([ ]{0,2})$/;
/** "Kết luận số 14-KL/TW … đã được Thành ủy cụ thể hóa bằng Kế hoạch số 42-KH/TU": the body that acted stands between "được" and the verb. */
const PASSIVE_BY_BODY = /^[ \n,]{0,3}(?:(?:da|se|cung|nay|hien)[ ]{1,2}){0,2}duoc[ ]{1,2}(?:[a-z]{1,7},?[ ]{1,2}){1,6}$/;
/** "… which was amended by A and repealed by B", "… được sửa đổi bởi A và bị bãi bỏ bởi B": a passive joined to the last one. */
/** An aside between a citation and its agent: ", được sửa đổi bởi ", ", as amended by ", ", which was amended by ". */
const ASIDE_OPEN = /^[ \n]{0,2}[,(][ \n]{0,2}(?:(?:da|cung)[ ]{1,2})?(?:(?:duoc|bi)[ ]{1,2}[a-z ,]{2,40}?[ ]{1,2}(?:boi|bang|theo)|(?:as|which[ ]{1,2}was|which[ ]{1,2}were|that[ ]{1,2}was)[ ]{1,2}[a-z ,]{2,40}?[ ]{1,2}by)[ \n]{1,2}$/;
/** An aside's close before the subject's own verb: ", was …", ", đã bị …", ") đã được …". */
const ASIDE_CLOSED = /^[ \n]{0,2}[,)][ \n]{1,2}(?:(?:da|cung|sau[ ]do|later|then|has|have|been|was|were|is|are|duoc|bi)[ ]{1,2}){0,3}$/;
const PASSIVE_JOIN = /^[ \n]{0,2}(?:[,;][ \n]{0,2})?(?:and|va|dong[ ]thoi)[ \n]{1,2}(?:(?:then|later|da|sau[ ]do)[ ]{1,2})?(?:(?:was|were|is|are|been|duoc|bi)[ ]{1,2})?$/;
// ("bị bãi bỏ một phần bởi …", "được thay thế toàn bộ bằng …": how much of it changed stands before the agent)
const PASSIVE_AGENT = /[ \n]{1,3}(?:(?:thi hanh|chi tiet|thuc hien|mot phan|toan bo)[ \n]{1,3})?(?:bang|boi|tai|by|under)[ \n]{1,3}(?:the[ \n]{1,3}government\x1as[ \n]{1,3})?/y;
/** Between the citation acted on and its passive verb: "…76-QĐ/TW (đã) được", "… này đã bị". */
const PRONOUN_PASSIVE_GAP = /^[^.;\n]{0,200}[.;][ \n]{1,3}(?:it|this[ ]{1,2}(?:decree|circular|law|resolution|decision|directive|regulation|conclusion|document))[ ]{1,2}(?:(?:has|had)[ ]{1,2}been|was|is)[ ]{1,2}(?:(?:later|subsequently|then|also|since|itself|partly|partially)[ ]{1,2})?$/;
const PASSIVE_GAP = /^[ \n,]{0,3}(?:(?:(?:da|se|cung|nay|hien)[ ]{1,2}){0,2}(?:duoc|bi)[ ]{1,2}|(?:(?:which|that)[ ]{1,2})?(?:(?:has|have|had)[ ]{1,2})?(?:was|were|is|are|been)[ ]{1,2}|as[ ]{1,2}|\([ ]{0,2}(?:(?:da|duoc|bi)[ ]{1,2}){0,2})$/;
/** "Chính phủ ban hành Nghị định sửa đổi …": the enacting formula names the document's own kind before the cue. */
const ENACTED_KIND = /ban[ \n]{1,2}hanh[ \n]{1,2}(?:ban[ ]{1,2})?(?:nghi dinh|thong tu lien tich|thong tu|quyet dinh|nghi quyet lien tich|nghi quyet|quy dinh|chi thi|ket luan|huong dan|luat|phap lenh|quy che|ke hoach)[ \n]{1,2}$/;
const CONSIDERING = /(?:^|\n)[ \t]*(?:[-+•*][ ]*)?(?=x)xet[ ]{1,2}/g;
// (after a list mark too: "a) Bãi bỏ …", "2. Sửa đổi …")
const LINE_START = /(?:^|\n|[.;:][ ]{1,2})[ \t]*(?:(?:[-+•*]|[a-z]\)|[0-9]{1,2}[.)])[ ]*)?$/;
/**
 * "Cần thực hiện nghiêm …", "It is necessary to strictly implement …": a sentence that opens with a modal or an
 * adverb of manner is the document's own directive; the document is the subject of its cue.
 */
const ISSUED_BEFORE = /(?:ban[ ]{1,2}hanh|issued|promulgated|signed)[ ]{1,2}$/;
const DIRECTIVE_START = /(?:^|\n|[.;:][ ]{1,2})[ \t]*(?:[-+•*][ ]*)?(?:(?:can|phai|can phai|khan truong|kien quyet|quyet liet|nghiem tuc|tap trung|it is necessary to|it is required to|it is needed to|(?:we )?must|need to|continue to|strictly|seriously|resolutely|urgently|thoroughly|effectively)[ ]{1,2}){1,3}$/;

/**
 * A review of what came before, opening a sentence of the document's own text: "Trong những năm qua, quán triệt và
 * thực hiện Kết luận …", "Sau 5 năm thực hiện Nghị quyết …", "đánh giá kết quả (lãnh đạo) thực hiện Nghị quyết …".
 * The instrument the text is about (its own, or the one it reports on) sums up what it names.
 */
const REVIEW_BEFORE = /(?:(?:^|\n|[.;:][ ]{1,2})[ \t]*(?:[-+•*][ ]*)?(?:trong[ ](?:nhung|cac|may)[ ]nam[ ]qua|(?:nhung[ ]nam|thoi[ ]gian)[ ]qua|(?:qua|sau)[ ][0-9]{1,2}[ ]nam)[ ,]{1,3}(?:(?:(?:cac cap uy|cac cap|toan dang bo|dang bo tinh|tinh uy|chung ta|ta)[ ,]{1,3})?(?:da[ ])?)?|(?:^|[^a-z])danh[ ]gia[ ](?:ket[ ]qua|viec)[ ])(?:(?:lanh[ ]dao|chi[ ]dao|trien[ ]khai|to[ ]chuc|quan[ ]triet|va|,)[ ,]{0,2})*$/;

export function relate(doc: Doc, mentions: Mention[], keyOf: Map<number, string>, selfKey: string | null): Relation[] {
  const { scan, text } = doc;
  const sorted = mentions.filter((m) => keyOf.has(m.id)).sort((a, b) => a.start - b.start);
  const starts = sorted.map((m) => m.start);
  const byStart = new Map<number, Mention[]>();
  for (const m of sorted) {
    const l = byStart.get(m.start) ?? [];
    l.push(m);
    byStart.set(m.start, l);
  }
  const byId = new Map(sorted.map((m) => [m.id, m]));
  const out: Relation[] = [];
  const objectOf = new Map<number, { from: string; evStart: number } | null>();
  const seen = new Set<string>();
  const pairs = new Set<string>();
  const add = (from: string, to: string, type: RelationType, start: number, end: number, fromM?: Mention | null, toM?: Mention | null) => {
    if (from === to) return;
    const k = `${from}|${type}|${to}`;
    if (seen.has(k)) return;
    seen.add(k);
    pairs.add(`${from}|${to}`);
    const evidence: Evidence = { start, end, text: text.slice(start, end) };
    if (fromM?.pinpoint) evidence.fromPinpoint = publicPinpoint(fromM.pinpoint);
    if (toM?.pinpoint) evidence.toPinpoint = publicPinpoint(toM.pinpoint);
    out.push({ from, to, type, evidence });
  };
  // a citation preceded by its pinpoint ("bởi Điều 1, Điều 2 Nghị định số 85/2021/NĐ-CP") is met at the pinpoint
  for (const m of sorted) {
    if (!m.pinpoint || byStart.has(m.pinpoint.start)) continue;
    byStart.set(m.pinpoint.start, byStart.get(m.start) ?? [m]);
  }
  // a news text reports on the instrument its first line says was issued ("… vừa ký ban hành Kết luận số 126 …",
  // "… signed and issued Conclusion No. 126 …"); that text's directives are the instrument's
  let reported: string | null = selfKey;
  if (!reported) {
    const firstLine = scan.indexOf('\n');
    const stop = Math.min(firstLine < 0 ? scan.length : firstLine, 400);
    for (const m of sorted) {
      if (m.start >= stop) break;
      if (m.nestedIn === null && ISSUED_BEFORE.test(scan.slice(Math.max(0, m.start - 24), m.start))) {
        reported = keyOf.get(m.id) ?? null;
        break;
      }
    }
  }
  // a heading line that is one citation alone names what the text is ("Nghị quyết Đại hội … lần thứ XI" over its full text)
  if (!reported) {
    for (const m of sorted) {
      if (m.start >= 600) break;
      if (m.nestedIn !== null) continue;
      const ls = scan.lastIndexOf('\n', m.start - 1) + 1;
      const le = scan.indexOf('\n', m.start);
      const lineEnd = le < 0 ? scan.length : le;
      if (/^[ \t]*$/.test(scan.slice(ls, m.start)) && /^[ \t.:]*$/.test(scan.slice(Math.max(m.end, m.extentEnd), lineEnd)) && /\n[ \t]*\n/.test(scan.slice(lineEnd, lineEnd + 4))) {
        reported = keyOf.get(m.id) ?? null;
        break;
      }
    }
  }
  const chains = passiveChains(doc, sorted, starts, byStart, keyOf, add);
  let chainIdx = 0;
  // where an object may start: a citation or its pinpoint (the keys of byStart), sorted
  const objectStarts = [...byStart.keys()].sort((a, b) => a - b);

  // where the search for the next cue starts: after this one, or after the filler a relation read
  let cueFrom = 0;
  // the last passive relation read: a passive joined to its agent by "và" / "and" acts on the same patient
  let lastPassive: { patient: Mention; agent: Mention } | null = null;
  for (let c = nextRelationCue(scan, 0); c; c = nextRelationCue(scan, cueFrom)) {
    const cs = c.index;
    const ce = cs + c[0].length;
    cueFrom = ce;
    while (chainIdx < chains.length && (chains[chainIdx] as Range).end <= cs) chainIdx++;
    const chain = chains[chainIdx];
    if (chain && chain.start <= cs) continue;
    let type = RELATION_CUES[oneSpaced(c[1] ?? '')] as RelationType;
    // a cue with no citation (nor pinpoint) starting within reach after it has no object; only a list announced for
    // the items below reaches further (OBJECT_REACH)
    if (type !== 'REPLACES' && type !== 'REPEALS' && type !== 'AMENDS') {
      const k = lowerBound(objectStarts, ce);
      if (k >= objectStarts.length || (objectStarts[k] as number) > ce + OBJECT_REACH) continue;
    }
    // "(có) hiệu lực thi hành", "(chịu) trách nhiệm thi hành": the noun phrase of an effect or a duty, not a cue
    if (c[1] === 'thi hanh' && EFFECT_OR_DUTY.test(scan.slice(Math.max(0, cs - 12), cs))) continue;
    // passive: "Quy định số 76-QĐ/TW được thay thế bằng Quy định số 213-QĐ/TW" — the agent after "bằng"/"bởi"
    // acts on the citation before the verb
    let passive: Mention | null = null;
    PASSIVE_AGENT.lastIndex = ce;
    const agent = PASSIVE_AGENT.exec(scan);
    if (agent) {
      const k = lowerBound(starts, cs) - 1;
      const prev = k >= 0 ? (sorted[k] as Mention) : undefined;
      if (prev && prev.extentEnd <= cs) {
        const gap = scan.slice(prev.extentEnd, cs);
        const passiveVerb = PASSIVE_BEFORE.test(scan.slice(Math.max(0, cs - 24), cs));
        // "Decree 100, as amended by Decree 123, was replaced by Decree 168": the aside closes, the subject's verb goes on
        const before = k >= 1 ? (sorted[k - 1] as Mention) : undefined;
        if (passiveVerb && before && before.extentEnd <= prev.start && ASIDE_CLOSED.test(gap) && ASIDE_OPEN.test(scan.slice(before.extentEnd, prev.start))) passive = before;
        else if ((passiveVerb && PASSIVE_GAP.test(gap)) || PASSIVE_BY_BODY.test(gap)) passive = prev;
        else if (lastPassive && lastPassive.agent === prev && PASSIVE_JOIN.test(gap)) passive = lastPassive.patient;
        // "Decree 34/2016/ND-CP detailing the Law on …, amended under Decree 154/2020/ND-CP": an English participle after a
        // comma; a citation inside a title leaves the patient to the title's holder
        else if (EN_PARTICIPLE.test(c[1] ?? '') && /^[ ]{0,2},[ ]{1,2}$/.test(gap)) passive = (prev.nestedIn !== null ? byId.get(prev.nestedIn) : undefined) ?? prev;
        // "Circular 02/2023/TT-NHNN allows …; it was later amended by Circular 06/2024/TT-NHNN": "it" is the clause
        // before, when that clause cites only one instrument
        else if (PRONOUN_PASSIVE_GAP.test(gap)) {
          const clauseStart = Math.max(scan.lastIndexOf('. ', prev.start), scan.lastIndexOf(';', prev.start), scan.lastIndexOf('\n', prev.start));
          if (before === undefined || before.start < clauseStart) passive = prev;
        }
      }
    }
    // objects: the citation right after the cue, and the ones listed after it
    let objStart = ce;
    if (c[1] === 'pursuant') {
      PURSUANT_WORD.lastIndex = ce;
      const w = PURSUANT_WORD.exec(scan);
      if (!w) continue;
      objStart += w[0].length;
    }
    OBJECT_FILLER.lastIndex = objStart;
    const fill = passive ? agent : OBJECT_FILLER.exec(scan);
    let p = objStart + (fill?.[0].length ?? 0);
    // the filler may run past the start of the object's pinpoint ("bãi bỏ các điểm b và c khoản 1 Điều 4 Thông tư …"
    // stops at "c"): the first word boundary of the filler where a citation or its pinpoint starts is the object
    if (!passive && !byStart.has(p)) {
      FILLER_LEAD.lastIndex = objStart;
      let q = objStart + (FILLER_LEAD.exec(scan)?.[0].length ?? 0);
      for (let i = 0; i < 6 && q < p; i++) {
        if (byStart.has(q)) { p = q; break; }
        FILLER_UNIT.lastIndex = q;
        const u = FILLER_UNIT.exec(scan);
        if (!u) break;
        q += u[0].length;
      }
    }
    if (!passive && !byStart.has(p)) {
      ENACTED_IN.lastIndex = p;
      const np = ENACTED_IN.exec(scan);
      if (np) p += np[0].length;
    }
    // "… thay thế các văn bản sau: Nghị định số A; Nghị định số B": the list on the same line after the colon
    if (!passive && !byStart.has(p)) {
      const colon = inlineOpenColon(scan, p);
      let openLength = colon < 0 ? -1 : colon + (scan.charCodeAt(colon + 2) === 0x20 ? 3 : 2) - p;
      // ("…: Số 78/2025/NĐ-CP …; số 187/2025/NĐ-CP …": the items' "số" before their bare numbers)
      if (openLength > 0 && !byStart.has(p + openLength) && scan.startsWith('so ', p + openLength)) openLength += 3;
      // ("Căn cứ các Nghị định của Chính phủ: Số 78/2025/NĐ-CP …; số 187/2025/NĐ-CP …": a basis announced by its kind)
      if (colon >= 0 && byStart.has(p + openLength) && (ANNOUNCED_LIST.test(scan.slice(Math.max(p, colon - 30), colon)) || (type === 'BASED_ON' && BASIS_LIST.test(scan.slice(p, colon))))) p += openLength;
    }
    const targets: Mention[] = [];
    for (let guard = 0; guard < 30; guard++) {
      const here = byStart.get(p);
      if (!here) break;
      const last = here[0] as Mention;
      CUE_AFTER.lastIndex = last.extentEnd;
      if (targets.length > 0 && CUE_AFTER.test(scan)) break;
      targets.push(...here);
      // ("… Decree No. 34 …, detailing a number of articles of, and providing measures to implement, the Law on …": a
      // title that ends wanting its object has the next citation as that object, not as the next item)
      if (last.titleRange && last.titleRange.end >= last.extentEnd - 1 && TITLE_WANTS_OBJECT.test(scan.slice(Math.max(last.titleRange.start, last.titleRange.end - 16), last.titleRange.end))) break;
      LIST_NEXT.lastIndex = last.extentEnd;
      const ln = LIST_NEXT.exec(scan);
      if (!ln) break;
      p = last.extentEnd + ln[0].length;
      // ("…; số 187/2025/NĐ-CP …": an item's "số" before its bare number)
      if (!byStart.has(p) && scan.startsWith('so ', p) && byStart.has(p + 3)) p += 3;
    }
    // "… và thay thế các Thông tư sau đây:\n a) Thông tư số …;\n b) …": the objects are the items listed below
    if (targets.length === 0 && !passive && (type === 'REPLACES' || type === 'REPEALS' || type === 'AMENDS')) {
      LIST_OPEN.lastIndex = p;
      const open = LIST_OPEN.exec(scan);
      if (open && ANNOUNCED_LIST.test(scan.slice(Math.max(p, open.index + open[0].length - 30), open.index + open[0].lastIndexOf(':')))) {
        listItems(scan, sorted, starts, LIST_OPEN.lastIndex, (m) => m.nestedIn === null && keyOf.get(m.id) !== selfKey, (m) => { targets.push(m); });
      }
    }
    // "Căn cứ chức năng, nhiệm vụ … tại Điều 17 của Điều lệ Đảng": the basis is what the clause locates
    const direct = targets.length > 0;
    // (and so is what a guidance carries out: "hướng dẫn thực hiện chế độ, chính sách theo Nghị định số 178/2024/NĐ-CP")
    // (and what a clause opening the sentence carries out: "Thực hiện chỉ đạo … tại Công văn số 2150-CV/TU, …")
    if (targets.length === 0 && (type === 'BASED_ON' || (type === 'GUIDES' && /^(?:huong|quy)/.test(c[1] ?? '')) || (type === 'IMPLEMENTS' && opensClause(scan, cs))) && !passive) {
      const located = locatedBasis(scan, sorted, starts, ce);
      if (located) targets.push(located);
    }
    if (targets.length === 0) continue;
    // "sơ kết 5 năm thực hiện Nghị quyết …": a cue word the filler read belongs to this relation, not to one of its own
    if (direct && !passive && cueFrom < (targets[0] as Mention).start) cueFrom = (targets[0] as Mention).start;
    if (passive) {
      for (const patient of coordinatedPatients(scan, sorted, starts, passive)) {
        const to = keyOf.get(patient.id);
        for (const t of targets) {
          const from = keyOf.get(t.id);
          if (from && to) add(from, to, type, patient.start, t.end, t, patient);
        }
      }
      for (const t of targets) objectOf.set(t.id, null);
      lastPassive = { patient: passive, agent: targets[targets.length - 1] as Mention };
      continue;
    }
    // subject: the citation whose title holds the cue, or the one right before the cue, or the document
    let source: Mention | null = null;
    let evStart = cs;
    const k = lowerBound(starts, cs) - 1;
    for (let j = k; j >= 0 && j >= k - 8; j--) {
      const m = sorted[j] as Mention;
      // (an English title's "on" is its intro, outside the title read: "… on the implementation of the Law …")
      if (m.titleRange && (m.titleRange.start <= cs || (m.titleRange.start === cs + 3 && scan.startsWith('on ', cs))) && m.titleRange.end >= ce) {
        source = m;
        if (cs - m.titleRange.start < 12) evStart = m.titleRange.start;
        break;
      }
    }
    // "… Circular No. 66/2019/TT-BTC amending the Circular No. 110/2015/TT-BTC …" inside another's title: the
    // citation right before the cue acts, not the title's holder
    if (source && k >= 0) {
      const prev = sorted[k] as Mention;
      if (prev.nestedIn === source.id && prev.extentEnd <= cs && SUBJECT_FILLER.test(scan.slice(prev.extentEnd, cs))) {
        source = prev;
        evStart = prev.start;
      }
    }
    let from: string | null = null;
    // ("…⏎Căn cứ Luật …": a capitalised cue that opens a line opens a clause of its own; the citation that ended the
    // line before is not its subject)
    const opensLine = scan.lastIndexOf('\n', cs - 1) >= cs - 3 && /^[ \t]*$/.test(scan.slice(scan.lastIndexOf('\n', cs - 1) + 1, cs)) && /\p{Lu}/u.test(text[cs] ?? '');
    if (!source && k >= 0 && !opensLine) {
      const prev = sorted[k] as Mention;
      const between = prev.extentEnd <= cs ? scan.slice(prev.extentEnd, cs) : '';
      // "Nghị định này có hiệu lực sau 15 ngày, kể từ ngày đăng Công báo và thay thế Nghị định số …": the document's
      // own entry into force, then its verb
      const ownEffect = selfKey !== null && keyOf.get(prev.id) === selfKey && between.length < 160 && (EFFECT_CLAUSE.test(between) || EN_EFFECT_CLAUSE.test(between));
      if (prev.extentEnd <= cs && (ownEffect || SUBJECT_FILLER.test(between)) && !prev.nestedIn) {
        // "Nghị định này thay thế Nghị định 110… và sửa đổi … Nghị định 09…": the object of the first verb
        // is not the subject of the second; both verbs share the first subject
        const shared = objectOf.get(prev.id);
        const gap = scan.slice(prev.extentEnd, cs);
        // "Căn cứ Nghị định số 66/2020/NĐ-CP ngày … của Chính phủ sửa đổi, bổ sung … Nghị định số 68…": an object
        // described by its date or issuer and followed straight by a verb is the subject of a relative clause
        const relative = shared !== undefined && prev.extentEnd > prev.end && /^[ ]{1,2}$/.test(gap);
        if (shared !== undefined && !relative) {
          // "… thay thế A và sửa đổi B", "… thực hiện A, thay thế B": coordinated verbs share their subject
          const coordinated = /(?:^|[ ,])va[ \n]{1,3}$|^,[ ]{1,2}$/.test(gap);
          from = coordinated && shared ? shared.from : null;
          evStart = shared ? shared.evStart : cs;
        } else {
          source = prev;
          evStart = prev.start;
        }
      }
    }
    // "Tại Hướng dẫn số 25-HD/BTGTW, Ban Tuyên giáo Trung ương hướng dẫn thực hiện Kết luận số 01-KL/TW": what a body
    // does in the instrument the clause opens with is that instrument's act
    if (!source && !from && k >= 0) {
      const prev = sorted[k] as Mention;
      if (prev.nestedIn === null && prev.extentEnd <= cs && IN_INSTRUMENT_LEAD.test(scan.slice(Math.max(0, prev.start - 12), prev.start)) && BODY_BETWEEN.test(doc.text.slice(prev.extentEnd, cs))) {
        source = prev;
        evStart = prev.start;
      }
    }
    // "Kế hoạch số 210 thực hiện Chỉ thị 28, thay thế Kế hoạch số 45": a second verb after a title that ends in a
    // citation has the title's holder as its subject
    if (!source && !from && k >= 0) {
      const prev = sorted[k] as Mention;
      const host = prev.nestedIn !== null ? byId.get(prev.nestedIn) : undefined;
      if (host && host.nestedIn === null && host.extentEnd <= cs && /^(?:,[ ]{1,2}(?:va[ ]{1,2})?|[ ]{1,2}va[ ]{1,2})$/.test(scan.slice(host.extentEnd, cs))) {
        source = host;
        evStart = host.start;
      }
    }
    if (source) from = keyOf.get(source.id) ?? null;
    // a cue inside a title acts only on what that title names: "Decree No. 105 on guiding … the Law on X; Decree No. 35 …"
    const holder = source && source.titleRange && source.titleRange.start <= cs && source.titleRange.end >= ce ? source.titleRange : null;
    // (a list joined by "và" / "," right after the title's last target goes on: "về triển khai Kết luận 61 và Kết luận 62")
    let acted = targets;
    if (holder) {
      acted = [];
      let prev: Mention | null = null;
      for (const t of targets) {
        const joined = prev !== null && (prev.start === t.start || /^[ ]{0,2}(?:,|va|and)[ ]{1,3}$/.test(scan.slice(prev.extentEnd, t.start)));
        // (only an item of the same kind: "… của Luật X số 08/2012/QH13 và Nghị định số 99/…" starts a new item)
        // (and only while the items share the issuer written after the last: "… Kết luận 100 của Ban Bí thư và Kết luận 111 …"
        // closes the title at the first item's own issuer)
        const ownIssuer = prev !== null && OWN_ISSUER.test(scan.slice(prev.end, prev.extentEnd));
        if (t.start >= holder.end && !(joined && !ownIssuer && acted.includes(prev as Mention) && (prev as Mention).kind === t.kind)) break;
        acted.push(t);
        prev = t;
      }
    }
    if (!from && reported && (type === 'IMPLEMENTS' || type === 'CONTINUES') && REVIEW_BEFORE.test(scan.slice(Math.max(0, cs - 90), cs))) {
      from = reported;
      type = 'SUMMARIZES';
    }
    if (!from && reported && DIRECTIVE_START.test(scan.slice(Math.max(0, cs - 60), cs))) from = reported;
    if (!from && selfKey && (LINE_START.test(scan.slice(Math.max(0, cs - 6), cs)) || ENACTED_KIND.test(scan.slice(Math.max(0, cs - 40), cs)))) from = selfKey;
    // "Thực hiện Nghị quyết …, Thành ủy ban hành Chương trình …": the main clause issues the subject (fronted.ts)
    if (!from && !source && !passive) {
      const issued = frontedSubject(text, scan, sorted, starts, cs, targets[targets.length - 1] as Mention);
      if (issued) { source = issued; from = keyOf.get(issued.id) ?? null; }
      // ("…, UBND tỉnh ban hành Kế hoạch số 5/KH-UBND và Quyết định số 6/QĐ-UBND": each issued item acts)
      for (const more of issued ? issuedWith(scan, sorted, starts, issued) : []) {
        const k = keyOf.get(more.id);
        const moreType = type === 'IMPLEMENTS' && (more.kind === 'Hướng dẫn' || more.kind === 'Thông tư') ? 'GUIDES' : type;
        for (const t of targets) {
          const to = keyOf.get(t.id);
          if (k && to) add(k, to, moreType, cs, t.end, more, t);
        }
      }
    }
    if (!from) {
      for (const t of targets) objectOf.set(t.id, null);
      continue;
    }
    if (type === 'IMPLEMENTS' && source && (source.kind === 'Hướng dẫn' || source.kind === 'Thông tư')) type = 'GUIDES';
    for (const t of acted) {
      const to = keyOf.get(t.id);
      if (to) add(from, to, type, evStart, t.end, source, t);
      objectOf.set(t.id, { from, evStart });
    }
  }

  // "Xét Tờ trình số … ; Báo cáo thẩm tra số …", "Xét đề nghị của Bộ … (công văn số …)": the considerations of a
  // preamble line are cited by the document itself
  if (selfKey) {
    CONSIDERING.lastIndex = 0;
    for (let c = CONSIDERING.exec(scan); c; c = CONSIDERING.exec(scan)) {
      const from = c.index + c[0].length;
      const nl = scan.indexOf('\n', from);
      const stop = nl < 0 ? scan.length : nl;
      for (let k = lowerBound(starts, from); k < sorted.length; k++) {
        const m = sorted[k] as Mention;
        if (m.start >= stop) break;
        const to = keyOf.get(m.id);
        if (to && m.nestedIn === null && !pairs.has(`${selfKey}|${to}`)) add(selfKey, to, 'CITES', c.index + (scan[c.index] === '\n' ? 1 : 0), m.end, null, m);
      }
    }
  }
  if (selfKey) finalProvisions(scan, sorted, starts, byStart, keyOf, selfKey, add);
  if (selfKey) wordingChanges(scan, sorted, starts, keyOf, selfKey, add);
  // "… theo quy định tại khoản 2 Điều 5 Nghị định số …", "as prescribed at Article 59 of the Law on …": the document's
  // own body refers to another instrument (vbpl's "dẫn chiếu"), with the part it names
  if (selfKey) {
    for (const m of sorted) {
      if (m.nestedIn !== null) continue;
      const to = keyOf.get(m.id);
      if (!to || to === selfKey || pairs.has(`${selfKey}|${to}`)) continue;
      const begin = m.pinpoint && m.pinpoint.start < m.start ? m.pinpoint.start : m.start;
      const cue = REFERS_BEFORE.exec(scan.slice(Math.max(0, begin - 40), begin));
      if (cue) add(selfKey, to, 'CITES', begin - cue[0].length + (cue[1]?.length ?? 0), m.end, null, m);
    }
  }
  historyTable(scan, sorted, starts, keyOf, add);
  // a citation in another's title with no cue before it: the title cites it
  for (const m of sorted) {
    if (m.nestedIn === null) continue;
    const host = byId.get(m.nestedIn);
    const from = host ? keyOf.get(host.id) : undefined;
    const to = keyOf.get(m.id);
    if (!from || !to || from === to) continue;
    if (pairs.has(`${from}|${to}`)) continue;
    add(from, to, 'CITES', m.start, m.end);
  }
  return out;
}

/**
 * How far after a cue its first object may start: "pursuant <word>" (6), OBJECT_FILLER (3 + 5 units of at most 64),
 * ENACTED_IN (about 100), a list on the line after a colon (123), a passive's agent intro (about 25), and
 * locatedBasis's 160 as well, all well within this bound.
 */
const OBJECT_REACH = 1000;

const LOCATED_BEFORE = /(?:^|[^a-z])(?:tai|theo|cua)[ \n]{1,2}(?:dieu[ ]{1,2}[0-9]{1,3}[ ]{1,2}(?:cua[ ]{1,2})?)?$/;

/** The first citation of the clause after `from` that "tại" / "theo" / "của" locates; the clause ends at ";" or a line break. */
function locatedBasis(scan: string, sorted: Mention[], starts: number[], from: number): Mention | null {
  let stop = scan.length;
  for (let i = from; i < Math.min(scan.length, from + 160); i++) {
    const c = scan[i];
    if (c === ';' || c === '\n' || c === '.') { stop = i; break; }
  }
  for (let k = lowerBound(starts, from); k < sorted.length; k++) {
    const m = sorted[k] as Mention;
    if (m.start >= stop || m.start > from + 160) break;
    if (LOCATED_BEFORE.test(scan.slice(Math.max(from, m.start - 24), m.start))) return m;
  }
  return null;
}

// "có nội dung được sửa đổi, có nội dung được bổ sung, có nội dung bị bãi bỏ bởi Điều 1, Điều 2 Nghị định số
// 85/2021/NĐ-CP …; Điều 10 Nghị định số 17/2020/NĐ-CP": a chain of passive changes, then their agents. Each
// agent acts on the citation before the chain (AMENDS for sửa đổi / bổ sung, REPEALS for bãi bỏ, SUSPENDS for
// ngưng hiệu lực / đình chỉ), with the pinpoints of both ends.
const CHANGE = '(sua doi(?:,?[ ]{1,2}bo sung)?|bo sung|bai bo|ngung hieu luc|dinh chi(?:[ ]{1,2}thi hanh)?)';
const CHANGE_LEAD = '(?:(?:co[ ]{1,2})?noi[ ]{1,2}dung[ ]{1,2})?';
// (no leading lookbehind: it is read with matchesNear, which checks that the chain starts a word)
const PASSIVE_CHAIN = new RegExp(
  `${CHANGE_LEAD}(?:duoc|bi)[ ]{1,2}${CHANGE}((?:(?:[ ]{0,2},[ ]{0,2}|[ ]{1,2}va[ ]{1,2})${CHANGE_LEAD}(?:(?:duoc|bi)[ ]{1,2})?${CHANGE}){0,6})` +
    // ("… đã được sửa đổi, bổ sung một số điều theo Luật số …": what was changed, then the agent after "theo")
    '(?:[ ]{1,2}(?:mot[ ]{1,2}so[ ]{1,2}(?:dieu|dieu,[ ]{1,2}khoan|noi[ ]{1,2}dung)|mot[ ]{1,2}phan|toan[ ]{1,2}bo))?' +
    '[ \\n,]{1,3}(?:boi|theo(?:[ ]{1,2}(?:quy[ ]{1,2}dinh[ ]{1,2})?tai)?|tai)[ \\n]{1,3}',
  'g',
);
// (its first change word stands 3 to 21 characters in: "có nội dung được sửa đổi")
const PASSIVE_CHAIN_NEAR = nearSpec(PASSIVE_CHAIN, ['sua doi', 'bo sung', 'bai bo', 'ngung hieu luc', 'dinh chi'], 3, 21, 'cndb', true);
const CHAIN_GAP = /^[ ,\n]{0,3}(?:(?:da|cung|nay|hien|deu)[ ]{1,2}){0,2}$/;
// "… được sửa đổi bởi Điều 2 Thông tư A và bị bãi bỏ bởi Điều 7 Thông tư B": a second passive joined to the last
// agent of the chain before it by a coordinator ("và", "đồng thời", a semicolon) has that chain's patient (a gap
// with no coordinator, "… bởi Nghị định C được bãi bỏ …", keeps C as the patient; so does a comma, read by
// CHAIN_GAP: "…, được sửa đổi bởi …" may describe the agent before it)
const CHAIN_JOIN = /^[ \n]{0,2}(?:[,;][ \n]{0,2})?(?:va|dong[ ]thoi|sau[ ]do|and|then)[ \n]{1,2}(?:(?:da|cung|sau[ ]do)[ ]{1,2}){0,2}$|^[ \n]{0,2}[,;][ \n]{0,2}$/;
const AGENT_NEXT = /[ \n]{0,2}(?:,|;|va)[ \n]{1,3}/y;

type Add = (from: string, to: string, type: RelationType, start: number, end: number, fromM?: Mention | null, toM?: Mention | null) => void;

function changeTypes(words: string): RelationType[] {
  const types: RelationType[] = [];
  if (/sua doi|bo sung/.test(words)) types.push('AMENDS');
  if (/bai bo/.test(words)) types.push('REPEALS');
  if (/ngung hieu luc|dinh chi/.test(words)) types.push('SUSPENDS');
  return types;
}

function passiveChains(
  doc: Doc, sorted: Mention[], starts: number[], byStart: Map<number, Mention[]>, keyOf: Map<number, string>, add: Add,
): Range[] {
  const { scan } = doc;
  const ranges: Range[] = [];
  let last: { patient: Mention; agent: Mention } | null = null;
  for (const c of matchesNear(PASSIVE_CHAIN_NEAR, scan, 'digit')) {
    const cs = c.index;
    const ce = cs + c[0].length;
    const k = lowerBound(starts, cs) - 1;
    const before = k >= 0 ? (sorted[k] as Mention) : undefined;
    if (!before || before.extentEnd > cs) continue;
    const gap = scan.slice(before.extentEnd, cs);
    let patient: Mention;
    if (CHAIN_GAP.test(gap)) patient = before;
    else if (last && last.agent === before && CHAIN_JOIN.test(gap)) patient = last.patient;
    else continue;
    const to = keyOf.get(patient.id);
    const types = changeTypes(c[0]);
    const agents: Mention[] = [];
    let p = ce;
    for (let guard = 0; guard < 12; guard++) {
      const here = byStart.get(p);
      if (!here) break;
      const agent = here[0] as Mention;
      agents.push(agent);
      AGENT_NEXT.lastIndex = agent.extentEnd;
      const next = AGENT_NEXT.exec(scan);
      if (!next) break;
      p = agent.extentEnd + next[0].length;
    }
    if (!to || agents.length === 0) continue;
    last = { patient, agent: agents[agents.length - 1] as Mention };
    ranges.push({ start: cs, end: ce });
    for (const p of coordinatedPatients(scan, sorted, starts, patient)) {
      const pTo = keyOf.get(p.id);
      if (!pTo) continue;
      for (const agent of agents) {
        const from = keyOf.get(agent.id);
        if (!from) continue;
        for (const type of types) add(from, pTo, type, citationBegin(p), agent.end, agent, p);
      }
    }
  }
  return ranges;
}

// A database's table of status changes: "Lịch sử hiệu lực: Nghị định 28/CP" over rows "<date> <status> <source>",
// e.g. "04/01/2005 Được bổ sung 210/2004/NĐ-CP", "20/06/2006 Bị thay thế 54/2006/NĐ-CP": the row's source acts on
// the table's instrument.
const HISTORY = /(?<![a-z])lich[ ]su[ ]hieu[ ]luc[ ]{0,2}:?[ \t]{0,3}/g;
const HISTORY_NEAR = nearSpec(HISTORY, ['lich su hieu luc'], 0, 0);
const HISTORY_ROW = /(?:^|\n)[ \t]*[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}[ \t]+(duoc[ ]sua[ ]doi(?:,?[ ]bo[ ]sung)?|duoc[ ]bo[ ]sung|bi[ ]thay[ ]the|bi[ ]bai[ ]bo|bi[ ]dinh[ ]chi|bi[ ]ngung[ ]hieu[ ]luc)(?:[ ]{1,2}(?:1|mot)[ ]{1,2}phan)?[ \t]+$/;
const HISTORY_TYPE: [RegExp, RelationType][] = [[/sua doi|bo sung/, 'AMENDS'], [/thay the/, 'REPLACES'], [/bai bo/, 'REPEALS'], [/dinh chi|ngung/, 'SUSPENDS']];

function historyTable(scan: string, sorted: Mention[], starts: number[], keyOf: Map<number, string>, add: Add): void {
  for (const h of matchesNear(HISTORY_NEAR, scan)) {
    const subject = sorted[lowerBound(starts, h.index + h[0].length)];
    if (!subject || subject.start > h.index + h[0].length + 40) continue;
    const to = keyOf.get(subject.id);
    if (!to) continue;
    // rows follow until a line with no citation of the table, at most 60 of them
    let end = subject.extentEnd;
    const first = lowerBound(starts, subject.extentEnd);
    for (let k = first; k < sorted.length && k < first + 60; k++) {
      const m = sorted[k] as Mention;
      // a row is short: its line starts within 80 characters of the citation
      const window = Math.max(end, m.start - 80);
      const nl = scan.slice(window, m.start).lastIndexOf('\n');
      const lineStart = nl >= 0 ? window + nl : -1;
      // more than six lines (or 1,000 characters) with no citation between two citations end the table
      if (m.start - end > 1000 || scan.slice(end, m.start).split('\n').length > 8) break;
      end = m.extentEnd;
      if (lineStart < 0) continue;
      const row = HISTORY_ROW.exec(scan.slice(lineStart, m.start));
      if (!row) continue;
      const from = keyOf.get(m.id);
      const words = (row[1] ?? '').replace(/[ ,]+/g, ' ');
      const type = HISTORY_TYPE.find(([re]) => re.test(words))?.[1];
      if (from && type) add(from, to, type, lineStart + 1, m.end, m, subject);
    }
  }
}

// Final provisions: the document's own instrument ends the force of what it names.
//
//   "2. Nghị định số 31/2014/NĐ-CP … hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành."   own REPLACES 31
//   "Các văn bản sau đây hết hiệu lực kể từ ngày Thông tư này có hiệu lực: a) Thông tư số …; b) Điều 4 …"
//   "Khoản 2 Điều 7 Thông tư số 12/… được bãi bỏ."                                               own REPEALS 12
//
// An instrument whose force ends when the new one takes effect is superseded by it as a whole (REPLACES, vbpl's
// "thay thế"), a part of it as a part (the pinpoint on the evidence says which); what is struck out with no
// successor ("bãi bỏ", also in the passive with no agent) is REPEALED. The subject is the citation right before
// the verb (with the list joined to it); it must open its clause, or the verb must be tied to the own instrument's
// entry into force, so that a sentence reporting some other instrument's expiry is not read as an act.
const EXPIRY = /(?=[hcdbsei])(?<![a-z0-9])(?:deu[ ]{1,2}(?:bi[ ]{1,2})?bai[ ]{1,2}bo|(?:het|cham[ ]dut)[ ]{1,2}hieu[ ]{1,2}luc(?:[ ]{1,2}thi[ ]{1,2}hanh)?(?:[ ]{1,2}(?:toan[ ]bo|mot[ ]phan))?|(?:duoc|bi)[ ]{1,2}bai[ ]{1,2}bo|(?:duoc|bi)[ ]{1,2}huy[ ]{1,2}bo|duoc[ ]{1,2}(?:sua[ ]{1,2}doi(?:,?[ ]{1,2}bo[ ]{1,2}sung)?|bo[ ]{1,2}sung)(?=[ ]{1,2}nhu[ ]{1,2}sau)|(?:shall[ ]{1,2})?ceases?[ ]{1,2}to[ ]{1,2}(?:be[ ]{1,2}(?:effective|valid|in[ ]{1,2}force)|have[ ]{1,2}effect)|(?:shall[ ]{1,2})?expires?|(?:is|are|shall[ ]{1,2}be)[ ]{1,2}(?:hereby[ ]{1,2})?(?:annulled|repealed))(?![a-z0-9])/g;
/** EXPIRY's words led by the character before them, and read at the text's start, for `nextLed`. */
const EXPIRY_BODY = EXPIRY.source.replace('(?<![a-z0-9])', '');
const EXPIRY_LED = new RegExp(`[^a-z0-9]${EXPIRY_BODY}`, 'g');
const EXPIRY_AT = new RegExp(EXPIRY_BODY, 'y');
/** "… from/as of the effective date of this Decree": the English end of force tied to the own start. */
const SINCE_OWN_EN = /[ ]{0,2},?[ ]{1,2}(?:from|as[ ]{1,2}of|on|upon)[ ]{1,2}the[ ]{1,2}(?:effective[ ]{1,2}date|date[ ]{1,2}of[ ]{1,2}entry[ ]{1,2}into[ ]{1,2}force|entry[ ]{1,2}into[ ]{1,2}force)[ ]{1,2}of[ ]{1,2}(?=this[ ])/y;
const CONFLICTS_WITH = /^[ ]{1,2}(?:(?:deu|cung)[ ]{1,2})?trai[ ]{1,2}voi[ ]{1,2}(?:(?:cac[ ]{1,2})?quy[ ]{1,2}dinh[ ]{1,2}(?:cua|tai)[ ]{1,2})?$/;
const AMENDED_BY = /^[ ,]{0,3}(?:(?:da|duoc)[ ]{1,2}){1,2}(?:sua[ ]doi(?:,?[ ]{1,2}bo[ ]sung)?|bo[ ]sung)(?:[ ]{1,2}mot[ ]{1,2}so[ ]{1,2}(?:dieu|noi[ ]dung))?[ ,]{1,3}(?:theo|boi|tai)[ ]{0,2}:?[ \n]{1,2}(?:cac[ ]{1,2})?$/;
/** "Kể từ ngày Nghị định này có hiệu lực (thi hành), X hết hiệu lực": the own start, then the subject. */
const SINCE_OWN_BEFORE = /(?:^|[^a-z])(?:ke[ ]{1,2})?tu[ ]{1,2}(?:ngay|khi)[ ]{1,2}$/;
const OWN_EFFECT_COMMA = /^[ ]{1,2}(?:chinh[ ]thuc[ ]{1,2})?co[ ]{1,2}hieu[ ]{1,2}luc(?:[ ]{1,2}thi[ ]{1,2}hanh)?[ ]{0,2},[ ]{1,2}$/;
/** "(kể) từ ngày <Kind> này có hiệu lực": the end of force tied to the own instrument's start. */
const SINCE_OWN = /[ ]{0,2},?[ ]{1,2}(?:ke[ ]{1,2})?tu[ ]{1,2}(?:ngay|khi)[ ]{1,2}/y;
const OWN_TAKES_EFFECT = /[ ]{1,2}(?:(?:chinh[ ]thuc|bat[ ]dau)[ ]{1,2})?co[ ]{1,2}hieu[ ]{1,2}luc/y;
/** Between the subject and its verb: an adverb at most ("… đều hết hiệu lực", "… cũng được bãi bỏ"). */
// ("đã hết hiệu lực" reports a past fact, not this document's act)
const EXPIRY_GAP = /^[ ,]{0,3}(?:(?:deu|cung|se|dong[ ]thoi)[ ]{1,2}){0,2}$/;
/** A clause of the final provisions opens its own line, after its number or list mark at most. */
const CLAUSE_OPEN = /(?:^|\n)[ \t]*(?:(?:[0-9]{1,2}[.)]|[a-zđ]\)|[-+•*–])[ \t]{0,2})?$/;
const SUBJECT_JOIN = /^[ \n]{0,2}(?:,|;|va)[ \n]{1,3}$/;

/** Where a citation begins, its pinpoint included when written before it ("Điều 4 Nghị định …"). */
const citationBegin = (m: Mention): number => (m.pinpoint && m.pinpoint.start < m.start ? m.pinpoint.start : m.start);

/**
 * The citations joined to `head` by "và", a semicolon or a comma before it ("A, B và C hết hiệu lực"), walking back
 * from sorted[from] over those `keep` accepts, at most `max` in all: head first, then from the nearest to the farthest.
 */
function joinedBefore(scan: string, sorted: Mention[], head: Mention, from: number, keep: (m: Mention) => boolean, max: number): Mention[] {
  const out = [head];
  for (let i = from, cur = head; i >= 0 && out.length < max; i--) {
    const m = sorted[i] as Mention;
    if (!keep(m) || m.start === cur.start) continue;
    const at = citationBegin(cur);
    if (m.extentEnd > at || at - m.extentEnd > 12 || !SUBJECT_JOIN.test(scan.slice(m.extentEnd, at))) break;
    out.push(m);
    cur = m;
  }
  return out;
}

/**
 * "Kết luận 48 và Kết luận 50 … được triển khai bằng Kế hoạch 15": the citations joined before the patient of a
 * passive are patients too. Returns the patient and those before it, nearest first.
 */
function coordinatedPatients(scan: string, sorted: Mention[], starts: number[], patient: Mention): Mention[] {
  return joinedBefore(scan, sorted, patient, lowerBound(starts, patient.start) - 1, (m) => m.nestedIn === null, 12);
}
/**
 * Where `/[^.;:\n]{0,120}?:[ ]{1,2}/y` read at `p` finds its colon: the first of ".;:\n" at or after `p`, within 120
 * characters, when it is a colon followed by a space (the match then ends after one or two spaces); -1 otherwise.
 */
function inlineOpenColon(scan: string, p: number): number {
  const end = Math.min(scan.length, p + 121);
  for (let i = p; i < end; i++) {
    const c = scan.charCodeAt(i);
    if (c !== 0x2e && c !== 0x3b && c !== 0x3a && c !== 0x0a) continue;
    return c === 0x3a && scan.charCodeAt(i + 1) === 0x20 ? i : -1;
  }
  return -1;
}
/** Up to the colon that opens a list: "… hết hiệu lực thi hành (kể từ …):" then the items on the next lines. */
const INCLUDING = /[ ]{0,2},?[ ]{1,2}(?:bao[ ]gom|gom)[ ]{0,2}:?[ \n]{1,3}/y;
const LIST_OPEN = /[^.;:\n]{0,120}?:[ \t]*\n/y;
const ITEM_MARK = /(?:^|\n)[ \t]*(?:[a-zđ]\)|[0-9]{1,2}[.)]|[-+•*–])[ \t]*$/;
/** "Các văn bản sau đây", "các Thông tư sau": a subject that announces the list after the colon. */
const BASIS_LIST = /^[ ]{0,2}(?:cac[ ])?(?:nghi dinh|nghi quyet|thong tu|quyet dinh|luat|van ban|chi thi|ket luan|quy dinh)(?:[ ][a-z]+){0,6}$/;
const ANNOUNCED_LIST = /(?:sau[ ]day|duoi[ ]day|sau)[ ,]{0,3}(?:(?:deu|cung)[ ]{1,2})?$/;

function finalProvisions(
  scan: string, sorted: Mention[], starts: number[], byStart: Map<number, Mention[]>, keyOf: Map<number, string>, selfKey: string, add: Add,
): void {
  const top = (m: Mention): boolean => m.nestedIn === null && keyOf.get(m.id) !== selfKey;
  for (let c = nextLed(EXPIRY_LED, EXPIRY_AT, scan, 0); c; c = nextLed(EXPIRY_LED, EXPIRY_AT, scan, c.index + c[0].length)) {
    const cs = c.index;
    const ce = cs + c[0].length;
    // ("Khoản 2 Điều 7 Nghị định số … được sửa đổi, bổ sung như sau:" is the document's own amendment)
    const type: RelationType = /bai|huy|annulled|repealed/.test(c[0]) ? 'REPEALS' : /sua|sung/.test(c[0]) ? 'AMENDS' : 'REPLACES';
    // (a passive with its agent, "được bãi bỏ bởi Nghị định …", is that agent's act: read with the passive chains)
    if (type === 'REPEALS' && /^[ ,\n]{1,3}(?:boi|bang|tai|theo)(?![a-z])/.test(scan.slice(ce, ce + 8))) continue;
    // tied to the own instrument's entry into force?
    let tail = ce;
    let sinceOwn = false;
    SINCE_OWN_EN.lastIndex = ce;
    if (SINCE_OWN_EN.exec(scan)) {
      const own = byStart.get(SINCE_OWN_EN.lastIndex)?.find((m) => keyOf.get(m.id) === selfKey);
      if (own) {
        sinceOwn = true;
        tail = own.end;
      }
    }
    SINCE_OWN.lastIndex = ce;
    if (!sinceOwn && SINCE_OWN.exec(scan)) {
      const own = byStart.get(SINCE_OWN.lastIndex)?.find((m) => keyOf.get(m.id) === selfKey);
      OWN_TAKES_EFFECT.lastIndex = own ? own.end : 0;
      if (own && OWN_TAKES_EFFECT.test(scan)) {
        sinceOwn = true;
        tail = OWN_TAKES_EFFECT.lastIndex;
      }
    }
    // the subject, right before the verb, and the list joined to it
    const k = lowerBound(starts, cs) - 1;
    let j = k;
    while (j >= 0 && (sorted[j] as Mention).nestedIn !== null && (sorted[j] as Mention).start > cs - 600) j--;
    let last = j >= 0 ? (sorted[j] as Mention) : undefined;
    // "Các quy định tại Nghị định số X trái với Nghị định này đều bãi bỏ": what conflicts with the own instrument is
    // X's (a part of it, repealed)
    if (last && j > 0 && keyOf.get(last.id) === selfKey && cs - last.end < 24 && EXPIRY_GAP.test(scan.slice(last.end, cs))) {
      const before = sorted[j - 1] as Mention;
      if (top(before) && before.extentEnd <= last.start && last.start - before.extentEnd < 40 && CONFLICTS_WITH.test(scan.slice(before.extentEnd, last.start))) last = before;
    }
    let subjects: Mention[] = [];
    const conflicting = last !== undefined && j >= 0 && last !== sorted[j];
    if (last && top(last) && (conflicting || (last.extentEnd <= cs && cs - last.extentEnd < 40 && EXPIRY_GAP.test(scan.slice(last.extentEnd, cs))))) {
      subjects = joinedBefore(scan, sorted, last, j - 1, top, 20).reverse();
    }
    // "Luật Cư trú số … đã được sửa đổi, bổ sung một số điều theo Luật số A hết hiệu lực …": the amended law is the
    // subject; the laws after "theo" only name its amendments
    if (subjects.length > 0) {
      const head = subjects[0] as Mention;
      let i = lowerBound(starts, citationBegin(head)) - 1;
      while (i >= 0 && (sorted[i] as Mention).nestedIn !== null) i--;
      const patient = i >= 0 ? (sorted[i] as Mention) : undefined;
      if (patient && top(patient) && patient.extentEnd <= citationBegin(head) && citationBegin(head) - patient.extentEnd < 120 && AMENDED_BY.test(scan.slice(patient.extentEnd, citationBegin(head)))) {
        subjects = joinedBefore(scan, sorted, patient, i - 1, top, 20).reverse();
      }
    }
    if (subjects.length > 0) {
      const first = subjects[0] as Mention;
      const opens = CLAUSE_OPEN.test(scan.slice(Math.max(0, citationBegin(first) - 8), citationBegin(first)));
      // "Kể từ ngày Nghị định này có hiệu lực, X hết hiệu lực": tied to the own start written before the subject
      if (!sinceOwn) {
        const i = lowerBound(starts, citationBegin(first)) - 1;
        const own = i >= 0 ? (sorted[i] as Mention) : undefined;
        if (own && keyOf.get(own.id) === selfKey && citationBegin(first) - own.end < 40 && OWN_EFFECT_COMMA.test(scan.slice(own.end, citationBegin(first))) && SINCE_OWN_BEFORE.test(scan.slice(Math.max(0, own.start - 14), own.start))) sinceOwn = true;
      }
      if (!sinceOwn && !opens && !conflicting) continue;
      for (const m of subjects) {
        const to = keyOf.get(m.id);
        if (to) add(selfKey, to, type, citationBegin(m), sinceOwn ? tail : ce, null, m);
      }
      continue;
    }
    // "Các quy định … hết hiệu lực thi hành, bao gồm: Thông tư số …; Quyết định số …": every citation the sentence
    // goes on to name
    INCLUDING.lastIndex = tail;
    if (INCLUDING.test(scan)) {
      const from = INCLUDING.lastIndex;
      let stop = Math.min(scan.length, from + 1500);
      for (let i = from; i < stop; i++) {
        if (scan[i] === '\n' || (scan[i] === '.' && (scan[i + 1] === ' ' || scan[i + 1] === '\n' || i + 1 === scan.length))) { stop = i; break; }
      }
      for (let q = lowerBound(starts, from); q < sorted.length && (sorted[q] as Mention).start < stop; q++) {
        const m = sorted[q] as Mention;
        const to = keyOf.get(m.id);
        if (top(m) && to) add(selfKey, to, type, cs, m.end, null, m);
      }
      continue;
    }
    // "Các văn bản sau đây hết hiệu lực …:" and the items below
    if (!ANNOUNCED_LIST.test(scan.slice(Math.max(0, cs - 24), cs))) continue;
    LIST_OPEN.lastIndex = tail;
    if (!LIST_OPEN.exec(scan)) continue;
    listItems(scan, sorted, starts, LIST_OPEN.lastIndex, top, (m, lineStart) => {
      const to = keyOf.get(m.id);
      if (to) add(selfKey, to, type, lineStart, m.end, null, m);
    });
  }
}

/**
 * The items of a list that starts at `from` ("a) Thông tư số …;\nb) Điều 4 Nghị định số …"): each line that opens
 * with a list mark and then a citation (or its pinpoint), and the citations joined to it on that line. Ends at the
 * first line that is no such item.
 */
function listItems(scan: string, sorted: Mention[], starts: number[], from: number, top: (m: Mention) => boolean, each: (m: Mention, lineStart: number) => void): void {
  let k = lowerBound(starts, from);
  let lineStart = from;
  for (let items = 0; items < 40 && k < sorted.length; items++) {
    while (k < sorted.length && !top(sorted[k] as Mention)) k++;
    const m = sorted[k] as Mention | undefined;
    if (!m) return;
    const begin = m.pinpoint && m.pinpoint.start < m.start ? m.pinpoint.start : m.start;
    if (begin - lineStart > 12) return;
    const mark = scan.slice(lineStart, begin);
    if (!ITEM_MARK.test(`\n${mark}`)) return;
    each(m, lineStart);
    let cur = m;
    for (k++; k < sorted.length; k++) {
      const n = sorted[k] as Mention;
      if (!top(n) || n.start === cur.start) continue;
      const b = n.pinpoint && n.pinpoint.start < n.start ? n.pinpoint.start : n.start;
      if (n.extentEnd <= cur.extentEnd || cur.extentEnd > b || b - cur.extentEnd > 12 || !SUBJECT_JOIN.test(scan.slice(cur.extentEnd, b))) break;
      each(n, lineStart);
      cur = n;
    }
    const nl = scan.indexOf('\n', cur.extentEnd);
    if (nl < 0) return;
    lineStart = nl + 1;
    k = lowerBound(starts, lineStart);
  }
}

// "Thay thế cụm từ “…” bằng cụm từ “…” tại khoản 2 Điều 93 của Luật Xây dựng số …", "Bỏ cụm từ “…” tại Điều 101 của
// Luật …", "Bổ sung cụm từ …": a change of wording is an amendment of every instrument the clause locates ("tại",
// "của", "trong" before it or its pinpoint), by the document itself.
const WORDING = /(?=[tbs])(?<![a-z0-9])(?:thay[ ]{1,2}the|bo[ ]{1,2}sung|bo|sua[ ]{1,2}doi)[ ]{1,2}(?:(?:mot[ ]{1,2}so|cac)[ ]{1,2})?(?:cum[ ]{1,2}tu|tu[ ]{1,2}ngu)(?![a-z0-9])/g;
/** WORDING's words led by the character before them, and read at the text's start, for `nextLed`. */
const WORDING_BODY = WORDING.source.replace('(?<![a-z0-9])', '');
const WORDING_LED = new RegExp(`[^a-z0-9]${WORDING_BODY}`, 'g');
const WORDING_AT = new RegExp(WORDING_BODY, 'y');
const LOCATED_IN = /(?:^|[^a-z])(?:tai|cua|trong)[ ]{1,2}(?:cac[ ]{1,2})?$/;

function wordingChanges(scan: string, sorted: Mention[], starts: number[], keyOf: Map<number, string>, selfKey: string, add: Add): void {
  // where the search for the next change starts: past the last one's clause
  let from = 0;
  for (let c = nextLed(WORDING_LED, WORDING_AT, scan, 0); c; c = nextLed(WORDING_LED, WORDING_AT, scan, from)) {
    const cs = c.index;
    // the clause: up to a line break or a sentence end, at most 600 characters
    let stop = Math.min(scan.length, cs + 600);
    for (let i = cs; i < stop; i++) {
      if (scan[i] === '\n' || scan[i] === ';' || (scan[i] === '.' && (scan[i + 1] === ' ' || scan[i + 1] === '\n'))) { stop = i; break; }
    }
    let lastEnd = -1;
    for (let k = lowerBound(starts, cs); k < sorted.length && (sorted[k] as Mention).start < stop; k++) {
      const m = sorted[k] as Mention;
      const to = keyOf.get(m.id);
      if (m.nestedIn !== null || !to || to === selfKey) continue;
      const begin = m.pinpoint && m.pinpoint.start < m.start ? m.pinpoint.start : m.start;
      // (and the next item of the list: "… của Luật A, Điều 64 của Luật B")
      const joined = lastEnd >= 0 && lastEnd <= begin && begin - lastEnd < 8 && SUBJECT_JOIN.test(scan.slice(lastEnd, begin));
      if (joined || LOCATED_IN.test(scan.slice(Math.max(cs, begin - 12), begin))) {
        add(selfKey, to, 'AMENDS', cs, m.end, null, m);
        lastEnd = m.extentEnd;
      }
    }
    from = Math.max(cs + c[0].length, stop);
  }
}
