// Numbered, State-style symbol: the number joined to its symbol by a slash, often with the year.
//
//   "Nghị định số 30/2020/NĐ-CP", "Quyết định số 749/QĐ-TTg", "Công văn số 1452/VKSTC-V2",
//   "Thông tư liên tịch số 05/2018/TTLT-BCA- VKSNDTC-TANDTC"

import { NUMBER, NUMBER_INTRO, SYMBOL_SEP, SYMBOL_YEAR } from '../patterns.ts';
import { numberedAt } from './numbered.ts';
import { kindFromCodes } from './symbol.ts';
import { englishNameBefore } from './english.ts';
import type { KindWordForm } from './types.ts';

export const numberedState: KindWordForm = {
  name: 'numbered-state',
  summary: 'kind word, "số", a number, then a symbol joined by a slash: "Nghị định số 30/2020/NĐ-CP"',
  trigger: 'kind-word',
  patterns: { NUMBER_INTRO, NUMBER, SYMBOL_SEP, SYMBOL_YEAR },
  examples: [
    { text: 'Chính phủ ban hành Nghị định số 30/2020/NĐ-CP về công tác văn thư.', mentions: [{ kind: 'Nghị định', form: 'full', number: '30', symbol: '2020/NĐ-CP' }] },
    { text: 'Theo Quyết định số 749/QĐ-TTg của Thủ tướng.', mentions: [{ kind: 'Quyết định', number: '749', symbol: 'QĐ-TTg' }] },
    { text: 'Viện kiểm sát trả lời bằng Công văn số 1452/VKSTC-V2.', mentions: [{ kind: 'Công văn', number: '1452', symbol: 'VKSTC-V2' }] },
    { text: 'Nghị quyết 55/2010/QH12 miễn, giảm thuế sử dụng đất.', mentions: [{ kind: 'Nghị quyết', number: '55', symbol: '2010/QH12' }] },
    { text: 'Decree No. 105/2020/ND-CP prescribing preschool policies.', mentions: [{ kind: 'Nghị định', number: '105', symbol: '2020/NĐ-CP' }] },
    {
      text: 'Hai ngành phối hợp theo Thông tư liên tịch số 05/2018/TTLT-BCA- VKSNDTC-TANDTC.',
      mentions: [{ kind: 'Thông tư liên tịch', number: '05', symbol: '2018/TTLT-BCA-VKSNDTC-TANDTC' }],
    },
    // a footnote mark glued to the kind word does not hide it
    { text: 'Cần tổ chức thực hiện.3Nghị quyết 55/2010/QH12 về miễn thuế.', mentions: [{ kind: 'Nghị quyết', number: '55', symbol: '2010/QH12' }] },
    // the English kind word is a translation: the State type code names the kind
    { text: 'Resolution No. 55/2010/QH12 exempts land tax.', mentions: [{ kind: 'Nghị quyết', number: '55', symbol: '2010/QH12' }] },
    { text: 'The PM signed DECREE 648/QD-TTg on the plan.', mentions: [{ kind: 'Quyết định', number: '648', symbol: 'QĐ-TTg' }] },
    { text: 'This Decision replaces Decision No. 12/2015/QD-TTg.', mentions: [{ kind: 'Quyết định', number: '12', symbol: '2015/QĐ-TTg' }] },
  ],
  read: (at) => {
    const r = numberedAt(at);
    if (r.joiner !== '/') return [];
    // an English kind word is a translation, the State type code the original: "DECREE 648/QD-TTg" is a Quyết định
    if (at.english !== undefined) {
      for (const m of r.mentions) {
        // (a type code only: "55/2010/QH12" names the Assembly, which passes laws and resolutions alike)
        const coded = /^(?:ubtv)?qh\d/.test(m.codes[0] ?? '') ? null : kindFromCodes(m.codes, m.symbolYear);
        if (coded && coded !== m.kind) m.kind = coded;
      }
      // "the Enterprise Law No. 59/2020/QH14": the name written before the kind word is the law's title
      const only = r.mentions.length === 1 ? r.mentions[0] : undefined;
      if (only && only.title === null && (at.word === 'law' || at.word === 'ordinance')) {
        const name = englishNameBefore(at.doc, at.start);
        if (name) {
          only.start = name.start;
          only.title = name.title;
          only.titleRange = { start: name.start, end: name.end };
        }
      }
    }
    return r.mentions;
  },
};
