import { extract } from '../../server/extract/index.ts';
import type { Instrument } from '../../server/extract/models.ts';

/** Instruments of a sentence as compact tuples: key, kind, number, symbol. */
export function keys(text: string): string[] {
  return extract(text).instruments.map((i) => i.key);
}

export function only(text: string): Instrument {
  const list = extract(text).instruments;
  if (list.length !== 1) throw new Error(`expected one instrument in «${text}», got ${list.map((i) => i.key).join(', ')}`);
  return list[0] as Instrument;
}
