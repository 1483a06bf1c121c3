// Stage 2: find. Locates every citation and reads its core — kind, number(s), symbol — or, for instruments
// without a number, the conference, congress or name that identifies them. Attributes that follow the core
// (date, issuer, title) are read by parse.ts.
//
// Each way of citing is a form in forms/ (its regexes, examples and reader); forms/index.ts lists them in
// the order they are tried:
//
//   "Quy định số 213-QĐ/TW"                      numbered, Party-style symbol
//   "Nghị định số 30/2020/NĐ-CP"                 numbered, State-style symbol
//   "Quy định 213", "Chỉ thị 05"                 short: symbol to be found elsewhere (resolve.ts)
//   "Nghị quyết Hội nghị Trung ương 4, 5 khóa XIII"   conference: two mentions; "Nghị quyết Đại hội XIII"
//   "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"   law by name
//   "the Law on Cadres and Civil Servants"       English names (numbered English citations are numbered forms)
//   "Nghị định này", "This Decision"             the document itself
//   "Số: 10/2016/NĐ-CP"                          the document's own header
//   "… và 08-QĐi/TW"                             bare: no kind word; kind from the list or the code

import { fold } from '../text/fold.ts';
import { acronymMentions } from './acronyms.ts';
import { BARE } from './forms/bare.ts';
import { KIND_WORD_FORMS, SYMBOL_FORMS } from './forms/index.ts';
import type { CitationForm, KindWordAt } from './forms/types.ts';
import { mention } from './forms/mention.ts';
import { readSymbol } from './forms/symbol.ts';
import { spacedHeaderNumber } from './forms/header.ts';
import type { Doc, Mention } from './models.ts';
import { isUpperAt } from './normalize.ts';
import { ABBREVIATED_KINDS, ABBREVIATION_WORD, ENGLISH_KINDS, KINDS, abbreviationStarts, nextAccepted, nextKindWord } from './patterns.ts';

export { kindFromCodes, readSymbol, type SymbolRead } from './forms/symbol.ts';

/**
 * Finds every citation core in the text, walking the registry of forms. When `trace` is given, it records
 * which form read each mention.
 */
export function findMentions(doc: Doc, trace?: Map<Mention, CitationForm>): Mention[] {
  const { scan, text } = doc;
  const out: Mention[] = [];
  const selfRefs: Mention[] = [];
  const readAt = (at: KindWordAt): void => {
    for (const form of KIND_WORD_FORMS) {
      const found = form.read(at);
      if (found.length === 0) continue;
      if (form.ownReference) selfRefs.push(...found);
      else out.push(...found);
      if (trace) for (const f of found) trace.set(f, form);
      break;
    }
  };
  let resume = -1; // where the next kind word is looked for when the last one was read short
  for (let m = nextKindWord(scan, 0); m; m = nextKindWord(scan, resume >= 0 ? resume : m.index + m[0].length)) {
    resume = -1;
    const start = m.index;
    const written = m[1] ?? '';
    const word = written.includes('\n') || written.includes('  ') ? written.replace(/[ \n]+/g, ' ') : written;
    const capitalised = isUpperAt(text, start);
    const english = ENGLISH_KINDS[word];
    const info = KINDS[word];
    if (english !== undefined && !capitalised) continue;
    const kind = english ?? info?.display ?? '';
    if (!kind) continue;
    // folding makes "công bố Luật …" "cong bo luat": "bố" / "bỏ" before "Luật" is no "Bộ"
    if (word === 'bo luat' && !/^b[ộo]/i.test(text.slice(start, start + 2))) {
      resume = start + 3;
      continue;
    }
    readAt({ doc, word, kind, start, afterKind: start + m[0].length, capitalised, info, english });
  }
  // "NQ 57", "NQ TW 4", "NQTW 6": a kind abbreviated in capitals ("NQTW" has the centre written onto it)
  ABBREVIATION_WORD.lastIndex = 0;
  for (let m = nextAccepted(ABBREVIATION_WORD, text, abbreviationStarts); m; m = nextAccepted(ABBREVIATION_WORD, text, abbreviationStarts)) {
    const word = m[0] === 'NĐ' ? 'nd' : m[0].toLowerCase();
    const info = KINDS[ABBREVIATED_KINDS[word] ?? ''];
    if (!info) continue;
    const start = m.index;
    readAt({ doc, word, kind: info.display, start, afterKind: start + (word === 'nqtw' ? 2 : m[0].length), capitalised: true, info, english: undefined });
  }
  out.push(...findBySymbol(doc, out, trace));
  // "Bộ luật Lao động (BLLĐ) 2019 … BLLĐ 2019": a law cited by the acronym the text gave it
  out.push(...acronymMentions(doc, out));
  out.push(...selfRefs);
  // "Số: 22 HD/TWĐTN": the own number, its symbol set apart by a space
  if (!out.some((m) => m.self && m.number !== null)) {
    const spaced = spacedHeaderNumber(doc);
    if (spaced) out.push(spaced);
  }
  out.sort((a, b) => a.start - b.start || a.id - b.id);
  for (const form of KIND_WORD_FORMS) form.settle?.(out);
  for (const form of SYMBOL_FORMS) form.settle?.(out);
  return out;
}

const BARE_AT = new RegExp(BARE.source, 'y');

/**
 * The first match of BARE starting at or after `from`, as a global search from there finds it. Its separator ("-" or
 * "/", after the digits and an optional space) stands 1 to 6 characters after its start, and every "-" or "/" before
 * it stands at or before that start; so the separators are visited in order (indexOf), and BARE is tried (sticky)
 * only at the digits in the six characters before one that a letter or a year "19…" / "20…" follows.
 */
export function nextBare(scan: string, from: number): RegExpExecArray | null {
  let dash = scan.indexOf('-', from + 1);
  let slash = scan.indexOf('/', from + 1);
  let tried = from; // every start before this has been tried
  while (dash >= 0 || slash >= 0) {
    const at = dash < 0 ? slash : slash < 0 ? dash : Math.min(dash, slash);
    if (at === dash) dash = scan.indexOf('-', at + 1);
    else slash = scan.indexOf('/', at + 1);
    const j = scan.charCodeAt(at + 1) === 0x20 ? at + 2 : at + 1;
    const c = scan.charCodeAt(j);
    const d = scan.charCodeAt(j + 1);
    if (!((c >= 0x61 && c <= 0x7a) || (c === 0x31 && d === 0x39) || (c === 0x32 && d === 0x30))) continue;
    for (let s = Math.max(tried, at - 6); s < at; s++) {
      const k = scan.charCodeAt(s);
      if (k < 0x30 || k > 0x39) continue;
      BARE_AT.lastIndex = s;
      const m = BARE_AT.exec(scan);
      if (m) return m;
    }
    tried = Math.max(tried, at);
  }
  return null;
}

/** Numbers and symbols written without a kind word, outside every citation found so far, offered to the symbol forms. */
function findBySymbol(doc: Doc, found: Mention[], trace?: Map<Mention, CitationForm>): Mention[] {
  const { scan } = doc;
  const covered = found.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
  const inCore = (pos: number): boolean => {
    let lo = 0;
    let hi = covered.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = covered[mid] as readonly [number, number];
      if (pos < c[0]) hi = mid - 1;
      else if (pos >= c[1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const byEnd = new Map<number, Mention>();
  const out: Mention[] = [];
  for (const m of found) byEnd.set(m.end, m);
  // where the search for the next number starts (as a global regex's lastIndex would)
  let from = 0;
  for (let m = nextBare(scan, 0); m; m = nextBare(scan, from)) {
    const start = m.index;
    from = start + (m[1]?.length ?? 1);
    if (inCore(start)) continue;
    const numEnd = start + (m[1]?.length ?? 0);
    const sym = readSymbol(doc, numEnd);
    if (!sym) continue;
    from = sym.end;
    for (const form of SYMBOL_FORMS) {
      const r = form.read({ doc, start, numEnd, sym, byEnd });
      if (!r) continue;
      const mm = mention('bare', r.kind, { start, end: sym.end }, {
        number: doc.text.slice(start, numEnd), symbol: sym.symbol, codes: sym.codes, symbolYear: sym.year, self: r.self ?? false, listPrev: r.listPrev ?? null,
      });
      out.push(mm);
      byEnd.set(mm.end, mm);
      trace?.set(mm, form);
      break;
    }
  }
  return out;
}

/** Exposed for parseReference: the fold of a kind word → display kind, Vietnamese or English. */
export function kindOfWord(word: string): string | null {
  const w = fold(word).replace(/\s+/g, ' ').trim().replace(/s$/, '');
  return KINDS[w]?.display ?? ENGLISH_KINDS[w] ?? null;
}
