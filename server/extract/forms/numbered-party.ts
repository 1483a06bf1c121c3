// Numbered, Party-style symbol: the number joined to its symbol by a hyphen.
//
//   "Quy định số 213-QĐ/TW", "Kết luận 14-KL/TƯ", "Hướng dẫn số 215 - HD/TWĐTN-BTC", "Luật số 23-L/CTN"

import { NUMBER, NUMBER_INTRO, NUMBER_MORE, SYMBOL_SEGMENT, SYMBOL_SEP } from '../patterns.ts';
import { numberedAt } from './numbered.ts';
import type { KindWordForm } from './types.ts';

export const numberedParty: KindWordForm = {
  name: 'numbered-party',
  summary: 'kind word, "số", one or more numbers, then a symbol joined by a hyphen: "Quy định số 213-QĐ/TW"',
  trigger: 'kind-word',
  patterns: { NUMBER_INTRO, NUMBER, NUMBER_MORE, SYMBOL_SEP, SYMBOL_SEGMENT },
  examples: [
    { text: 'Ban Thường vụ quán triệt Quy định số 213-QĐ/TW tới từng chi bộ.', mentions: [{ kind: 'Quy định', form: 'full', number: '213', symbol: 'QĐ/TW' }] },
    {
      text: 'Các Nghị quyết số 18, 19-NQ/TW được triển khai đồng bộ.',
      mentions: [{ kind: 'Nghị quyết', number: '18', symbol: 'NQ/TW' }, { kind: 'Nghị quyết', number: '19', symbol: 'NQ/TW' }],
    },
    { text: 'Thực hiện Quy định số 22-QĐ/TƯ của Ban Chấp hành.', mentions: [{ kind: 'Quy định', number: '22', symbol: 'QĐ/TW' }] },
    { text: 'Kết luận số 310-KL/TƯ đã chỉ rõ.', mentions: [{ kind: 'Kết luận', number: '310', symbol: 'KL/TW' }] },
    { text: 'Tỉnh đoàn làm theo Hướng dẫn số 215 - HD/TWĐTN-BTC.', mentions: [{ kind: 'Hướng dẫn', number: '215', symbol: 'HD/TWĐTN-BTC' }] },
    { text: 'Luật số 23-L/CTN đã hết hiệu lực từ lâu.', mentions: [{ kind: 'Luật', number: '23', symbol: 'L/CTN' }] },
    { text: 'The Secretariat has just issued Directive No. 31-CT/TW on youth work.', mentions: [{ kind: 'Chỉ thị', number: '31', symbol: 'CT/TW' }] },
  ],
  read: (at) => {
    const r = numberedAt(at);
    return r.joiner === '-' ? r.mentions : [];
  },
};
