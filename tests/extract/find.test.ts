import { describe, expect, it } from 'vitest';
import { findMentions } from '../../server/extract/find.ts';
import { normalize } from '../../server/extract/normalize.ts';

const core = (text: string) =>
  findMentions(normalize(text)).filter((m) => !m.self || m.number).map((m) => [m.form, m.kind, m.number, m.symbol, m.conference ?? m.title]);

describe('find', () => {
  it('reads Party and State numbering', () => {
    expect(core('theo Quy định số 213-QĐ/TW')).toEqual([['full', 'Quy định', '213', 'QĐ/TW', null]]);
    expect(core('Nghị định 30/2020/NĐ-CP')).toEqual([['full', 'Nghị định', '30', '2020/NĐ-CP', null]]);
    expect(core('Luật số 80/2015/QH13')).toEqual([['full', 'Luật', '80', '2015/QH13', null]]);
    expect(core('Quyết định số 749/QĐ-TTg')).toEqual([['full', 'Quyết định', '749', 'QĐ-TTg', null]]);
    expect(core('Hướng dẫn số 33-HD/BTCTW')).toEqual([['full', 'Hướng dẫn', '33', 'HD/BTCTW', null]]);
    expect(core('Thông tư 01/2011/TT-BNV')).toEqual([['full', 'Thông tư', '01', '2011/TT-BNV', null]]);
  });
  it('survives dirty forms', () => {
    expect(core('Quy định số 109- QĐ/TW')[0]?.[3]).toBe('QĐ/TW');
    expect(core('Quy định số 109 –QĐ/TW')[0]?.[3]).toBe('QĐ/TW');
    expect(core('Nghị định số\u00a030/2020/NĐ\u2013CP')[0]?.[3]).toBe('2020/NĐ-CP');
    expect(core('Quyết định số\n749/QĐ-TTg')[0]?.[3]).toBe('QĐ-TTg');
    expect(core('Nghi quyet so 11-NQ/TU')[0]?.slice(1, 4)).toEqual(['Nghị quyết', '11', 'NQ/TU']);
    expect(core('Quy dinh so 213-QD/TW')[0]?.[3]).toBe('QĐ/TW');
  });
  it('reads English renderings with Vietnamese kinds and symbols', () => {
    expect(core('Regulation No. 213-QD/TW')).toEqual([['full', 'Quy định', '213', 'QĐ/TW', null]]);
    expect(core('Decree No. 30/2020/ND-CP')).toEqual([['full', 'Nghị định', '30', '2020/NĐ-CP', null]]);
    expect(core('Resolution No. 11-NQ/TU')[0]?.[3]).toBe('NQ/TU');
  });
  it('splits lists', () => {
    expect(core('Nghị quyết số 18, 19-NQ/TW').map((m) => m[2])).toEqual(['18', '19']);
    expect(core('Quy định số 37-QĐ/TW và 08-QĐi/TW').map((m) => [m[1], m[2], m[3]])).toEqual([['Quy định', '37', 'QĐ/TW'], ['Quy định', '08', 'QĐi/TW']]);
    expect(core('Nghị quyết Hội nghị Trung ương 4, 5, 6, 7, 8 khóa XIII').map((m) => m[4])).toEqual([4, 5, 6, 7, 8].map((n) => `Hội nghị Trung ương ${n}`));
  });
  it('reads conferences, congresses and named laws', () => {
    expect(core('Nghị quyết Trung ương 4 khóa XII')[0]?.[4]).toBe('Hội nghị Trung ương 4');
    expect(core('Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII')[0]?.[4]).toBe('Hội nghị Trung ương 4');
    expect(core('Nghị quyết Đại hội XIII của Đảng')[0]?.[4]).toBe('Đại hội XIII');
    expect(core('Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII')[0]?.[4]).toBe('Đại hội XIII');
    expect(core('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;')[0]?.[4]).toBe('Tổ chức Chính phủ');
    expect(core('Luật Cán bộ, công chức năm 2008')[0]?.[4]).toBe('Cán bộ, công chức');
    expect(core('Luật Đa dạng sinh học năm 2008')[0]?.[4]).toBe('Đa dạng sinh học');
  });
  it('reads short forms but not counts or common nouns', () => {
    expect(core('Quy định 213 được quán triệt')).toEqual([['short', 'Quy định', '213', null, null]]);
    expect(core('Kết luận 3 nội dung')).toEqual([]);
    expect(core('các quy định 2 năm qua')).toEqual([]);
    expect(core('các nghị quyết của Trung ương, Luật sư và luật pháp')).toEqual([]);
    expect(core('Nghị quyết Trung ương năm 2018')).toEqual([]);
  });
  it('reads a document header', () => {
    const ms = findMentions(normalize('CHÍNH PHỦ\nSố: 10/2016/NĐ-CP\nNGHỊ ĐỊNH'));
    expect(ms.map((m) => [m.form, m.kind, m.self])).toEqual([['bare', 'Nghị định', true]]);
  });
});
