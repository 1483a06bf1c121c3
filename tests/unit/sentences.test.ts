// The one sentence rule (server/text/sentences.ts), shared by the extractor's actions, the sentence stored on
// each link at ingest and the evidence the API quotes.
import { describe, expect, it } from 'vitest';
import { endsSentence, sentenceAround, sentenceBounds, sentences } from '../../server/text/sentences.ts';
import { sentences as actionSentences } from '../../server/extract/actions.ts';
import { sentenceAround as ingestSentence } from '../../server/graph/rows.ts';
import { evidenceSentence } from '../../server/api/evidence.ts';
import { fold } from '../../server/text/fold.ts';

const cut = (text: string) => sentences(text).map(([s, e]) => text.slice(s, e).trim());
/** The sentence around the first occurrence of `cite`. */
const around = (text: string, cite: string) => {
  const s = text.indexOf(cite);
  return sentenceAround(text, s, s + cite.length).text;
};

describe('one sentence rule', () => {
  it('ends a sentence at ". " before a capital, after a symbol too', () => {
    expect(cut('Căn cứ Nghị định số 30/2020/NĐ-CP. Nghị định này quy định về văn thư.')).toEqual([
      'Căn cứ Nghị định số 30/2020/NĐ-CP.',
      'Nghị định này quy định về văn thư.',
    ]);
    expect(cut('Thực hiện Quy định 213! Vì sao? Bởi vì… Đúng vậy.')).toEqual(['Thực hiện Quy định 213!', 'Vì sao?', 'Bởi vì…', 'Đúng vậy.']);
  });

  it('does not end one at a dot before a lower-case word', () => {
    expect(cut('Theo Nghị định số 30/2020/NĐ-CP. và các văn bản khác.')).toHaveLength(1);
  });

  it('keeps numbers and dates whole: "1.000", "10.745", "2.1.2020"', () => {
    expect(cut('Có 1.000 người và 10.745 đảng viên ngày 2.1.2020. Hai là, làm.')).toEqual([
      'Có 1.000 người và 10.745 đảng viên ngày 2.1.2020.',
      'Hai là, làm.',
    ]);
  });

  it('does not end one after an abbreviation before a name: "TP.", "Tp.", "TS."', () => {
    expect(cut('Thành ủy TP. Hồ Chí Minh ban hành Kế hoạch số 10-KH/TU. Tiếp theo.')).toEqual([
      'Thành ủy TP. Hồ Chí Minh ban hành Kế hoạch số 10-KH/TU.',
      'Tiếp theo.',
    ]);
    expect(cut('UBND Tp. Hải Phòng và (TS. Nguyễn Văn A) dự họp.')).toHaveLength(1);
  });

  it('reads "v.v." by what follows: a capital starts a new sentence, a lower-case word does not', () => {
    expect(cut('Các nghị quyết, chỉ thị, v.v. Các cấp ủy thực hiện.')).toEqual(['Các nghị quyết, chỉ thị, v.v.', 'Các cấp ủy thực hiện.']);
    expect(cut('Các nghị quyết, chỉ thị, v.v. của Trung ương.')).toHaveLength(1);
  });

  it('ends one at a line break, but joins a line a PDF only wrapped', () => {
    expect(cut('Nhiệm vụ\nMột là, tăng cường kiểm tra.')).toEqual(['Nhiệm vụ', 'Một là, tăng cường kiểm tra.']);
    // a wrapped line: no closing punctuation, the next line goes on in lower case
    expect(cut('Ban Thường vụ đã quán triệt Nghị quyết số 18-NQ/TW\ncủa Ban Chấp hành Trung ương, đến toàn thể\nđảng viên. Hai là.')).toEqual([
      'Ban Thường vụ đã quán triệt Nghị quyết số 18-NQ/TW\ncủa Ban Chấp hành Trung ương, đến toàn thể\nđảng viên.',
      'Hai là.',
    ]);
    // a list item, a clause closed by ";" or ":", and a blank line all start anew
    expect(cut('Các văn bản:\na) Nghị định số 30;\nb) Thông tư số 01')).toEqual(['Các văn bản:', 'a) Nghị định số 30;', 'b) Thông tư số 01']);
    expect(cut('Đoạn một\n\nđoạn hai')).toEqual(['Đoạn một', 'đoạn hai']);
    expect(cut('Dòng một\r\nDòng hai')).toEqual(['Dòng một', 'Dòng hai']);
  });

  it('joins a wrapped line that ends in a word no sentence ends with, whatever the case of the next line', () => {
    expect(cut('Thực hiện Nghị quyết của Ban Chấp hành\nTrung ương Đảng, Tỉnh ủy ban hành Kế hoạch.')).toEqual([
      'Thực hiện Nghị quyết của Ban Chấp hành\nTrung ương Đảng, Tỉnh ủy ban hành Kế hoạch.',
    ]);
    expect(cut('Căn cứ Nghị định số 12/2031/NĐ-CP của\nChính phủ quy định về thư viện.')).toHaveLength(1);
    // a heading line ends with a content word: the next line in capitals starts anew
    expect(cut('Điều 5. Hiệu lực thi hành\nNghị định này có hiệu lực.').at(-1)).toBe('Nghị định này có hiệu lực.');
    // a list mark after the line still starts an item
    expect(cut('Các văn bản của\na) Bộ Tài chính')).toEqual(['Các văn bản của', 'a) Bộ Tài chính']);
  });

  it('finds the sentence around a span, without the white space before it', () => {
    const text = 'Mở đầu. Các chi bộ thực hiện Quy định số 213-QĐ/TW của Bộ Chính trị. Câu sau.';
    expect(around(text, '213-QĐ/TW')).toBe('Các chi bộ thực hiện Quy định số 213-QĐ/TW của Bộ Chính trị.');
    // a boundary inside the span ("TP. Hồ") does not cut it; the search starts after the span
    const s = text.indexOf('Các');
    expect(sentenceBounds(text, s, s + 3)).toEqual([7, text.indexOf(' Câu')]);
    expect(endsSentence(text, text.indexOf('. Các'))).toBe(true);
    expect(endsSentence(text, text.indexOf('213'))).toBe(false);
  });

  it('stops looking after `limit` characters either side', () => {
    const long = `${'chữ '.repeat(400)}Quy định 213 ${'chữ '.repeat(400)}`;
    const r = sentenceAround(long, 1600, 1612, 100);
    expect(r.start).toBe(1500);
    expect(r.end).toBeLessThanOrEqual(1712);
  });

  it('gives the same answer on the folded scan the extractor matches on', () => {
    const text = 'Thành ủy TP. Hồ Chí Minh ban hành Kế hoạch số 10-KH/TU ngày 2.1.2020. Đảng ủy xã thực hiện.\nMột là.';
    expect(sentences(text, fold(text))).toEqual(sentences(text));
  });

  it('is the rule of the extractor, the ingest and the API evidence', () => {
    const text = 'Mở đầu. Thành ủy TP. Hồ Chí Minh thực hiện Quy định số 213-QĐ/TW\ncủa Bộ Chính trị, đạt 1.000 điểm. Câu sau.';
    const s = text.indexOf('213');
    const e = s + '213-QĐ/TW'.length;
    const expected = 'Thành ủy TP. Hồ Chí Minh thực hiện Quy định số 213-QĐ/TW\ncủa Bộ Chính trị, đạt 1.000 điểm.';
    expect(actionSentences(text, fold(text)).map(([a, b]) => text.slice(a, b).trim())).toContain(expected);
    expect(ingestSentence(text, s, e).text).toBe(expected);
    expect(evidenceSentence({ docId: 'd', citeStart: s, citeEnd: e, windowStart: 0, window: text }).sentence).toBe(expected);
  });
});
