import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';
import { only } from './helpers.ts';

describe('parse: date, issuer, title after a citation', () => {
  it('reads the seed-style sequence', () => {
    const i = only('sinh hoạt theo Quy định số 213-QĐ/TW, ngày 2-1-2020, của Bộ Chính trị, “Về trách nhiệm của đảng viên”.');
    expect([i.issuedOn, i.issuer, i.title]).toEqual(['2020-01-02', 'Bộ Chính trị', 'Về trách nhiệm của đảng viên']);
  });
  it('reads State citations with "ngày … tháng … năm" and an unquoted title', () => {
    const i = only('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;');
    expect([i.issuedOn, i.issuer, i.title]).toEqual(['2020-03-05', 'Chính phủ', 'Về công tác văn thư']);
  });
  it('keeps "của hệ thống chính trị" inside an unquoted title and stops at the sentence end', () => {
    const i = only('Thực hiện Nghị quyết số 18-NQ/TW về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả. Tỉnh đã làm.');
    expect(i.title).toBe('Về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả');
  });
  it('ends an unquoted title before the issuer', () => {
    expect(only('Chỉ thị số 05-CT/TW về đẩy mạnh học tập của Bộ Chính trị.').issuer).toBe('Bộ Chính trị');
  });
  it('reads nested quotes and a missing closing quote', () => {
    const t = 'Kết luận số 21-KL/TW, “Về đẩy mạnh xây dựng Đảng, biểu hiện “tự diễn biến”, “tự chuyển hóa”, gắn với Kết luận số 01-KL/TW, “Về tiếp tục thực hiện”.';
    const i = only(t.replace(/, gắn với.*$/, '') + '”.');
    expect(i.title).toBe('Về đẩy mạnh xây dựng Đảng, biểu hiện “tự diễn biến”, “tự chuyển hóa”');
  });
  it('reads the issuer written before the kind', () => {
    expect(only('Bộ Chính trị đã ban hành Quy định số 213-QĐ/TW.').issuer).toBe('Bộ Chính trị');
  });
  it('reads English dates and issuers', () => {
    const i = only('Regulation No. 213-QD/TW dated January 2, 2020 of the Politburo');
    expect([i.kind, i.symbol, i.issuedOn, i.issuer]).toEqual(['Quy định', 'QĐ/TW', '2020-01-02', 'Bộ Chính trị']);
  });
  it('implies the issuer from the symbol, never from TW', () => {
    expect(only('Nghị định 30/2020/NĐ-CP').issuer).toBe('Chính phủ');
    expect(only('Quyết định số 749/QĐ-TTg').issuer).toBe('Thủ tướng Chính phủ');
    expect(only('Luật số 80/2015/QH13').issuer).toBe('Quốc hội');
    expect(only('Thông tư 01/2011/TT-BNV').issuer).toBe('Bộ Nội vụ');
    expect(only('Hướng dẫn số 33-HD/BTCTW').issuer).toBe('Ban Tổ chức Trung ương');
    expect(only('Kết luận số 21-KL/TW').issuer).toBeNull();
  });
  it('attaches the conference named as issuer', () => {
    const i = only('Nghị quyết số 18-NQ/TW, ngày 25-10-2017, của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII');
    expect([i.conference, i.term, i.issuedOn]).toEqual(['Hội nghị Trung ương 6', 'XII', '2017-10-25']);
  });
  it('attaches a conference written without "của"', () => {
    const i = only('Nghị quyết số 26-NQ/TW ngày 19/5/2018 Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII về tập trung xây dựng đội ngũ cán bộ các cấp.');
    expect([i.conference, i.term, i.issuer, i.title]).toEqual(['Hội nghị Trung ương 7', 'XII', 'Ban Chấp hành Trung ương', 'Về tập trung xây dựng đội ngũ cán bộ các cấp']);
  });
  it('shares the issuer after a list', () => {
    expect(extract('Quy định số 37-QĐ/TW và 08-QĐi/TW của Ban Chấp hành Trung ương.').instruments.map((i) => i.issuer)).toEqual(['Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương']);
  });
});
