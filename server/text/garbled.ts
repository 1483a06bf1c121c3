// Text whose Vietnamese diacritics look mis-decoded: legacy VNI or TCVN3 (ABC) bytes read as another code page
// ("Bé ChÝnh trÞ", "Boä Chính trò"), or tone marks scattered over a syllable ("Tạĩ phĩên họp ngàỷ"). Such a text
// still yields citations by number, but its names and sentences are wrong: flagged, with a sample, never fixed here.

/** Latin-1 letters and signs that no Vietnamese word holds but TCVN3/VNI mojibake is full of. */
const FOREIGN = /[©ª«¬®¯°±²³µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÑÖ×ØÛÜÝÞßäåæçëîïñö÷øûüþÿ]/u;
/** A combining mark that NFC could not attach to a letter: after a space, a digit or another mark. */
const LOOSE_MARK = /(?:^|[\s\d\p{P}])[\u0300-\u036f]/u;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const VOWEL_RUN = /(?:[aeiouyAEIOUY][\u0300-\u036f]*)+/gu;
/** A tone belongs on the vowel with the circumflex, breve or horn ("phiên", not "phĩên"). */
const TONE_BEFORE_HAT = /[aeiouy][\u0300\u0301\u0303\u0309\u0323][aeiouy][\u0302\u0306\u031b]/iu;

/** True when a word looks mis-decoded. */
export function garbledWord(word: string): boolean {
  if (!/\p{L}/u.test(word)) return false;
  if (FOREIGN.test(word)) return /[a-zA-Zà-ỹ]/u.test(word);
  const nfd = word.normalize('NFD');
  // Two tones in one run of vowels ("ngàỷ"); words run together ("nhiệmvụ") have a consonant between theirs.
  for (const run of nfd.match(VOWEL_RUN) ?? []) if ((run.match(TONES) ?? []).length > 1) return true;
  return TONE_BEFORE_HAT.test(nfd);
}

export interface GarbledReport {
  garbled: boolean;
  /** A few words as written, for the warning. */
  sample: string | null;
  /** Share of the words that look mis-decoded. */
  share: number;
}

/** Flags a text when enough of its words look mis-decoded (a stray typo is not a broken encoding). */
export function detectGarbled(text: string): GarbledReport {
  const words = text.slice(0, 200_000).split(/[\s,.;:!?()"“”'‘’[\]{}<>/\\|-]+/u).filter(Boolean);
  const bad: string[] = [];
  for (const w of words) if (garbledWord(w)) bad.push(w);
  const loose = LOOSE_MARK.test(text.normalize('NFC'));
  const share = words.length ? bad.length / words.length : 0;
  const garbled = (bad.length >= 3 && share >= 0.005) || (bad.length >= 2 && share >= 0.1) || loose;
  return { garbled, sample: garbled ? [...new Set(bad)].slice(0, 4).join(' ') || null : null, share };
}
