// Party-journal, provincial, news and English prose: rules that follow from how such texts are written, each with
// sentences written for this file (names, numbers and dates are made up), never passages of real texts.
import { describe, expect, it } from 'vitest';
import { extract, instrumentKey } from '../../server/extract/index.ts';
import type { Instrument } from '../../server/extract/models.ts';

const insts = (t: string) => extract(t).instruments;
const byNo = (t: string) => new Map(insts(t).map((i) => [i.number ?? i.conference ?? i.title ?? i.key, i] as [string, Instrument]));
const rels = (t: string) => extract(t).relations.map((r) => [r.from, r.type, r.to]);

describe('a fronted purpose or basis clause relates the instrument its main clause issues', () => {
  it.each([
    [
      'Thực hiện Chỉ thị số 31-CT/TW ngày 4/4/2019 của Ban Bí thư, Huyện ủy Tân Lạc đã ban hành Kế hoạch số 66-KH/HU.',
      ['ke-hoach:66-kh-hu#tan-lac', 'IMPLEMENTS', 'chi-thi:31-ct-tw@2019'],
    ],
    [
      'Triển khai Kết luận số 77-KL/TW và Kết luận số 78-KL/TW, Ban Thường vụ Tỉnh ủy Yên Bái ban hành Chương trình hành động số 09-CTr/TU.',
      ['chuong-trinh-hanh-dong:9-ctr-tu#yen-bai', 'IMPLEMENTS', 'ket-luan:78-kl-tw'],
    ],
    [
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015; Nghị định số 34/2016/NĐ-CP, Ủy ban nhân dân tỉnh Kon Tum ban hành Quyết định số 41/2023/QĐ-UBND.',
      ['quyet-dinh:41-2023-qd-ubnd#kon-tum', 'BASED_ON', 'nghi-dinh:34-2016-nd-cp'],
    ],
    [
      'Pursuant to Decree No. 08/2022/ND-CP, the Ministry of Finance issued Circular No. 44/2023/TT-BTC on fees.',
      ['thong-tu:44-2023-tt-btc', 'BASED_ON', 'nghi-dinh:8-2022-nd-cp'],
    ],
  ])('%s', (t, rel) => {
    expect(rels(t)).toContainEqual(rel);
  });
  it('needs the main clause to issue the citation: a clause that only reports on it relates nothing', () => {
    const t = 'Thực hiện Nghị quyết số 19-NQ/TW, nhiều địa phương đã rà soát Kế hoạch số 12-KH/TU của tỉnh.';
    expect(rels(t)).toEqual([]);
  });
  it('stays within one sentence', () => {
    const t = 'Thực hiện Nghị quyết số 19-NQ/TW. Sau đó, Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.';
    expect(rels(t)).toEqual([]);
  });
});

describe('issuers as provincial and bloc texts name them', () => {
  it.each([
    ['Đảng ủy Khối Doanh nghiệp tỉnh Long An ban hành Nghị quyết số 07-NQ/ĐUK về chuyển đổi số.', 'Đảng ủy Khối Doanh nghiệp tỉnh Long An', 'Long An'],
    ['Thành ủy TP. Cần Thơ ban hành Chỉ thị số 14-CT/TU về bảo vệ môi trường.', 'Thành ủy thành phố Cần Thơ', 'Cần Thơ'],
    ['Thành ủy thành phố Đà Lạt đã ban hành Kế hoạch số 30-KH/TU về du lịch.', 'Thành ủy thành phố Đà Lạt', 'Đà Lạt'],
    ['Sở Tài nguyên và Môi trường tỉnh Gia Lai đã ban hành Hướng dẫn số 02/HD-STNMT về đất đai.', 'Sở Tài nguyên và Môi trường tỉnh Gia Lai', 'Gia Lai'],
    ['Hội đồng nhân dân tỉnh Bến Tre thông qua Nghị quyết số 11/2024/NQ-HĐND về học phí.', 'Hội đồng nhân dân tỉnh Bến Tre', 'Bến Tre'],
  ])('%s', (t, issuer, place) => {
    expect(insts(t)[0]).toMatchObject({ issuer, jurisdiction: place });
  });
  it('reads a bloc committee of the centre as central', () => {
    const i = insts('Đảng ủy Khối các cơ quan Trung ương ban hành Hướng dẫn số 15-HD/ĐUK về kiểm tra.')[0];
    expect(i).toMatchObject({ issuer: 'Đảng ủy Khối các cơ quan Trung ương' });
    expect(i?.jurisdiction).toBeUndefined();
  });
  it('never reads "Số …" as a department', () => {
    const t = 'Số liệu của tỉnh Nam Định được Sở tổng hợp.';
    expect(extract(t).organizations).toEqual([]);
  });
  it('takes the issuer across the term written after it: "Ban Chấp hành Trung ương Đảng khóa XII ban hành …"', () => {
    const t = 'Tháng 5/2018, Ban Chấp hành Trung ương Đảng khóa XII ban hành Nghị quyết số 27-NQ/TW về cải cách tiền lương.';
    expect(insts(t)[0]).toMatchObject({ issuer: 'Ban Chấp hành Trung ương', term: 'XII' });
  });
  it('gives a plenum named without its term the term of the body that issued it', () => {
    const t = 'Ban Chấp hành Trung ương khóa XIII ban hành Nghị quyết Hội nghị Trung ương 9 về văn hóa.';
    expect(insts(t)[0]).toMatchObject({ conference: 'Hội nghị Trung ương 9', term: 'XIII' });
  });
});

describe('a list of resolutions closed by the plenum that adopted them', () => {
  it('gives the plenum to every bare item before it', () => {
    const t = 'Tỉnh ủy quán triệt các Nghị quyết số 26-NQ/TW, 27-NQ/TW và 28-NQ/TW của Hội nghị Trung ương 7 khóa XII.';
    const m = byNo(t);
    for (const no of ['26', '27', '28']) expect(m.get(no)).toMatchObject({ conference: 'Hội nghị Trung ương 7', term: 'XII', issuer: 'Ban Chấp hành Trung ương' });
  });
  it('leaves an item that names its own date alone', () => {
    const t = 'Đảng bộ thực hiện Nghị quyết số 26-NQ/TW ngày 3/4/2018, Nghị quyết số 28-NQ/TW của Hội nghị Trung ương 7 khóa XII.';
    expect(byNo(t).get('26')?.conference ?? null).toBeNull();
  });
});

describe('a title whose object is a list of citations', () => {
  it.each([
    [
      'Ban Thường vụ Huyện ủy ban hành Kế hoạch số 15-KH/HU triển khai các Chỉ thị số 21-CT/TW, 22-CT/TW và 23-CT/TW của Ban Bí thư.',
      'Triển khai các Chỉ thị số 21-CT/TW, 22-CT/TW và 23-CT/TW của Ban Bí thư',
    ],
    [
      'Kế hoạch số 40-KH/TU ngày 1/3/2023 của Tỉnh ủy thực hiện Kết luận số 35-KL/TW, Kết luận số 36-KL/TW của Bộ Chính trị.',
      'Thực hiện Kết luận số 35-KL/TW, Kết luận số 36-KL/TW của Bộ Chính trị',
    ],
  ])('%s', (t, title) => {
    expect(insts(t)[0]?.title).toBe(title);
  });
});

describe('English renderings', () => {
  it.each([
    ['Pursuant to the 1992 Constitution, the Assembly adopted the Law.', 'Hiến pháp', 1992],
    ['The Constitution of 2013 guarantees these rights.', 'Hiến pháp', 2013],
  ])('reads the Constitution by its year: %s', (t, kind, year) => {
    const i = insts(t).find((x) => x.kind === kind);
    expect(i?.key).toBe(`hien-phap:t-hien-phap@${year}`);
  });
  it('reads the Party Charter as the same instrument as "Điều lệ Đảng"', () => {
    const en = insts('Members must observe the Party Charter at all times.')[0]?.key;
    const vi = insts('Đảng viên phải chấp hành Điều lệ Đảng.')[0]?.key;
    expect(en).toBeDefined();
    expect(en).toBe(vi);
  });
  it('ends a title at a finite verb or a clause of its own', () => {
    expect(insts('Decree No. 55/2024/ND-CP on food safety takes effect on March 1, 2024.')[0]?.title).toBe('Food safety');
    expect(insts('Law No. 20/2023/QH15 on Cinema, effective from July 1, 2024, sets new rules.')[0]?.title).toBe('Cinema');
    const t = 'The Politburo issued Regulation No. 98-QD/TW on cadre rotation, replacing Regulation No. 65-QD/TW.';
    expect(byNo(t).get('98')?.title).toBe('Cadre rotation');
    expect(rels(t)).toContainEqual(['quy-dinh:98-qd-tw', 'REPLACES', 'quy-dinh:65-qd-tw']);
  });
});

describe('a review of an instrument is one relation', () => {
  it('"sơ kết 3 năm thực hiện Nghị quyết …" summarises; it does not also implement', () => {
    const t = 'Huyện ủy ban hành Kế hoạch số 70-KH/HU về sơ kết 3 năm thực hiện Nghị quyết số 05-NQ/HU.';
    const r = rels(t);
    expect(r).toContainEqual(['ke-hoach:70-kh-hu', 'SUMMARIZES', 'nghi-quyet:5-nq-hu']);
    expect(r).not.toContainEqual(['ke-hoach:70-kh-hu', 'IMPLEMENTS', 'nghi-quyet:5-nq-hu']);
  });
});

describe('kind abbreviations written in capitals', () => {
  it.each([
    ['Các chi bộ học tập NQ TW 8 khóa XIII trong tháng này.', 'Hội nghị Trung ương 8', 'XIII'],
    ['Theo NQTW 4 khóa XII, cần ngăn chặn suy thoái.', 'Hội nghị Trung ương 4', 'XII'],
  ])('a plenum: %s', (t, conference, term) => {
    expect(insts(t)[0]).toMatchObject({ kind: 'Nghị quyết', conference, term });
  });
  it('a short form joins the full citation of the text', () => {
    const t = 'Bộ Chính trị ban hành Kết luận số 61-KL/TW ngày 3/8/2023. KL 61 yêu cầu rà soát toàn bộ.';
    const i = insts(t);
    expect(i).toHaveLength(1);
    expect(i[0]?.mentions.map((m) => m.text)).toEqual(['Kết luận số 61-KL/TW', 'KL 61']);
  });
  it('never reads a symbol’s code as a kind word', () => {
    const i = insts('Thực hiện Chỉ thị số 05-CT/TW và Hướng dẫn số 12-HD/BTGTW.');
    expect(i.map((x) => x.mentions[0]?.text)).toEqual(['Chỉ thị số 05-CT/TW', 'Hướng dẫn số 12-HD/BTGTW']);
  });
  it('leaves lower-case letters alone', () => {
    expect(insts('Đường kl 21 và nq 5 không phải văn bản.')).toEqual([]);
  });
});

describe('a joint symbol with more than six codes', () => {
  it('is read whole, so its key is the one the catalogue gives the same symbol, with no dangling separator', () => {
    const i = insts('Thông tư liên tịch số 02/2021/TTLT-BCA-BQP-BTC-BYT-BNV-BTP-BGDĐT quy định phối hợp.')[0];
    expect(i?.symbol).toBe('2021/TTLT-BCA-BQP-BTC-BYT-BNV-BTP-BGDĐT');
    expect(i?.key).toBe(instrumentKey({ kind: 'Thông tư liên tịch', number: '02', symbol: '2021/TTLT-BCA-BQP-BTC-BYT-BNV-BTP-BGDĐT' }));
    expect(i?.key).toBe('thong-tu-lien-tich:2-2021-ttlt-bca-bqp-btc-byt-bnv-btp-bgddt');
    expect(i?.mentions[0]?.text.endsWith('-')).toBe(false);
  });
  it('a code joined by "&" and a look-alike of Đ are part of the symbol', () => {
    const t = 'Thông tư liên tịch số 7/2030/TTLT-BNN&PTNT-BTC và Thông tư số 12/2031/TT-BGDÐT quy định chế độ.';
    expect(insts(t).map((i) => i.symbol)).toEqual(['2030/TTLT-BNN&PTNT-BTC', '2031/TT-BGDĐT']);
  });
});

describe('the place of a local body the text names only once', () => {
  it('gives a local congress without its place the one unit of its level the text names', () => {
    const t = 'Huyện ủy Mường Lát tổ chức tổng kết Nghị quyết Đại hội Đảng bộ huyện lần thứ XX.';
    expect(insts(t)[0]).toMatchObject({ jurisdiction: 'Mường Lát' });
  });
  it('leaves it without a place when the text names two units of that level', () => {
    const t = 'Huyện ủy Mường Lát và Huyện ủy Quan Sơn học tập Nghị quyết Đại hội Đảng bộ huyện lần thứ XX.';
    expect(insts(t)[0]?.jurisdiction).toBeUndefined();
  });
  it('places a bare "Thành ủy" in the one city the text names', () => {
    const t = 'Ban Chấp hành Đảng bộ thành phố Vinh ban hành Nghị quyết số 04-NQ/TU; Ban Thường vụ Thành ủy ban hành Kế hoạch số 31-KH/TU thực hiện Nghị quyết số 04-NQ/TU.';
    expect(rels(t)).toContainEqual(['ke-hoach:31-kh-tu#vinh', 'IMPLEMENTS', 'nghi-quyet:4-nq-tu#vinh']);
  });
  it('never takes a person named after a committee for its place', () => {
    const t = 'Phó Bí thư Tỉnh ủy Trần Thị B ký ban hành Chỉ thị số 08-CT/TU về phòng chống dịch.';
    expect(insts(t)[0]?.key).toBe('chi-thi:8-ct-tu');
  });
});

describe('a law whose name opens with two coordinated words', () => {
  it.each([
    ['Luật Phòng, chống xâm hại trẻ em năm 2025 được ban hành.', 'Phòng, chống xâm hại trẻ em'],
    ['Căn cứ Luật Khiếu nại, tố cáo ngày 2/12/1998;', 'Khiếu nại, tố cáo'],
    ['Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp năm 2014 hết hiệu lực.', 'Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp'],
    ['Pháp lệnh Phòng, chống lụt, bão năm 1993 đã hết hiệu lực.', 'Phòng, chống lụt, bão'],
  ])('%s', (t, title) => {
    expect(insts(t)[0]?.title).toBe(title);
  });
  it.each([
    ['Theo Luật Hộ tịch, công dân phải đăng ký khai sinh.', 'Hộ tịch'],
    ['Luật Doanh nghiệp, việc phát hành trái phiếu riêng lẻ.', 'Doanh nghiệp'],
    ['Theo Luật Bảo hiểm xã hội, bảo hiểm xã hội bắt buộc áp dụng.', 'Bảo hiểm xã hội'],
  ])('stops where the next clause begins: %s', (t, title) => {
    expect(insts(t)[0]?.title).toBe(title);
  });
});

describe('English kinds', () => {
  it('reads one law per "on …" after a plural kind word', () => {
    const t = 'The decree details the Laws on Credit Institutions and on Deposit Insurance.';
    expect(insts(t).map((i) => i.title)).toEqual(['Credit Institutions', 'Deposit Insurance']);
  });
  it('ends an English law name at the verb after it', () => {
    expect(insts('The Law on Advertising applies to all firms.')[0]?.title).toBe('Advertising');
  });
  it('takes the kind from a State type code when the English kind word contradicts it', () => {
    expect(insts('The PM signed DECREE 1020/QD-TTg on housing.')[0]?.kind).toBe('Quyết định');
    expect(insts('Circular No. 77/2021/ND-CP was issued.')[0]?.kind).toBe('Nghị định');
  });
  it('keeps the kind word where the code names only the issuer', () => {
    expect(insts('Resolution No. 61/2022/QH15 on planning was adopted.')[0]?.kind).toBe('Nghị quyết');
  });
});

describe('the act written after a citation', () => {
  it('reads "được <body> ban hành ngày …" as issuer and date', () => {
    const t = 'Quy định số 89-QĐ/TW được Bộ Chính trị ban hành ngày 4/8/2022 về khung tiêu chuẩn chức danh.';
    expect(insts(t)[0]).toMatchObject({ issuer: 'Bộ Chính trị', issuedOn: '2022-08-04' });
  });
  it('leaves "được <body> quán triệt" alone: that body did not issue it', () => {
    const t = 'Chỉ thị số 12-CT/TW được Ban Thường vụ Tỉnh ủy quán triệt sâu rộng.';
    expect(insts(t)[0]?.issuer ?? null).toBeNull();
  });
  it('reads the English apposition ", issued on <date> by <body>, on <title>"', () => {
    const t = 'Conclusion No. 57-KL/TW, issued on June 15, 2023 by the Politburo, on science information work.';
    expect(insts(t)[0]).toMatchObject({ issuer: 'Bộ Chính trị', issuedOn: '2023-06-15', title: 'Science information work' });
  });
});

describe('English relations in the past tense and the passive', () => {
  it.each([
    ['Directive 52-CT/TW of the Secretariat replaced Directive No. 17-CT/TW.', ['chi-thi:52-ct-tw', 'REPLACES', 'chi-thi:17-ct-tw']],
    ['Decree 15/2020/ND-CP, which was amended by Decree 14/2022/ND-CP, sets fines.', ['nghi-dinh:14-2022-nd-cp', 'AMENDS', 'nghi-dinh:15-2020-nd-cp']],
    ['Circular No. 03/2019/TT-BNV was repealed by Circular No. 06/2024/TT-BNV.', ['thong-tu:6-2024-tt-bnv', 'REPEALS', 'thong-tu:3-2019-tt-bnv']],
  ])('%s', (t, rel) => {
    expect(rels(t)).toContainEqual(rel);
  });
  it('reads an English possessive as the issuer', () => {
    expect(insts('The Politburo’s Regulation No. 96-QD/TW sets out the vote of confidence.')[0]?.issuer).toBe('Bộ Chính trị');
  });
  it('relates a review clause opening the sentence to what its main clause issues', () => {
    const t = 'Trên cơ sở tổng kết 15 năm thực hiện Chỉ thị số 29-CT/TW, Ban Bí thư ban hành Kết luận số 88-KL/TW.';
    expect(rels(t)).toContainEqual(['ket-luan:88-kl-tw', 'SUMMARIZES', 'chi-thi:29-ct-tw']);
  });
});

describe('what a guidance carries out, located by "theo" / "tại"', () => {
  it.each([
    ['Thông tư số 08/2025/TT-BNV hướng dẫn thực hiện chế độ nghỉ hưu trước tuổi theo Nghị định số 67/2025/NĐ-CP.', ['thong-tu:8-2025-tt-bnv', 'GUIDES', 'nghi-dinh:67-2025-nd-cp']],
    ['Hướng dẫn số 31-HD/BTGTW hướng dẫn tuyên truyền bầu cử theo Kế hoạch số 22-KH/TW của Ban Bí thư.', ['huong-dan:31-hd-btgtw', 'GUIDES', 'ke-hoach:22-kh-tw']],
  ])('%s', (t, rel) => {
    expect(rels(t)).toContainEqual(rel);
  });
});

describe('a plenum resolution cited without its term', () => {
  it.each([
    ['Hội nghị Trung ương 10 khóa XIII họp từ ngày 18/9/2024. Nghị quyết Hội nghị Trung ương 10 đề ra nhiều nhiệm vụ.', 'XIII'],
    ['Tại Hội nghị lần thứ 7, Ban Chấp hành Trung ương Đảng khóa XII đã thảo luận. Các cấp quán triệt Nghị quyết Trung ương 7.', 'XII'],
  ])('takes the term the text gives that plenum: %s', (t, term) => {
    expect(insts(t)[0]).toMatchObject({ kind: 'Nghị quyết', term });
  });
  it('takes no term the text gives another plenum', () => {
    const t = 'Nghị quyết Hội nghị Trung ương 10 được ban hành. Hội nghị Trung ương 9 khóa XIII cũng đã họp.';
    expect(insts(t)[0]?.term ?? null).toBeNull();
  });
});

describe('the plenum and the issuer of the act that introduces a citation', () => {
  it.each([
    'Ngày 4/6/2024, tại Hội nghị Trung ương 9 khóa XIII, Ban Chấp hành Trung ương ban hành Nghị quyết số 47-NQ/TW.',
    'Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XIII đã ban hành Nghị quyết số 47-NQ/TW về nhân lực.',
  ])('gives the resolution the plenum named in the clause that issues it: %s', (t) => {
    expect(insts(t)[0]).toMatchObject({ conference: 'Hội nghị Trung ương 9', term: 'XIII' });
  });
  it('leaves a plenum of an earlier sentence alone', () => {
    const t = 'Hội nghị Trung ương 9 khóa XIII đã bế mạc. Bộ Chính trị ban hành Nghị quyết số 48-NQ/TW về giáo dục.';
    expect(insts(t)[0]?.conference ?? null).toBeNull();
  });
  it('gives every item listed after "ban hành:" the body that issued them', () => {
    const t = 'Huyện ủy Đông Anh đã ban hành: Nghị quyết số 03-NQ/HU về nông thôn mới; Chỉ thị số 04-CT/HU về dân vận.';
    expect(insts(t).map((i) => i.issuer)).toEqual(['Huyện ủy Đông Anh', 'Huyện ủy Đông Anh']);
  });
});

describe('English clauses around a citation', () => {
  it('ends a title at a past-tense verb', () => {
    const t = 'Regulation No. 50-QD/TW dated May 2, 2022 of the Politburo on cadre planning replaced Regulation No. 11-QD/TW.';
    expect(byNo(t).get('50')?.title).toBe('Cadre planning');
  });
  it('reads ", effective from <date>," as the citation’s own and keeps it the subject of the verb after it', () => {
    const t = 'Decree 81/2025/ND-CP, effective from March 1, 2025, replaces Decree 12/2019/ND-CP.';
    expect(byNo(t).get('81')?.effectiveFrom).toBe('2025-03-01');
    expect(rels(t)).toContainEqual(['nghi-dinh:81-2025-nd-cp', 'REPLACES', 'nghi-dinh:12-2019-nd-cp']);
  });
  it('keeps a preposition before a capital inside an English law name', () => {
    const i = insts('The Law on Access to Information No. 104/2016/QH13 was passed.')[0];
    expect(i).toMatchObject({ number: '104', title: 'Access to Information' });
  });
});

describe('more of the act around a citation', () => {
  it('reads the plenum written after the citation: "… ban hành Nghị quyết số … tại Hội nghị lần thứ 10, khóa XIII"', () => {
    const t = 'Ngày 20/9/2024, Ban Chấp hành Trung ương ban hành Nghị quyết số 52-NQ/TW tại Hội nghị lần thứ 10, khóa XIII.';
    expect(insts(t)[0]).toMatchObject({ conference: 'Hội nghị Trung ương 10', term: 'XIII' });
  });
  it('reads "văn bản số <n>/<issuer codes>" as a công văn', () => {
    expect(insts('UBND huyện đã có văn bản số 876/UBND-VP đề nghị các xã.')[0]).toMatchObject({ kind: 'Công văn', number: '876' });
  });
});

describe('English issuers and names written around the kind word', () => {
  it('reads "… were issued by the Politburo" after a list as the issuer of every item', () => {
    const t = 'Directives No. 07-CT/TW and 08-CT/TW were issued by the Politburo in 2021.';
    expect(insts(t).map((i) => i.issuer)).toEqual(['Bộ Chính trị', 'Bộ Chính trị']);
  });
  it('reads the issuer behind its tenure: "of the 13th-tenure Politburo"', () => {
    expect(insts('Conclusion No. 35-KL/TW of the 13th-tenure Politburo lists the titles.')[0]?.issuer).toBe('Bộ Chính trị');
  });
  it('reads "the Land Law 2024" as a law named before its kind word, never as law number 2024', () => {
    const i = insts('Farmers welcome the Housing Law 2023 and the new rules.');
    expect(i).toHaveLength(1);
    expect(i[0]).toMatchObject({ kind: 'Luật', number: null, title: 'Housing' });
    expect(i[0]?.key).toBe('luat:t-housing@2023');
  });
  it('relates a plural subject with "guide"', () => {
    const t = 'Decree No. 22/2024/ND-CP and Circular No. 09/2024/TT-BTC guide the Law on Prices.';
    expect(rels(t)).toContainEqual(['thong-tu:9-2024-tt-btc', 'GUIDES', 'luat:t-prices']);
  });
});

describe('a fronted clause that locates its object', () => {
  it('relates what "Thực hiện chỉ đạo … tại Công văn số …" locates to what the main clause issues', () => {
    const t = 'Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 310-CV/TU, Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 21-KH/BDVTU.';
    expect(rels(t)).toContainEqual(['ke-hoach:21-kh-bdvtu', 'IMPLEMENTS', 'cong-van:310-cv-tu']);
  });
  it('keeps a singular "was issued by" as the predicate of the citation whose title holds another', () => {
    const t = 'Circular No. 03/2022/TT-BNV guiding Decree No. 62/2020/ND-CP was issued by the Ministry of Home Affairs.';
    const m = byNo(t);
    expect(m.get('62')?.issuer).toBe('Chính phủ');
    expect(m.get('03')?.title).toBe('Guiding Decree No. 62/2020/ND-CP');
  });
});

describe('a fronted clause whose main clause issues several instruments', () => {
  it('relates each issued item', () => {
    const t = 'Thực hiện Kết luận số 90-KL/TW, UBND tỉnh ban hành Kế hoạch số 44/KH-UBND về văn hóa và Hướng dẫn số 3/HD-UBND.';
    const r = rels(t);
    expect(r).toContainEqual(['ke-hoach:44-kh-ubnd', 'IMPLEMENTS', 'ket-luan:90-kl-tw']);
    expect(r).toContainEqual(['huong-dan:3-hd-ubnd', 'GUIDES', 'ket-luan:90-kl-tw']);
  });
});

describe('a date after the issuer', () => {
  it('opens the next clause when a body follows it: the citation keeps no date', () => {
    const t = 'Triển khai Kết luận số 91-KL/TW của Bộ Chính trị, ngày 2/10/2024, Chính phủ ban hành Nghị quyết số 150/NQ-CP.';
    const m = byNo(t);
    expect(m.get('91')?.issuedOn ?? null).toBeNull();
    expect(m.get('150')?.issuedOn).toBe('2024-10-02');
  });
  it('stays the citation’s when it comes before the issuer', () => {
    expect(insts('Kết luận số 91-KL/TW, ngày 12/8/2024, của Bộ Chính trị về học tập.')[0]?.issuedOn).toBe('2024-08-12');
  });
});

describe('English local Party committees', () => {
  it.each([
    ['The provincial Party Committee of Ha Giang issued Resolution No. 15-NQ/TU on tourism.', 'Tỉnh ủy Ha Giang', 'Ha Giang'],
    ['The Lam Dong provincial Party Committee issued Directive No. 22-CT/TU on forests.', 'Tỉnh ủy Lam Dong', 'Lam Dong'],
  ])('%s', (t, issuer, place) => {
    expect(insts(t)[0]).toMatchObject({ issuer, jurisdiction: place });
  });
  it('names no place when the text gives none', () => {
    expect(insts('The provincial Party Committee issued Plan No. 70-KH/TU.')[0]?.jurisdiction).toBeUndefined();
  });
});

describe('dates and years introduced by the act', () => {
  it.each([
    ['Quyết định số 318/QĐ-TTg ký ngày 8/3/2022 phê duyệt Bộ tiêu chí.', '2022-03-08'],
    ['Quy định số 80-QĐ/TW ban hành ngày 18/8/2022 về phân cấp quản lý cán bộ.', '2022-08-18'],
  ])('%s', (t, date) => {
    expect(insts(t)[0]?.issuedOn).toBe(date);
    expect(insts(t)[0]?.title ?? '').not.toMatch(/^Ban hành$/);
  });
  it('reads "of 2019" after an English citation as its year', () => {
    expect(insts('Directive No. 35-CT/TW of 2019 was replaced.')[0]?.key).toBe('chi-thi:35-ct-tw@2019');
  });
});

describe('a local congress is never the national congress of the same number', () => {
  it('without its place, its key still names its unit', () => {
    const t = 'Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIII đều đề ra mục tiêu về thư viện.';
    const keys = insts(t).map((i) => i.key);
    expect(keys).toContain('nghi-quyet:dai-hoi-xiii');
    expect(keys).toContain('nghi-quyet:dai-hoi-tinh-xiii');
  });
  it('with its place, the unit and the place', () => {
    expect(insts('Thành ủy Huế quán triệt Nghị quyết Đại hội Đảng bộ thành phố Huế lần thứ XVII.')[0]?.key).toBe('nghi-quyet:dai-hoi-thanh-pho-xvii#hue');
  });
});

describe('plenums by a numeral in words, and constitutions listed by year', () => {
  const keys = (t: string) => extract(t).instruments.map((i) => i.key);
  it('"Nghị quyết của Hội nghị Trung ương sáu Khoá XIV" is plenum 6 of term XIV', () => {
    expect(keys('Bài viết phân tích Nghị quyết của Hội nghị Trung ương sáu Khoá XIV về thư viện số.')).toEqual(['nghi-quyet:hntw-6-xiv']);
  });
  it('a numeral in words with no term after it is no plenum ("Trung ương năm 2031")', () => {
    expect(keys('Các Nghị quyết Trung ương năm 2031 được quán triệt.')).not.toContain('nghi-quyet:hntw-5');
  });
  it('English: "the Resolution of the Sixth Plenum of the Central Committee of the XIV term"', () => {
    expect(keys('The article studies the Resolution of the Sixth Plenum of the Central Committee of the XIV term.')).toEqual(['nghi-quyet:hntw-6-xiv']);
  });
  it('"các bản Hiến pháp năm 1946, 1959, 1980, 1992 và năm 2013": five constitutions', () => {
    expect(keys('Điều này được khẳng định trong các bản Hiến pháp năm 1946, 1959, 1980, 1992 và năm 2013.')).toEqual([
      'hien-phap:t-hien-phap@1946', 'hien-phap:t-hien-phap@1959', 'hien-phap:t-hien-phap@1980', 'hien-phap:t-hien-phap@1992', 'hien-phap:t-hien-phap@2013',
    ]);
  });
});

describe('a plenum\'s resolution written in lower case', () => {
  const keys = (t: string) => extract(t).instruments.map((i) => i.key);
  it('"triển khai nghị quyết hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa 14" names plenum 11 of term XIV', () => {
    expect(keys('Hội nghị toàn quốc quán triệt, triển khai nghị quyết hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa 14 tại Hà Nội.')).toEqual(['nghi-quyet:hntw-11-xiv']);
  });
  it('"các nghị quyết hội nghị Trung ương" with no number, and "nghị quyết đại hội các cấp", name none', () => {
    expect(keys('Các cấp ủy quán triệt các nghị quyết hội nghị Trung ương và nghị quyết đại hội các cấp.')).toEqual([]);
  });
});
