// Terms (khóa) as the graph and the keys write them: in Roman numerals.
import { intToRoman } from './dates.ts';

/** A term as written in the text, in Roman numerals: "13" → "XIII", "xiii" → "XIII". */
export function termNumeral(raw: string): string {
  return /^\d+$/.test(raw) ? intToRoman(Number(raw)) : raw.toUpperCase();
}
