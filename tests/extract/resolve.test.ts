import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';
import { keys } from './helpers.ts';

describe('resolve: identity across mentions', () => {
  it('gives a short form the key of its full citation, before or after', () => {
    const x = extract('Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị. Nghị quyết 57 được triển khai.');
    expect(x.instruments).toHaveLength(1);
    expect(x.instruments[0]?.mentions.map((m) => m.text)).toEqual(['Nghị quyết số 57-NQ/TW', 'Nghị quyết 57']);
    expect(keys('Chỉ thị 05 được quán triệt; Chỉ thị số 05-CT/TW của Bộ Chính trị.')).toEqual(['chi-thi:5-ct-tw']);
  });
  it('leaves an unresolved short form without symbol', () => {
    const i = extract('Thực hiện Nghị quyết 57 của Bộ Chính trị.').instruments[0];
    expect([i?.key, i?.symbol]).toEqual(['nghi-quyet:57', null]);
  });
  it('separates the same number in two years and joins a year-less mention to the nearest', () => {
    expect(keys('Kết luận số 21-KL/TW ngày 12/3/2012 và Kết luận số 21-KL/TW ngày 25/10/2021. Kết luận số 21-KL/TW nói trên.')).toEqual([
      'ket-luan:21-kl-tw@2012',
      'ket-luan:21-kl-tw@2021',
    ]);
  });
  it('separates local instruments of two provinces', () => {
    expect(keys('Tỉnh ủy Bắc Ninh ban hành Nghị quyết số 11-NQ/TU; Tỉnh ủy Quảng Ninh ban hành Nghị quyết số 11-NQ/TU.')).toEqual([
      'nghi-quyet:11-nq-tu#bac-ninh',
      'nghi-quyet:11-nq-tu#quang-ninh',
    ]);
  });
  it('takes the jurisdiction from the document subject', () => {
    const x = extract('Tỉnh ủy Quảng Ninh chỉ đạo. Thực hiện Nghị quyết số 11-NQ/TU, ngày 9-3-2018, của Ban Chấp hành Đảng bộ tỉnh.');
    expect(x.instruments[0]?.key).toBe('nghi-quyet:11-nq-tu@2018#quang-ninh');
    expect(x.instruments[0]?.jurisdiction).toBe('Quảng Ninh');
  });
  it('links aliases the text states', () => {
    const x = extract('Nghị quyết Trung ương 4 khóa XII (Nghị quyết số 04-NQ/TW) được quán triệt.');
    expect(x.instruments).toHaveLength(1);
    expect(x.instruments[0]).toMatchObject({ number: '04', conference: 'Hội nghị Trung ương 4', term: 'XII' });
  });
  it('keys conferences, congresses and named laws', () => {
    expect(keys('Nghị quyết Đại hội XIII của Đảng và Nghị quyết Trung ương 4 khóa XII')).toEqual(['nghi-quyet:dai-hoi-xiii', 'nghi-quyet:hntw-4-xii']);
    expect(keys('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật Tổ chức Chính phủ quy định')).toEqual(['luat:t-to-chuc-chinh-phu@2015']);
  });
  it('does not invent instruments from generic mentions', () => {
    expect(keys('Quán triệt các nghị quyết, chỉ thị, kết luận của Trung ương; Nghị quyết của Đảng bộ tỉnh.')).toEqual([]);
  });
  it('makes the document header an instrument', () => {
    const x = extract('CHÍNH PHỦ\nSố: 10/2016/NĐ-CP\nHà Nội, ngày 01 tháng 02 năm 2016\nNGHỊ ĐỊNH\nQuy định về cơ quan thuộc Chính phủ\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nNghị định này thay thế Nghị định số 10/2008/NĐ-CP.');
    expect(x.instruments[0]).toMatchObject({ key: 'nghi-dinh:10-2016-nd-cp', kind: 'Nghị định', issuedOn: '2016-02-01', issuer: 'Chính phủ', title: 'Quy định về cơ quan thuộc Chính phủ' });
    expect(x.relations.map((r) => [r.from, r.type, r.to])).toEqual([
      ['nghi-dinh:10-2016-nd-cp', 'BASED_ON', 'luat:t-to-chuc-chinh-phu@2015'],
      ['nghi-dinh:10-2016-nd-cp', 'REPLACES', 'nghi-dinh:10-2008-nd-cp'],
    ]);
  });
});
