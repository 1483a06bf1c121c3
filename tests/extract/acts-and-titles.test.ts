// Who signs for whom, and where a title begins and ends around the act of issuing: "thay mặt Ban Bí thư, đồng chí …
// ký ban hành Chỉ thị …", "… của Thủ tướng Chính phủ ban hành Kế hoạch …", "… về việc bãi bỏ Quyết định …".
// Every text is written for the test (numbers and dates invented).

import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';

const rels = (t: string) => extract(t).relations.map((r) => [r.from, r.type, r.to]);
const byNumber = (t: string, number: string) => extract(t).instruments.find((i) => i.number === number);

describe('a signer acting for a body: the body issues', () => {
  it('"thay mặt Ban Bí thư, đồng chí … ký ban hành Chỉ thị số …"', () => {
    const i = byNumber('Ngày 8 tháng 5 năm 2031, thay mặt Ban Bí thư, đồng chí Lê Văn Tâm đã ký ban hành Chỉ thị số 52-CT/TW về công tác lưu trữ.', '52');
    expect(i?.issuer).toBe('Ban Bí thư');
    expect(i?.issuedOn).toBe('2031-05-08');
  });
  it('English: "On <date>, <name>, on behalf of the Politburo, signed and issued Directive No. …"', () => {
    const i = byNumber('On May 8, 2031, Standing Member Le Van Tam, on behalf of the Politburo, signed and issued Directive No. 52-CT/TW on archives.', '52');
    expect(i?.issuer).toBe('Bộ Chính trị');
    expect(i?.issuedOn).toBe('2031-05-08');
  });
  it('a body named before a full stop does not issue what the next sentence signs', () => {
    const i = byNumber('Thay mặt Bộ Chính trị, đồng chí Lê Văn Tâm phát biểu. Sau đó Giám đốc Sở ký Quyết định số 77/QĐ-SNV.', '77');
    expect(i?.issuer ?? null).not.toBe('Bộ Chính trị');
  });
});

describe('"ban hành" after the issuer', () => {
  it('"… của Thủ tướng Chính phủ ban hành Kế hoạch …": the verb opens the title', () => {
    const t = 'Quyết định số 1702/QĐ-TTg ngày 4/9/2031 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Lưu trữ.';
    expect(byNumber(t, '1702')?.title).toBe('Ban hành Kế hoạch triển khai thi hành Luật Lưu trữ');
    expect(rels(t)).toContainEqual(['quyet-dinh:1702-qd-ttg@2031', 'IMPLEMENTS', 'luat:t-luu-tru']);
  });
  it('"… của Bộ Chính trị ban hành ngày …" is the act of issuing, not a title', () => {
    const i = byNumber('Quy định số 301-QĐ/TW của Bộ Chính trị ban hành ngày 6/2/2031 về công tác lưu trữ của Đảng.', '301');
    expect(i?.issuedOn).toBe('2031-02-06');
    expect(i?.title).toBe('Về công tác lưu trữ của Đảng');
  });
});

describe('a verb right after the title\'s opener belongs to the title', () => {
  it('"về việc bãi bỏ Quyết định số …": the title runs on, the decision REPEALS', () => {
    const t = 'Quyết định số 41/QĐ-UBND ngày 3/3/2031 của UBND tỉnh Hà Nam về việc bãi bỏ Quyết định số 18/2027/QĐ-UBND.';
    const i = byNumber(t, '41');
    expect(i?.title).toBe('Về việc bãi bỏ Quyết định số 18/2027/QĐ-UBND');
    expect(rels(t).map((r) => r[1])).toContain('REPEALS');
  });
  it('"về việc thay thế …" likewise REPLACES', () => {
    const t = 'Quyết định số 42/QĐ-UBND về việc thay thế Quyết định số 19/2027/QĐ-UBND.';
    expect(byNumber(t, '42')?.title).toBe('Về việc thay thế Quyết định số 19/2027/QĐ-UBND');
    expect(rels(t).map((r) => r[1])).toContain('REPLACES');
  });
});

describe('the head of a body as the issuer, and more title verbs after the issuer', () => {
  it('"của Bộ trưởng Bộ … công bố …": the office and its body issue, the verb opens the title', () => {
    const i = byNumber('Quyết định số 877/QĐ-BVHTTDL ngày 6/6/2031 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch công bố thủ tục hành chính về thư viện.', '877');
    expect(i?.issuer).toBe('Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch');
    expect(i?.title).toBe('Công bố thủ tục hành chính về thư viện');
  });
  it('"của Chủ tịch UBND tỉnh … kiện toàn …"', () => {
    const i = byNumber('Quyết định số 64/QĐ-UBND ngày 9/1/2031 của Chủ tịch UBND tỉnh Yên Bái kiện toàn Hội đồng thẩm định sách địa phương.', '64');
    expect(i?.issuer).toBe('Chủ tịch Ủy ban nhân dân tỉnh Yên Bái');
    expect(i?.title).toBe('Kiện toàn Hội đồng thẩm định sách địa phương');
  });
  it('"của Thống đốc … quy định …" and the amending title it opens', () => {
    const t = 'Thông tư số 31/2031/TT-NHNN ngày 2/8/2031 của Thống đốc Ngân hàng Nhà nước Việt Nam sửa đổi, bổ sung một số điều của Thông tư số 9/2029/TT-NHNN quy định về thẻ ngân hàng.';
    expect(byNumber(t, '31')?.title).toMatch(/^Sửa đổi, bổ sung một số điều của Thông tư số 9\/2029\/TT-NHNN/);
    expect(rels(t)).toContainEqual(['thong-tu:31-2031-tt-nhnn', 'AMENDS', 'thong-tu:9-2029-tt-nhnn']);
  });
  it('"… do Bộ trưởng Bộ … ban hành" after a nested citation stays the outer instrument\'s', () => {
    const t = 'Thông tư 15/2031/TT-BTC hướng dẫn Điều 4 Nghị định 70/2030/NĐ-CP về phí thư viện do Bộ trưởng Bộ Tài chính ban hành.';
    expect(byNumber(t, '70')?.issuer).toBe('Chính phủ');
  });
});

describe('"Về việc ban hành …": the verb after the opener is the title\'s', () => {
  it('a formal citation whose title is "Về việc ban hành “…”"', () => {
    const i = byNumber('(Điều 1 Quyết định số 39/2031/QĐ-BYT Về việc ban hành "Quy chế kiểm tra thư viện" ngày 13/12/2031 của Bộ Y tế, có hiệu lực thi hành kể từ ngày 22/01/2032)', '39');
    expect(i?.title).toBe('Về việc ban hành "Quy chế kiểm tra thư viện"');
    expect(i?.issuedOn).toBe('2031-12-13');
    expect(i?.effectiveFrom).toBe('2032-01-22');
  });
  it('in prose, lower case', () => {
    expect(byNumber('Quyết định số 5/QĐ-UBND về việc ban hành quy chế mượn sách.', '5')?.title).toBe('Về việc ban hành quy chế mượn sách');
  });
});

describe('the formal note order: title, then "ngày … của …"', () => {
  it('a law\'s title that folds like the issuer\'s "do" ("Đo đạc")', () => {
    const i = byNumber('(Điều 1 Luật số 04/2031/QH16 Đo đạc ngày 11/11/2031 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/07/2032)', '04');
    expect(i?.title).toBe('Đo đạc');
    expect(i?.issuedOn).toBe('2031-11-11');
  });
  it('a full stop after the symbol inside the note, then the title', () => {
    const i = byNumber('(Điều 1 Thông tư số 5/2031/TT-BYT. Hướng dẫn về kiểm tra thư viện bệnh viện ngày 07/03/2031 của Bộ Y tế, có hiệu lực thi hành kể từ ngày 25/03/2031)', '5');
    expect(i?.title).toBe('Hướng dẫn về kiểm tra thư viện bệnh viện');
    expect(i?.issuedOn).toBe('2031-03-07');
  });
  it('in running text a full stop after the symbol ends the sentence', () => {
    const i = byNumber('Theo Thông tư số 5/2031/TT-BYT. Bộ Y tế đã hướng dẫn về kiểm tra ngày 07/03/2031 của Bộ Y tế.', '5');
    expect(i?.title ?? null).toBeNull();
    expect(i?.issuedOn ?? null).toBeNull();
  });
  it('an amended circular with the same number but another year is not the title\'s own instrument named again', () => {
    const t = '(Điều 3 Thông tư số 17/2031/TT-BTTTT Sửa đổi, bổ sung một số điều của Thông tư số 17/2028/TT-BTTTT ngày 05 tháng 11 năm 2028 của Bộ Thông tin và Truyền thông quy định về thư viện số ngày 20/12/2031 của Bộ Thông tin và Truyền thông, có hiệu lực thi hành kể từ ngày 01/02/2032)';
    expect(extract(t).instruments.find((i) => i.symbol === '2031/TT-BTTTT')?.title).toMatch(/^Sửa đổi, bổ sung một số điều của Thông tư số 17\/2028\/TT-BTTTT/);
    expect(rels(t)).toContainEqual(['thong-tu:17-2031-tt-btttt', 'AMENDS', 'thong-tu:17-2028-tt-btttt']);
  });
});

describe('a stray full stop before a comma after the symbol', () => {
  it('does not end the citation: its effective date and the changes after it are read', () => {
    const t = '(Điều 38 Nghị định số 77/2030/NĐ-CP., có hiệu lực thi hành kể từ ngày 01/07/2030, có nội dung bị bãi bỏ, có nội dung được sửa đổi bởi Điều 18 Nghị định số 08/2032/NĐ-CP có hiệu lực thi hành kể từ ngày 15/01/2032)';
    expect(byNumber(t, '77')?.effectiveFrom).toBe('2030-07-01');
    expect(rels(t)).toEqual(expect.arrayContaining([
      ['nghi-dinh:8-2032-nd-cp', 'AMENDS', 'nghi-dinh:77-2030-nd-cp'],
      ['nghi-dinh:8-2032-nd-cp', 'REPEALS', 'nghi-dinh:77-2030-nd-cp'],
    ]));
  });
});

describe('a formal title whose first word folds like a function word', () => {
  it('"Dược" is not "được", "Tài nguyên …" is not "tại"', () => {
    const a = byNumber('(Điều 1 Luật số 105/2031/QH16 Dược ngày 06/04/2031 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/01/2032)', '105');
    expect([a?.title, a?.issuedOn, a?.effectiveFrom]).toEqual(['Dược', '2031-04-06', '2032-01-01']);
    const b = byNumber('(Điều 1 Luật số 82/2031/QH16 Tài nguyên nước ngầm ngày 25/06/2031 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/07/2032)', '82');
    expect([b?.title, b?.issuedOn]).toEqual(['Tài nguyên nước ngầm', '2031-06-25']);
  });
  it('a capitalised "Về việc …" after the symbol runs to the date, over a stray full stop', () => {
    const i = byNumber('(Điều 1 Quyết định số 170/2031/QĐ-TTg Về việc khuyến khích tặng sách cho thư viện. ngày 18/08/2031 của Thủ tướng Chính phủ, có hiệu lực thi hành kể từ ngày 02/09/2031)', '170');
    expect([i?.title, i?.issuedOn]).toEqual(['Về việc khuyến khích tặng sách cho thư viện', '2031-08-18']);
  });
  it('the lower-case "được" after a symbol is still no title', () => {
    expect(byNumber('(Điều 2 Nghị định số 5/2031/NĐ-CP được sửa đổi ngày 3/3/2032 của Chính phủ)', '5')?.title ?? null).toBeNull();
  });
});

describe('the passive act of the clause whose subject is the citation dates it', () => {
  it('"<Kind> … về … được ban hành ngày …" at the start of a sentence', () => {
    expect(byNumber('Nghị định 61/2031/NĐ-CP về thư viện số được ban hành ngày 17/4/2031.', '61')?.issuedOn).toBe('2031-04-17');
  });
  it('English: "… on … was adopted by the National Assembly on <date>"', () => {
    expect(byNumber('Law No. 44/2031/QH16 on Libraries was adopted by the National Assembly on June 17, 2031.', '44')?.issuedOn).toBe('2031-06-17');
  });
  it('a relative clause right after the citation: ", which was issued on …", ", được ban hành ngày …"', () => {
    expect(byNumber('The ministry followed Decree No. 61/2031/ND-CP, which was issued on April 17, 2031.', '61')?.issuedOn).toBe('2031-04-17');
    expect(byNumber('Các thư viện thực hiện Nghị định 61/2031/NĐ-CP, được ban hành ngày 17/4/2031.', '61')?.issuedOn).toBe('2031-04-17');
  });
  it('a citation inside another\'s title is not the subject: the date stays the holder\'s', () => {
    const t = 'Thông tư 9/2031/TT-BVHTTDL hướng dẫn Nghị định 61/2031/NĐ-CP được ban hành ngày 2/5/2031.';
    expect(byNumber(t, '9')?.issuedOn).toBe('2031-05-02');
    expect(byNumber(t, '61')?.issuedOn ?? null).toBeNull();
  });
});

describe('Party prose: continuation, the term in parentheses, fronted instruments', () => {
  it('"X kế thừa và phát triển Y": CONTINUES', () => {
    expect(rels('Nghị quyết số 41-NQ/TW đã kế thừa và phát triển Nghị quyết số 9-NQ/TW trong bối cảnh mới.')).toContainEqual(['nghi-quyet:41-nq-tw', 'CONTINUES', 'nghi-quyet:9-nq-tw']);
  });
  it('"Ban Bí thư … (khóa XIII) ban hành …": the term in parentheses stands between the body and its act', () => {
    expect(byNumber('Ban Bí thư Trung ương Đảng (khóa XIII) ban hành Chỉ thị số 39-CT/TW ngày 26/2/2031 về công tác thư viện.', '39')?.issuer).toBe('Ban Bí thư');
  });
  it('a comma after the issuer of the citation a title ends with closes the title', () => {
    const t = 'Theo Kế hoạch số 81-KH/TU ngày 15/3/2031 của Ban Thường vụ Thành ủy về thực hiện Kết luận số 90-KL/TW của Ban Bí thư, các cấp ủy phải hoàn thành trước quý III.';
    expect(byNumber(t, '81')?.title).toBe('Về thực hiện Kết luận số 90-KL/TW của Ban Bí thư');
  });
  it('"Tại <citation>, <body> <verb> <object>": the instrument acts', () => {
    expect(rels('Tại Hướng dẫn số 25-HD/BTGTW, Ban Tuyên giáo Trung ương hướng dẫn thực hiện Kết luận số 90-KL/TW.')).toContainEqual(['huong-dan:25-hd-btgtw', 'GUIDES', 'ket-luan:90-kl-tw']);
    expect(rels('Trong Kết luận số 12-KL/TW, Bộ Chính trị yêu cầu tiếp tục thực hiện Nghị quyết số 18-NQ/TW.')).toContainEqual(['ket-luan:12-kl-tw', 'CONTINUES', 'nghi-quyet:18-nq-tw']);
  });
  it('"Theo <citation>, <body> <verb> …" names the body\'s act, not the instrument\'s', () => {
    expect(rels('Theo Nghị quyết số 5-NQ/TW, Chính phủ thực hiện Nghị quyết số 6-NQ/TW.')).toEqual([]);
  });
});

describe('a text written without diacritics', () => {
  it('ends an unquoted title at the same words, written unaccented ("thay the", ", cac cap uy …")', () => {
    const t = 'Quy dinh so 313-QD/TW ngay 2-1-2031 cua Bo Chinh tri ve thu vien cua dang vien thay the Quy dinh so 96-QD/TW.';
    expect(byNumber(t, '313')?.title).toBe('Ve thu vien cua dang vien');
    expect(rels(t)).toContainEqual(['quy-dinh:313-qd-tw@2031', 'REPLACES', 'quy-dinh:96-qd-tw']);
  });
});

describe('a plenum that adopts another kind than a resolution', () => {
  it('"Hội nghị Trung ương 10 khóa XIII đã thông qua Kết luận số …": the Central Committee issues it', () => {
    expect(byNumber('Hội nghị Trung ương 10 khóa XIII đã thông qua Kết luận số 196-KL/TW về thư viện.', '196')?.issuer).toBe('Ban Chấp hành Trung ương');
  });
});

describe('a sentence adverb before the subject', () => {
  it('"Theo đó, <citation> … được ban hành ngày …", "Accordingly, …"', () => {
    expect(byNumber('Theo đó, Thông tư 5/2031/TT-BVHTTDL về thư viện được ban hành ngày 2/5/2031.', '5')?.issuedOn).toBe('2031-05-02');
    expect(byNumber('Accordingly, Decree 13/2031/ND-CP on libraries was issued on May 2, 2031.', '13')?.issuedOn).toBe('2031-05-02');
  });
});

describe('"bố Luật", "bỏ Luật" are no "Bộ luật"', () => {
  it('"công bố Luật …", "Bãi bỏ Luật … năm …" read the law', () => {
    expect(extract('Chủ tịch nước công bố Luật Thư viện.').instruments.map((i) => i.key)).toEqual(['luat:t-thu-vien']);
    expect(extract('2. Bãi bỏ Luật thuế thư viện năm 2011.').instruments.map((i) => i.key)).toEqual(['luat:t-thue-thu-vien@2011']);
  });
  it('"Bộ luật" and the unaccented "Bo luat" still are', () => {
    expect(extract('Bộ luật Lao động năm 2019 có hiệu lực.').instruments.map((i) => i.kind)).toEqual(['Bộ luật']);
  });
});

describe('the President\'s order promulgating a law', () => {
  it('"Lệnh số 05/2031/L-CTN … về việc công bố Luật …", "Order No. …"', () => {
    const t = 'Lệnh số 05/2031/L-CTN ngày 3/7/2031 của Chủ tịch nước về việc công bố Luật Thư viện.';
    expect(byNumber(t, '05')).toMatchObject({ kind: 'Lệnh', symbol: '2031/L-CTN', issuer: 'Chủ tịch nước', issuedOn: '2031-07-03' });
    expect(byNumber('Order No. 05/2031/L-CTN on the promulgation of the Law on Libraries.', '05')?.kind).toBe('Lệnh');
  });
});

describe('two verbs of a title joined by "và"', () => {
  it('"X sửa đổi A và bãi bỏ B": the title ends before "và", X AMENDS A and REPEALS B', () => {
    const t = 'Thông tư 02/2031/TT-BVHTTDL sửa đổi Thông tư 01/2029/TT-BVHTTDL và bãi bỏ Thông tư 05/2020/TT-BVHTTDL.';
    expect(byNumber(t, '02')?.title).toBe('Sửa đổi Thông tư 01/2029/TT-BVHTTDL');
    expect(rels(t)).toEqual(expect.arrayContaining([
      ['thong-tu:2-2031-tt-bvhttdl', 'AMENDS', 'thong-tu:1-2029-tt-bvhttdl'],
      ['thong-tu:2-2031-tt-bvhttdl', 'REPEALS', 'thong-tu:5-2020-tt-bvhttdl'],
    ]));
  });
});

describe('"ban hành" after a list of bodies', () => {
  it('"Căn cứ …; Hướng dẫn … của Ban Bí thư, Ủy ban Kiểm tra Tỉnh ủy ban hành Kế hoạch …": the last body\'s act, no title', () => {
    const t = 'Căn cứ Quy định số 22-QĐ/TW, ngày 28-7-2031 của Ban Chấp hành Trung ương về công tác kiểm tra; Hướng dẫn số 02-HD/TW, ngày 9-12-2031 của Ban Bí thư, Ủy ban Kiểm tra Tỉnh ủy ban hành Kế hoạch số 15-KH/UBKTTU.';
    expect(byNumber(t, '02')?.title ?? null).toBeNull();
    expect(rels(t)).toEqual(expect.arrayContaining([
      ['ke-hoach:15-kh-ubkttu', 'BASED_ON', 'quy-dinh:22-qd-tw@2031'],
      ['ke-hoach:15-kh-ubkttu', 'BASED_ON', 'huong-dan:2-hd-tw@2031'],
    ]));
  });
});

describe('the issuer between the kind word and its number', () => {
  it('"Nghị định của Chính phủ số 12/CP ngày …" is one citation, issued by the Government', () => {
    const i = byNumber('Việc xếp hạng vẫn theo Nghị định của Chính phủ số 12/CP ngày 3 tháng 4 năm 1995 quy định về đường thủy nội địa.', '12');
    expect(i?.symbol).toBe('CP');
    expect(i?.issuer).toBe('Chính phủ');
    expect(i?.issuedOn).toBe('1995-04-03');
    expect(i?.title).toBe('Quy định về đường thủy nội địa');
  });
  it('"Quyết định của Thủ tướng Chính phủ số …" and "Chỉ thị của Ban Bí thư số …"', () => {
    expect(byNumber('Thực hiện Quyết định của Thủ tướng Chính phủ số 845/QĐ-TTg về quy hoạch vùng.', '845')?.issuer).toBe('Thủ tướng Chính phủ');
    expect(byNumber('Quán triệt Chỉ thị của Ban Bí thư số 61-CT/TW về công tác lưu trữ.', '61')?.issuer).toBe('Ban Bí thư');
  });
  it('with no number after the body it is no citation ("Nghị định của Chính phủ quy định chi tiết số lượng …")', () => {
    expect(extract('Nghị định của Chính phủ quy định chi tiết số lượng cấp phó.').instruments).toEqual([]);
  });
});

describe('a target year opening a clause of its own ends an unquoted title', () => {
  it('"…, đến năm 2035 cả nước phấn đấu …" is the sentence, not the title', () => {
    const t = 'Theo Nghị quyết số 77-NQ/TW của Bộ Chính trị về phát triển kinh tế tuần hoàn, đến năm 2035 cả nước phấn đấu tái chế phần lớn chất thải.';
    expect(byNumber(t, '77')?.title).toBe('Về phát triển kinh tế tuần hoàn');
  });
  it('"…, đến năm 2035 Việt Nam …" too', () => {
    const t = 'Kết luận số 95-KL/TW về phát triển ngành đường sắt, đến năm 2035 Việt Nam có mạng lưới hiện đại.';
    expect(byNumber(t, '95')?.title).toBe('Về phát triển ngành đường sắt');
  });
  it('"…, đến năm 2035, tầm nhìn đến năm 2050" and "…, đến năm 2035 và tầm nhìn …" stay in the title', () => {
    expect(byNumber('Nghị quyết số 78-NQ/TW về phát triển vùng núi, đến năm 2035, tầm nhìn đến năm 2050 đã được ban hành.', '78')?.title).toBe(
      'Về phát triển vùng núi, đến năm 2035, tầm nhìn đến năm 2050',
    );
    expect(byNumber('Quyết định số 91/QĐ-TTg phê duyệt Chiến lược phát triển ngành muối, đến năm 2035 và tầm nhìn đến năm 2050.', '91')?.title).toBe(
      'Phê duyệt Chiến lược phát triển ngành muối, đến năm 2035 và tầm nhìn đến năm 2050',
    );
  });
});

describe('how an instrument is judged is no part of its title', () => {
  it('"… về phát triển kinh tế biển được xem là …" / "được coi là …"', () => {
    expect(byNumber('Nghị quyết 81-NQ/TW ngày 3/2/2031 về phát triển kinh tế biển được xem là bước ngoặt của ngành.', '81')?.title).toBe('Về phát triển kinh tế biển');
    expect(byNumber('Chỉ thị số 44-CT/TW về công tác dân vận được coi là định hướng lâu dài.', '44')?.title).toBe('Về công tác dân vận');
  });
});

describe('the subject of the main clause after a comma ends an unquoted title', () => {
  it('"…, Đảng ủy Khối đã chỉ đạo …"', () => {
    const t = 'Thực hiện Kết luận số 88-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng, Đảng ủy Khối đã chỉ đạo rà soát các tổ chức đảng.';
    expect(byNumber(t, '88')?.title).toBe('Về đẩy mạnh xây dựng, chỉnh đốn Đảng');
  });
  it('a comma inside the title before a lower-case phrase stays ("…, chỉnh đốn Đảng và hệ thống chính trị")', () => {
    const t = 'Kết luận số 88-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị được quán triệt.';
    expect(byNumber(t, '88')?.title).toBe('Về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị');
  });
});

describe('a judgement with "là" ends an unquoted title', () => {
  it('"Kết luận … về … là chủ trương lớn"', () => {
    const t = 'Đồng chí nhấn mạnh, Kết luận số 301-KL/TW ngày 2/3/2031 của Bộ Chính trị về sắp xếp các đơn vị sự nghiệp là chủ trương lớn.';
    expect(byNumber(t, '301')?.title).toBe('Về sắp xếp các đơn vị sự nghiệp');
  });
  it('a title that recognises something as something keeps its "là" ("… công nhận xã A là xã đạt chuẩn …")', () => {
    const t = 'Quyết định số 51/QĐ-UBND về việc công nhận xã Tân Lập là xã đạt chuẩn nông thôn mới.';
    expect(byNumber(t, '51')?.title).toBe('Về việc công nhận xã Tân Lập là xã đạt chuẩn nông thôn mới');
  });
});

describe('a Party title with one semicolon before a second verb of its programme', () => {
  it('"… về tăng cường A; ngăn chặn, đẩy lùi B …" keeps both halves', () => {
    const t = 'Kết luận số 302-KL/TW ngày 4/5/2031 về tăng cường công tác lưu trữ; ngăn chặn, đẩy lùi tình trạng thất lạc hồ sơ được các cấp ủy quán triệt.';
    expect(byNumber(t, '302')?.title).toBe('Về tăng cường công tác lưu trữ; ngăn chặn, đẩy lùi tình trạng thất lạc hồ sơ');
  });
  it('a list of tasks separated by semicolons still ends the title at the first one', () => {
    const t = 'Các nhiệm vụ gồm: quán triệt Nghị quyết số 303-NQ/TW về lưu trữ số; tăng cường kiểm tra; nâng cao chất lượng hồ sơ.';
    expect(byNumber(t, '303')?.title).toBe('Về lưu trữ số');
  });
  it('a semicolon before anything but such a verb ends it', () => {
    const t = 'Quán triệt Nghị quyết số 304-NQ/TW về lưu trữ số; các địa phương đã xây dựng kế hoạch.';
    expect(byNumber(t, '304')?.title).toBe('Về lưu trữ số');
  });
});

describe('a revised law is not the dated one it revises', () => {
  it('"Luật Thư viện (sửa đổi) thay thế Luật Thư viện năm 2019": two laws, REPLACES', () => {
    const e = extract('Luật Thư viện (sửa đổi) thay thế Luật Thư viện năm 2019.');
    expect(e.relations.map((r) => [r.from, r.type, r.to])).toEqual([['luat:t-thu-vien', 'REPLACES', 'luat:t-thu-vien@2019']]);
  });
  it('"Quốc hội thông qua Luật Căn cước (sửa đổi), thay thế Luật …": the parenthesis and comma do not hide the subject', () => {
    const e = extract('Năm 2031, Quốc hội thông qua Luật Lưu trữ (sửa đổi), thay thế Luật Lưu trữ hồ sơ năm 2011.');
    expect(e.relations.map((r) => [r.from, r.type, r.to])).toEqual([['luat:t-luu-tru', 'REPLACES', 'luat:t-luu-tru-ho-so@2011']]);
  });
  it('with no dated law of the name, "Luật Thư viện (sửa đổi)" and "Luật Thư viện" are one', () => {
    expect(extract('Quốc hội thảo luận Luật Thư viện (sửa đổi). Luật Thư viện có nhiều điểm mới.').instruments).toHaveLength(1);
  });
});

describe('a short citation dated with "ngày", and a title in single quotes', () => {
  it('"Nghị quyết số 18 ngày 25-10-2031 của …" is a citation, not "18 days"', () => {
    const i = byNumber("Ban Thường vụ tổng kết Nghị quyết số 18 ngày 25-10-2031 của Ban Chấp hành Trung ương Đảng khóa XIV về 'Một số vấn đề về thư viện số' trên địa bàn tỉnh.", '18');
    expect(i?.issuedOn).toBe('2031-10-25');
    expect(i?.title).toBe('Một số vấn đề về thư viện số');
  });
  it('a count of days is still no citation ("Kết luận 15 ngày kể từ …")', () => {
    expect(extract('Thời hạn trả lời theo Kết luận 15 ngày kể từ ngày nhận.').instruments).toEqual([]);
  });
  it('curly single quotes after "về" too', () => {
    expect(byNumber('Nghị quyết số 19-NQ/TW về ‘phát triển thư viện số’ được quán triệt.', '19')?.title).toBe('Phát triển thư viện số');
  });
});

describe('what the sentence says an instrument says is no part of its title', () => {
  it('"Chỉ thị 35 … về Đại hội Đảng các cấp nêu rõ: …"', () => {
    expect(byNumber('Chỉ thị 305 của Bộ Chính trị về đại hội đảng bộ các cấp nêu rõ: thí điểm bầu trực tiếp.', '305')?.title).toBe('Về đại hội đảng bộ các cấp');
  });
  it('"Điều lệ Đảng Cộng sản Việt Nam khoá XI (2011) ghi rõ: …" is the Party Charter', () => {
    expect(extract('Điều 9, Điều lệ Đảng Cộng sản Việt Nam khoá XI (2011) ghi rõ: “Đảng tổ chức theo nguyên tắc tập trung dân chủ”.').instruments.map((i) => i.key)).toEqual(['dieu-le:t-dang']);
  });
});

describe('the kind word a text gives a citation as its short name', () => {
  const T = 'Ngày 6/7/2031, Bộ Chính trị ban hành Quy định số 169-QĐ/TW về kỷ luật trong lưu trữ (Quy định). Quy định có hiệu lực kể từ ngày 6/7/2031 và thay thế Quy định số 17-QĐi/TW ngày 28/8/2028 của Bộ Chính trị khóa XIV.';
  it('"… (Quy định). Quy định có hiệu lực … và thay thế Quy định số …" → the cited one REPLACES', () => {
    expect(rels(T)).toEqual([['quy-dinh:169-qd-tw@2031', 'REPLACES', 'quy-dinh:17-qdi-tw@2028']]);
  });
  it('"(sau đây gọi tắt là Chỉ thị)" too; "Chỉ thị này", "Chỉ thị số …" and lower case are not the alias', () => {
    const t = 'Ban Bí thư ban hành Chỉ thị số 61-CT/TW về thư viện số (sau đây gọi tắt là Chỉ thị). Chỉ thị thay thế Chỉ thị số 12-CT/TW. Chỉ thị số 13-CT/TW vẫn còn hiệu lực.';
    expect(rels(t)).toEqual([['chi-thi:61-ct-tw', 'REPLACES', 'chi-thi:12-ct-tw']]);
    expect(extract(t).instruments.find((i) => i.number === '61')?.mentions.map((m) => m.text)).toEqual(['Chỉ thị số 61-CT/TW', 'Chỉ thị']);
  });
  it('without the parenthesis a bare kind word cites nothing', () => {
    expect(rels('Bộ Chính trị ban hành Quy định số 169-QĐ/TW về lưu trữ. Quy định có hiệu lực kể từ ngày ký và thay thế Quy định số 17-QĐi/TW.')).not.toContainEqual(
      expect.arrayContaining(['quy-dinh:169-qd-tw', 'REPLACES']),
    );
  });
});
