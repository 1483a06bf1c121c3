// Phenomena met in real texts (official codification notes, gazette preambles, Party and news prose, English
// translations). Every row is our own sentence written to show the phenomenon, never a copied passage.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';
import type { Extraction, Instrument } from '../../server/extract/models.ts';

const insts = (t: string) => extract(t).instruments;
const byNo = (t: string) => new Map(insts(t).map((i) => [i.number ?? i.title ?? i.key, i] as [string, Instrument]));
const rels = (t: string) => extract(t).relations.map((r) => [r.from, r.type, r.to]);
const relOf = (e: Extraction, type: string) => e.relations.filter((r) => r.type === type);

describe('the centre written TƯ, T.Ư or T.W (items 1, 16)', () => {
  it.each([
    ['Chi bộ học tập Quy định số 41-QĐ/TƯ của Bộ Chính trị.', 'quy-dinh:41-qd-tw'],
    ['Đảng ủy triển khai Kết luận số 208-KL/TƯ trong toàn khối.', 'ket-luan:208-kl-tw'],
  ])('%s', (t, key) => {
    expect(insts(t).map((i) => i.key)).toEqual([key]);
    expect(insts(t)[0]?.symbol).toMatch(/\/TW$/);
  });
  it('reads "Nghị quyết T.Ư 6 (khóa X)" and "Nghị quyết T.W 2 khóa XI" as plenum resolutions', () => {
    const list = insts('Các chi bộ ôn lại Nghị quyết T.Ư 6 (khóa X) và Nghị quyết T.W 2 khóa XI trong đợt sinh hoạt.');
    expect(list.map((i) => [i.conference, i.term])).toEqual([['Hội nghị Trung ương 6', 'X'], ['Hội nghị Trung ương 2', 'XI']]);
  });
});

describe('the formal order of the codification notes (items 4, 13)', () => {
  it('reads the title before the date, the issuer after it and the effective date', () => {
    const i = insts('(Điều 3 Thông tư số 17/2019/TT-BNV Quy định tiêu chuẩn chức danh thư viện viên ngày 05/09/2019 của Bộ Nội vụ, có hiệu lực thi hành kể từ ngày 20/10/2019)')[0];
    expect(i).toMatchObject({ key: 'thong-tu:17-2019-tt-bnv', issuedOn: '2019-09-05', issuer: 'Bộ Nội vụ', title: 'Quy định tiêu chuẩn chức danh thư viện viên', effectiveFrom: '2019-10-20' });
    expect(i?.mentions[0]?.pinpoint).toEqual({ text: 'Điều 3', article: '3', clause: null, point: null });
  });
  it('keeps a semicolon inside the title and joint issuers', () => {
    const i = insts('(Điều 1 Thông tư liên tịch số 08/2017/TTLT-BTC-BNV Hướng dẫn lập dự toán; quyết toán kinh phí hội nghị ngày 12/03/2017 của Bộ Tài chính và Bộ Nội vụ, có hiệu lực thi hành kể từ ngày 01/05/2017)')[0];
    expect(i).toMatchObject({ issuedOn: '2017-03-12', title: 'Hướng dẫn lập dự toán; quyết toán kinh phí hội nghị', effectiveFrom: '2017-05-01' });
  });
  it('gives a date right after a citation inside the title to that citation', () => {
    const m = byNo('(Điều 2 Thông tư số 11/2012/TT-BTP Hướng dẫn thi hành Nghị định số 90/2011/NĐ-CP ngày 14/10/2011 của Chính phủ về công chứng ngày 02/11/2012 của Bộ Tư pháp, có hiệu lực thi hành kể từ ngày 15/12/2012)');
    expect(m.get('11')).toMatchObject({ issuedOn: '2012-11-02', issuer: 'Bộ Tư pháp', effectiveFrom: '2012-12-15' });
    expect(m.get('90')).toMatchObject({ issuedOn: '2011-10-14', issuer: 'Chính phủ' });
  });
  it('lets a law named in the title keep no date of its own', () => {
    const m = byNo('(Điều 1 Nghị định số 71/2016/NĐ-CP Quy định chi tiết một số điều của Luật Phòng chống ô nhiễm nguồn nước ngày 20/06/2016 của Chính phủ, có hiệu lực thi hành kể từ ngày 01/08/2016)');
    expect(m.get('71')).toMatchObject({ issuedOn: '2016-06-20', effectiveFrom: '2016-08-01' });
    expect([...m.values()].find((i) => i.kind === 'Luật')?.issuedOn ?? null).toBeNull();
  });
  it('does not take "ngày" right after the number for a title', () => {
    const i = insts('Quy định số 77-QĐ/TW ngày 4/6/2012 của Ban Bí thư đã hết hiệu lực.')[0];
    expect(i).toMatchObject({ issuedOn: '2012-06-04', issuer: 'Ban Bí thư', title: null });
  });
});

describe('amendment notes (items 10, 12)', () => {
  const note = '(Điều 7 Nghị định số 31/2014/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/06/2014, có nội dung được sửa đổi, có nội dung bị bãi bỏ bởi Điều 1, Điều 3 Nghị định số 12/2019/NĐ-CP có hiệu lực thi hành kể từ ngày 15/03/2019; khoản 2 Điều 5 Nghị định số 40/2021/NĐ-CP có hiệu lực thi hành kể từ ngày 01/07/2021)';
  it('makes each agent amend and repeal the noted decree, with both pinpoints', () => {
    const e = extract(note);
    expect(rels(note)).toEqual(expect.arrayContaining([
      ['nghi-dinh:12-2019-nd-cp', 'AMENDS', 'nghi-dinh:31-2014-nd-cp'],
      ['nghi-dinh:12-2019-nd-cp', 'REPEALS', 'nghi-dinh:31-2014-nd-cp'],
      ['nghi-dinh:40-2021-nd-cp', 'AMENDS', 'nghi-dinh:31-2014-nd-cp'],
    ]));
    const first = relOf(e, 'AMENDS')[0];
    expect(first?.evidence.fromPinpoint?.text).toBe('Điều 1, Điều 3');
    expect(first?.evidence.toPinpoint).toMatchObject({ text: 'Điều 7', article: '7' });
    const second = relOf(e, 'AMENDS').find((r) => r.from === 'nghi-dinh:40-2021-nd-cp');
    expect(second?.evidence.fromPinpoint).toEqual({ text: 'khoản 2 Điều 5', article: '5', clause: '2', point: null });
    expect(e.instruments.find((i) => i.key === 'nghi-dinh:31-2014-nd-cp')?.effectiveFrom).toBe('2014-06-01');
  });
  it('reads "được bổ sung bởi" alone as AMENDS only', () => {
    const t = '(Điều 9a Luật số 20/2008/QH12, có hiệu lực thi hành kể từ ngày 01/01/2009, được bổ sung bởi Điều 1 Luật số 33/2018/QH14 có hiệu lực thi hành kể từ ngày 01/01/2019)';
    expect(rels(t)).toEqual([['luat:33-2018-qh14', 'AMENDS', 'luat:20-2008-qh12']]);
  });
  it('keeps the pinpoint on a mention: point, clause and article', () => {
    const i = insts('Theo điểm b khoản 3 Điều 12 của Luật số 60/2020/QH14, việc đăng ký được thực hiện trực tuyến.')[0];
    expect(i?.key).toBe('luat:60-2020-qh14');
    expect(i?.mentions[0]?.pinpoint).toEqual({ text: 'điểm b khoản 3 Điều 12', article: '12', clause: '3', point: 'b' });
  });
  it('a common noun "điều" is no pinpoint', () => {
    expect(insts('Sửa đổi một số điều của Luật số 60/2020/QH14.')[0]?.mentions[0]?.pinpoint ?? null).toBeNull();
  });
});

describe('preambles (items 6, 10, 17)', () => {
  it('reads a law by name then number as one instrument', () => {
    const list = insts('Căn cứ Luật Thủy lợi số 08/2017/QH14;');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ key: 'luat:8-2017-qh14', title: 'Thủy lợi' });
  });
  it('reads a law named by what it amends, then numbered, as one instrument', () => {
    const list = insts('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Dược số 44/2024/QH15 ngày 21 tháng 11 năm 2024;');
    expect(list.map((i) => i.key)).toContain('luat:44-2024-qh15');
    expect(list.find((i) => i.number === '44')?.issuedOn).toBe('2024-11-21');
  });
  it('reads a name broken across lines', () => {
    const list = insts('Căn cứ Luật Tổ chức\nChính phủ ngày 19 tháng 6 năm 2015;');
    expect(list[0]?.title).toBe('Tổ chức Chính phủ');
  });
  it('makes the amending laws after "được sửa đổi, bổ sung bởi" amend the base law', () => {
    const t = 'Căn cứ Luật Quy hoạch số 21/2017/QH14 được sửa đổi, bổ sung bởi Luật số 28/2018/QH14 và Luật số 35/2018/QH14;';
    expect(rels(t)).toEqual(expect.arrayContaining([
      ['luat:28-2018-qh14', 'AMENDS', 'luat:21-2017-qh14'],
      ['luat:35-2018-qh14', 'AMENDS', 'luat:21-2017-qh14'],
    ]));
  });
  it('takes the text’s own instrument from its enacting sentence', () => {
    const t = 'Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014;\nTheo đề nghị của Vụ trưởng Vụ Pháp chế;\nBộ trưởng Bộ Nội vụ ban hành Thông tư số 55/2030/TT-BNV quy định về lưu trữ.';
    expect(rels(t)).toEqual([['thong-tu:55-2030-tt-bnv', 'BASED_ON', 'luat:t-ho-tich@2014']]);
  });
  it('takes a self header’s kind from the kind line below its number', () => {
    const list = insts('BAN BÍ THƯ\nSố: 88-QĐ/TW\nHà Nội, ngày 3 tháng 4 năm 2031\nQUY ĐỊNH\nVỀ CÔNG TÁC THI ĐUA\n- Căn cứ Điều lệ Đảng;');
    expect(list.find((i) => i.number === '88')?.kind).toBe('Quy định');
  });
  it('acts for the document after "ban hành <Kind> sửa đổi …"', () => {
    const t = 'Số: 61/2031/NĐ-CP\nChính phủ ban hành Nghị định sửa đổi, bổ sung một\nsố điều của Nghị định số 15/2020/NĐ-CP ngày 3 tháng 2 năm 2020 của Chính phủ; Nghị định số 45/2021/NĐ-CP ngày 1 tháng 4 năm 2021 của Chính phủ.';
    expect(rels(t)).toEqual(expect.arrayContaining([
      ['nghi-dinh:61-2031-nd-cp', 'AMENDS', 'nghi-dinh:15-2020-nd-cp'],
      ['nghi-dinh:61-2031-nd-cp', 'AMENDS', 'nghi-dinh:45-2021-nd-cp'],
    ]));
  });
});

describe('titles and dates (items 4, 14)', () => {
  it('keeps "đến năm 2030, tầm nhìn đến năm 2045" in the title and takes no date from it', () => {
    const i = insts('Triển khai Nghị quyết số 29-NQ/TW về phát triển vùng trung du đến năm 2030, tầm nhìn đến năm 2045 trong toàn tỉnh.')[0];
    expect(i?.issuedOn).toBeNull();
    expect(i?.key).toBe('nghi-quyet:29-nq-tw');
    expect(i?.title).toBe('Về phát triển vùng trung du đến năm 2030, tầm nhìn đến năm 2045 trong toàn tỉnh');
  });
  it('reads the State order: title after the issuer', () => {
    const i = insts('Nghị định số 25/2031/NĐ-CP ngày 5 tháng 3 năm 2031 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Nội vụ.')[0];
    expect(i).toMatchObject({ issuer: 'Chính phủ', title: 'Quy định chức năng, nhiệm vụ của Bộ Nội vụ' });
  });
  it('reads an English title after the number, up to the verb of the clause', () => {
    const i = insts('Decree No. 31/2031/ND-CP prescribing rules on school meals was signed.')[0];
    expect(i?.title).toBe('Prescribing rules on school meals');
  });
  it('reads an English "on …" title past "No." ("on" introduces it, as "về" does)', () => {
    const m = byNo('Conclusion No. 150-KL/TW on amending Directive No. 20-CT/TW of the Politburo was issued.');
    expect(m.get('150')?.title).toMatch(/^Amending Directive No\. 20-CT\/TW/);
  });
});

describe('the kind from its kind word (item 7), long symbols (item 8)', () => {
  it('a footnote digit glued to the kind word', () => {
    expect(insts('Việc miễn thuế được thực hiện.2Nghị quyết 41/2030/QH15 quy định rõ.')[0]).toMatchObject({ kind: 'Nghị quyết', key: 'nghi-quyet:41-2030-qh15' });
  });
  it('a Party symbol with a trailing code implies no ministry', () => {
    expect(insts('Theo Hướng dẫn số 31 - HD/TWĐTN-VP của Ban Bí thư Trung ương Đoàn.')[0]?.issuer).not.toBe('Bộ Tài chính');
    expect(insts('Thực hiện Hướng dẫn số 31-HD/TWĐTN-BTC.')[0]?.issuer ?? null).toBeNull();
  });
  it('a joint circular with spaces after hyphens', () => {
    expect(insts('Thông tư liên tịch số 07/2019/TTLT-BCA- BQP-TANDTC quy định việc phối hợp.')[0]?.symbol).toBe('2019/TTLT-BCA-BQP-TANDTC');
    expect(insts('Luật số 31-L/CTN được công bố.')[0]?.symbol).toBe('L/CTN');
  });
});

describe('relations in titles and prose (items 9, 11, 17)', () => {
  it('a title stating an amendment', () => {
    expect(rels('Nghị định 70/2030/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 15/2021/NĐ-CP về quản lý dự án.')).toEqual([['nghi-dinh:70-2030-nd-cp', 'AMENDS', 'nghi-dinh:15-2021-nd-cp']]);
  });
  it('a cited instrument acting inside another’s title', () => {
    const t = 'Official Letter No. 120/TCT-CS on the new points of Circular No. 19/2030/TT-BTC amending Circular No. 80/2021/TT-BTC.';
    expect(rels(t)).toContainEqual(['thong-tu:19-2030-tt-btc', 'AMENDS', 'thong-tu:80-2021-tt-btc']);
  });
  it('SUMMARIZES after "ra đời trên cơ sở tổng kết"', () => {
    expect(rels('Quy định số 95-QĐ/TW ra đời trên cơ sở tổng kết 10 năm thực hiện Quy định 47-QĐ/TW.')).toEqual([['quy-dinh:95-qd-tw', 'SUMMARIZES', 'quy-dinh:47-qd-tw']]);
  });
  it('IMPLEMENTS both conclusions named in a title', () => {
    expect(rels('Kết luận số 300-KL/TW về triển khai Kết luận 61 và Kết luận 62.')).toEqual([
      ['ket-luan:300-kl-tw', 'IMPLEMENTS', 'ket-luan:61'], ['ket-luan:300-kl-tw', 'IMPLEMENTS', 'ket-luan:62'],
    ]);
  });
  it('English: "This Decision replaces …" relates the document’s own instrument', () => {
    const t = 'No.: 15/2031/QD-TTg\nDECISION\nThis Decision replaces Decision No. 40/2016/QD-TTg dated May 2, 2016.';
    expect(rels(t)).toEqual([['quyet-dinh:15-2031-qd-ttg', 'REPLACES', 'quyet-dinh:40-2016-qd-ttg']]);
  });
  it('English: a law by name, with "and" inside the name, and "Pursuant to" the Government’s decree', () => {
    const t = 'No.: 77/TCT-KK\nRe: tax refunds\nPursuant to the Law on Cadres and Civil Servants dated November 13, 2008;\nPursuant to the Government\'s Decree No. 12/2030/ND-CP dated January 5, 2030;';
    const e = extract(t);
    expect(e.instruments.find((i) => i.kind === 'Luật')?.title).toBe('Cadres and Civil Servants');
    expect(relOf(e, 'BASED_ON').map((r) => r.to)).toContain('nghi-dinh:12-2030-nd-cp');
  });
});

describe('identity across years (item 15)', () => {
  it('keeps two dated directives of one number apart', () => {
    const keys = insts('Chỉ thị số 07-CT/TW ngày 5/6/2014 và Chỉ thị số 07-CT/TW ngày 8/9/2026 là hai văn bản khác nhau.').map((i) => i.key);
    expect(keys).toEqual(['chi-thi:7-ct-tw@2014', 'chi-thi:7-ct-tw@2026']);
  });
});

describe('anaphora and cues inside titles', () => {
  it('"This Directive" in a text that does not name itself is the directive cited last', () => {
    const t = 'The Politburo issued Directive No. 52-CT/TW on congresses. This Directive replaces Directive No. 30-CT/TW, dated May 2, 2029 of the Politburo.';
    expect(rels(t)).toEqual([['chi-thi:52-ct-tw', 'REPLACES', 'chi-thi:30-ct-tw@2029']]);
  });
  it('a cue inside a title acts only on what the title names, not on the next item of a list', () => {
    const t = 'Repealed in full: Decree No. 10/2001/ND-CP on guiding the implementation of several provisions of the Law on Fisheries; Decree No. 20/2002/ND-CP on seaports.';
    expect(rels(t)).toEqual([['nghi-dinh:10-2001-nd-cp', 'GUIDES', 'luat:t-fisheries']]);
  });
});

describe('laws of one name, and joint symbols with a dot', () => {
  it('an amending law numbered after the amended law’s name amends the law of that name', () => {
    const t = 'Căn cứ Luật Thống kê số 89/2015/QH13 ngày 23 tháng 11 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Thống kê số 01/2021/QH15 ngày 12 tháng 11 năm 2021;';
    const e = extract(t);
    expect(e.instruments.map((i) => i.key)).toEqual(['luat:89-2015-qh13', 'luat:1-2021-qh15']);
    expect(rels(t)).toContainEqual(['luat:1-2021-qh15', 'AMENDS', 'luat:89-2015-qh13']);
  });
  it('reads a dot between two codes of a joint symbol', () => {
    expect(insts('Số: 03/QC-TT.HĐND-UBND\nQUY CHẾ\nPhối hợp công tác')[0]?.symbol).toBe('QC-TT.HĐND-UBND');
  });
});

describe('a State title that opens with its verb right after the number', () => {
  it.each([
    ['Thông tư số 14/2031/TT-BYT sửa đổi, bổ sung một số điều của Thông tư số 30/2018/TT-BYT.', 'Sửa đổi, bổ sung một số điều của Thông tư số 30/2018/TT-BYT'],
    ['Các trường thực hiện theo Nghị định 88/2031/NĐ-CP quy định cơ chế tài chính của trường công lập.', 'Quy định cơ chế tài chính của trường công lập'],
  ])('%s', (t, title) => {
    expect(insts(t)[0]?.title).toBe(title);
  });
});

describe('law names in lower case (older texts)', () => {
  it('counts with a number or a year, not bare', () => {
    expect(insts('Theo Luật thuế tài nguyên số 45/2009/QH12, thuế suất được điều chỉnh.')[0]).toMatchObject({ key: 'luat:45-2009-qh12', title: 'Thuế tài nguyên' });
    expect(insts('Căn cứ Luật tổ chức Chính phủ 2015, Chính phủ quyết định.')[0]?.key).toBe('luat:t-to-chuc-chinh-phu@2015');
    expect(insts('Luật mới sẽ có hiệu lực vào năm sau.')).toEqual([]);
  });
});

describe('English dates around a citation (item 5)', () => {
  it('a date before an English law name', () => {
    expect(insts('Pursuant to the November 25, 2015 Law on Statistics;')[0]).toMatchObject({ issuedOn: '2015-11-25', title: 'Statistics' });
  });
  it('the date opening the clause of "… has promulgated the Circular …"', () => {
    const i = insts('On March 3, 2031, the Ministry of Health has promulgated the Circular No. 09/2031/TT-BYT on vaccines.')[0];
    expect(i?.issuedOn).toBe('2031-03-03');
  });
});

describe('an issuer named once for many (item 3)', () => {
  it('"<body> ban hành 02 Chỉ thị, gồm: …" gives each listed citation that body', () => {
    const list = insts('Trong quý I, Ban Bí thư đã ban hành 02 Chỉ thị, gồm: Chỉ thị số 61-CT/TW về công tác thanh niên, Chỉ thị số 62-CT/TW về phòng chống thiên tai.');
    expect(list.map((i) => i.issuer)).toEqual(['Ban Bí thư', 'Ban Bí thư']);
  });
  it('"The Politburo has just issued …" and "A and B of the Politburo"', () => {
    expect(insts('The Politburo has just issued Conclusion No. 99-KL/TW on science.')[0]?.issuer).toBe('Bộ Chính trị');
    expect(insts('Delegates studied Regulation No. 190 and Directive No. 41 of the Politburo.').map((i) => i.issuer)).toEqual(['Bộ Chính trị', 'Bộ Chính trị']);
  });
  it('a header body broken over two lines', () => {
    const list = insts('BAN CHẤP HÀNH\nTRUNG ƯƠNG\nSố: 51-QĐ/TW\nHà Nội, ngày 2 tháng 5 năm 2031\nQUY ĐỊNH\nVỀ CÔNG TÁC KIỂM TRA\n- Căn cứ Điều lệ Đảng;');
    expect(list.find((i) => i.number === '51')?.issuer).toBe('Ban Chấp hành Trung ương');
  });
});

describe('conference resolutions (item 2)', () => {
  it('"Nghị quyết Trung ương 7 (khóa IX, X)" is two resolutions, one per term', () => {
    expect(insts('Tổng kết Nghị quyết Trung ương 7 (khóa IX, X) về nông nghiệp.').map((i) => i.key)).toEqual(['nghi-quyet:hntw-7-ix', 'nghi-quyet:hntw-7-x']);
  });
  it('keeps the term of "Nghị quyết Hội nghị Trung ương 6 khóa XI"', () => {
    expect(insts('Thực hiện Nghị quyết Hội nghị Trung ương 6 khóa XI về đất đai.')[0]).toMatchObject({ conference: 'Hội nghị Trung ương 6', term: 'XI' });
  });
});

describe('names joined by "và" and preamble lists', () => {
  it.each([
    ['Căn cứ Luật Tổ chức HĐND và UBND ngày 12/12/2031;', 'Tổ chức HĐND và UBND'],
    ['Căn cứ Pháp lệnh Quản lý và bảo vệ rừng phòng hộ ven biển ngày 04/5/2032;', 'Quản lý và bảo vệ rừng phòng hộ ven biển'],
  ])('a name runs through "và" up to its date: %s', (t, title) => {
    expect(insts(t)[0]?.title).toBe(title);
  });
  it('"và" before another instrument or a function word ends the name', () => {
    expect(insts('Căn cứ Luật Đất đai và Luật Nhà ở năm 2030;').map((i) => i.title)).toEqual(['Đất đai', 'Nhà ở']);
    expect(insts('Theo Luật Đầu tư và các văn bản hướng dẫn thì dự án được ưu đãi.')[0]?.title).toBe('Đầu tư');
  });
  it('English preamble: a date before the law, and a list whose items repeat "the"', () => {
    const t = 'No.: 12/2033/QD-TTg\nDECISION\nPursuant to the April 2, 2030 Law on Fisheries; the Law No. 08/2031/QH15 on aquaculture dated May 4, 2031; the Government\'s Decree No. 03/2032/ND-CP dated June 1, 2032;';
    expect(relOf(extract(t), 'BASED_ON').map((r) => r.to)).toEqual(['luat:t-fisheries@2030', 'luat:8-2031-qh15', 'nghi-dinh:3-2032-nd-cp']);
  });
  it('"Pursuant" takes its object after one short word however that word was rendered', () => {
    const t = 'No.: 13/2033/QD-TTg\nDECISION\nPursuant tô Decree No. 05/2032/ND-CP dated June 1, 2032;';
    expect(rels(t)).toEqual([['quyet-dinh:13-2033-qd-ttg', 'BASED_ON', 'nghi-dinh:5-2032-nd-cp']]);
  });
});

describe('joint instruments', () => {
  it('the title after a list of joint issuers, "Liên Bộ" included', () => {
    const t = 'Căn cứ Thông tư liên tịch số 31/2032/TTLT-BYT-BTC ngày 02/3/2032 của Liên Bộ Y tế, Bộ Tài chính và Bộ Nội vụ về hướng dẫn thực hiện Nghị định số 12/2031/NĐ-CP.';
    const e = extract(t);
    expect(e.instruments.find((i) => i.key === 'thong-tu-lien-tich:31-2032-ttlt-byt-btc')?.title).toBe('Về hướng dẫn thực hiện Nghị định số 12/2031/NĐ-CP');
    expect(relOf(e, 'GUIDES').map((r) => [r.from, r.to])).toEqual([['thong-tu-lien-tich:31-2032-ttlt-byt-btc', 'nghi-dinh:12-2031-nd-cp']]);
  });
  it('"Thông tư 31" later in the text is the joint circular, not a new instrument', () => {
    const t = 'Căn cứ Thông tư liên tịch số 31/2032/TTLT-BYT-BTC ngày 02/3/2032 của Bộ Y tế, Bộ Tài chính (sau đây gọi tắt là Thông tư 31). Theo Thông tư 31, mức hỗ trợ tăng.';
    expect(insts(t).map((i) => i.key)).toEqual(['thong-tu-lien-tich:31-2032-ttlt-byt-btc']);
  });
});

describe('a text written all in lower case', () => {
  const filler = 'các chi bộ tổ chức học tập, quán triệt sâu rộng trong cán bộ, đảng viên và quần chúng nhân dân ở cơ sở. ';
  it('names the central bodies in lower case, and they are issuers', () => {
    const t = `${filler.repeat(3)}ngày 02/3/2031, bộ chính trị đã ban hành chỉ thị số 18-ct/tw về công tác dân vận.`;
    expect(insts(t)[0]).toMatchObject({ key: 'chi-thi:18-ct-tw@2031', issuer: 'Bộ Chính trị' });
  });
  it('a lower-case body in an ordinarily written text is not an issuer', () => {
    const t = `${filler.repeat(3)} Đảng ủy khối họp. Ngày 02/3/2031, bộ chính trị đã ban hành Chỉ thị số 18-CT/TW về Công tác Dân vận ở Cơ sở.`.replace(/các chi/g, 'Các Chi').replace(/cán bộ/g, 'Cán Bộ').replace(/quần chúng/g, 'Quần Chúng');
    expect(insts(t)[0]?.issuer ?? null).toBeNull();
  });
});

describe('a central body in lower case right after "của"', () => {
  it('is the issuer, and the State title after it is read', () => {
    const i = insts('Căn cứ Nghị định số 41/2031/NĐ-CP ngày 03/4/2031 của chính phủ Quy định về quản lý chợ đầu mối;')[0];
    expect(i).toMatchObject({ issuer: 'Chính phủ', title: 'Quy định về quản lý chợ đầu mối' });
  });
  it('elsewhere a lower-case "chính phủ" is a common noun', () => {
    expect(insts('Thông tư số 08/2031/TT-BTTTT hướng dẫn xây dựng chính phủ số tại địa phương.')[0]?.issuer).toBe('Bộ Thông tin và Truyền thông');
  });
});

describe('an English title ends before "and" and the next citation', () => {
  it('does not run into the next item of the list', () => {
    const t = 'Units must implement Directive No. 47 of the Politburo on commune congresses and Conclusion No. 150 of the Politburo on the apparatus.';
    expect(insts(t).map((i) => i.title)).toEqual(['Commune congresses', 'The apparatus']);
  });
});

describe('a year after the acting citation, and "một số điều trong"', () => {
  it('"Hướng dẫn N năm Y thực hiện một số điều trong Quy định M" guides M', () => {
    const t = 'Ngày 02/3/2031, Ủy ban Kiểm tra Trung ương ban hành Hướng dẫn 09-HD/UBKTTW năm 2031 thực hiện một số điều trong Quy định 81-QĐ/TW về công tác kiểm tra.';
    expect(rels(t)).toEqual([['huong-dan:9-hd-ubkttw@2031', 'GUIDES', 'quy-dinh:81-qd-tw']]);
  });
});

describe('the results of years of implementing an instrument', () => {
  it('"Kết luận N nêu rõ kết quả đạt được sau 5 năm thực hiện Nghị quyết M" summarizes M', () => {
    const t = 'Kết luận số 305-KL/TW nêu rõ kết quả đạt được sau 5 năm thực hiện Nghị quyết số 27-NQ/TW và những hạn chế còn tồn tại.';
    expect(rels(t)).toEqual([['ket-luan:305-kl-tw', 'SUMMARIZES', 'nghi-quyet:27-nq-tw']]);
  });
  it('"kết quả" alone is no cue', () => {
    expect(rels('Kết luận số 305-KL/TW nêu rõ kết quả đạt được của ngành; Nghị quyết số 27-NQ/TW được nhắc lại.')).toEqual([]);
  });
});

describe('a preamble basis located by "tại", and "ban hành bản quy định"', () => {
  it('"Căn cứ chức năng … tại Điều 9 của Điều lệ Đảng" bases the document on the charter', () => {
    const t = 'Số: 71-QĐ/TW\nQUY ĐỊNH\n- Căn cứ quyền hạn của Ban Bí thư tại Điều 9 của Điều lệ Đảng;\nBan Bí thư ban hành bản quy định thi hành Điều lệ Đảng về công tác cán bộ như sau:';
    expect(rels(t)).toEqual([
      ['quy-dinh:71-qd-tw', 'BASED_ON', 'dieu-le:t-dang'],
      ['quy-dinh:71-qd-tw', 'GUIDES', 'dieu-le:t-dang'],
    ]);
  });
  it('a citation in a later clause of the line is no basis', () => {
    const t = 'Số: 71-QĐ/TW\nQUY ĐỊNH\n- Căn cứ tình hình thực tế của địa phương; các chi bộ tiếp tục học tập theo Chỉ thị số 05-CT/TW.';
    expect(rels(t).filter((r) => r[1] === 'BASED_ON')).toEqual([]);
  });
});

describe('English joint issuers', () => {
  it('the title after "of the Politburo and the Secretariat"', () => {
    const t = 'The Party has issued Conclusion No. 402-KL/TW of the Politburo and the Secretariat on streamlining district units in 2032.';
    expect(insts(t)[0]?.title).toBe('Streamlining district units in 2032');
  });
});

describe('an English law name ends at a date', () => {
  it('"the Law on Organization of the Government of September 30, 2031"', () => {
    expect(insts('Pursuant to the Law on Organization of the Government of September 30, 2031;')[0]).toMatchObject({ title: 'Organization of the Government', issuedOn: '2031-09-30' });
  });
});

describe('the considerations of a preamble ("Xét …")', () => {
  it('are cited by the document itself', () => {
    const t = 'Số: 12/2032/NQ-HĐND\nNGHỊ QUYẾT\nXét Tờ trình số 40/TTr-UBND ngày 02/3/2032 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số 15/BC-HĐND ngày 05/3/2032;\nQUYẾT NGHỊ:';
    expect(rels(t)).toEqual([
      ['nghi-quyet:12-2032-nq-hdnd', 'CITES', 'to-trinh:40-ttr-ubnd@2032'],
      ['nghi-quyet:12-2032-nq-hdnd', 'CITES', 'bao-cao:15-bc-hdnd@2032'],
    ]);
  });
  it('a citation after the line is not one of them', () => {
    const t = 'Số: 12/2032/NQ-HĐND\nNGHỊ QUYẾT\nXét đề nghị của Ủy ban nhân dân tỉnh;\nTheo dõi Tờ trình số 40/TTr-UBND ngày 02/3/2032.';
    expect(rels(t)).toEqual([]);
  });
});

describe('an English title introduced by "on"', () => {
  it('leaves the introducing word out, as "về" is for the scorer, and keeps titles that start otherwise', () => {
    expect(insts('Decree No. 14/2031/ND-CP on e-invoices in retail trade was issued.')[0]?.title).toBe('E-invoices in retail trade');
    expect(insts('Decree No. 14/2031/ND-CP prescribing e-invoices in retail trade was issued.')[0]?.title).toMatch(/^Prescribing e-invoices/);
    expect(insts('Nghị định số 14/2031/NĐ-CP về hóa đơn điện tử đã được ban hành.')[0]?.title).toBe('Về hóa đơn điện tử');
  });
});

describe('the letter that carries a proposal', () => {
  it('is issued by its proposer', () => {
    expect(insts('Xét đề nghị của Bộ Xây dựng (công văn số 812/BXD-QLN ngày 2 tháng 3 năm 2031),')[0]?.issuer).toBe('Bộ Xây dựng');
    expect(insts('Theo đề nghị của Bộ Tài chính tại Tờ trình số 12/TTr-BTC ngày 3/4/2031;')[0]?.issuer).toBe('Bộ Tài chính');
  });
  it('is not issued by an organisation that merely sent or received it', () => {
    expect(insts('Bộ Xây dựng đã nhận công văn số 812/SXD-QLN ngày 2 tháng 3 năm 2031.')[0]?.issuer ?? null).toBeNull();
    expect(insts('Xét đề nghị của Bộ Xây dựng, Quyết định số 5/2031/QĐ-TTg được ban hành.')[0]?.issuer ?? null).not.toBe('Bộ Xây dựng');
  });
});

describe('an issuer named after a list for all of it', () => {
  it('issues every citation of the sentence that names none', () => {
    const t = 'Two texts applied: Regulation No. 31-QD/TW, dated May 2, 2031, on cadres, and Regulation No. 32-QD/TW, dated May 9, 2031, on members, both issued by the Secretariat.';
    expect(insts(t).map((i) => i.issuer)).toEqual(['Ban Bí thư', 'Ban Bí thư']);
    expect(insts('Quy định số 31-QĐ/TW về cán bộ và Hướng dẫn số 9-HD/TW về đảng viên đều do Ban Bí thư ban hành.').map((i) => i.issuer)).toEqual(['Ban Bí thư', 'Ban Bí thư']);
  });
  it('stops at the sentence, and at a citation that names its own issuer', () => {
    const t = 'Regulation No. 31-QD/TW of the Politburo applies. Regulation No. 32-QD/TW of the Politburo and Regulation No. 33-QD/TW, both issued by the Secretariat.';
    expect(insts(t).map((i) => i.issuer)).toEqual(['Bộ Chính trị', 'Bộ Chính trị', 'Ban Bí thư']);
    expect(insts('Quy định số 31-QĐ/TW đều do Ban Bí thư ban hành.').map((i) => i.issuer)).toEqual([null]);
  });
});

describe('a title broken by a blank line (a PDF text layer)', () => {
  it('goes on when the next paragraph opens in lower case, and stops when it opens a new sentence', () => {
    expect(insts('Nghị quyết số 41-NQ/TW về tiếp tục đổi mới quản lý, nâng cao hiệu quả\n\nhoạt động của các đơn vị sự nghiệp công lập.')[0]?.title).toBe('Về tiếp tục đổi mới quản lý, nâng cao hiệu quả hoạt động của các đơn vị sự nghiệp công lập');
    expect(insts('Nghị quyết số 41-NQ/TW về tiếp tục đổi mới quản lý\n\nCác đơn vị sự nghiệp công lập đã chuyển biến.')[0]?.title).toBe('Về tiếp tục đổi mới quản lý');
  });
});

describe('an amending law named by what it amends', () => {
  it('is the numbered amending law of the same text, whatever number and date of the amended law follow', () => {
    const t = 'Luật số 12/2031/QH15 sửa đổi, bổ sung một số điều của Luật Thủ đô số 25/2012/QH13 ngày 21/11/2012 và Nghị định số 5/2032/NĐ-CP quy định chi tiết một số điều của Luật sửa đổi, bổ sung một số điều của Luật Thủ đô.';
    const r = extract(t).relations.map((x) => [x.from, x.type, x.to]);
    expect(r).toContainEqual(['luat:12-2031-qh15', 'AMENDS', 'luat:25-2012-qh13']);
    expect(r).toContainEqual(['nghi-dinh:5-2032-nd-cp', 'GUIDES', 'luat:12-2031-qh15']);
    // the decree listed after the amended law is not amended
    expect(r).not.toContainEqual(['luat:12-2031-qh15', 'AMENDS', 'nghi-dinh:5-2032-nd-cp']);
  });
});

describe('the issuer code of a letter', () => {
  it('is the first segment of its symbol when no kind code comes first', () => {
    const t = 'Công văn số 51/TCT-KK ngày 2/3/2031. Công văn số 52/BNV-TCBC ngày 2/3/2031. Quyết định số 53/TTg ngày 2/3/2031. Nghị định số 54/2031/NĐ-CP.';
    expect(insts(t).map((i) => i.issuer)).toEqual(['Tổng cục Thuế', 'Bộ Nội vụ', 'Thủ tướng Chính phủ', 'Chính phủ']);
    // a department's own code says nothing
    expect(insts('Công văn số 55/SXD-QLN ngày 2/3/2031.')[0]?.issuer ?? null).toBeNull();
  });
});

describe('an instrument announced before it is cited', () => {
  it('gives the next sentence\'s citation of that kind its issuer and subject', () => {
    const en = insts('Hanoi – The Secretariat has issued a regulation on inspecting Party cells.\nRegulation No. 71-QD/TW, dated May 6, 2031, has three chapters.')[0];
    expect([en?.issuer, en?.title]).toEqual(['Ban Bí thư', 'Inspecting Party cells']);
    const vi = insts('Bộ Chính trị vừa ban hành Quy định về kiểm tra chi bộ. Quy định số 71-QĐ/TW gồm 3 chương.')[0];
    expect([vi?.issuer, vi?.title]).toEqual(['Bộ Chính trị', 'Về kiểm tra chi bộ']);
  });
  it('gives nothing to a citation of another kind, or one further away', () => {
    expect(insts('Bộ Chính trị vừa ban hành Quy định về kiểm tra chi bộ. Hướng dẫn số 71-HD/TW gồm 3 phần.')[0]?.issuer ?? null).toBeNull();
    expect(insts('Bộ Chính trị vừa ban hành Quy định về kiểm tra chi bộ. Theo đó, Quy định số 71-QĐ/TW gồm 3 chương.')[0]?.issuer ?? null).toBeNull();
  });
});

describe('a header title broken over lines', () => {
  it('goes on with a line that opens with a quotation or in lower case, not with the preamble', () => {
    const t = 'BỘ TÀI CHÍNH\nSố: 61/2031/TT-BTC\nHà Nội, ngày 2 tháng 3 năm 2031\n\nTHÔNG TƯ\n\nHướng dẫn sử dụng kinh phí cuộc vận động\n\n“Người Việt Nam ưu tiên dùng hàng Việt Nam”\n\nCăn cứ Luật Ngân sách nhà nước;\nThông tư này hướng dẫn.';
    expect(insts(t)[0]?.title).toBe('Hướng dẫn sử dụng kinh phí cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”');
    const plain = 'BỘ TÀI CHÍNH\nSố: 61/2031/TT-BTC\nHà Nội, ngày 2 tháng 3 năm 2031\n\nTHÔNG TƯ\n\nHướng dẫn sử dụng kinh phí\n\nCăn cứ Luật Ngân sách nhà nước;\nThông tư này hướng dẫn.';
    expect(insts(plain)[0]?.title).toBe('Hướng dẫn sử dụng kinh phí');
  });
});
