// Short: a kind word and a number, no symbol; resolution finds the symbol elsewhere in the text.
//
//   "Quy định 213", "Chỉ thị 05", "Nghị quyết số 11"
//
// Lower-case kind words are common nouns ("các quy định 2 năm") unless "số" makes them specific, and a number
// followed by a unit ("Kết luận 3 nội dung") is a count.

import { NUMBER, NUMBER_INTRO, NUMBER_MORE } from '../patterns.ts';
import { numberedAt, UNIT_AFTER_NUMBER } from './numbered.ts';
import type { KindWordForm } from './types.ts';

export const short: KindWordForm = {
  name: 'short',
  summary: 'kind word and number(s) without a symbol: "Quy định 213", "Nghị quyết số 11"',
  trigger: 'kind-word',
  patterns: { NUMBER_INTRO, NUMBER, NUMBER_MORE, UNIT_AFTER_NUMBER },
  examples: [
    { text: 'Chi bộ đã học tập Quy định 213 trong quý I.', mentions: [{ kind: 'Quy định', form: 'short', number: '213', symbol: null }] },
    { text: 'Tiếp tục thực hiện Kết luận 48 và Kết luận 50.', mentions: [{ kind: 'Kết luận', number: '48' }, { kind: 'Kết luận', number: '50' }] },
    { text: 'Đảng ủy ra Nghị quyết số 11 về công tác cán bộ.', mentions: [{ kind: 'Nghị quyết', number: '11' }] },
    { text: 'Chỉ thị 05, 06 được sơ kết cùng lúc.', mentions: [{ kind: 'Chỉ thị', number: '05' }, { kind: 'Chỉ thị', number: '06' }] },
    // not citations: a common noun before a count, a number followed by its unit
    { text: 'Các quy định 2 năm gần đây đều được rà soát.', mentions: [] },
    { text: 'Kết luận 3 nội dung trọng tâm của hội nghị.', mentions: [] },
    { text: 'The Land Law 2024 takes effect in August.', mentions: [] },
  ],
  read: (at) => {
    const r = numberedAt(at);
    if (r.joiner !== null) return [];
    // "the Land Law 2024": after an English kind word a year is the law's year, not its number
    if (at.english !== undefined && r.mentions.some((m) => /^(?:19|20)\d\d$/.test(m.number ?? ''))) return [];
    return r.mentions;
  },
};
