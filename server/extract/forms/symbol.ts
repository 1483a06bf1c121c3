// Reading a symbol after a document number, shared by the numbered forms and the symbol-led ones:
//
//   "-QĐ/TW", "/2020/NĐ-CP", "- QĐ/TW", "/QĐ-TTg", "-L/CTN", "-KL/TƯ"
//
// The symbol is returned in canonical form without the number ("QĐ/TW", "2020/NĐ-CP").

import { kindOfSideCode } from '../../vocabulary/kinds.ts';
import type { Doc } from '../models.ts';
import { CODE_KIND, SEGMENT_CANON, SEGMENT_SEP, SYMBOL_SEGMENT, SYMBOL_SEP, SYMBOL_YEAR } from '../patterns.ts';

export interface SymbolRead {
  end: number;
  symbol: string;
  codes: string[];
  year: number | null;
  /** The mark between number and symbol: "-" (213-QĐ/TW) or "/" (30/2020/NĐ-CP, 749/QĐ-TTg). */
  joiner: string;
}

/** Joint symbols name up to nine bodies ("TTLT-VKSNDTC-TANDTC-BCA-BQP-BNN&PTNT-BTC-BTP"): all are read. */
const MAX_CODES = 10;

/** A code segment as the original writes it must look like a code: "QĐ", "QĐi", "TTg", "NĐ", "QH13"; not "Bộ", "Ban". */
function codeLike(code: string, loose: boolean, lenient: boolean): boolean {
  // ("BTVTƯĐ": the centre inside a longer code; "BNN&PTNT"; "BGDÐT" with a look-alike of Đ)
  const orig = (code.includes('TƯ') ? code.replace(/TƯ/g, 'TW') : code).replace(/&/g, '').replace(/[Ð\u0189]/g, 'Đ').replace(/ð/g, 'đ');
  if (orig.length < 2 || !/^[A-Za-zĐđ][A-Za-zĐđ0-9]*$/.test(orig)) return false;
  // only ASCII letters, digits and Đ/đ get here
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < orig.length; i++) {
    const c = orig.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c <= 0x5a || c === 0x110) upper++;
    else lower++;
  }
  if (lower === 0) return true;
  if (upper === 0) return !loose || lenient; // "nq/tw" in a lower-case text, never with stray spaces
  return upper >= 2 && lower <= 2;
}

/** "TƯ" (Trung ương) as a symbol segment: folding makes it "tu", the code of a provincial Party committee. */
function isCentre(orig: string): boolean {
  return orig === 'TƯ';
}

function canonSegment(folded: string, written: string): string {
  const orig = written.replace(/[Ðð\u0189]/g, 'Đ'); // the look-alikes of Đ (see fold)
  if (/[đĐ]/.test(orig)) return SEGMENT_CANON[folded] ?? orig.toUpperCase().replace('ĐI', 'Đi');
  return SEGMENT_CANON[folded] ?? orig.toUpperCase();
}

/**
 * Reads a symbol starting at `pos`, right after a number: "-QĐ/TW", "/2020/NĐ-CP", "- QĐ/TW", "/QĐ-TTg".
 * The symbol is returned in canonical form without the number ("QĐ/TW", "2020/NĐ-CP").
 */
export function readSymbol(doc: Doc, pos: number): SymbolRead | null {
  const { scan, text } = doc;
  SYMBOL_SEP.lastIndex = pos;
  const sep = SYMBOL_SEP.exec(scan);
  if (!sep) return null;
  let p = pos + sep[0].length;
  let loose = (sep[1] ?? '') !== '' || (sep[3] ?? '') !== '';
  let year: number | null = null;
  let out = '';
  SYMBOL_YEAR.lastIndex = p;
  const y = sep[2] === '/' ? SYMBOL_YEAR.exec(scan) : null;
  if (y) {
    year = Number(y[1]);
    out = `${y[1]}${y[3]}`;
    p += y[0].length;
    loose ||= (y[2] ?? '') !== '' || (y[4] ?? '') !== '';
  }
  const codes: string[] = [];
  // every code is read, as the catalogue reads them, so a joint circular's key is the catalogue's; the separator
  // after the last code read is not the symbol's
  for (let i = 0; i < MAX_CODES; i++) {
    SYMBOL_SEGMENT.lastIndex = p;
    const seg = SYMBOL_SEGMENT.exec(scan);
    if (!seg) break;
    // (the centre inside a longer code is TW too: "NQ/BTVTƯĐ" is "NQ/BTVTWĐ")
    const written = text.slice(p, p + seg[0].length);
    const inner = codes.length > 0 && written.length > 2 && written.includes('TƯ');
    const orig = inner ? written.replace(/TƯ/g, 'TW') : written;
    const folded = inner ? seg[0].replace(/tu/g, 'tw') : seg[0];
    // "QĐ/TƯ", "KL/T.Ư": the centre written with its Vietnamese letter is the same TW
    const centre = codes.length > 0 && isCentre(orig);
    // an old law's one-letter type code: "23-L/CTN" (Luật, promulgated by the President's order)
    // (and the President's order after its year: "05/2022/L-CTN")
    const letter = codes.length === 0 && /^[A-Z]$/.test(orig) && (scan[p + 1] === '/' || (year !== null && scan[p + 1] === '-'));
    if (!centre && !letter && !codeLike(orig, loose, doc.lenient)) break;
    out += centre ? 'TW' : canonSegment(folded, orig);
    codes.push(centre ? 'tw' : folded);
    p += seg[0].length;
    SEGMENT_SEP.lastIndex = p;
    const s2 = SEGMENT_SEP.exec(scan);
    if (!s2 || i === MAX_CODES - 1) break;
    // "QC-TT.HĐND-UBND": a dot joins two codes only when nothing stands around it
    if (s2[2] === '.' && s2[0] !== '.') break;
    SYMBOL_SEGMENT.lastIndex = p + s2[0].length;
    const next = SYMBOL_SEGMENT.exec(scan);
    if (!next) break;
    const nextOrig = text.slice(p + s2[0].length, p + s2[0].length + next[0].length);
    const looseHere = (s2[1] ?? '') !== '' || (s2[3] ?? '') !== '';
    if (!isCentre(nextOrig) && !codeLike(nextOrig, loose || looseHere, doc.lenient)) break;
    out += s2[2];
    p += s2[0].length;
  }
  if (codes.length === 0) return null;
  return { end: p, symbol: out, codes, year, joiner: sep[2] ?? '' };
}

/** Kind implied by a symbol's codes, when no kind word is written: "NĐ-CP" → Nghị định, "QĐ-TTg" → Quyết định. */
export function kindFromCodes(codes: string[], year: number | null): string | null {
  const [type, issuer] = codes;
  if (!type) return null;
  if (CODE_KIND[type]) return CODE_KIND[type] ?? null;
  const state = year !== null || (issuer !== undefined && !/^(tw|tu|hu|qu|du|[a-z]*tw)$/.test(issuer));
  // "qd" is Quyết định only in a State symbol, "tt" Thông tư in a State symbol and Thông tri in a Party one
  const sided = kindOfSideCode(type, state);
  if (sided) return sided;
  if (/^qh\d+$/.test(type) && year !== null && codes.length === 1) return 'Luật';
  return null;
}
