import { describe, expect, it } from 'vitest';
import { fold, foldAligned, normalizeTone, slugify } from '../../server/text/fold.ts';
import { findQuantities, parseVietnameseNumber } from '../../server/text/numbers.ts';
import { intToRoman, parseDate, partyTermOf, partyTermYears, romanToInt, assemblyTermYears } from '../../server/text/dates.ts';

describe('fold', () => {
  it('strips diacritics, đ and case', () => {
    expect(fold('Quyết định số 749/QĐ-TTg')).toBe('quyet dinh so 749/qd-ttg');
    expect(fold('Nghị quyết'.normalize('NFD'))).toBe('nghi quyet');
    expect(fold('ĐẢNG BỘ')).toBe('dang bo');
  });
  it('makes old and new tone placement equal', () => {
    expect(fold('hoà')).toBe(fold('hòa'));
    expect(fold('thuý')).toBe(fold('thúy'));
    expect(normalizeTone('hoà bình, thuỷ lợi, khoẻ')).toBe('hòa bình, thủy lợi, khỏe');
    expect(normalizeTone('quý, hoặc, thuế')).toBe('quý, hoặc, thuế');
  });
  it('keeps length in the aligned form', () => {
    const s = 'Quy định số 109- QĐ/TW “Về”';
    expect(foldAligned(s)).toHaveLength(s.length);
    expect(slugify('Quảng Ninh')).toBe('quang-ninh');
  });
});

describe('numbers', () => {
  it('reads Vietnamese grouping and decimals', () => {
    expect(parseVietnameseNumber('10.745')).toBe(10745);
    expect(parseVietnameseNumber('578,47')).toBe(578.47);
    expect(parseVietnameseNumber('1.234.567,5')).toBe(1234567.5);
    expect(parseVietnameseNumber('abc')).toBeNull();
  });
  it('finds quantities with multipliers and units', () => {
    const q = findQuantities('thu hồi 578,47 triệu đồng, đạt 103% chỉ tiêu, với 10.745 đảng viên và 2 tỷ đồng');
    expect(q.map((x) => [x.value, x.unit ?? null])).toEqual([[578470000, 'đồng'], [103, '%'], [10745, null], [2000000000, 'đồng']]);
    expect(q[0]?.text).toBe('578,47 triệu đồng');
  });
});

describe('dates', () => {
  it('reads every form of DOMAIN.md §2', () => {
    for (const s of ['ngày 2-1-2020', 'ngày 02/01/2020', '2/1/2020', 'ngày 02 tháng 01 năm 2020', '(2-1-2020)', 'dated January 2, 2020', '2 January 2020', 'ngày 2 – 1 – 2020'])
      expect(parseDate(s), s).toBe('2020-01-02');
    expect(parseDate('31/2/2020')).toBeNull();
  });
  it('maps terms and years', () => {
    expect(romanToInt('XIII')).toBe(13);
    expect(intToRoman(12)).toBe('XII');
    expect(partyTermOf('2020-01-02')).toBe('XII');
    expect(partyTermOf('2021-10-25')).toBe('XIII');
    expect(partyTermYears('XI')).toEqual({ from: 2011, to: 2016 });
    expect(assemblyTermYears(13)).toEqual({ from: 2011, to: 2016 });
  });
});
