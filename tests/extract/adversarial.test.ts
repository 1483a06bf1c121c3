// Large adversarial inputs finish: no regular expression backtracks catastrophically. No timing asserts here;
// the generous timeout only guards against a hang (a quadratic scan of 1 MB would take minutes).
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';

const MB = 1 << 20;
const repeat = (s: string) => s.repeat(Math.ceil(MB / s.length));

describe('adversarial inputs', () => {
  const cases: [string, string][] = [
    ['"Quy định số 1-" repeated', repeat('Quy định số 1-')],
    ['a long run of digits', '1'.repeat(MB)],
    ['digits and separators', repeat('1-2/3.4,5 ')],
    ['quotes', repeat('“')],
    ['nested open quotes after a citation', 'Kết luận số 1-KL/TW, ' + repeat('“Về ')],
    ['"số số số"', 'Quy định ' + repeat('số ')],
    ['kind words', repeat('Nghị quyết Nghị định ')],
    ['conference lists', 'Nghị quyết Hội nghị Trung ương ' + repeat('4, ')],
    ['symbol segments', '213-' + repeat('QĐ/')],
    ['organisation names', repeat('Ban Thường vụ Thành ủy ')],
    ['sparse phrase words', repeat('hai đều tất cả bổ sung sửa đổi được điều 1 tỉnh a có hiệu lực, gồm ban hành: ')],
    ['task markers', repeat('\nMột là, ')],
    ['full citations', repeat('Quy định số 213-QĐ/TW, ngày 2-1-2020, của Bộ Chính trị thay thế Quy định 76. ')],
    ['fronted clauses on one line', repeat('Thực hiện Nghị quyết số 1-NQ/TW, ')],
    ['departments and blocs', repeat('Sở Nội vụ Đảng ủy Khối các cơ quan tỉnh ')],
    ['kind abbreviations', repeat('NQ TW NQTW NQ 1 KL 2 CT 3 ')],
    ['paired law names', repeat('Luật Phòng, chống, chống, ')],
    ['plural English laws', repeat('the Laws on A and on B and on ')],
    ['issuers before acts, no date anywhere', repeat('Bộ Chính trị ban hành Quy định số 1-QĐ/TW. ')],
    ['terms without a sentence end', 'Nghị quyết Trung ương 4 ' + repeat('khóa XII Trung ương 4 ')],
    ['acronym definitions and uses', repeat('Luật Thư viện (LTV) năm 2020 và LTV 2020, ')],
    ['enacting sentences after preamble lines', 'Căn cứ Luật Thư viện;\n' + repeat('Căn cứ x;\nChính phủ ban hành Nghị định về ' + 'a '.repeat(150) + '\n')],
    ['asides between passives', repeat('Nghị định số 1/2020/NĐ-CP, được sửa đổi bởi Nghị định số 2/2021/NĐ-CP, đã bị thay thế bởi ')],
    ['history tables', repeat('Lịch sử hiệu lực: Nghị định 28/CP\n01/01/2031 Văn bản có hiệu lực 28/CP\n')],
    ['English boards before committees', repeat('the Standing Board of the Nghe An Standing Committee of the Party Central Committee\u2019s Secretariat of the ')],
    ['one issuer before long lists', 'Bộ Chính trị ban hành ' + repeat('Chỉ thị số 1-CT/TW, ')],
    ['header lines in capitals', repeat('SỞ TÀI CHÍNH -\nTỈNH QUẢNG NAM\n') + 'Số: 1/QĐ-STC\nQUYẾT ĐỊNH\nVề giá'],
    ['abbreviated local issuers', repeat('Quyết định số 1/QĐ-UBND của Chủ tịch UBND TP. Hà Nội, HĐND Tp.Huế ')],
  ];
  it.each(cases)('completes on 1 MB of %s', (_name, text) => {
    const x = extract(text);
    expect(Array.isArray(x.instruments)).toBe(true);
  }, 120_000);
});
