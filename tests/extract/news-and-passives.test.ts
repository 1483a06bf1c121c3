// News openings that date the instrument they report ("Ngày …, X ký Quyết định số …"), and passive relations in
// English participle clauses and coordinated passives. Every text is written for the test (numbers invented).

import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';

const rels = (t: string) => extract(t).relations.map((r) => [r.from, r.type, r.to]);
const byNumber = (t: string, number: string) => extract(t).instruments.find((i) => i.number === number);

describe('a news opening dates the instrument signed in it', () => {
  it('"Ngày …, <office> ký <Kind> số …": signing alone is the act', () => {
    const i = byNumber('Ngày 9/4/2031, Thủ tướng Chính phủ ký Quyết định số 612/QĐ-TTg phê duyệt Đề án số hóa thư viện.', '612');
    expect(i?.issuedOn).toBe('2031-04-09');
    expect(i?.issuer).toBe('Thủ tướng Chính phủ');
  });
  it('"đã ký" and a provincial office', () => {
    const i = byNumber('Ngày 12/10/2030, Chủ tịch UBND tỉnh Hà Tĩnh đã ký Quyết định số 2210/QĐ-UBND về việc công bố danh mục thủ tục hành chính.', '2210');
    expect(i?.issuedOn).toBe('2030-10-12');
  });
  it('English: "On <date>, the Prime Minister signed Decision No. …"', () => {
    const i = byNumber('On June 3, 2031, the Prime Minister signed Decision No. 640/QD-TTg approving the national library network plan.', '640');
    expect(i?.issuedOn).toBe('2031-06-03');
  });
  it('a date of another act in the opening does not date a resolution the sentence only mentions', () => {
    const i = byNumber('Ngày 5/3/2031, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 71-NQ/TW của Bộ Chính trị.', '71');
    expect(i?.issuedOn ?? null).toBeNull();
  });
});

describe('passive relations in English participle clauses and coordinated passives', () => {
  it('", as amended by": AMENDS from the agent', () => {
    expect(rels('Decree No. 88/2029/ND-CP, as amended by Decree No. 12/2031/ND-CP, governs the fees of public libraries.')).toContainEqual([
      'nghi-dinh:12-2031-nd-cp', 'AMENDS', 'nghi-dinh:88-2029-nd-cp',
    ]);
  });
  it('"which was amended by A and repealed by B": both act on the same instrument', () => {
    const r = rels('Circular 40/2028/TT-BVHTTDL, which was amended by Circular 7/2030/TT-BVHTTDL and repealed by Circular 19/2032/TT-BVHTTDL, set out the reader card rules.');
    expect(r).toContainEqual(['thong-tu:7-2030-tt-bvhttdl', 'AMENDS', 'thong-tu:40-2028-tt-bvhttdl']);
    expect(r).toContainEqual(['thong-tu:19-2032-tt-bvhttdl', 'REPEALS', 'thong-tu:40-2028-tt-bvhttdl']);
    expect(r.filter((x) => x[2] === 'thong-tu:7-2030-tt-bvhttdl')).toEqual([]);
  });
  it('"(đã được sửa đổi bởi A và bị bãi bỏ một phần bởi B)" in a parenthesis', () => {
    const r = rels('Theo Nghị định số 60/2027/NĐ-CP (đã được sửa đổi bởi Nghị định số 11/2029/NĐ-CP và bị bãi bỏ một phần bởi Nghị định số 25/2031/NĐ-CP), thư viện công cộng được thu phí.');
    expect(r).toContainEqual(['nghi-dinh:11-2029-nd-cp', 'AMENDS', 'nghi-dinh:60-2027-nd-cp']);
    expect(r).toContainEqual(['nghi-dinh:25-2031-nd-cp', 'REPEALS', 'nghi-dinh:60-2027-nd-cp']);
  });
  it('"and" joining two agents of one passive is not a second passive', () => {
    const r = rels('Decree No. 88/2029/ND-CP was amended by Decree No. 12/2031/ND-CP and Decree No. 30/2032/ND-CP.');
    expect(r).toContainEqual(['nghi-dinh:12-2031-nd-cp', 'AMENDS', 'nghi-dinh:88-2029-nd-cp']);
    expect(r).toContainEqual(['nghi-dinh:30-2032-nd-cp', 'AMENDS', 'nghi-dinh:88-2029-nd-cp']);
  });
});

describe('a body named inside the passive, and an issuer\'s act after a title', () => {
  it('"X đã được Tỉnh ủy cụ thể hóa bằng Kế hoạch Y": Y IMPLEMENTS X', () => {
    const r = rels('Kết luận số 90-KL/TW ngày 3/5/2030 của Bộ Chính trị về phát triển thư viện số đã được Tỉnh ủy cụ thể hóa bằng Kế hoạch số 61-KH/TU.');
    expect(r).toContainEqual(['ke-hoach:61-kh-tu', 'IMPLEMENTS', 'ket-luan:90-kl-tw@2030']);
  });
  it('words after "được" with no agent word after the verb make no passive', () => {
    const r = rels('Kết luận số 90-KL/TW của Bộ Chính trị được các cấp ủy quán triệt, triển khai thực hiện nghiêm túc.');
    expect(r).toEqual([]);
  });
  it('"<Kind> … về <title> được <body> ban hành ngày …": the title ends before "được", which names the issuer and date', () => {
    const i = byNumber('Chỉ thị số 52-CT/TW về tổ chức đại hội chi bộ tiến tới Đại hội đại biểu toàn quốc lần thứ XV của Đảng được Bộ Chính trị ban hành ngày 8/7/2031.', '52');
    expect(i?.title).toBe('Về tổ chức đại hội chi bộ tiến tới Đại hội đại biểu toàn quốc lần thứ XV của Đảng');
    expect(i?.issuer).toBe('Bộ Chính trị');
    expect(i?.issuedOn).toBe('2031-07-08');
  });
});

describe('the Party Charter under its full name', () => {
  it('"Điều lệ Đảng Cộng sản Việt Nam" and "Điều lệ Đảng" are one instrument', () => {
    const keys = extract('Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Hướng dẫn số 3-HD/TW ngày 4/5/2031 của Ban Bí thư về thi hành Điều lệ Đảng.')
      .instruments.filter((i) => i.kind === 'Điều lệ').map((i) => i.key);
    expect(keys).toEqual(['dieu-le:t-dang']);
  });
});

describe('an English translation of a State document', () => {
  const text = [
    'MINISTRY OF CULTURE, SPORTS AND TOURISM',
    'No. 09/2031/TT-BVHTTDL',
    'Hanoi, August 14, 2031',
    '',
    'CIRCULAR',
    'ELABORATING THE LAW ON LIBRARIES REGARDING READER CARDS',
    '',
    'Pursuant to the Law No. 46/2019/QH14 on Libraries dated November 21, 2019;',
    'Article 12. Effect',
    'This Circular comes into force from October 1, 2031 and supersedes Circular No. 03/2026/TT-BVHTTDL dated May 6, 2026 of the Minister of Culture, Sports and Tourism.',
  ].join('\n');
  it('the header gives the own instrument its date, from "Hanoi, <Month> <d>, <yyyy>", and its upper-case title', () => {
    const own = extract(text).instruments.find((i) => i.key === 'thong-tu:9-2031-tt-bvhttdl');
    expect(own?.issuedOn).toBe('2031-08-14');
    expect(own?.title).toBe('Elaborating the law on libraries regarding reader cards');
    expect(own?.effectiveFrom).toBe('2031-10-01');
  });
  it('"This Circular comes into force from … and supersedes X": the own instrument REPLACES X', () => {
    expect(rels(text)).toContainEqual(['thong-tu:9-2031-tt-bvhttdl', 'REPLACES', 'thong-tu:3-2026-tt-bvhttdl']);
    expect(rels(text)).toContainEqual(['thong-tu:9-2031-tt-bvhttdl', 'BASED_ON', 'luat:46-2019-qh14']);
  });
});

describe('an instrument that asks its addressees to act', () => {
  it('"Thông báo … yêu cầu các cấp ủy, tổ chức đảng tiếp tục thực hiện Chỉ thị …": the notice CONTINUES the directive', () => {
    expect(rels('Thông báo kết luận số 40-TB/TU ngày 2/3/2031 của Ban Thường vụ Tỉnh ủy Yên Bái yêu cầu các cấp ủy, tổ chức đảng tiếp tục thực hiện Chỉ thị số 21-CT/TW ngày 4/6/2028 của Ban Bí thư.')).toContainEqual([
      'thong-bao-ket-luan:40-tb-tu@2031#yen-bai', 'CONTINUES', 'chi-thi:21-ct-tw@2028',
    ]);
  });
  it('a request for something else does not make the instrument act on a later citation', () => {
    const r = rels('Kế hoạch số 12-KH/TU ngày 2/3/2031 của Tỉnh ủy Yên Bái yêu cầu báo cáo kết quả trước ngày 30/6. Các cơ quan thực hiện Chỉ thị số 21-CT/TW.');
    expect(r.filter((x) => (x[0] ?? '').startsWith('ke-hoach:12'))).toEqual([]);
  });
});

describe('where an unquoted title ends', () => {
  it('a year after the title of a dated citation stays in the title', () => {
    expect(byNumber('Bộ Chính trị đã ban hành Kết luận số 140-KL/TW ngày 20/01/2031 về Đề án phát triển thư viện số năm 2031 với mục tiêu phủ kín các xã.', '140')?.title).toBe(
      'Về Đề án phát triển thư viện số năm 2031 với mục tiêu phủ kín các xã',
    );
  });
  it('an undated citation still takes the year after its title as its own', () => {
    expect(byNumber('Quy định số 150-QĐ/TW về công tác thư viện năm 2031 của Ban Bí thư.', '150')?.title).toBe('Về công tác thư viện');
  });
  it('the copula of a sentence about the instrument ends its title', () => {
    const i = byNumber('Quy định 160-QĐ/TW năm 2031 về chuẩn mực ứng xử của cán bộ thư viện là sự cụ thể hóa Nghị quyết Đại hội XIV.', '160');
    expect(i?.title).toBe('Về chuẩn mực ứng xử của cán bộ thư viện');
  });
});

describe('an English law named with its year before the name', () => {
  it('"The 2031 Library Law …, replacing the 2019 Library Law": two laws, told apart by their years, and the relation', () => {
    const ex = extract('The 2031 Library Law took effect on July 1, 2031, replacing the 2019 Library Law.');
    expect(ex.instruments.map((i) => i.key).sort()).toEqual(['luat:t-library@2019', 'luat:t-library@2031']);
    expect(ex.relations.map((r) => [r.from, r.type, r.to])).toContainEqual(['luat:t-library@2031', 'REPLACES', 'luat:t-library@2019']);
  });
  it('a year after the name still wins: "the Library Law 2031"', () => {
    expect(extract('Under the Library Law 2031, libraries must open on weekends.').instruments.map((i) => i.key)).toEqual(['luat:t-library@2031']);
  });
});

describe('an English title "on the implementation of …"', () => {
  it('the titled instrument IMPLEMENTS the one named after it, as "về việc thực hiện …" does', () => {
    expect(rels('Pursuant to the Government’s Resolution No. 40/NQ-CP dated March 2, 2032 on the implementation of the 2031 Library Law;')).toContainEqual([
      'nghi-quyet:40-nq-cp@2032', 'IMPLEMENTS', 'luat:t-library@2031',
    ]);
  });
});

describe('English: the act of issuing after a citation', () => {
  it('a "was issued on" after a citation named inside another\'s title dates neither of them', () => {
    const ex = extract('Circular No. 05/2032/TT-BNV guiding Decree No. 70/2031/ND-CP was issued on March 3, 2032.');
    expect(ex.instruments.find((i) => i.number === '70')?.issuedOn ?? null).toBeNull();
  });
  it('", issued by the 3rd plenum of the 14th Party Central Committee,": the issuer is the Central Committee', () => {
    expect(byNumber('Conclusion 70-KL/TW, issued by the 3rd plenum of the 14th Party Central Committee, focuses on libraries.', '70')?.issuer).toBe('Ban Chấp hành Trung ương');
  });
});

describe('abbreviations news write for boards and kinds', () => {
  it('"BCH Đảng bộ tỉnh X" is the provincial executive committee, and issues what it names', () => {
    expect(byNumber('Nghị quyết số 11-NQ/TU ngày 4/4/2031 của BCH Đảng bộ tỉnh Kon Tum về phát triển thư viện.', '11')?.issuer).toBe('Ban Chấp hành Đảng bộ tỉnh Kon Tum');
  });
  it('"BTV Tỉnh ủy X" is its standing board', () => {
    expect(byNumber('BTV Tỉnh ủy Kon Tum ban hành Chỉ thị số 16-CT/TU ngày 3/3/2031 về thư viện.', '16')?.issuer).toBe('Ban Thường vụ Tỉnh ủy Kon Tum');
  });
  it('"CV số 2150/UBND-VX" is a công văn', () => {
    expect(byNumber('Theo CV số 2150/UBND-VX ngày 4/7/2031 của UBND tỉnh Kon Tum, các huyện báo cáo trước ngày 15/7.', '2150')?.kind).toBe('Công văn');
  });
  it('"BCH" or "CV" as a word with no body or number after it is nothing', () => {
    expect(extract('Đội ngũ cán bộ gửi CV xin việc; BCH được kiện toàn.').instruments).toEqual([]);
  });
});

describe('a passive whose subject is a list', () => {
  it('"Kết luận 48 và Kết luận 50 … được triển khai bằng Kế hoạch 15": the plan IMPLEMENTS both', () => {
    const r = rels('Kết luận 71-KL/TW và Kết luận 72-KL/TW của Bộ Chính trị được triển khai bằng Kế hoạch số 15-KH/TU.');
    expect(r).toContainEqual(['ke-hoach:15-kh-tu', 'IMPLEMENTS', 'ket-luan:71-kl-tw']);
    expect(r).toContainEqual(['ke-hoach:15-kh-tu', 'IMPLEMENTS', 'ket-luan:72-kl-tw']);
  });
  it('"Điều 4 Nghị định A, Điều 7 Nghị định B được sửa đổi bởi Nghị định C": C AMENDS both, each with its pinpoint', () => {
    const ex = extract('Điều 4 Nghị định số 20/2029/NĐ-CP, Điều 7 Nghị định số 21/2029/NĐ-CP được sửa đổi bởi Nghị định số 30/2031/NĐ-CP.');
    const r = ex.relations.map((x) => [x.from, x.type, x.to, x.evidence.toPinpoint?.text ?? null]);
    expect(r).toContainEqual(['nghi-dinh:30-2031-nd-cp', 'AMENDS', 'nghi-dinh:20-2029-nd-cp', 'Điều 4']);
    expect(r).toContainEqual(['nghi-dinh:30-2031-nd-cp', 'AMENDS', 'nghi-dinh:21-2029-nd-cp', 'Điều 7']);
  });
  it('"Chỉ thị 35 năm 2024": "năm" before a year is the instrument\'s year, not a count of years', () => {
    expect(extract('Chỉ thị 36 năm 2031 của Bộ Chính trị về thư viện đã được quán triệt.').instruments.map((i) => i.key)).toEqual(['chi-thi:36@2031']);
    expect(extract('Sau 35 năm thực hiện, Chỉ thị 36 vẫn còn giá trị; Kết luận 3 năm qua cho thấy …').instruments.map((i) => i.key)).toEqual(['chi-thi:36']);
  });
});

describe('English: an entry into force in a relative or future clause', () => {
  it('"Decree X on …, which takes effect on <date>, replaces Decree Y": X\'s effective date, and X REPLACES Y', () => {
    const ex = extract('Decree 170/2033/ND-CP on library fees, which takes effect on January 1, 2034, replaces Decree 90/2030/ND-CP.');
    expect(ex.instruments.find((i) => i.number === '170')?.effectiveFrom).toBe('2034-01-01');
    expect(ex.relations.map((r) => [r.from, r.type, r.to])).toContainEqual(['nghi-dinh:170-2033-nd-cp', 'REPLACES', 'nghi-dinh:90-2030-nd-cp']);
  });
  it('"…, will take effect from <date>" and "…, comes into force on <date>"', () => {
    expect(extract('The Law on Archives 2033, adopted by the National Assembly on June 5, 2033, will take effect from January 1, 2034.').instruments[0]?.effectiveFrom).toBe('2034-01-01');
    expect(extract('Circular 12/2033/TT-BVHTTDL, which comes into force on March 1, 2034, sets reader card fees.').instruments[0]?.effectiveFrom).toBe('2034-03-01');
  });
});

describe('English: a possessive issuer before the object of a cue', () => {
  it('"Implementing the Politburo\'s Resolution X, the Government issued Resolution Y": Y IMPLEMENTS X', () => {
    expect(rels('Implementing the Politburo’s Resolution 80-NQ/TW on libraries, the Government issued Resolution 12/NQ-CP on March 2, 2033.')).toContainEqual([
      'nghi-quyet:12-nq-cp@2033', 'IMPLEMENTS', 'nghi-quyet:80-nq-tw',
    ]);
  });
  it('"… continues to implement the Party Central Committee\'s Resolution X"', () => {
    expect(rels('Directive 60-CT/TW continues to implement the Party Central Committee\'s Resolution 81-NQ/TW.')).toContainEqual([
      'chi-thi:60-ct-tw', 'CONTINUES', 'nghi-quyet:81-nq-tw',
    ]);
  });
});

describe('a relation in a parenthesis, and an issuer restated by a symbol', () => {
  it('"Quy định số A … về … (thay thế Quy định số B …)": A REPLACES B', () => {
    expect(rels('Ban Bí thư ban hành Quy định số 170-QĐ/TW ngày 10/1/2033 về công tác thư viện trong Đảng (thay thế Quy định số 95-QĐ/TW ngày 4/8/2027).')).toContainEqual([
      'quy-dinh:170-qd-tw@2033', 'REPLACES', 'quy-dinh:95-qd-tw@2027',
    ]);
  });
  it('"Quy định 172 và Hướng dẫn số 4-HD/UBKTTW … của Ủy ban Kiểm tra Trung ương": the issuer is the guidance\'s only', () => {
    const ex = extract('Các tổ chức đảng thực hiện Quy định 172 và Hướng dẫn số 4-HD/UBKTTW ngày 5/2/2033 của Ủy ban Kiểm tra Trung ương.');
    expect(ex.instruments.find((i) => i.number === '172')?.issuer ?? null).toBeNull();
    expect(ex.instruments.find((i) => i.number === '4')?.issuer).toBe('Ủy ban Kiểm tra Trung ương');
  });
  it('two kinds with no symbol of their own still share the issuer after them', () => {
    const ex = extract('Regulation No. 173 and Directive No. 61 of the Politburo set out the rules.');
    expect(ex.instruments.map((i) => i.issuer)).toEqual(['Bộ Chính trị', 'Bộ Chính trị']);
  });
});

describe('an English relative clause after a citation has it as its subject', () => {
  it('", which guides X and Y,": GUIDES both', () => {
    const r = rels('Under Circular 41/2031/TT-BVHTTDL, which guides the Law on Libraries and Decree 61/2031/ND-CP, readers may borrow e-books.');
    expect(r).toContainEqual(['thong-tu:41-2031-tt-bvhttdl', 'GUIDES', 'luat:t-libraries']);
    expect(r).toContainEqual(['thong-tu:41-2031-tt-bvhttdl', 'GUIDES', 'nghi-dinh:61-2031-nd-cp']);
  });
  it('", which replaces …,": REPLACES', () => {
    expect(rels('Decree 62/2031/ND-CP, which replaces Decree 9/2027/ND-CP, sets library fees.')).toContainEqual(['nghi-dinh:62-2031-nd-cp', 'REPLACES', 'nghi-dinh:9-2027-nd-cp']);
  });
});

describe('news: "có hiệu lực từ <date>" without "ngày"', () => {
  it('dates the entry into force', () => {
    expect(byNumber('Nghị định 168 có hiệu lực từ 1/1/2031 quy định mức phí thư viện.', '168')?.effectiveFrom).toBe('2031-01-01');
  });
  it('and ends an unquoted title before it', () => {
    const i = byNumber('Thông tư 29 của Bộ Văn hóa, Thể thao và Du lịch về mượn sách, trả sách có hiệu lực từ 14/2/2031.', '29');
    expect(i?.title).toBe('Về mượn sách, trả sách');
    expect(i?.effectiveFrom).toBe('2031-02-14');
  });
});

describe('English amending laws and guidance verbs in preambles', () => {
  const t = 'Pursuant to the Law on Amendments to the Law on Libraries and the Law on Archives dated November 22, 2031;\nPursuant to Decree No. 120/2032/ND-CP dated August 23, 2032 of the Government elaborating some Articles of the Law on Libraries;';
  it('"the Law on Amendments to A and B dated …" is one amending law, dated, that AMENDS both', () => {
    const e = extract(t);
    const amending = e.instruments.find((i) => i.title?.startsWith('Amendments to'));
    expect(amending?.issuedOn).toBe('2031-11-22');
    const r = e.relations.filter((x) => x.from === amending?.key && x.type === 'AMENDS').map((x) => x.to);
    expect(r).toEqual(expect.arrayContaining(['luat:t-libraries', 'luat:t-archives']));
  });
  it('the amended law named last does not take the amending law\'s date', () => {
    expect(extract(t).instruments.find((i) => i.title === 'Archives')?.issuedOn ?? null).toBeNull();
  });
  it('"elaborating some Articles of the Law on …" GUIDES', () => {
    expect(rels(t)).toContainEqual(['nghi-dinh:120-2032-nd-cp', 'GUIDES', 'luat:t-libraries']);
  });
});

describe('a law cited by the acronym the text gives it', () => {
  const t = 'Luật Thư viện (LTV) 2031 có hiệu lực từ 1-1-2032. Chính phủ đã ban hành Nghị định 150/2031 quy định chi tiết một số điều luật trong LTV 2031. Theo LTV, thư viện công cộng phải mở cửa.';
  it('each later acronym is the same law, and what acts on it is related', () => {
    const e = extract(t);
    const law = e.instruments.find((i) => i.kind === 'Luật');
    expect(law?.key).toBe('luat:t-thu-vien@2031');
    expect(law?.mentions.length).toBe(3);
    expect(rels(t)).toContainEqual(['nghi-dinh:150@2031', 'GUIDES', 'luat:t-thu-vien@2031']);
  });
  it('letters in parentheses that are not the name\'s initials define nothing', () => {
    const e = extract('Luật Thư viện (TV) 2031 được ban hành. TV đã đưa tin.');
    expect(e.instruments.find((i) => i.kind === 'Luật')?.mentions.length).toBe(1);
  });
});

describe('an acronym defined as "(sau đây gọi tắt là …)"', () => {
  it('after the law\'s year', () => {
    expect(rels('Luật Lưu trữ năm 2031 (sau đây gọi tắt là LLT) có nhiều điểm mới. Nghị định số 7/2032/NĐ-CP hướng dẫn thi hành LLT.')).toContainEqual([
      'nghi-dinh:7-2032-nd-cp', 'GUIDES', 'luat:t-luu-tru@2031',
    ]);
  });
});

describe('an aside between the subject and its own passive verb', () => {
  it('"A, as amended by B, was replaced by C": C REPLACES A, not B', () => {
    const r = rels('Decree No. 100/2029/ND-CP, as amended by Decree No. 123/2030/ND-CP, was replaced by Decree No. 168/2031/ND-CP.');
    expect(r).toContainEqual(['nghi-dinh:123-2030-nd-cp', 'AMENDS', 'nghi-dinh:100-2029-nd-cp']);
    expect(r).toContainEqual(['nghi-dinh:168-2031-nd-cp', 'REPLACES', 'nghi-dinh:100-2029-nd-cp']);
    expect(r).not.toContainEqual(['nghi-dinh:168-2031-nd-cp', 'REPLACES', 'nghi-dinh:123-2030-nd-cp']);
  });
  it('"A, được sửa đổi bởi B, đã bị thay thế bởi C"', () => {
    expect(rels('Nghị định số 100/2029/NĐ-CP, được sửa đổi bởi Nghị định số 123/2030/NĐ-CP, đã bị thay thế bởi Nghị định số 168/2031/NĐ-CP.')).toContainEqual([
      'nghi-dinh:168-2031-nd-cp', 'REPLACES', 'nghi-dinh:100-2029-nd-cp',
    ]);
  });
  it('without the opening comma the second passive is the agent\'s own', () => {
    expect(rels('Nghị định số 100/2029/NĐ-CP được sửa đổi bởi Nghị định số 123/2030/NĐ-CP, được sửa đổi bởi Nghị định số 150/2031/NĐ-CP.')).toContainEqual([
      'nghi-dinh:150-2031-nd-cp', 'AMENDS', 'nghi-dinh:123-2030-nd-cp',
    ]);
  });
  it('"… was issued by the Politburo on …" names the issuer too', () => {
    expect(byNumber('Resolution 157-NQ/TW on libraries was issued by the Politburo on December 22, 2031.', '157')).toMatchObject({ issuer: 'Bộ Chính trị', issuedOn: '2031-12-22' });
  });
});

describe('the entry into force after an aside is the subject\'s', () => {
  it('", which replaces B, took effect on …"', () => {
    const e = extract('Decree 15/2031/ND-CP, which replaces Decree 59/2027/ND-CP, took effect on March 3, 2031.');
    expect(e.instruments.find((i) => i.number === '15')?.effectiveFrom).toBe('2031-03-03');
    expect(e.instruments.find((i) => i.number === '59')?.effectiveFrom ?? null).toBeNull();
  });
  it('"…, thay thế B, có hiệu lực từ ngày …"', () => {
    expect(extract('Nghị định 15/2031/NĐ-CP, thay thế Nghị định 59/2027/NĐ-CP, có hiệu lực từ ngày 3/3/2031.').instruments.find((i) => i.number === '15')?.effectiveFrom).toBe('2031-03-03');
  });
  it('a relative clause after the object is the object\'s', () => {
    expect(extract('Decree 15/2031/ND-CP replaces Decree 59/2027/ND-CP, which took effect on July 1, 2027.').instruments.find((i) => i.number === '59')?.effectiveFrom).toBe('2027-07-01');
  });
});

describe('English Party prose: reviews and the body of a past term', () => {
  it('"on summarizing 10 years of implementing Resolution …" SUMMARIZES it', () => {
    expect(rels('Conclusion No. 191-KL/TW on summarizing 10 years of implementing Resolution No. 29-NQ/TW.')).toEqual([['ket-luan:191-kl-tw', 'SUMMARIZES', 'nghi-quyet:29-nq-tw']]);
  });
  it('"of the 11th Secretariat" names the issuer', () => {
    expect(byNumber('Directive No. 150-CT/TW of the 11th Secretariat set out library work.', '150')?.issuer).toBe('Ban Bí thư');
  });
});

describe('a law named with its number in parentheses, the act that passed it and its entry into force', () => {
  it('"Luật Thư viện 2031 (Luật số 12/2031/QH16) được … thông qua ngày …, có hiệu lực từ ngày …": one law, dated', () => {
    const e = extract('Luật Thư viện 2031 (Luật số 12/2031/QH16) được Quốc hội khóa XVI thông qua ngày 20/6/2031, có hiệu lực từ ngày 1/1/2032.');
    expect(e.instruments).toHaveLength(1);
    const law = e.instruments[0];
    expect(law?.key).toBe('luat:12-2031-qh16');
    expect(law?.title).toBe('Thư viện');
    expect(law?.issuedOn).toBe('2031-06-20');
    expect(law?.effectiveFrom).toBe('2032-01-01');
  });
  it('the reverse order, "Luật số 12/2031/QH16 (Luật Thư viện)", is one law too', () => {
    const e = extract('Theo Luật số 12/2031/QH16 (Luật Thư viện), thư viện công phải mở cửa cuối tuần.');
    expect(e.instruments.map((i) => [i.key, i.title])).toEqual([['luat:12-2031-qh16', 'Thư viện']]);
  });
  it('a year in the name that contradicts the number keeps them apart', () => {
    expect(extract('Luật Thư viện 2019 (Luật số 12/2031/QH16) được nhắc lại.').instruments).toHaveLength(2);
  });
  it('"… được … thông qua ngày … và có hiệu lực thi hành từ ngày …" without the parenthesis', () => {
    const law = extract('Luật Thư viện 2031 được Quốc hội thông qua ngày 20/6/2031 và có hiệu lực thi hành từ ngày 1/1/2032.').instruments[0];
    expect([law?.issuedOn, law?.effectiveFrom]).toEqual(['2031-06-20', '2032-01-01']);
  });
});

describe('"Trên cơ sở …" names what the main clause\'s instrument is built on', () => {
  it('a fronted "Trên cơ sở Kết luận …, Chính phủ đã ban hành Nghị định …" → BASED_ON', () => {
    const t = 'Trên cơ sở Kết luận số 31-KL/TW ngày 2-3-2031 của Bộ Chính trị về thư viện số, Chính phủ đã ban hành Nghị định số 45/2031/NĐ-CP quy định về thư viện số.';
    expect(rels(t)).toContainEqual(['nghi-dinh:45-2031-nd-cp', 'BASED_ON', 'ket-luan:31-kl-tw@2031']);
  });
  it('"… được ban hành trên cơ sở Luật …" and English "On the basis of …, the Government issued …"', () => {
    expect(rels('Quyết định số 77/2031/QĐ-UBND được ban hành trên cơ sở Luật số 12/2031/QH16.')).toContainEqual([
      'quyet-dinh:77-2031-qd-ubnd',
      'BASED_ON',
      'luat:12-2031-qh16',
    ]);
    expect(rels('On the basis of Conclusion No. 31-KL/TW, the Government issued Decree No. 45/2031/ND-CP.')).toContainEqual([
      'nghi-dinh:45-2031-nd-cp',
      'BASED_ON',
      'ket-luan:31-kl-tw',
    ]);
  });
  it('a review "trên cơ sở tổng kết … thực hiện Quy định …" stays SUMMARIZES', () => {
    expect(rels('Quy định số 301-QĐ/TW ra đời trên cơ sở tổng kết 5 năm thực hiện Quy định số 120-QĐ/TW.')).toEqual([
      ['quy-dinh:301-qd-tw', 'SUMMARIZES', 'quy-dinh:120-qd-tw'],
    ]);
  });
});

describe('English: "it" after the clause that cites one instrument, and the verb that ends a title', () => {
  it('"Circular A …; it was later amended by Circular B" → B AMENDS A', () => {
    const t = 'Circular 04/2031/TT-BTC of the Ministry of Finance sets library fees; it was later amended by Circular 09/2032/TT-BTC.';
    expect(rels(t)).toEqual([['thong-tu:9-2032-tt-btc', 'AMENDS', 'thong-tu:4-2031-tt-btc']]);
  });
  it('"Decree A took effect in 2031. It was replaced by Decree B." → B REPLACES A', () => {
    expect(rels('Decree 15/2031/ND-CP took effect in 2031. It was replaced by Decree 99/2034/ND-CP.')).toEqual([
      ['nghi-dinh:99-2034-nd-cp', 'REPLACES', 'nghi-dinh:15-2031-nd-cp'],
    ]);
  });
  it('a clause citing two instruments leaves "it" unresolved', () => {
    expect(rels('Decree 15/2031/ND-CP guides the Law on Libraries. It was amended by Decree 77/2032/ND-CP.')).not.toContainEqual(
      expect.arrayContaining(['nghi-dinh:77-2032-nd-cp', 'AMENDS']),
    );
  });
  it('"Resolution … on piloting … replaces Resolution …": the title ends before the verb', () => {
    const t = 'Resolution 98/2031/QH16 on piloting library mechanisms for Hue City replaces Resolution 54/2029/QH16.';
    expect(byNumber(t, '98')?.title).toBe('Piloting library mechanisms for Hue City');
    expect(rels(t)).toEqual([['nghi-quyet:98-2031-qh16', 'REPLACES', 'nghi-quyet:54-2029-qh16']]);
  });
});

describe('English translations of State documents, as real pages write them', () => {
  const HEADER = [
    'THE GOVERNMENT',
    'Number: 64/2031/NĐ-CP',
    'Ha Noi , May 14, 2031',
    '',
    'DECREE',
    '',
    'ON THE USE OF VOLUNTARY DONATIONS TO PUBLIC LIBRARIES',
    '',
    'THE GOVERNMENT',
    '',
    'Pursuant to the December 25, 2025 Law on Organization of the Government:',
    'Pursuant to the June 12,2029 Law on Libraries;',
    'Pursuant to the December 16, 2027 Law on the State Budget:',
    'At the Proposal of the Minister of Finance.',
  ].join('\n');
  const OWN64 = 'nghi-dinh:64-2031-nd-cp';
  it('the signer restated under a title in capitals is no part of it', () => {
    expect(extract(HEADER).instruments.find((i) => i.key === OWN64)?.title).toBe('On the use of voluntary donations to public libraries');
  });
  it('"Law on the State Budget" is a law; "June 12,2029" a date; each "Pursuant to" line a basis, whatever ends it', () => {
    const r = rels(HEADER);
    expect(r).toContainEqual([OWN64, 'BASED_ON', 'luat:t-organization-of-the-government@2025']);
    expect(r).toContainEqual([OWN64, 'BASED_ON', 'luat:t-libraries@2029']);
    expect(r).toContainEqual([OWN64, 'BASED_ON', 'luat:t-state-budget@2027']);
  });
  it('a headline\'s base form and an English participle after a comma: "Decree A amend Decree B detailing …, amended under Decree C"', () => {
    const r = rels('Decree 59/2031/ND-CP amend Decree 34/2026/ND-CP detailing Law on Libraries, amended under Decree 154/2029/ND-CP');
    expect(r).toContainEqual(['nghi-dinh:59-2031-nd-cp', 'AMENDS', 'nghi-dinh:34-2026-nd-cp']);
    expect(r).toContainEqual(['nghi-dinh:154-2029-nd-cp', 'AMENDS', 'nghi-dinh:34-2026-nd-cp']);
    expect(r).not.toContainEqual(['nghi-dinh:34-2026-nd-cp', 'CITES', 'nghi-dinh:154-2029-nd-cp']);
  });
  it('", amended by …," between a subject and its verb', () => {
    expect(rels('Decree 34/2026/ND-CP, amended by Decree 154/2029/ND-CP, details the Law on Libraries.')).toContainEqual([
      'nghi-dinh:154-2029-nd-cp',
      'AMENDS',
      'nghi-dinh:34-2026-nd-cp',
    ]);
  });
  it('a title that ends wanting its object takes the next citation as that object, not as another object of the cue', () => {
    const t =
      'THE GOVERNMENT\nNo. 59/2031/ND-CP\nHanoi, May 25, 2031\nDECREE\nAmending and supplementing a number of articles of the Government’s Decree No. 34/2026/ND-CP of May 14, 2026, detailing a number of articles of, and providing measures to implement, the Law on Libraries, which had a number of articles amended and supplemented under the Government’s Decree No. 154/2029/ND-CP of December 31, 2029\nPursuant to the June 19, 2025 Law on Organization of the Government;';
    const r = rels(t);
    expect(r).toContainEqual(['nghi-dinh:59-2031-nd-cp', 'AMENDS', 'nghi-dinh:34-2026-nd-cp']);
    expect(r).not.toContainEqual(['nghi-dinh:59-2031-nd-cp', 'AMENDS', 'luat:t-libraries']);
  });
});

describe('English plenums and congresses as news agencies write them', () => {
  it('"the Resolution of the 4th Conference of the Party Central Committee (14th tenure)" is plenum 4 of term XIV', () => {
    const t = 'On May 4, 2031, the Politburo issued Directive No. 44-CT/TW on the implementation of the Resolution of the 4th Conference of the Party Central Committee (14th tenure).';
    expect(rels(t)).toContainEqual(['chi-thi:44-ct-tw@2031', 'IMPLEMENTS', 'nghi-quyet:hntw-4-xiv']);
  });
  it('"the 14th Party Congress" is the national congress', () => {
    expect(extract('Cadres studied the Resolution of the 14th Party Congress.').instruments.map((i) => i.key)).toEqual(['nghi-quyet:dai-hoi-xiv']);
  });
  it('a closing quotation mark the title never opened is no part of it', () => {
    const t = 'He said: “We follow the Politburo’s Directive No. 3 on following moral examples”.';
    expect(extract(t).instruments[0]?.title).toBe('Following moral examples');
  });
});

describe('English news about laws', () => {
  it('"the 2015 Law on …" has the year; a possessive stays in the name ("People’s Councils")', () => {
    const e = extract('The Law on Local Libraries will replace the 2013 Law on the Organisation of People’s Reading Rooms next year.');
    expect(e.instruments.map((i) => i.key)).toContain('luat:t-organisation-of-people-s-reading-rooms@2013');
    expect(e.instruments.find((i) => i.key.endsWith('@2013'))?.title).toBe('Organisation of People’s Reading Rooms');
  });
  it('"will replace" is the subject\'s verb', () => {
    expect(rels('Decree 12/2031/ND-CP will replace Decree 5/2029/ND-CP from July 1.')).toEqual([['nghi-dinh:12-2031-nd-cp', 'REPLACES', 'nghi-dinh:5-2029-nd-cp']]);
  });
  it('"the resolution, coded 22/2031/QH16": the noun before names the kind the Assembly\'s code leaves open', () => {
    expect(extract('According to the resolution, coded 22/2031/QH16, the Assembly will pass two laws.').instruments.map((i) => i.key)).toEqual(['nghi-quyet:22-2031-qh16']);
  });
});

describe('an entry into force stated before or around the citation', () => {
  const eff = (t: string, number: string) => byNumber(t, number)?.effectiveFrom ?? null;
  it('"Từ 1/1/2032, Nghị định A chính thức có hiệu lực, thay thế …": the opening date', () => {
    expect(eff('Từ 1/1/2032, Nghị định 168/2031/NĐ-CP chính thức có hiệu lực, thay thế Nghị định 100/2029/NĐ-CP.', '168')).toBe('2032-01-01');
  });
  it('a date after "có hiệu lực" wins over the opening one', () => {
    expect(eff('Từ 1/1/2032, Nghị định 168/2031/NĐ-CP có hiệu lực từ ngày 5/1/2032.', '168')).toBe('2032-01-05');
  });
  it('"Thông tư A (sửa đổi Thông tư B) có hiệu lực từ …": the parenthesis is an aside, A takes effect', () => {
    const t = 'Thông tư 02/2032/TT-BXD (sửa đổi Thông tư 12/2030/TT-BXD) có hiệu lực từ 15/3/2032.';
    expect([eff(t, '02'), eff(t, '12')]).toEqual(['2032-03-15', null]);
  });
});

describe('English fronted phrases and asides with titles', () => {
  it('"Under Decree A amending Decree B, businesses must …": the title stops at the comma', () => {
    expect(byNumber('Under Decree 70/2031/ND-CP amending Decree 123/2029/ND-CP, businesses must issue e-invoices.', '70')?.title).toBe('Amending Decree 123/2029/ND-CP');
  });
  it('a list of amended decrees after the participle stays in the title', () => {
    const t = 'Decree No. 12/2031/ND-CP amending Decree No. 5/2030/ND-CP, Decree No. 6/2030/ND-CP and Decree No. 7/2030/ND-CP was issued.';
    expect(rels(t)).toHaveLength(3);
  });
  it('", which guides Decree B on invoices, took effect on …" dates the subject, not B', () => {
    const t = 'Circular 78/2031/TT-BTC, which guides Decree 123/2029/ND-CP on invoices, took effect on July 1, 2032.';
    expect([byNumber(t, '78')?.effectiveFrom, byNumber(t, '123')?.effectiveFrom ?? null]).toEqual(['2032-07-01', null]);
  });
});
