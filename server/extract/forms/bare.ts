// Bare: a number and symbol with no kind word before them.
//
//   "Quy định số 37-QĐ/TW và 08-QĐi/TW"   a list goes on: the kind of the one it continues
//   "… theo 30/2020/NĐ-CP"               the kind from the symbol's type code ("NĐ" → Nghị định)
//   "văn bản số 1234/UBND-NV"            no type code: a State letter (công văn)

import { kindFromCodes } from './symbol.ts';
import type { SymbolForm } from './types.ts';

/** What joins a list of symbols: "37-QĐ/TW và 08-QĐi/TW", "18-NQ/TW, 19-NQ/TW". */
export const LIST_BEFORE = /[ \n]{0,2}(?:,|;|va|and|&)[ \n]{1,3}$/;
const KIND_NOUN_BEFORE = /(?:^|[^a-z])(resolution|law|nghi quyet|luat)[ ,]{1,3}(?:(?:coded|numbered|no\.?|number|mang so|so)[ ]{1,2})?$/;
/** "văn bản số …" before a symbol that names no kind. */
const LETTER_BEFORE = /(?:^|[^a-z])van[ ]ban[ ]{1,2}so[ ]{1,2}$/;
/** Where a bare symbol may start: a number not glued to another word, then a separator and a letter. */
export const BARE = /(?<![a-z0-9/.,:-])(?<number>\d{1,5})[ ]?[-/][ ]?(?:(?:19|20)\d\d[ ]?[-/][ ]?)?[a-z]/g;

export const bare: SymbolForm = {
  name: 'bare',
  summary: 'a number and symbol with no kind word: a list continuation ("… và 08-QĐi/TW") or a kind told by the code',
  trigger: 'symbol',
  patterns: { BARE, LIST_BEFORE, LETTER_BEFORE },
  examples: [
    {
      text: 'Thực hiện Quy định số 37-QĐ/TW và 08-QĐi/TW của Bộ Chính trị.',
      mentions: [{ kind: 'Quy định', form: 'bare', number: '08', symbol: 'QĐi/TW' }],
    },
    { text: 'Mức phạt nêu tại 15/2020/NĐ-CP được áp dụng.', mentions: [{ kind: 'Nghị định', form: 'bare', number: '15', symbol: '2020/NĐ-CP' }] },
    { text: 'Sở đã có văn bản số 1234/UBND-NV gửi các huyện.', mentions: [{ kind: 'Công văn', form: 'bare', number: '1234', symbol: 'UBND-NV' }] },
    { text: 'Chỉ thị số 05-CT/TW, 06-CT/TW tiếp tục được quán triệt.', mentions: [{ kind: 'Chỉ thị', number: '06', symbol: 'CT/TW' }] },
  ],
  read: ({ doc, start, sym, byEnd }) => {
    const list = LIST_BEFORE.exec(doc.scan.slice(Math.max(0, start - 12), start));
    if (list) {
      const prev = byEnd.get(start - list[0].length);
      if (prev && (prev.form === 'full' || prev.form === 'bare')) {
        // ("Nghị định 12/2030/NĐ-CP, 09/VBHN-BTC": a type code of its own, other than the item before's, names the kind;
        // an Assembly's "QH" names none: it passes laws and resolutions alike)
        const own = sym.codes[0];
        const coded = own && own !== prev.codes[0] && !/^(?:ubtv)?qh/.test(own) ? kindFromCodes(sym.codes, sym.year) : null;
        return { kind: coded ?? prev.kind, listPrev: prev.id };
      }
    }
    // "the resolution, coded 22/2016/QH14", "nghị quyết mang số 22/2016/QH14": the noun before names the kind the
    // Assembly's code leaves open
    const named = KIND_NOUN_BEFORE.exec(doc.scan.slice(Math.max(0, start - 32), start));
    if (named && /^(?:ubtv)?qh/.test(sym.codes[0] ?? '')) return { kind: named[1] === 'law' || named[1] === 'luat' ? 'Luật' : 'Nghị quyết' };
    const kind = kindFromCodes(sym.codes, sym.year);
    if (kind) return { kind };
    // "văn bản số 1234/UBND-NV": a State letter carries no type code, only its issuer's (a công văn)
    return !sym.year && sym.joiner === '/' && LETTER_BEFORE.test(doc.scan.slice(Math.max(0, start - 16), start)) ? { kind: 'Công văn' } : null;
  },
};
