// Forms found failing by probing real-text phrasing; each written as our own short sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';
import type { Instrument } from '../../server/extract/models.ts';

const byNo = (t: string) => new Map(extract(t).instruments.map((i) => [i.number ?? i.title ?? i.key, i] as [string, Instrument]));
const rels = (t: string) => extract(t).relations.map((r) => [r.from, r.type, r.to]);

describe('attributes never jump over another citation', () => {
  it('gives a date written before "X ban hành" to that citation, and the trailing date to the cited one', () => {
    const m = byNo('Ngày 3-2-2021, Ban Bí thư ban hành Quy định số 12-QĐ/TW về công tác bảo vệ chính trị nội bộ, thay thế Quy định số 57-QĐ/TW ngày 8-5-2006 của Bộ Chính trị khóa IX.');
    expect(m.get('12')).toMatchObject({ key: 'quy-dinh:12-qd-tw@2021', issuedOn: '2021-02-03', issuer: 'Ban Bí thư', title: 'Về công tác bảo vệ chính trị nội bộ' });
    expect(m.get('12')?.term ?? null).toBeNull();
    expect(m.get('57')).toMatchObject({ issuedOn: '2006-05-08', issuer: 'Bộ Chính trị', term: 'IX' });
  });
  it('stops an unquoted title at a clause that cites another instrument', () => {
    const m = byNo('Thực hiện Kế hoạch số 05-KH/TU về phát triển du lịch, thay thế Kế hoạch số 02-KH/TU ngày 1-3-2019.');
    expect(m.get('05')?.title).toBe('Về phát triển du lịch');
    expect(m.get('05')?.issuedOn).toBeNull();
  });
});

describe('conference phrasing after a numbered resolution', () => {
  it.each([
    'Nghị quyết số 29-NQ/TW ngày 4/11/2013 Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo.',
    'Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Hội nghị Trung ương 8 khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo.',
    'Nghị quyết số 29-NQ/TW ngày 4/11/2013 Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo.',
  ])('%s', (t) => {
    const i = extract(t).instruments;
    expect(i).toHaveLength(1);
    expect(i[0]).toMatchObject({ issuer: 'Ban Chấp hành Trung ương', term: 'XI', conference: 'Hội nghị Trung ương 8', issuedOn: '2013-11-04', title: 'Về đổi mới căn bản, toàn diện giáo dục và đào tạo' });
  });
});

describe('issuers written without diacritics', () => {
  it('names the canonical body', () => {
    const m = byNo('Quan triet Nghi quyet so 19-NQ/TW cua Ban Chap hanh Trung uong va Chi thi so 08-CT/TW cua Bo Chinh tri, Ket luan so 14-KL/TW cua Ban Bi thu; Thong tu so 03/2019/TT-BNV cua Bo Noi vu.');
    expect(['19', '08', '14', '03'].map((n) => m.get(n)?.issuer)).toEqual(['Ban Chấp hành Trung ương', 'Bộ Chính trị', 'Ban Bí thư', 'Bộ Nội vụ']);
  });
});

describe('the document itself', () => {
  const decree = [
    'BỘ NỘI VỤ', '-------', 'Số: 07/2019/TT-BNV', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------',
    'Hà Nội, ngày 01 tháng 6 năm 2019', 'THÔNG TƯ', 'QUY ĐỊNH VỀ CHẾ ĐỘ BÁO CÁO THỐNG KÊ', 'NGÀNH NỘI VỤ',
    'Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015;', 'Căn cứ Nghị định số 34/2017/NĐ-CP ngày 03 tháng 4 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Nội vụ;',
    'Bộ trưởng Bộ Nội vụ ban hành Thông tư quy định về chế độ báo cáo thống kê ngành Nội vụ.',
    'Điều 9. Hiệu lực thi hành', '1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 7 năm 2019.',
    '2. Thông tư này thay thế Thông tư số 11/2012/TT-BNV ngày 17 tháng 12 năm 2012 của Bộ Nội vụ.',
    '3. Bãi bỏ Quyết định số 1234/QĐ-BNV ngày 05 tháng 10 năm 2010 của Bộ trưởng Bộ Nội vụ.',
  ].join('\n');
  it('reads date and upper-case title from its header, and its relations', () => {
    const self = extract(decree).instruments.find((i) => i.number === '07');
    expect(self).toMatchObject({ kind: 'Thông tư', symbol: '2019/TT-BNV', issuedOn: '2019-06-01', issuer: 'Bộ Nội vụ' });
    expect(self?.title?.toLowerCase()).toBe('quy định về chế độ báo cáo thống kê ngành nội vụ');
    expect(rels(decree)).toEqual([
      ['thong-tu:7-2019-tt-bnv', 'BASED_ON', 'luat:t-thong-ke@2015'],
      ['thong-tu:7-2019-tt-bnv', 'BASED_ON', 'nghi-dinh:34-2017-nd-cp'],
      ['thong-tu:7-2019-tt-bnv', 'REPLACES', 'thong-tu:11-2012-tt-bnv'],
      ['thong-tu:7-2019-tt-bnv', 'REPEALS', 'quyet-dinh:1234-qd-bnv@2010'],
    ]);
  });
  it('knows itself from a title line when it has no number', () => {
    const t = 'NGHỊ ĐỊNH\nQUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT THỦY LỢI\nCăn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;\nNghị định này thay thế Nghị định số 67/2012/NĐ-CP ngày 10 tháng 9 năm 2012.';
    const x = extract(t);
    const self = x.instruments.find((i) => i.kind === 'Nghị định' && i.number === null);
    expect(self).toMatchObject({ title: 'Quy định chi tiết một số điều của Luật Thủy lợi', issuer: 'Chính phủ' });
    expect(x.instruments.find((i) => i.kind === 'Luật')?.title).toBe('Thủy lợi');
    expect(x.relations.map((r) => [r.from === self?.key, r.type, r.to])).toEqual([
      [true, 'GUIDES', 'luat:t-thuy-loi@2017'], // "quy định chi tiết … Luật Thủy lợi" in its own title
      [true, 'BASED_ON', 'luat:t-thuy-loi@2017'],
      [true, 'REPLACES', 'nghi-dinh:67-2012-nd-cp'],
    ]);
  });
});

describe('passive relations', () => {
  it.each([
    ['Chỉ thị số 10-CT/TW được thay thế bằng Chỉ thị số 35-CT/TW.', 'chi-thi:35-ct-tw', 'REPLACES', 'chi-thi:10-ct-tw'],
    ['Thông tư số 05/2014/TT-BTC bị bãi bỏ bởi Thông tư số 09/2020/TT-BTC.', 'thong-tu:9-2020-tt-btc', 'REPEALS', 'thong-tu:5-2014-tt-btc'],
    ['Nghị định số 15/2018/NĐ-CP đã được sửa đổi, bổ sung bởi Nghị định số 77/2021/NĐ-CP.', 'nghi-dinh:77-2021-nd-cp', 'AMENDS', 'nghi-dinh:15-2018-nd-cp'],
    ['Luật số 25/2018/QH14 được hướng dẫn bởi Nghị định số 41/2019/NĐ-CP.', 'nghi-dinh:41-2019-nd-cp', 'GUIDES', 'luat:25-2018-qh14'],
  ])('%s', (t, from, type, to) => {
    expect(rels(t)).toEqual([[from, type, to]]);
  });
});

describe('laws amending laws named by title', () => {
  it('makes the amending law an instrument that AMENDS the named one', () => {
    const x = extract('Quốc hội đã thông qua Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế.');
    const amending = x.instruments.find((i) => i.title?.startsWith('Sửa đổi'));
    expect(amending).toMatchObject({ kind: 'Luật', title: 'Sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế', issuer: 'Quốc hội' });
    expect(x.relations.map((r) => [r.from, r.type, r.to])).toEqual([[amending?.key, 'AMENDS', 'luat:t-bao-hiem-y-te']]);
  });
});

describe('issuer after a list of same-kind citations', () => {
  it('applies to every citation of the list', () => {
    const m = byNo('Quán triệt Kết luận số 13-KL/TW, Kết luận số 14-KL/TW và Kết luận số 15-KL/TW của Ban Bí thư.');
    expect(['13', '14', '15'].map((n) => m.get(n)?.issuer)).toEqual(['Ban Bí thư', 'Ban Bí thư', 'Ban Bí thư']);
  });
  it('does not reach over a citation that has its own attributes', () => {
    const m = byNo('Chỉ thị số 03-CT/TW ngày 14-5-2011 và Chỉ thị số 24-CT/TW của Ban Bí thư.');
    expect(m.get('03')?.issuer).toBeNull();
  });
});

describe('generic mentions and English renderings', () => {
  it('makes no instrument of a class of instruments', () => {
    expect(extract('Triển khai các nghị quyết, chỉ thị của Trung ương, nghị quyết của Đảng bộ tỉnh và các văn bản của Tỉnh ủy; Nghị quyết của Chính phủ.').instruments).toEqual([]);
  });
  it('reads English kinds, dates and issuers', () => {
    const m = byNo('Resolution No. 52-NQ/TW dated September 27, 2019 of the Politburo, Directive No. 24-CT/TW, Conclusion No. 14-KL/TW and Law No. 58/2014/QH13.');
    expect(m.get('52')).toMatchObject({ kind: 'Nghị quyết', symbol: 'NQ/TW', issuedOn: '2019-09-27', issuer: 'Bộ Chính trị' });
    expect(m.get('24')).toMatchObject({ kind: 'Chỉ thị', symbol: 'CT/TW' });
    expect(m.get('14')).toMatchObject({ kind: 'Kết luận', symbol: 'KL/TW' });
    expect(m.get('58')).toMatchObject({ kind: 'Luật', symbol: '2014/QH13', issuer: 'Quốc hội' });
  });
});

describe('a kind line right above the number line', () => {
  it('is one instrument, the document itself, with the title and date of its header', () => {
    const t = 'THÔNG TƯ\nSố: 07/2019/TT-BNV\nHà Nội, ngày 12 tháng 3 năm 2019\nHƯỚNG DẪN VỀ CHẾ ĐỘ BÁO CÁO THỐNG KÊ\nCăn cứ Nghị định số 34/2017/NĐ-CP ngày 3 tháng 4 năm 2017 của Chính phủ;\nThông tư này thay thế Thông tư số 11/2012/TT-BNV.\n';
    const ex = extract(t);
    const own = ex.instruments.filter((i) => i.kind === 'Thông tư' && i.number === '07');
    expect(own).toHaveLength(1);
    expect(ex.instruments.filter((i) => i.number === null)).toHaveLength(0);
    expect(own[0]).toMatchObject({ issuedOn: '2019-03-12', symbol: '2019/TT-BNV' });
    expect(own[0]?.title).toMatch(/^Hướng dẫn về chế độ báo cáo thống kê$/i);
    expect(rels(t)).toEqual(expect.arrayContaining([
      [own[0]!.key, 'BASED_ON', 'nghi-dinh:34-2017-nd-cp'],
      [own[0]!.key, 'REPLACES', 'thong-tu:11-2012-tt-bnv'],
    ]));
  });
});

describe('the date that opens the clause of the act', () => {
  it('goes to the citation signed by a person, issuer named after it', () => {
    const m = byNo('Ngày 5-7-2023, Tổng Bí thư ký ban hành Chỉ thị số 23-CT/TW của Ban Bí thư về công tác thông tin đối ngoại.');
    expect(m.get('23')).toMatchObject({ key: 'chi-thi:23-ct-tw@2023', issuedOn: '2023-07-05', issuer: 'Ban Bí thư' });
  });
  it('goes to the citation when no organisation stands before the verb', () => {
    const m = byNo('Ngày 14-2-2022, đồng chí Thường trực Ban Bí thư đã ký ban hành Kết luận số 30-KL/TW.');
    expect(m.get('30')?.issuedOn).toBe('2022-02-14');
  });
  it('does not reach over another citation or a clause break', () => {
    const m = byNo('Ngày 1-3-2021, Tỉnh ủy tổng kết Nghị quyết số 05-NQ/TU; Ban Thường vụ ký ban hành Kế hoạch số 17-KH/TU.');
    expect(m.get('17')?.issuedOn ?? null).toBeNull();
  });
});

describe('English: the date and the issuer before "issued"', () => {
  it('reads "On <date>, the Politburo issued Regulation No. …"', () => {
    const m = byNo('On January 2, 2020, the Politburo issued Regulation No. 213-QD/TW on the responsibility of party members.');
    expect(m.get('213')).toMatchObject({ key: 'quy-dinh:213-qd-tw@2020', issuedOn: '2020-01-02', issuer: 'Bộ Chính trị' });
  });
  it('is not fooled by a syllable ending in "on" after the date', () => {
    const m = byNo('Ngày 14-2-2022, đồng chí con trưởng ký ban hành Kết luận số 30-KL/TW.');
    expect(m.get('30')?.issuedOn).toBe('2022-02-14');
  });
});

describe('Party instruments cited by name, without a number', () => {
  it('the Party Charter: "Điều lệ Đảng", alone or in a list, and other organisations\' charters', () => {
    const x = extract('Đảng viên phải chấp hành nghiêm Điều lệ Đảng, Quy định số 37-QĐ/TW và Điều lệ Công đoàn Việt Nam.');
    expect(x.instruments.map((i) => [i.key, i.kind, i.title])).toEqual([
      ['dieu-le:t-dang', 'Điều lệ', 'Đảng'],
      ['quy-dinh:37-qd-tw', 'Quy định', null],
      ['dieu-le:t-cong-doan-viet-nam', 'Điều lệ', 'Công đoàn Việt Nam'],
    ]);
  });

  it('the Platform: "Cương lĩnh chính trị" and the 2011 platform by its full name and year', () => {
    const x = extract('Kiên định Cương lĩnh chính trị của Đảng; thực hiện Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011).');
    expect(x.instruments.map((i) => [i.key, i.title])).toEqual([
      ['cuong-linh:t-chinh-tri', 'chính trị'],
      ['cuong-linh:t-xay-dung-dat-nuoc-trong-thoi-ky-qua-do-len-chu-nghia-xa-hoi@2011', 'xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội'],
    ]);
  });

  it('a guide to the Charter: the Charter inside the title of the Quy định that guides it', () => {
    const x = extract('Quy định số 24-QĐ/TW ngày 30-7-2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng.');
    expect(x.instruments.map((i) => i.key)).toEqual(['quy-dinh:24-qd-tw@2021', 'dieu-le:t-dang']);
    expect(x.relations.map((r) => [r.from, r.type, r.to])).toEqual([['quy-dinh:24-qd-tw@2021', 'GUIDES', 'dieu-le:t-dang']]);
  });

  it('not a charter or a platform in lower case or in ordinary words', () => {
    for (const t of ['Hội xây dựng điều lệ hoạt động mới.', 'Điều lệ hội được thông qua.', 'Cương lĩnh của chúng tôi rất rõ.', 'các cương lĩnh chính trị']) {
      expect(extract(t).instruments, t).toEqual([]);
    }
  });
});

describe('State titles that start with their verb', () => {
  it('"Nghị định … quy định về …" is the decree\'s title, and what it replaces after the title is still read', () => {
    const x = extract('Ngày 27/11/2020, Chính phủ ban hành Nghị định số 138/2020/NĐ-CP quy định về tuyển dụng, sử dụng và quản lý công chức thay thế Nghị định số 24/2010/NĐ-CP.');
    const m = new Map(x.instruments.map((i) => [i.number, i]));
    expect(m.get('138')).toMatchObject({ title: 'Quy định về tuyển dụng, sử dụng và quản lý công chức', issuedOn: '2020-11-27', issuer: 'Chính phủ' });
    expect(x.relations.map((r) => [r.from, r.type, r.to])).toEqual([['nghi-dinh:138-2020-nd-cp', 'REPLACES', 'nghi-dinh:24-2010-nd-cp']]);
  });

  it('"quy định chi tiết … thi hành Luật …" is the title and a GUIDES relation to the law', () => {
    const x = extract('Nghị định số 34/2016/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật.');
    expect(x.instruments[0]?.title).toBe('Quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật');
    expect(x.relations.map((r) => [r.from, r.type, r.to])).toEqual([['nghi-dinh:34-2016-nd-cp', 'GUIDES', 'luat:t-ban-hanh-van-ban-quy-pham-phap-luat']]);
  });

  it('a verb that only describes ("quy định rõ") is no title', () => {
    expect(extract('Nghị định số 138/2020/NĐ-CP quy định rõ trách nhiệm của người đứng đầu.').instruments[0]?.title).toBeNull();
  });

  it('an unquoted "về" title ends before "thay thế <citation>"', () => {
    const x = extract('Quy định số 213-QĐ/TW về trách nhiệm của đảng viên thay thế Quy định số 76-QĐ/TW.');
    expect(x.instruments[0]?.title).toBe('Về trách nhiệm của đảng viên');
    expect(x.relations.map((r) => r.type)).toEqual(['REPLACES']);
  });
});

describe('one conference, several resolutions', () => {
  it('"Nghị quyết số 18, 19-NQ/TW … của Hội nghị lần thứ sáu …" stays two instruments, both of that conference', () => {
    const x = extract('Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 45-KH/TU ngày 10/3/2022 sơ kết 5 năm thực hiện Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII.');
    const nq = x.instruments.filter((i) => i.kind === 'Nghị quyết');
    expect(nq.map((i) => [i.key, i.conference, i.term])).toEqual([
      ['nghi-quyet:18-nq-tw@2017', 'Hội nghị Trung ương 6', 'XII'],
      ['nghi-quyet:19-nq-tw@2017', 'Hội nghị Trung ương 6', 'XII'],
    ]);
    expect(x.relations.map((r) => [r.type, r.to])).toEqual([
      ['SUMMARIZES', 'nghi-quyet:18-nq-tw@2017'],
      ['SUMMARIZES', 'nghi-quyet:19-nq-tw@2017'],
    ]);
  });

  it('a conference named without a number stays apart when the text gives that conference two numbers', () => {
    const x = extract('Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW của Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII; Nghị quyết số 18-NQ/TW của Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII. Tiếp tục thực hiện Nghị quyết Trung ương 6 khóa XII.');
    expect(x.instruments.map((i) => i.key).sort()).toEqual(['nghi-quyet:18-nq-tw', 'nghi-quyet:19-nq-tw', 'nghi-quyet:hntw-6-xii']);
  });

  it('a conference with one number is one instrument under both names', () => {
    const x = extract('Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII. Thực hiện Nghị quyết Trung ương 4 khóa XII.');
    expect(x.instruments.map((i) => [i.key, i.conference])).toEqual([['nghi-quyet:4-nq-tw@2016', 'Hội nghị Trung ương 4']]);
  });
});

describe('long unquoted titles', () => {
  it('go on over ", trước hết là …" and still end before the next clause', () => {
    const x = extract('Thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương, trước khi triển khai nhiệm vụ mới.');
    expect(x.instruments[0]?.title).toBe('Về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương');
  });
});

describe('passive relations in parentheses', () => {
  it('"X (được) sửa đổi, bổ sung bởi Y" and "X (đã được thay thế bằng Y)": Y acts on X', () => {
    for (const t of [
      'Theo Nghị định 100/2019/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định 123/2021/NĐ-CP).',
      'Theo Nghị định 100/2019/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 123/2021/NĐ-CP).',
    ]) {
      expect(rels(t), t).toEqual([['nghi-dinh:123-2021-nd-cp', 'AMENDS', 'nghi-dinh:100-2019-nd-cp']]);
    }
    expect(rels('Quy định số 76-QĐ/TW (đã được thay thế bằng Quy định số 213-QĐ/TW) vẫn được nhắc tới.')).toEqual([['quy-dinh:213-qd-tw', 'REPLACES', 'quy-dinh:76-qd-tw']]);
  });
});

describe('English relation cues', () => {
  it('continues, implementing, guides, supersedes', () => {
    expect(rels('Conclusion No. 14-KL/TW continues Resolution No. 26-NQ/TW.')).toEqual([['ket-luan:14-kl-tw', 'CONTINUES', 'nghi-quyet:26-nq-tw']]);
    expect(rels('Conclusion No. 01-KL/TW on continuing to implement Directive No. 05-CT/TW.')).toEqual([['ket-luan:1-kl-tw', 'CONTINUES', 'chi-thi:5-ct-tw']]);
    expect(rels('Plan No. 45-KH/TU implementing Resolution No. 18-NQ/TW.')).toEqual([['ke-hoach:45-kh-tu', 'IMPLEMENTS', 'nghi-quyet:18-nq-tw']]);
    expect(rels('Guidance No. 33-HD/BTCTW guides the implementation of Regulation No. 213-QD/TW.')).toEqual([['huong-dan:33-hd-btctw', 'GUIDES', 'quy-dinh:213-qd-tw']]);
    expect(rels('Decree No. 13/2023/ND-CP supersedes Decree No. 52/2013/ND-CP.')).toEqual([['nghi-dinh:13-2023-nd-cp', 'REPLACES', 'nghi-dinh:52-2013-nd-cp']]);
  });
});

describe('English conferences and congresses', () => {
  it('a numbered resolution "of the 7th plenum of the 12th Party Central Committee" takes that conference and issuer', () => {
    const x = extract('Conclusion No. 14-KL/TW continues Resolution No. 26-NQ/TW of the 7th plenum of the 12th Party Central Committee.');
    expect(x.instruments.find((i) => i.number === '26')).toMatchObject({ conference: 'Hội nghị Trung ương 7', term: 'XII', issuer: 'Ban Chấp hành Trung ương' });
    expect(rels('Conclusion No. 14-KL/TW continues Resolution No. 26-NQ/TW of the 7th plenum of the 12th Party Central Committee.')).toEqual([['ket-luan:14-kl-tw', 'CONTINUES', 'nghi-quyet:26-nq-tw']]);
  });

  it('resolutions named by their plenum or congress, in digits or words, and the alias that joins them', () => {
    const x = extract('The Resolution of the fourth plenary session of the 13th Party Central Committee and the Resolution of the 13th National Party Congress.');
    expect(x.instruments.map((i) => [i.key, i.conference, i.term])).toEqual([
      ['nghi-quyet:hntw-4-xiii', 'Hội nghị Trung ương 4', 'XIII'],
      ['nghi-quyet:dai-hoi-xiii', 'Đại hội XIII', 'XIII'],
    ]);
    const y = extract('Resolution No. 04-NQ/TW of the fourth plenum of the 12th Party Central Committee. Later the Resolution of the 4th plenum of the 12th Party Central Committee was reviewed.');
    expect(y.instruments.map((i) => [i.key, i.conference])).toEqual([['nghi-quyet:4-nq-tw', 'Hội nghị Trung ương 4']]);
  });

  it('not a conference: "Resolution of the meeting", lower-case "resolution of the 4th plenum"', () => {
    expect(extract('The Resolution of the meeting was adopted.').instruments).toEqual([]);
    expect(extract('a resolution of the 4th plenum of the 13th Party Central Committee').instruments).toEqual([]);
  });
});

describe('long joint symbols', () => {
  it('keeps a long issuer code ("ĐCTUBTWMTTQVN") and the date after it', () => {
    const x = extract('Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017.');
    expect(x.instruments[0]).toMatchObject({ symbol: '2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN', issuedOn: '2017-06-15' });
  });
});
