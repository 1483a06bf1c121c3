// From what a person types to a Lucene query over the `search_all` index (migrations/003). Both sides are
// folded the same way (server/text/fold.ts), so "quy dinh 213", "Quy định 213" and "QUY ĐỊNH 213" are one
// query; "hoa" finds "hòa" and "hoà". The words must all occur (AND); the last one may be a prefix (typing
// "nêu gươ" already finds "nêu gương"). The same words with their diacritics are matched against `searchText`
// too and boosted, so an exact-diacritic hit ranks above a folded one. Every word is escaped: no character a
// person types reaches Lucene as syntax.
import { fold, normalizeTone } from '../text/fold.ts';

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

// Words as the standard tokenizer cuts them: letters and digits; a number keeps its inner dots and commas
// ("10.745", "578,47").
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function clause(field: string, ws: string[], prefixLast: boolean): string {
  const parts = ws.map((w, i) => {
    const e = escapeLucene(w);
    return i === ws.length - 1 && prefixLast && /\p{L}/u.test(w) && w.length >= 2 ? `(${e} OR ${e}*)` : e;
  });
  return `${field}:(${parts.join(' AND ')})`;
}

export interface LuceneQuery {
  lucene: string;
  folded: string[];
}

/** The Lucene query for `text`, or null when it has no word to look for. */
export function luceneQuery(text: string): LuceneQuery | null {
  const nfc = text.normalize('NFC').toLowerCase();
  const folded = words(fold(nfc)).slice(0, 16);
  if (!folded.length) return null;
  const exact = words(nfc).slice(0, 16);
  const toned = words(normalizeTone(nfc)).slice(0, 16);
  let lucene = clause('searchFolded', folded, true);
  lucene += ` OR ${clause('searchText', exact, true)}^2`;
  if (toned.join(' ') !== exact.join(' ')) lucene += ` OR ${clause('searchText', toned, true)}^2`;
  return { lucene, folded };
}
