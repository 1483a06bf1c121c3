// A law named once with its acronym in parentheses is cited by the acronym afterwards, as news write:
//
//   "Bộ luật Lao động (BLLĐ) 2019 … Nghị định 145/2020 quy định chi tiết một số điều luật trong BLLĐ 2019"
//   "Luật Đất đai năm 2024 (LĐĐ) … theo LĐĐ"
//
// The acronym must be the initials of the kind and the name ("Bộ luật Lao động" → BLLĐ); each later occurrence,
// as a whole word, becomes a mention of the same law (with the year written after it, else the law's).

import { fold } from '../text/fold.ts';
import type { Doc, Mention } from './models.ts';
import { mention } from './forms/mention.ts';

/** "(BLLĐ)", "(sau đây gọi tắt là BLLĐ)" right after the name, then an optional year: " 2019", " năm 2019". */
const DEFINED = /^(?:[ ](?:năm[ ])?(?:19|20)\d{2})?[ ]?\((?:(?:sau đây[ ])?(?:được[ ])?gọi[ ](?:tắt[ ])?là[ ])?([A-ZĐ]{2,8})\)(?:[ ](?:năm[ ])?((?:19|20)\d{2})(?!\d))?/u;
/** How many acronym definitions one text may make. */
const MAX_DEFINED = 24;
const YEAR_AFTER = /^[ ](?:năm[ ])?((?:19|20)\d{2})(?!\d)/;

/** The initials of "Bộ luật Lao động", folded and upper-cased: "BLLD". */
function initials(words: string): string {
  return fold(words).split(/[ ,-]+/).filter(Boolean).map((w) => w[0]).join('').toUpperCase();
}

/**
 * The later uses of the names a text defines for its citations: for each mention `define` gives a name for (and where
 * its uses may start), every later whole-word occurrence that `use` turns into a mention. Each definition scans the rest
 * of the text once: at most MAX_DEFINED definitions and 500 uses keep that linear.
 */
function laterUses(
  text: string,
  mentions: readonly Mention[],
  define: (m: Mention) => { word: string; from: number } | null,
  use: (m: Mention, word: string, at: number) => Mention | null,
): Mention[] {
  if (!text.includes(')')) return [];
  const out: Mention[] = [];
  let defined = 0;
  for (const m of mentions) {
    if (defined >= MAX_DEFINED) break;
    const d = define(m);
    if (!d) continue;
    defined++;
    const re = new RegExp(`(?<![\\p{L}\\d])${d.word}(?![\\p{L}\\d])`, 'gu');
    re.lastIndex = d.from;
    for (let a = re.exec(text); a && out.length < 500; a = re.exec(text)) {
      const found = use(m, d.word, a.index);
      if (found) out.push(found);
    }
  }
  return out;
}

/** Mentions of laws by the acronyms the text defines for them; empty when it defines none. */
export function acronymMentions(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const { text } = doc;
  return laterUses(
    text,
    mentions,
    (m) => {
      if (m.form !== 'named' || !m.title || m.self) return null;
      const d = DEFINED.exec(text.slice(m.end, m.end + 48));
      const acronym = d?.[1];
      if (!d || !acronym || fold(acronym).toUpperCase() !== initials(`${m.kind} ${m.title}`)) return null;
      if (d[2] && m.year === null) m.year = Number(d[2]);
      return { word: acronym, from: m.end + d[0].length };
    },
    (m, acronym, at) => {
      const y = YEAR_AFTER.exec(text.slice(at + acronym.length, at + acronym.length + 10));
      const end = at + acronym.length + (y ? y[0].length : 0);
      return mention('named', m.kind, { start: at, end }, { title: m.title, year: y ? Number(y[1]) : m.year });
    },
  );
}

const ALIAS = /^[ ]?\((?:sau đây (?:được )?(?:gọi|viết) (?:tắt )?là )?(\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2})\)/u;
const NOT_ALIAS_AFTER = /^(?:[ ](?:số|này|nói|đó|trên|sau|mới|cũ|của|\d)|[ ]?[-/\d]|\p{L})/u;

/**
 * "Quy định số 69-QĐ/TW … về … (Quy định); … Quy định có hiệu lực … và thay thế …": a numbered citation followed by its
 * kind word alone in parentheses (or "(sau đây gọi tắt là Quy định)") is cited by that word afterwards. Each later
 * occurrence, capitalised, as a whole word, not followed by a number, "số", "này" or a symbol, is a mention of it.
 * `extentOf` gives where each mention's date, issuer and title end (the parenthesis follows them).
 */
export function aliasMentions(doc: Doc, mentions: readonly Mention[], extentOf: (m: Mention) => number): Mention[] {
  const { text } = doc;
  return laterUses(
    text,
    mentions,
    (m) => {
      if (m.number === null || m.self || m.listSize !== 1) return null;
      const end = extentOf(m);
      const d = ALIAS.exec(text.slice(end, end + 48));
      return d?.[1] && d[1] === m.kind ? { word: d[1], from: end + d[0].length } : null;
    },
    (m, alias, at) =>
      NOT_ALIAS_AFTER.test(text.slice(at + alias.length, at + alias.length + 6))
        ? null
        : mention('short', m.kind, { start: at, end: at + alias.length }, { number: m.number, symbol: m.symbol, codes: m.codes, symbolYear: m.symbolYear }),
  );
}
