// Issuers as Party journals, provincial portals, news and English translations name them: the body that issued each
// cited instrument, in one written form (abbreviations spelled out, with its place), whatever form the text uses.
// Sentences written for this file; names, numbers and dates are made up.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';
import { normalizeOrgName } from '../../server/text/org-names.ts';

const first = (t: string) => extract(t).instruments[0];
const issuerOf = (t: string) => first(t)?.issuer ?? null;

describe('an issuer comes out spelled in full, with its place, whatever abbreviation the text uses', () => {
  it.each([
    ['Nghị quyết số 12/2021/NQ-HĐND ngày 5/7/2021 của HĐND tỉnh Quảng Nam quy định mức chi.', 'Hội đồng nhân dân tỉnh Quảng Nam'],
    ['Quyết định số 45/2020/QĐ-UBND ngày 1/9/2020 của UBND TP Hồ Chí Minh về quy chế.', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ['Nghị quyết số 33/NQ-HĐND của HĐND TP. Hà Nội về kế hoạch đầu tư.', 'Hội đồng nhân dân thành phố Hà Nội'],
    ['Quyết định số 1/QĐ-UBND ngày 3/1/2023 của UBND huyện Củ Chi về việc giao chỉ tiêu.', 'Ủy ban nhân dân huyện Củ Chi'],
    ['Quyết định số 2/QĐ-UBND ngày 3/1/2023 của UBND xã Tân Phú về việc giao chỉ tiêu.', 'Ủy ban nhân dân xã Tân Phú'],
    ['Quyết định số 2025/QĐ-UBND ngày 10/10/2023 của Chủ tịch UBND tỉnh Lâm Đồng về việc công bố thủ tục.', 'Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng'],
    ['Kế hoạch số 88-KH/TU của Ban Thường vụ Thành ủy TP. Hồ Chí Minh về chuyển đổi số.', 'Ban Thường vụ Thành ủy thành phố Hồ Chí Minh'],
    ['UBND tỉnh Nghệ An ban hành Quyết định số 30/2023/QĐ-UBND quy định giá dịch vụ.', 'Ủy ban nhân dân tỉnh Nghệ An'],
    ['Quyết định số 77/QĐ-UBND ngày 7/1/2022 của Uỷ ban nhân dân tỉnh Bà Rịa - Vũng Tàu về giá đất.', 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu'],
  ])('%s', (t, want) => {
    expect(issuerOf(t)).toBe(want);
  });

  it('gives the abbreviated and the full name of one body the same written form', () => {
    const a = issuerOf('Quyết định số 5/QĐ-UBND của UBND TP. Đà Nẵng về giá.');
    const b = issuerOf('Quyết định số 6/QĐ-UBND của Ủy ban nhân dân thành phố Đà Nẵng về giá.');
    expect(a).toBe(b);
  });
});

describe('the one written form of a name', () => {
  it.each([
    ['UBND TỈNH BẮC GIANG', 'Ủy ban nhân dân tỉnh Bắc Giang'],
    ['Chủ tịch UBND tỉnh Lâm Đồng', 'Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng'],
    ['Thường trực HĐND tỉnh Hòa Bình', 'Thường trực Hội đồng nhân dân tỉnh Hòa Bình'],
    ['Ủy ban MTTQ Việt Nam tỉnh Bình Định', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Định'],
    ['ỦY BAN NHÂN DÂN TP. ĐÀ NẴNG', 'Ủy ban nhân dân thành phố Đà Nẵng'],
    ['UBND TPHCM', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ['UBND Tp.Cần Thơ', 'Ủy ban nhân dân thành phố Cần Thơ'],
  ])('%s', (raw, want) => {
    expect(normalizeOrgName(raw)).toBe(want);
  });
  it('leaves "TP" that is not a unit before a place alone', () => {
    expect(normalizeOrgName('Công ty TP xanh')).toBe('Công ty TP xanh');
  });
});

describe('English names of Party bodies and of committees’ boards', () => {
  it.each([
    ['Resolution No. 18-NQ/TW dated October 25, 2017 of the 12th Party Central Committee on reforming the apparatus.', 'Ban Chấp hành Trung ương'],
    ['Resolution No. 05-NQ/TU of the Standing Board of the Nghe An provincial Party Committee on tourism.', 'Ban Thường vụ Tỉnh ủy Nghe An'],
    ['Directive No. 07-CT/TU of the Standing Committee of the provincial Party Committee of Ha Giang on forests.', 'Ban Thường vụ Tỉnh ủy Ha Giang'],
    ['Decision No. 99-QD/TW of the Party Central Committee\u2019s Secretariat on the framework.', 'Ban Bí thư'],
    ['Guidance No. 3-HD/UBKTTW of the Party Central Committee\'s Inspection Commission on procedures.', 'Ủy ban Kiểm tra Trung ương'],
    ['The Supreme People\u2019s Procuracy issued Circular No. 02/2023/TT-VKSTC on supervision.', 'Viện kiểm sát nhân dân tối cao'],
    ['The Vietnam Fatherland Front Central Committee issued Resolution No. 01/NQ-MTTW on supervision.', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    ['Decision No. 77/QD-LS of the Ministry of Foreign Affairs on consular work.', 'Bộ Ngoại giao'],
    ['The Central Organization Commission issued Guidance No. 5-HD/TW on party members.', 'Ban Tổ chức Trung ương'],
  ])('%s', (t, want) => {
    expect(issuerOf(t)).toBe(want);
  });
  it('reads a board without its committee as no issuer', () => {
    expect(issuerOf('Resolution No. 8-NQ/TU of the Standing Board on tourism.')).toBeNull();
  });
  it('keeps the plenum after an ordinal: "of the 7th plenum of the 12th Party Central Committee"', () => {
    const i = first('Resolution No. 26-NQ/TW of the 7th plenum of the 12th Party Central Committee on cadres.');
    expect(i?.issuer).toBe('Ban Chấp hành Trung ương');
  });
});

describe('joint issuers', () => {
  it.each([
    ['Thông tư liên tịch số 01/2017/TTLT-BCA-VKSNDTC về phối hợp.', 'Bộ Công an, Viện kiểm sát nhân dân tối cao'],
    // a code that merely holds the letters "TW" (the Front's committee) does not make the symbol a Party one
    ['Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN về giám sát.', 'Ủy ban Thường vụ Quốc hội, Chính phủ'],
  ])('%s', (t, want) => {
    expect(issuerOf(t)).toBe(want);
  });
  it('keeps a single issuer the joint codes do not name', () => {
    expect(issuerOf('Thông tư liên tịch số 9/2019/TTLT-BCA-VKSNDTC của Bộ Tư pháp về phối hợp.')).toBe('Bộ Tư pháp');
  });
});

describe('the centres of the mass organisations (whose boards share the Party’s names) and the Government’s agencies', () => {
  it.each([
    ['Chương trình số 5-CTr/TWĐTN của Ban Bí thư Trung ương Đoàn về thanh niên.', 'Ban Bí thư Trung ương Đoàn'],
    ['Nghị quyết số 3-NQ/TWĐTN ngày 10/2/2020 của\nBan Thường vụ Trung ương Đoàn TNCS Hồ Chí Minh khóa XI.', 'Ban Thường vụ Trung ương Đoàn'],
    ['Nghị quyết số 9/NQ-TLĐ của Tổng Liên đoàn Lao động Việt Nam về công đoàn.', 'Tổng Liên đoàn Lao động Việt Nam'],
    ['Nghị quyết số 2/NQ-BCH của Ban Chấp hành Trung ương Hội Nông dân Việt Nam về nông thôn.', 'Ban Chấp hành Trung ương Hội Nông dân Việt Nam'],
    ['Quyết định số 999/QĐ-BHXH của Bảo hiểm xã hội Việt Nam về quy trình.', 'Bảo hiểm xã hội Việt Nam'],
    ['Quyết định 5/QĐ-UBCK ngày 2/3/2022 của Ủy ban Chứng khoán Nhà nước.', 'Ủy ban Chứng khoán Nhà nước'],
  ])('%s', (t, want) => {
    expect(issuerOf(t)).toBe(want);
  });
  it('keeps the Party’s own Secretariat and Central Committee', () => {
    expect(issuerOf('Ban Bí thư ban hành Chỉ thị số 4-CT/TW về công tác.')).toBe('Ban Bí thư');
    expect(issuerOf('Nghị quyết số 6-NQ/TW của Ban Chấp hành Trung ương về đất đai.')).toBe('Ban Chấp hành Trung ương');
  });
  it('gives the longer names of the Party’s Secretariat and Central Committee one form', () => {
    expect(issuerOf('Hướng dẫn số 7-HD/TW của Ban Bí thư Trung ương Đảng về công tác.')).toBe('Ban Bí thư');
    expect(issuerOf('Quy định số 5-QĐ/TW của Ban Chấp hành Trung ương Đảng về công tác.')).toBe('Ban Chấp hành Trung ương');
  });
});

describe('a local document’s own header names its issuer, with the place a line above gives it', () => {
  const doc = (header: string, kind: string, title: string) => `${header}\nSố: 12/HD-X\nVinh, ngày 5 tháng 6 năm 2022\n${kind}\n${title}\nCăn cứ Điều lệ.`;
  it.each([
    ['TỈNH ỦY NGHỆ AN\n*', 'NGHỊ QUYẾT', 'về phát triển du lịch', 'Tỉnh ủy Nghệ An'],
    ['ĐẢNG BỘ TỈNH BẮC GIANG\nBAN THƯỜNG VỤ TỈNH ỦY', 'CHỈ THỊ', 'về công tác dân vận', 'Ban Thường vụ Tỉnh ủy Bắc Giang'],
    ['UBND TỈNH QUẢNG NINH\nSỞ TÀI CHÍNH', 'HƯỚNG DẪN', 'Thực hiện quy định về giá', 'Sở Tài chính tỉnh Quảng Ninh'],
    ['HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NAM', 'NGHỊ QUYẾT', 'Quy định mức chi hỗ trợ', 'Hội đồng nhân dân tỉnh Quảng Nam'],
    ['ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI', 'QUYẾT ĐỊNH', 'Ban hành quy chế quản lý', 'Ủy ban nhân dân thành phố Hà Nội'],
    ['THÀNH ỦY HÀ NỘI', 'KẾ HOẠCH', 'thực hiện chương trình công tác', 'Thành ủy Hà Nội'],
  ])('%s', (header, kind, title, want) => {
    expect(issuerOf(doc(header, kind, title))).toBe(want);
  });
  it('keeps a central body named in the header', () => {
    expect(issuerOf(doc('BỘ TÀI CHÍNH', 'THÔNG TƯ', 'Hướng dẫn về thuế'))).toBe('Bộ Tài chính');
  });
});

describe('joint issuers in a header', () => {
  it('lets the first body of a joint header stand for all, without the place that belongs to the list', () => {
    const t = 'UBND TỈNH QUẢNG NINH\nSỞ NỘI VỤ -\nSỞ TÀI CHÍNH - SỞ Y TẾ\nSố: 15/HD-SNV-STC-SYT\nHạ Long, ngày 2 tháng 3 năm 2021\nHƯỚNG DẪN\nThực hiện chế độ phụ cấp\nCăn cứ Luật Cán bộ, công chức.';
    expect(issuerOf(t)).toBe('Sở Nội vụ');
  });
});

describe('a name whose text layer lost a space', () => {
  it('is the official name it spells', () => {
    expect(issuerOf('Quyết định số 301/QĐ-BNN-TCCB ngày 1/8/2001 của Bộ Nông nghiệp và Phát triển nôngthôn về việc thành lập ban.')).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
    expect(normalizeOrgName('Bộ Tài nguyên vàMôi trường')).toBe('Bộ Tài nguyên và Môi trường');
  });
});

describe('English titles and dates', () => {
  it.each([
    ['Under the Enterprise Law No. 59/2020/QH14, firms must register.', 'Enterprise', null],
    ['In the Land Law No. 31/2024/QH15 dated January 18, 2024, the State allocates land.', 'Land', '2024-01-18'],
  ])('reads the name written before "Law No.": %s', (t, title, date) => {
    const i = first(t);
    expect(i).toMatchObject({ kind: 'Luật', number: expect.stringMatching(/^\d+$/), title, issuedOn: date });
  });
  it('leaves a law without a name before its kind word untitled', () => {
    expect(first('Under Law No. 59/2020/QH14, firms must register.')?.title).toBeNull();
  });
});

describe('an issuer named before a list issues every item of its kind listed', () => {
  const issuers = (t: string) => extract(t).instruments.map((i) => i.issuer);
  it.each([
    ['Ban Thường vụ Tỉnh ủy Lào Cai ban hành Kết luận số 101-KL/TU, Kết luận số 102-KL/TU về du lịch.', ['Ban Thường vụ Tỉnh ủy Lào Cai', 'Ban Thường vụ Tỉnh ủy Lào Cai']],
    ['The Politburo issued Directive No. 5-CT/TW and Directive No. 6-CT/TW on discipline.', ['Bộ Chính trị', 'Bộ Chính trị']],
  ])('%s', (t, want) => {
    expect(issuers(t)).toEqual(want);
  });
  it.each([
    // an issuer written after a citation is that citation's only
    ['Chỉ thị số 5-CT/TW của Bộ Chính trị và Chỉ thị số 6-CT/TW được quán triệt.', ['Bộ Chính trị', null]],
  ])('stops: %s', (t, want) => {
    expect(issuers(t)).toEqual(want);
  });
});

describe('an English local People\'s Committee or Council, with its place before or after', () => {
  it('"of the <Place> City People\'s Committee dated …, approving …": issuer, date and title are read', () => {
    const i = extract("Decision No. 2013/QD-UBND of the Can Tho City People's Committee dated June 5, 2031 approving the library network plan.").instruments[0];
    expect(i).toMatchObject({ issuer: 'Ủy ban nhân dân thành phố Can Tho', issuedOn: '2031-06-05', title: 'Approving the library network plan', jurisdiction: 'Can Tho' });
  });
  it('"the People\'s Council of <Place> province"', () => {
    const i = extract("Resolution No. 7/2031/NQ-HDND of the Provincial People's Council of Quang Tri on library fees.").instruments[0];
    expect(i?.issuer).toMatch(/^Hội đồng nhân dân tỉnh Quang Tri/);
  });
});

describe('a local instrument named in the title of one from the same kind of body', () => {
  it('takes that body\'s place: "UBND TP Hồ Chí Minh ban hành Quyết định A/QĐ-UBND sửa đổi Quyết định B/QĐ-UBND"', () => {
    const e = extract('UBND TP Hồ Chí Minh ban hành Quyết định 05/2031/QĐ-UBND sửa đổi Quyết định 44/2030/QĐ-UBND về bảng giá đất.');
    expect(e.relations.map((r) => [r.from, r.type, r.to])).toEqual([['quyet-dinh:5-2031-qd-ubnd#ho-chi-minh', 'AMENDS', 'quyet-dinh:44-2030-qd-ubnd#ho-chi-minh']]);
  });
  it('never over a place the text gives it', () => {
    const e = extract('UBND tỉnh Nghệ An ban hành Quyết định 05/2031/QĐ-UBND sửa đổi Quyết định 44/2030/QĐ-UBND của UBND tỉnh Hà Tĩnh.');
    expect(e.instruments.map((i) => i.key)).toContain('quyet-dinh:44-2030-qd-ubnd#ha-tinh');
  });
  it('nor across kinds of body (a People\'s Council resolution in a People\'s Committee decision\'s title)', () => {
    const e = extract('UBND tỉnh Nghệ An ban hành Quyết định 05/2031/QĐ-UBND thực hiện Nghị quyết 12/2030/NQ-HĐND.');
    expect(e.instruments.find((i) => i.number === '12')?.key).toBe('nghi-quyet:12-2030-nq-hdnd#nghe-an');
  });
});

describe('a count of instruments and their body before "gồm:" issue each item', () => {
  it('"… quán triệt 04 Nghị quyết của Bộ Chính trị, gồm: Nghị quyết số …, Nghị quyết số …"', () => {
    const e = extract('Hội nghị quán triệt 04 Nghị quyết của Bộ Chính trị, gồm: Nghị quyết số 81-NQ/TW về thư viện số, Nghị quyết số 82-NQ/TW về lưu trữ.');
    expect(e.instruments.map((i) => i.issuer)).toEqual(['Bộ Chính trị', 'Bộ Chính trị']);
  });
  it('a count of another kind issues nothing ("03 Kết luận của Ban Bí thư, gồm: Nghị quyết …")', () => {
    const e = extract('Hội nghị bàn về 03 Kết luận của Ban Bí thư, gồm: Nghị quyết số 81-NQ/TW về thư viện số.');
    expect(e.instruments[0]?.issuer ?? null).toBeNull();
  });
  it('an event reported after the title ends it ("… sức khỏe Nhân dân diễn ra vào sáng 16/9")', () => {
    const e = extract('Hội nghị quán triệt Nghị quyết số 83-NQ/TW về chăm sóc sức khỏe Nhân dân diễn ra vào sáng 16/9.');
    expect(e.instruments[0]?.title).toBe('Về chăm sóc sức khỏe Nhân dân');
  });
});

describe('chapters as pinpoints, and a count of "chuyên đề" issued at once', () => {
  const pin = (t: string) => extract(t).instruments[0]?.mentions[0]?.pinpoint ?? null;
  it('"Chương VII và Chương VIII Điều lệ Đảng": the chapters are the pinpoint, no article', () => {
    expect(pin('Hướng dẫn thi hành Chương VII và Chương VIII Điều lệ Đảng về công tác kiểm tra.')).toEqual({ text: 'Chương VII và Chương VIII', article: null, clause: null, point: null });
  });
  it('"Điều 5 Mục 2 Chương III Nghị định số …": the article with the parts it stands in', () => {
    expect(pin('Thực hiện Điều 5 Mục 2 Chương III Nghị định số 15/2031/NĐ-CP.')).toEqual({ text: 'Điều 5 Mục 2 Chương III', article: '5', clause: null, point: null });
  });
  it('"ban hành 3 chuyên đề: Nghị quyết …, Nghị quyết … và Chỉ thị …": the body issues each', () => {
    const e = extract('Ban Thường vụ Tỉnh ủy đã ban hành 3 chuyên đề: Nghị quyết số 05-NQ/TU về du lịch, Nghị quyết số 06-NQ/TU về nông nghiệp và Chỉ thị số 07-CT/TU về cải cách hành chính.');
    expect(e.instruments.map((i) => i.issuer)).toEqual(['Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy']);
  });
});

describe('a place in capitals ends before the words that follow it', () => {
  it('"… CỦA ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU BAN HÀNH QUY CHẾ …": the place is Bạc Liêu', () => {
    const i = extract('SỬA ĐỔI QUYẾT ĐỊNH SỐ 21/2031/QĐ-UBND NGÀY 08 THÁNG 10 NĂM 2031 CỦA ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU BAN HÀNH QUY CHẾ ĐẤU GIÁ').instruments[0];
    expect([i?.key, i?.issuer]).toEqual(['quyet-dinh:21-2031-qd-ubnd#bac-lieu', 'Ủy ban nhân dân tỉnh Bạc Liêu']);
  });
  it('a place whose syllable looks like such a word stays whole ("Quy Nhơn", "Bà Rịa - Vũng Tàu")', () => {
    expect(extract('Thành ủy Quy Nhơn ban hành Nghị quyết số 5-NQ/TU.').instruments[0]?.key).toBe('nghi-quyet:5-nq-tu#quy-nhon');
    expect(extract('UBND tỉnh Bà Rịa - Vũng Tàu ban hành Quyết định số 5/2031/QĐ-UBND.').instruments[0]?.key).toBe('quyet-dinh:5-2031-qd-ubnd#ba-ria-vung-tau');
  });
});
