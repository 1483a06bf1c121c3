// The predicate of a clause whose subject is a citation. A final provision names an instrument and then says what
// becomes of it: "Nghị định số 31/… quy định chi tiết … Luật Cư trú hết hiệu lực kể từ ngày …", "Thông tư số … được
// sửa đổi, bổ sung bởi …", "… trái với Nghị định này đều bãi bỏ". A title or a law's name is a noun phrase: it ends
// before that predicate.
//
// An effect word after a common noun for documents belongs to the noun phrase ("Danh mục văn bản hết hiệu lực toàn
// bộ hoặc một phần" is a title); after a citation it is the clause's verb when what follows closes the clause: a
// time ("kể từ ngày …", "từ ngày …"), an agent ("bởi", "bằng", "tại"), "như sau" or punctuation. "Được <body> ban
// hành (ngày …)" after a title is its issuer's act, not part of the title.

/** The verb group, on folded text: optional adverb, then the effect or change verb. */
const VERB = /(?:(?:tiep[ ]{1,2}tuc|van|deu|se|da|cung|chinh[ ]{1,2}thuc)[ ]{1,2}){0,2}(?:(?:het|co|ngung|cham[ ]{1,2}dut)[ ]{1,2}hieu[ ]{1,2}luc(?:[ ]{1,2}(?:thi[ ]{1,2}hanh|toan[ ]{1,2}bo))?|(?:duoc|bi)[ ]{1,2}(?:sua[ ]{1,2}doi(?:,?[ ]{1,2}bo[ ]{1,2}sung)?|bo[ ]{1,2}sung|thay[ ]{1,2}the|bai[ ]{1,2}bo|huy[ ]{1,2}bo|dinh[ ]{1,2}chi(?:[ ]{1,2}thi[ ]{1,2}hanh)?|ngung[ ]{1,2}hieu[ ]{1,2}luc|ap[ ]{1,2}dung|dan[ ]{1,2}chieu)|duoc[ ]{1,2}(?:[a-z]{1,7}[ ]{1,2}){1,8}?(?:ky[ ]{1,2})?ban[ ]{1,2}hanh|bai[ ]{1,2}bo|trai[ ]{1,2}voi|(?:shall[ ]{1,2})?(?:ceases?[ ]{1,2}to[ ]{1,2}(?:be[ ]{1,2}(?:effective|valid|in[ ]{1,2}force)|have[ ]{1,2}effect)|expires?|(?:is|are|be)[ ]{1,2}(?:hereby[ ]{1,2})?(?:annulled|repealed|replaced)))(?![a-z0-9])/y;
/** What closes the clause right after the verb. */
const CLOSES = /(?:[ ]{0,2}(?:[,;:.)]|\n|$)|[ ]{1,2}(?:ke[ ]{1,2}tu|tu[ ]{1,2}ngay|tu[ ]{1,2}khi|tu(?=[ ]{1,2}[0-9])|ke[ ]{1,2}ngay|vao[ ]{1,2}ngay|ngay|boi|bang|tai|theo|nhu[ ]{1,2}sau|sau|cho[ ]{1,2}den|den|ke|khi|from|on|as[ ]{1,2}of|upon|by|when|nghi[ ]{1,2}dinh|thong[ ]{1,2}tu|quyet[ ]{1,2}dinh|luat|phap[ ]{1,2}lenh|nghi[ ]{1,2}quyet|chi[ ]{1,2}thi)(?![a-z0-9]))/y;
/** A common noun for documents right before: the effect word then qualifies it. */
const DOCUMENT_NOUN = /(?:van[ ]ban|phap[ ]luat|quy[ ]pham|giay[ ]to|hop[ ]dong|giay[ ]phep)[ ]{1,2}$/;

/** Folded first words of every predicate: a reader that stops only at some words tests these first. */
export const PREDICATE_FIRST_WORDS: readonly string[] = ['tiep', 'van', 'deu', 'se', 'da', 'cung', 'chinh', 'het', 'co', 'ngung', 'cham', 'duoc', 'bi', 'bai', 'trai', 'shall', 'cease', 'ceases', 'expire', 'expires'];

/**
 * True when the clause's predicate starts at `at` (the start of a word) of the folded text: the verb group, then the
 * clause's close. `from` bounds the look back for a document noun.
 */
export function predicateAt(scan: string, at: number, from = 0): boolean {
  VERB.lastIndex = at;
  const v = VERB.exec(scan);
  if (!v) return false;
  const verb = v[0];
  // "trái với Nghị định này": only with a citation after it; "đều bãi bỏ" and "bị/được …" always end the noun phrase
  const effect = /hieu[ ]{1,2}luc/.test(verb) && !/^(?:duoc|bi)/.test(verb);
  if (effect && DOCUMENT_NOUN.test(scan.slice(Math.max(from, at - 16), at))) return false;
  // a bare "bãi bỏ" after a title is the titled instrument acting on the next citation, read elsewhere
  if (verb.startsWith('bai')) return false;
  CLOSES.lastIndex = at + verb.length;
  return CLOSES.test(scan);
}
