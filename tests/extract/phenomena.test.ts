// Rules of the language and of the citation domain, one block per phenomenon. Every row is a sentence written
// for this file to show the phenomenon (names, numbers and dates are made up), never a passage of a real text.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';
import type { Instrument } from '../../server/extract/models.ts';

const insts = (t: string) => extract(t).instruments;
const byNo = (t: string) => new Map(insts(t).map((i) => [i.number ?? i.conference ?? i.title ?? i.key, i] as [string, Instrument]));
const rels = (t: string) => extract(t).relations.map((r) => [r.from, r.type, r.to]);

describe('a quoted title introduced by "về"', () => {
  it.each([
    ['Chi bộ học lại Kết luận số 31-KL/TU ngày 2/3/2019 của Ban Thường vụ Tỉnh ủy về “Nâng cao chất lượng sinh hoạt chi bộ”, sau đó thảo luận.', 'Nâng cao chất lượng sinh hoạt chi bộ'],
    ['Đảng ủy quán triệt Chỉ thị số 12-CT/TW, ngày 1-4-2022, của Ban Bí thư về "Tăng cường công tác dân vận ở cơ sở" trong toàn khối.', 'Tăng cường công tác dân vận ở cơ sở'],
  ])('%s', (t, title) => {
    expect(insts(t)[0]?.title).toBe(title);
  });
});

describe('straight quotes that nest, and a quotation broken over lines', () => {
  it('counts a straight quote before a letter as opening, and follows a line that goes on in lower case', () => {
    const t = 'Các chi bộ thảo luận Nghị quyết Hội nghị Trung ương 6 khóa XI về "đẩy mạnh phòng chống "lợi ích nhóm" trong\nbộ máy" và triển khai ngay.';
    expect(insts(t)[0]?.title).toBe('Đẩy mạnh phòng chống "lợi ích nhóm" trong bộ máy');
  });
  it('ends an unclosed quotation where the list goes on with "và" and a citation', () => {
    const t = 'Đảng bộ thực hiện Nghị quyết Hội nghị Trung ương 3 khóa XII về "xây dựng tổ chức đảng trong sạch và Chỉ thị số 08-CT/TW của Bộ Chính trị.';
    const m = byNo(t);
    expect(m.get('Hội nghị Trung ương 3')?.title).toBe('Xây dựng tổ chức đảng trong sạch');
    expect(m.get('08')).toBeDefined();
  });
  it('refuses a straight quote that never closes on its line', () => {
    const t = 'Kết luận số 44-KL/TW về "một việc chưa xong\n\nĐoạn khác.';
    expect(insts(t)[0]?.title ?? null).toBeNull();
  });
});

describe('an unquoted title that names another instrument runs through that instrument’s date and issuer', () => {
  it('goes on after the inner citation’s date and issuer to the end of the clause', () => {
    const t = 'Thông tư 21/2019/TT-BCT hướng dẫn thi hành Nghị định số 44/2018/NĐ-CP ngày 3 tháng 4 năm 2018 của Chính phủ quy định chi tiết về an toàn hóa chất.';
    const m = byNo(t);
    expect(m.get('21')?.title).toBe('Hướng dẫn thi hành Nghị định số 44/2018/NĐ-CP ngày 3 tháng 4 năm 2018 của Chính phủ quy định chi tiết về an toàn hóa chất');
    expect(m.get('44')).toMatchObject({ issuedOn: '2018-04-03', issuer: 'Chính phủ' });
  });
  it('keeps a list of the same kind that shares the issuer written after it', () => {
    const t = 'Căn cứ Thông tư số 09/2016/TT-BYT ngày 2/5/2016 của Bộ Y tế về Hướng dẫn một số điều của Nghị định số 11/2014/NĐ-CP ngày 1/2/2014 và Nghị định số 30/2015/NĐ-CP ngày 4/3/2015 của Chính phủ (gọi tắt là Thông tư 09).';
    const m = byNo(t);
    expect(m.get('09')?.title).toBe('Về Hướng dẫn một số điều của Nghị định số 11/2014/NĐ-CP ngày 1/2/2014 và Nghị định số 30/2015/NĐ-CP ngày 4/3/2015 của Chính phủ');
    expect(m.get('30')?.issuedOn).toBe('2015-03-04');
  });
  it('stops at an item of another kind: an amending law’s title ends before the decree that follows', () => {
    const t = 'Căn cứ Luật số 12/2017/QH14 ngày 1/6/2017 sửa đổi, bổ sung một số điều của Luật Thư viện số 05/2010/QH12 ngày 3/3/2010 và Nghị định số 17/2018/NĐ-CP ngày 2/2/2018 quy định chi tiết về thư viện;';
    const m = byNo(t);
    expect(m.get('12')?.title).toBe('Sửa đổi, bổ sung một số điều của Luật Thư viện số 05/2010/QH12 ngày 3/3/2010');
    expect(rels(t)).not.toContainEqual(['luat:12-2017-qh14', 'AMENDS', 'nghi-dinh:17-2018-nd-cp']);
  });
  it('stops at an item with its own issuer: the next item is no part of the title', () => {
    const t = 'Huyện ủy thực hiện Kế hoạch số 14-KH/HU ngày 2/2/2020 của Ban Thường vụ Huyện ủy thực hiện Kết luận số 70-KL/TW của Bộ Chính trị và Kết luận số 9-KL/HU ngày 3/3/2021 của Ban Thường vụ Huyện ủy về công tác dân vận.';
    const m = byNo(t);
    expect(m.get('14')?.title).toBe('Thực hiện Kết luận số 70-KL/TW của Bộ Chính trị');
    const r = rels(t);
    expect(r).toContainEqual([m.get('14')?.key, 'IMPLEMENTS', m.get('70')?.key]);
    expect(r).not.toContainEqual([m.get('14')?.key, 'IMPLEMENTS', m.get('9')?.key]);
  });
  it('an English title keeps the inner directive’s date and issuer', () => {
    const t = 'The Politburo issued Conclusion No. 77-KL/TW, dated March 2, 2024 of the Politburo on amending some contents of Directive No. 20-CT/TW, dated May 5, 2023 of the Politburo.';
    expect(byNo(t).get('77')?.title).toBe('Amending some contents of Directive No. 20-CT/TW, dated May 5, 2023 of the Politburo');
  });
});

describe('whose date and issuer follow a title', () => {
  it('a law named without a number inside a title leaves the date to the title’s holder', () => {
    const t = 'Pursuant to the Law No. 33/2019/QH14 on amendments to the Law on Fisheries dated June 4, 2019; the Law No. 40/2020/QH14 on amendments to the Law on Forestry dated May 9, 2020;';
    const m = byNo(t);
    expect(m.get('33')).toMatchObject({ issuedOn: '2019-06-04', title: 'Amendments to the Law on Fisheries' });
    expect(m.get('40')?.issuedOn).toBe('2020-05-09');
  });
  it('a body outside the Party centre inside the title of a "…/TW" instrument is what the title is about', () => {
    const t = 'Các đoàn thể thực hiện nghiêm Quy định số 124-QĐ/TW về Quy chế phối hợp công tác của Mặt trận Tổ quốc Việt Nam và các hội quần chúng trong tình hình mới.';
    const i = insts(t)[0];
    expect(i?.title).toBe('Về Quy chế phối hợp công tác của Mặt trận Tổ quốc Việt Nam và các hội quần chúng trong tình hình mới');
    expect(i?.issuer ?? null).not.toBe('Mặt trận Tổ quốc Việt Nam');
  });
  it('a central Party body after "của" is still the issuer', () => {
    const t = 'Chi bộ học tập Quy định số 124-QĐ/TW về công tác phối hợp của Ban Bí thư.';
    expect(insts(t)[0]).toMatchObject({ title: 'Về công tác phối hợp', issuer: 'Ban Bí thư' });
  });
});

describe('a title named by what the instrument carries out', () => {
  it.each([
    ['Ủy ban Kiểm tra ban hành Hướng dẫn 03-HD/UBKTTW năm 2021 thực hiện một số điều trong Quy định 22-QĐ/TW về công tác kiểm tra.', '03', 'Thực hiện một số điều trong Quy định 22-QĐ/TW về công tác kiểm tra'],
    ['Căn cứ Quy định số 29-QĐ/TW, ngày 25/7/2016 của Ban Chấp hành Trung ương thi hành Chương III Điều lệ Đảng về tổ chức cơ sở đảng;', '29', 'Thi hành Chương III Điều lệ Đảng về tổ chức cơ sở đảng'],
  ])('%s', (t, no, title) => {
    expect(byNo(t).get(no)?.title).toBe(title);
  });
  it('a chapter named before the charter does not hide what the rule guides', () => {
    const t = 'Căn cứ Quy định số 29-QĐ/TW, ngày 25/7/2016 của Ban Chấp hành Trung ương thi hành Chương III và Chương IV Điều lệ Đảng về tổ chức cơ sở đảng;';
    const m = byNo(t);
    const charter = [...m.values()].find((i) => i.kind === 'Điều lệ');
    expect(rels(t)).toContainEqual([m.get('29')?.key, 'GUIDES', charter?.key]);
  });
  it('"thực hiện" without a citation in its clause is no title', () => {
    const t = 'Nghị quyết số 05-NQ/TU của Tỉnh ủy thực hiện tốt, nhiều chỉ tiêu vượt kế hoạch.';
    expect(insts(t)[0]?.title ?? null).toBeNull();
  });
  it('a second verb after a title that ends in a citation belongs to the title’s holder', () => {
    const t = 'Ngày 2-3-2022, Huyện ủy ban hành Kế hoạch số 31-KH/HU thực hiện Chỉ thị 12, thay thế Kế hoạch số 8-KH/HU ngày 1-1-2018.';
    const m = byNo(t);
    expect(rels(t)).toContainEqual([m.get('31')?.key, 'REPLACES', m.get('8')?.key]);
  });
});

describe('the issuer and title after a body the organisation table does not know', () => {
  it('reads a part of a council named with its parent, then the title', () => {
    const t = 'Xét Tờ trình số 41/TTr-HĐND ngày 2 tháng 5 năm 2024 của Ban Kinh tế - Ngân sách của Hội đồng nhân dân tỉnh về dự thảo Nghị quyết ban hành Quy chế chi tiêu nội bộ của Hội đồng nhân dân tỉnh, Thường trực Hội đồng nhân dân tỉnh và các Ban;';
    const i = insts(t)[0];
    expect(i?.issuer).toBe('Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh');
    expect(i?.title).toBe('Về dự thảo Nghị quyết ban hành Quy chế chi tiêu nội bộ của Hội đồng nhân dân tỉnh, Thường trực Hội đồng nhân dân tỉnh và các Ban');
  });
  it('a misspelt ministry still leaves its title readable', () => {
    const t = 'Căn cứ Quyết định số 812/QĐ-BGTVT-TCCB ngày 3/3/2001 của Bộ Giaothông Vận tải về việc thành lập Ban Quản lý dự án;';
    expect(insts(t)[0]?.title).toBe('Về việc thành lập Ban Quản lý dự án');
  });
});

describe('the document’s own header', () => {
  const header = 'Trang tin pháp luật\nThông tư 12/2021/TT-BTP về sổ hộ tịch\n\nBỘ TƯ PHÁP\nSố: 12/2021/TT-BTP\nHà Nội, ngày 3 tháng 5 năm 2021\n\nTHÔNG TƯ\nHƯỚNG DẪN VIỆC LẬP, QUẢN LÝ VÀ SỬ DỤNG SỔ HỘ TỊCH\n\nCăn cứ Luật Hộ tịch số 60/2014/QH13;\n\nThông tư này có hiệu lực từ ngày 1 tháng 7 năm 2021.';
  it('the header’s title wins over a page heading that shortens it', () => {
    const i = byNo(header).get('12');
    expect(i?.title).toBe('Hướng dẫn việc lập, quản lý và sử dụng sổ hộ tịch');
    expect(i?.issuedOn).toBe('2021-05-03');
  });
  it('a title line holding a date is still the title, and a preamble line never is', () => {
    const t = 'BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\nSố: 07-HD/BTCTW\nHà Nội, ngày 2 tháng 4 năm 2019\n\nHƯỚNG DẪN\n\nTHỰC HIỆN QUY ĐỊNH SỐ 105-QĐ/TW, NGÀY 19/12/2017 CỦA BỘ CHÍNH TRỊ VỀ PHÂN CẤP QUẢN LÝ CÁN BỘ\n\n- Căn cứ Quy chế làm việc của Ban Tổ chức Trung ương;\n\nHướng dẫn này áp dụng từ ngày ký.';
    const i = byNo(t).get('07');
    expect(i?.title).toMatch(/^Thực hiện quy định số 105-qđ\/tw/i);
    // the department's code in the symbol names the signer, not the committee above it in the header
    expect(i?.issuer).toBe('Ban Tổ chức Trung ương');
  });
});

describe('a local congress', () => {
  it('is named by its unit and term, its place kept as jurisdiction', () => {
    const t = 'Báo Đồng Tháp đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đồng Tháp lần thứ XII.';
    const i = insts(t).find((x) => x.conference);
    expect(i).toMatchObject({ conference: 'Đại hội Đảng bộ tỉnh XII', term: 'XII', jurisdiction: 'Đồng Tháp' });
  });
  it('two provinces’ congresses of one term stay two instruments', () => {
    const t = 'Nghị quyết Đại hội Đảng bộ tỉnh Cà Mau lần thứ XVI và Nghị quyết Đại hội Đảng bộ tỉnh Bạc Liêu lần thứ XVI.';
    expect(new Set(insts(t).map((i) => i.key)).size).toBe(2);
  });
});

describe('reviews stated at the opening of a sentence (SUMMARIZES)', () => {
  it('"Trong những năm qua, quán triệt và thực hiện …" in a text about a new directive', () => {
    const t = 'Ngày 3/4, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 21 về công tác tuyên truyền.\nNội dung như sau:\nTrong những năm qua, quán triệt và thực hiện Kết luận số 55-KL/TW ngày 1/2/2015 của Ban Bí thư và Kế hoạch số 7-KH/TU ngày 3/3/2016 của Ban Thường vụ Tỉnh ủy, công tác tuyên truyền có nhiều chuyển biến.';
    const m = byNo(t);
    const r = rels(t);
    expect(r).toContainEqual([m.get('21')?.key, 'SUMMARIZES', m.get('55')?.key]);
    expect(r).toContainEqual([m.get('21')?.key, 'SUMMARIZES', m.get('7')?.key]);
  });
  it('"đánh giá kết quả lãnh đạo thực hiện …" in the full text under a heading that is one citation', () => {
    const t = 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVII\n\nĐại hội tán thành những nội dung đánh giá kết quả lãnh đạo thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015 - 2020.';
    const list = insts(t);
    const now = list.find((i) => i.term === 'XVII');
    const before = list.find((i) => i.term === 'XVI');
    expect(rels(t)).toContainEqual([now?.key, 'SUMMARIZES', before?.key]);
  });
  it('an ordinary sentence with "thực hiện" reviews nothing', () => {
    const t = 'Ngày 3/4, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 21 về công tác tuyên truyền.\nCác huyện thực hiện Kết luận số 55-KL/TW của Ban Bí thư.';
    expect(rels(t).filter((r) => r[1] === 'SUMMARIZES')).toEqual([]);
  });
});

describe('the centre written TƯ inside a longer code', () => {
  it.each([
    ['Đoàn trường thực hiện Nghị quyết số 07/NQ/BTVTƯĐ của Ban Thường vụ Trung ương Đoàn.', 'NQ/BTVTWĐ'],
    ['Hướng dẫn số 15-HD/TƯĐTN về công tác đoàn viên.', 'HD/TWĐTN'],
  ])('%s', (t, symbol) => {
    expect(insts(t)[0]?.symbol).toBe(symbol);
  });
  it('a lone "TƯ" segment is still the centre, a province\'s "TU" stays a province', () => {
    expect(insts('Kết luận số 12-KL/TƯ của Bộ Chính trị.')[0]?.symbol).toBe('KL/TW');
    expect(insts('Nghị quyết số 12-NQ/TU của Tỉnh ủy.')[0]?.symbol).toBe('NQ/TU');
  });
});

describe('the Constitution and a law’s own header', () => {
  it('"Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam" without a year is the Constitution, and a basis', () => {
    const t = 'QUỐC HỘI\nLuật số: 21/2016/QH14\nHà Nội, ngày 2 tháng 4 năm 2016\n\nLUẬT\nTHƯ VIỆN SỐ\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nQuốc hội ban hành Luật thư viện số.\n\nLuật này quy định về thư viện số.';
    const list = insts(t);
    const law = list.find((i) => i.number === '21');
    const constitution = list.find((i) => i.kind === 'Hiến pháp');
    expect(constitution).toBeDefined();
    // the number line that repeats the kind ("Luật số: …") names the document: one instrument, dated by the header
    expect(law).toMatchObject({ issuedOn: '2016-04-02' });
    expect(list.filter((i) => i.kind === 'Luật')).toHaveLength(1);
    expect(rels(t)).toContainEqual([law?.key, 'BASED_ON', constitution?.key]);
  });
  it('"Hiến pháp" alone in running text is no citation', () => {
    expect(insts('Quyền con người được Hiến pháp bảo đảm.')).toEqual([]);
  });
});

describe('a year that differs names another version of a law', () => {
  it('a law named with another year does not join the numbered one', () => {
    const t = 'Luật thư viện số 21/2016/QH14 có nhiều điểm mới so với Luật thư viện 2001 đã hết hiệu lực.';
    const keys = insts(t).map((i) => i.key);
    expect(keys).toHaveLength(2);
  });
  it('a law named without a year still joins the one numbered law of its name', () => {
    const t = 'Luật thư viện số 21/2016/QH14 có hiệu lực từ năm 2017. Luật thư viện quy định về thư viện số.';
    expect(insts(t)).toHaveLength(1);
  });
  it('a law named inside a title keeps no date its holder read', () => {
    const t = 'Pursuant to the Law on Forestry No. 16/2004/QH11 dated December 3, 2004; the Law No. 12/2012/QH13 on amendments to the Law on Forestry dated June 21, 2012;';
    const list = insts(t);
    expect(list.find((i) => i.number === '12')?.issuedOn).toBe('2012-06-21');
    expect(list.filter((i) => i.kind === 'Luật')).toHaveLength(2);
    expect(rels(t)).toContainEqual(['luat:12-2012-qh13', 'AMENDS', 'luat:16-2004-qh11']);
  });
});

describe('an undated mention joins a dated instrument only when exactly one fits', () => {
  const two = 'Chỉ thị số 09-CT/TW ngày 2/4/2013 của Ban Bí thư về công tác dân vận. Chỉ thị số 09-CT/TW ngày 6/6/2025 của Ban Bí thư về chuyển đổi số. ';
  it('stays apart and is listed with its candidates when two fit', () => {
    const e = extract(`${two}Các chi bộ quán triệt Chỉ thị số 09-CT/TW trong tháng này.`);
    expect(e.instruments.map((i) => i.key)).toEqual(['chi-thi:9-ct-tw@2013', 'chi-thi:9-ct-tw@2025', 'chi-thi:9-ct-tw']);
    expect(e.ambiguous).toEqual([{ key: 'chi-thi:9-ct-tw', mention: expect.objectContaining({ text: 'Chỉ thị số 09-CT/TW' }), candidates: ['chi-thi:9-ct-tw@2013', 'chi-thi:9-ct-tw@2025'] }]);
  });
  it('a short form is ambiguous in the same way', () => {
    const e = extract(`${two}Chỉ thị 09 được nhắc lại.`);
    expect(e.ambiguous?.map((a) => [a.mention.text, a.candidates])).toEqual([['Chỉ thị 09', ['chi-thi:9-ct-tw@2013', 'chi-thi:9-ct-tw@2025']]]);
  });
  it('joins the one the text points back at ("nói trên")', () => {
    const e = extract(`${two}Chỉ thị số 09-CT/TW nói trên cần được sơ kết.`);
    expect(e.instruments.map((i) => i.key)).toEqual(['chi-thi:9-ct-tw@2013', 'chi-thi:9-ct-tw@2025']);
    expect(e.ambiguous).toBeUndefined();
  });
  it('joins the only one not later than the instrument whose title names it', () => {
    const t = `${two}Hướng dẫn số 31-HD/BTGTW ngày 3/3/2016 về thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư.`;
    expect(rels(t)).toContainEqual(['huong-dan:31-hd-btgtw@2016', 'GUIDES', 'chi-thi:9-ct-tw@2013']);
    expect(extract(t).ambiguous).toBeUndefined();
  });
  it('with one dated instrument only, the undated mention is that one', () => {
    const e = extract('Chỉ thị số 09-CT/TW ngày 2/4/2013 của Ban Bí thư. Chỉ thị số 09-CT/TW được quán triệt.');
    expect(e.instruments.map((i) => i.key)).toEqual(['chi-thi:9-ct-tw@2013']);
    expect(e.ambiguous).toBeUndefined();
  });
});

describe('laws named with initials, and words that only look like a kind', () => {
  it.each([
    ['Theo Luật Bảo hiểm y tế, người bệnh được chi trả; khoản 2 Điều 22 của Luật BHYT quy định mức hưởng.', 'Bảo hiểm y tế'],
    ['Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015; các điều của Luật MTTQ Việt Nam về giám sát.', 'Mặt trận Tổ quốc Việt Nam'],
  ])('%s', (t, title) => {
    const laws = insts(t).filter((i) => i.kind === 'Luật');
    expect(laws.map((i) => i.title)).toEqual([title]);
  });
  it('initials that fit two names join neither', () => {
    const t = 'Luật Bảo hiểm xã hội và Luật Bảo hộ xã hội (giả định) cùng được nhắc; Điều 3 của Luật BHXH quy định rõ.';
    expect(insts(t).filter((i) => i.kind === 'Luật')).toHaveLength(3);
  });
  it('"KỶ LUẬT" in a title written in capitals is no law', () => {
    const t = 'HƯỚNG DẪN THỰC HIỆN QUY ĐỊNH SỐ 22-QĐ/TW VỀ XỬ LÝ KỶ LUẬT ĐẢNG VIÊN VI PHẠM';
    expect(insts(t).map((i) => i.kind)).toEqual(['Quy định']);
  });
});

describe('an abbreviated citation: number and year without the codes', () => {
  it('reads "Nghị định 118/2021" as a decree of 2021', () => {
    const i = insts('Doanh nghiệp áp dụng Nghị định 118/2021 khi xử phạt.')[0];
    expect(i).toMatchObject({ kind: 'Nghị định', number: '118', symbol: null });
    expect(i?.key).toContain('2021');
  });
  it('joins the full citation of that number and year', () => {
    expect(insts('Nghị định số 118/2021/NĐ-CP ngày 23/12/2021 của Chính phủ. Nghị định 118/2021 có nhiều điểm mới.')).toHaveLength(1);
  });
  it('a number followed by a date or a code is no such citation', () => {
    expect(insts('Nghị định 118/2021/NĐ-CP có hiệu lực.')[0]?.symbol).toBe('2021/NĐ-CP');
    expect(insts('Tăng 12/2021 so với cùng kỳ.')).toEqual([]);
  });
});

describe('law names with a comma', () => {
  it.each([
    ['Thực hiện Luật Phòng, chống bạo lực gia đình năm 2022 trên địa bàn.', 'Phòng, chống bạo lực gia đình'],
    ['Tuyên truyền Luật phòng chống bạo lực gia đình, Luật Bình đẳng giới.', 'Phòng chống bạo lực gia đình'],
    ['Áp dụng Luật Thi đua, khen thưởng và các văn bản hướng dẫn.', 'Thi đua, khen thưởng'],
  ])('%s', (t, title) => {
    expect(insts(t)[0]?.title).toBe(title);
  });
  it('the name with and without its comma is one law', () => {
    expect(insts('Luật Phòng, chống ma túy quy định; Luật phòng chống ma túy cũng nêu.')).toHaveLength(1);
  });
});

describe('a title never names its own instrument', () => {
  it('ends at the comma before the instrument is named again', () => {
    const t = 'Chi bộ ôn lại Nghị quyết 09-NQ/TW ngày 2/3/2011 của Bộ Chính trị về xây dựng đội ngũ trí thức thời kỳ mới, kết quả 5 năm thực hiện Nghị quyết 09 – NQ/TW; các chỉ tiêu khác.';
    expect(insts(t)[0]?.title).toBe('Về xây dựng đội ngũ trí thức thời kỳ mới');
  });
  it('another instrument named in the title stays in it', () => {
    const t = 'Kết luận số 15-KL/TW ngày 2/3/2022 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 09-NQ/TW, đẩy mạnh xây dựng đội ngũ trí thức.';
    expect(byNo(t).get('15')?.title).toMatch(/Nghị quyết số 09-NQ\/TW/);
  });
});

describe('the proposer of a letter is its issuer', () => {
  it('also when the office is one the organisation table does not know', () => {
    const t = 'Xét đề nghị của Giám đốc Sở Văn hóa và Thể thao tại Công văn số 212/SVHTT-QLDS ngày 4/5/2020,';
    expect(insts(t)[0]?.issuer).toBe('Giám đốc Sở Văn hóa và Thể thao');
  });
  it('a letter not introduced as a proposal gets no such issuer', () => {
    const t = 'Theo Công văn số 212/SVHTT-QLDS ngày 4/5/2020, các đơn vị báo cáo.';
    expect(insts(t)[0]?.issuer ?? null).toBeNull();
  });
});

describe('English titles after the issuer', () => {
  it.each([
    ['Pursuant to Resolution No. 35/2021/UBTVQH15 dated May 3, 2021 of the National Assembly Standing Committee explaining some articles of the Law on Fisheries;', 'Explaining some articles of the Law on Fisheries', 'Ủy ban Thường vụ Quốc hội'],
    ['Pursuant to Circular No. 12/2020/TT-BYT dated June 2, 2020 of the Ministry of Health specifying the standards of hospital beds;', 'Specifying the standards of hospital beds', 'Bộ Y tế'],
  ])('%s', (t, title, issuer) => {
    expect(insts(t)[0]).toMatchObject({ title, issuer });
  });
});

describe('an English amending law named by what it does', () => {
  it('reads the name to the clause’s end and the date written before it', () => {
    const t = 'Pursuant to the June 2, 2016 Law amending and supplementing a number of articles of 9 laws related to investment;\nPursuant to the Law on Fisheries;';
    const law = insts(t).find((i) => i.title?.startsWith('Amending'));
    expect(law).toMatchObject({ kind: 'Luật', issuedOn: '2016-06-02', title: 'Amending and supplementing a number of articles of 9 laws related to investment' });
  });
  it('"the law amending" without an object is no citation', () => {
    expect(insts('A Law amending rules is expected.')).toEqual([]);
  });
});

describe('an English title closed by a citation', () => {
  it('ends where a participle opens the next clause', () => {
    const t = 'Units must carry out the tasks in Conclusion No. 40 on reviewing Resolution No. 7, ensuring progress under the Plan.';
    expect(byNo(t).get('40')?.title).toBe('Reviewing Resolution No. 7');
  });
  it('a participle inside the title before any citation stays', () => {
    const t = 'The Government issued Decree No. 15/2020/ND-CP on amending, supplementing rules of Decree No. 9/2018/ND-CP.';
    expect(byNo(t).get('15')?.title).toBe('Amending, supplementing rules of Decree No. 9/2018/ND-CP');
  });
});

describe('a list of congress terms', () => {
  it.each([
    ['Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII, XIII của Đảng.', ['Đại hội XII', 'Đại hội XIII']],
    ['Các nghị quyết được học tập: Nghị quyết Đại hội IX và X của Đảng.', ['Đại hội IX', 'Đại hội X']],
  ])('%s', (t, confs) => {
    expect(insts(t).map((i) => i.conference)).toEqual(confs);
  });
  it('a lower-case word after the comma is no term', () => {
    expect(insts('Thực hiện Nghị quyết Đại hội XIII, vi phạm bị xử lý.').map((i) => i.conference)).toEqual(['Đại hội XIII']);
  });
  it('a local congress keeps its place for each term of the list', () => {
    const list = insts('Nghị quyết Đại hội Đảng bộ tỉnh Lào Cai lần thứ XV, XVI đã nêu rõ.');
    expect(list.map((i) => [i.conference, i.jurisdiction])).toEqual([['Đại hội Đảng bộ tỉnh XV', 'Lào Cai'], ['Đại hội Đảng bộ tỉnh XVI', 'Lào Cai']]);
  });
});

describe('a header whose kind line names its signer', () => {
  it('reads kind, signer and title of a document without a number', () => {
    const t = 'QUYẾT ĐỊNH CỦA BỘ TRƯỞNG\n\nBỘ TƯ PHÁP\n\nVề việc thành lập Tổ công tác\n\nsoạn thảo quy chế nội bộ.\n\nBỘ TRƯỞNG BỘ TƯ PHÁP\n\nCăn cứ Nghị định số 62/2017/NĐ-CP ngày 16/5/2017 của Chính phủ;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Quyết định này có hiệu lực từ ngày ký.';
    const e = extract(t);
    const own = e.instruments[0];
    expect(own).toMatchObject({ kind: 'Quyết định', number: null, issuer: 'Bộ trưởng Bộ Tư pháp', title: 'Về việc thành lập Tổ công tác soạn thảo quy chế nội bộ' });
    expect(rels(t)).toContainEqual([own?.key, 'BASED_ON', 'nghi-dinh:62-2017-nd-cp']);
  });
});

describe('an English header in capitals', () => {
  it('takes the run of capitals after the date as the title, less the signer restated before the preamble', () => {
    const t = 'THE MINISTER OF FINANCE CIRCULAR No. 45/2019/TT-BTC OF MAY 3, 2019 GUIDING THE MANAGEMENT OF STATE RESERVES THE MINISTER OF FINANCE Pursuant to the Law on State Budget;';
    expect(byNo(t).get('45')).toMatchObject({ issuedOn: '2019-05-03', title: 'GUIDING THE MANAGEMENT OF STATE RESERVES' });
  });
  it('a citation in normal case takes no capitals that follow it', () => {
    const t = 'Decision No. 12/2019/QD-TTg of May 3, 2019 THE GOVERNMENT OFFICE INFORMS ALL UNITS.';
    expect(byNo(t).get('12')?.title ?? null).toBeNull();
  });
});
