import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';

const rels = (t: string) => extract(t).relations.map((r) => [r.from, r.type, r.to]);

describe('relate', () => {
  it('reads cue words between two citations', () => {
    expect(rels('Quy định số 213-QĐ/TW thay thế Quy định số 76-QĐ/TW ngày 15-6-2007 của Bộ Chính trị.')).toEqual([['quy-dinh:213-qd-tw', 'REPLACES', 'quy-dinh:76-qd-tw@2007']]);
    expect(rels('Hướng dẫn số 33-HD/BTCTW, ngày 10-2-2020, của Ban Tổ chức Trung ương thực hiện Quy định số 213-QĐ/TW.')).toEqual([['huong-dan:33-hd-btctw@2020', 'GUIDES', 'quy-dinh:213-qd-tw']]);
    expect(rels('Kế hoạch số 12-KH/TU thực hiện Nghị quyết số 18-NQ/TW; Kết luận số 40-KL/TW tổng kết 10 năm thực hiện Nghị quyết số 19-NQ/TW.')).toEqual([
      ['ke-hoach:12-kh-tu', 'IMPLEMENTS', 'nghi-quyet:18-nq-tw'],
      ['ket-luan:40-kl-tw', 'SUMMARIZES', 'nghi-quyet:19-nq-tw'],
    ]);
    expect(rels('Thông tư số 01/2011/TT-BNV hướng dẫn thi hành Nghị định số 110/2004/NĐ-CP.')).toEqual([['thong-tu:1-2011-tt-bnv', 'GUIDES', 'nghi-dinh:110-2004-nd-cp']]);
  });
  it('reads cue words inside a title', () => {
    expect(rels('Kết luận số 01-KL/TW, “Về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị”.')).toEqual([['ket-luan:1-kl-tw', 'CONTINUES', 'chi-thi:5-ct-tw']]);
    expect(rels('Nghị định số 12/2021/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP.')).toEqual([['nghi-dinh:12-2021-nd-cp', 'AMENDS', 'nghi-dinh:30-2020-nd-cp']]);
  });
  it('cites what a title names without a cue', () => {
    expect(rels('Quy định số 22-QĐ/TW “Về công tác kiểm tra theo Điều lệ, Quy định số 30-QĐ/TW”.')).toEqual([['quy-dinh:22-qd-tw', 'CITES', 'quy-dinh:30-qd-tw']]);
  });
  it('needs a subject: an action sentence is no relation', () => {
    expect(rels('Ban Thường vụ Thành ủy đã triển khai thực hiện Nghị quyết số 18-NQ/TW; Kết luận số 21-KL/TW.')).toEqual([]);
    expect(rels('Nghị định này thay thế Nghị định số 110/2004/NĐ-CP và sửa đổi, bổ sung Nghị định số 09/2010/NĐ-CP.')).toEqual([]);
  });
  it('lets coordinated verbs share their subject', () => {
    const t = 'QUỐC HỘI\nSố: 15/2023/NĐ-CP\nNGHỊ ĐỊNH\nNghị định này thay thế Nghị định số 110/2004/NĐ-CP và sửa đổi, bổ sung một số điều của Nghị định số 09/2010/NĐ-CP.\nBãi bỏ Thông tư số 14/2011/TT-BNV.';
    expect(rels(t)).toEqual([
      ['nghi-dinh:15-2023-nd-cp', 'REPLACES', 'nghi-dinh:110-2004-nd-cp'],
      ['nghi-dinh:15-2023-nd-cp', 'AMENDS', 'nghi-dinh:9-2010-nd-cp'],
      ['nghi-dinh:15-2023-nd-cp', 'REPEALS', 'thong-tu:14-2011-tt-bnv'],
    ]);
  });
  it('reads a list named by a noun phrase the instruments enacted, and skips asides between items', () => {
    expect(rels('Nghị định số 20/2024/NĐ-CP thay thế cơ chế đã ban hành tại các Nghị định: Nghị định 11/2019/NĐ-CP ngày 1 tháng 2 năm 2019 của Chính phủ về phí (sau đây viết tắt là Nghị định 11), Nghị định 12/2020/NĐ-CP ngày 3 tháng 4 năm 2020 của Chính phủ về lệ phí.')).toEqual([
      ['nghi-dinh:20-2024-nd-cp', 'REPLACES', 'nghi-dinh:11-2019-nd-cp'],
      ['nghi-dinh:20-2024-nd-cp', 'REPLACES', 'nghi-dinh:12-2020-nd-cp'],
    ]);
    expect(rels('Thông tư số 07/2023/TT-BTC thay thế các quy định đã được ban hành theo Quyết định số 5/2010/QĐ-TTg.')).toEqual([['thong-tu:7-2023-tt-btc', 'REPLACES', 'quyet-dinh:5-2010-qd-ttg']]);
    expect(rels('Nghị định số 20/2024/NĐ-CP thay thế Nghị định 11/2019/NĐ-CP (sau đây gọi là Nghị định 11), Nghị định 12/2020/NĐ-CP.')).toEqual([
      ['nghi-dinh:20-2024-nd-cp', 'REPLACES', 'nghi-dinh:11-2019-nd-cp'],
      ['nghi-dinh:20-2024-nd-cp', 'REPLACES', 'nghi-dinh:12-2020-nd-cp'],
    ]);
    // no subject, and a noun phrase that is not enacted by what follows: nothing
    expect(rels('Bộ đã thay thế cơ chế đã ban hành tại các Nghị định: Nghị định 11/2019/NĐ-CP.')).toEqual([]);
    expect(rels('Nghị định số 20/2024/NĐ-CP thay thế cơ chế phối hợp giữa các bộ. Nghị định 11/2019/NĐ-CP vẫn còn hiệu lực.')).toEqual([]);
  });
  it('gives a directive sentence to the document, or to the instrument a news text reports as issued', () => {
    const t = 'QUỐC HỘI\nSố: 15/2023/NQ-QH\nNGHỊ QUYẾT\nCần thực hiện nghiêm Nghị quyết số 18-NQ/TW. Ban Thường vụ cần thực hiện Nghị quyết số 19-NQ/TW.';
    expect(rels(t)).toEqual([['nghi-quyet:15-2023-nq-qh', 'IMPLEMENTS', 'nghi-quyet:18-nq-tw']]);
    const news = 'Ban Bí thư vừa ban hành Chỉ thị số 40-CT/TW về tín dụng chính sách.\nPhải khẩn trương thực hiện Kết luận số 21-KL/TW. Thực hiện Nghị quyết số 20-NQ/TW, tỉnh đã xây dựng kế hoạch.';
    expect(rels(news)).toEqual([['chi-thi:40-ct-tw', 'IMPLEMENTS', 'ket-luan:21-kl-tw']]);
    const en = 'The Secretariat has signed and issued Directive No. 41-CT/TW on credit.\nIt is necessary to strictly implement Resolution No. 18 of the Politburo. The province will implement Resolution No. 19.';
    expect(rels(en)).toEqual([['chi-thi:41-ct-tw', 'IMPLEMENTS', 'nghi-quyet:18']]);
    // a news text that names no issued instrument in its first line: nobody directs
    expect(rels('Hội nghị diễn ra tại Hà Nội.\nCần thực hiện nghiêm Nghị quyết số 18-NQ/TW.')).toEqual([]);
  });
  it('reads a law named in lower case when its articles are detailed or guided', () => {
    expect(rels('Nghị định số 31/2019/NĐ-CP quy định chi tiết thi hành một số điều của Pháp lệnh quản lý chợ nông thôn;')).toEqual([['nghi-dinh:31-2019-nd-cp', 'GUIDES', 'phap-lenh:t-quan-ly-cho-nong-thon']]);
    expect(rels('Thông tư số 08/2022/TT-BYT hướng dẫn Luật khám chữa bệnh về cấp chứng chỉ.')).toEqual([['thong-tu:8-2022-tt-byt', 'GUIDES', 'luat:t-kham-chua-benh']]);
    // "luật này" is the document, a lower-case kind word is no citation, and a bare lower-case name is not a law
    expect(rels('Nghị định số 31/2019/NĐ-CP hướng dẫn một số điều của Luật này.')).toEqual([]);
    expect(rels('Nghị định số 31/2019/NĐ-CP hướng dẫn một số điều của luật quản lý chợ.')).toEqual([]);
    expect(rels('Nghị định số 31/2019/NĐ-CP thực hiện Luật quản lý chợ.')).toEqual([]);
  });
  it('goes on through a list item that names its guiding texts along', () => {
    const t = 'CHÍNH PHỦ\nSố: 15/2031/NĐ-CP\nNGHỊ ĐỊNH\nCăn cứ Luật Quản lý thuế số 78/2006/QH11 và các văn bản hướng dẫn thi hành; Luật số 71/2014/QH13 sửa đổi các luật về thuế;';
    expect(rels(t)).toEqual([
      ['nghi-dinh:15-2031-nd-cp', 'BASED_ON', 'luat:78-2006-qh11'],
      ['nghi-dinh:15-2031-nd-cp', 'BASED_ON', 'luat:71-2014-qh13'],
    ]);
    const en = 'CHÍNH PHỦ\nSố: 15/2031/NĐ-CP\nNGHỊ ĐỊNH\nPursuant to the Law No. 71/2014/QH13 dated November 26, 2014, and instructional documents; the Law No. 106/2016/QH13 dated April 6, 2016;';
    expect(rels(en).map((r) => r[2])).toEqual(['luat:71-2014-qh13', 'luat:106-2016-qh13']);
    // other words between the items end the list
    const cut = 'CHÍNH PHỦ\nSố: 15/2031/NĐ-CP\nNGHỊ ĐỊNH\nCăn cứ Luật Quản lý thuế số 78/2006/QH11 và tình hình thực tế; Luật số 71/2014/QH13 đã hết hiệu lực.';
    expect(rels(cut)).toEqual([['nghi-dinh:15-2031-nd-cp', 'BASED_ON', 'luat:78-2006-qh11']]);
  });
  it("reads a table of status changes: the row's source acts on the table's instrument", () => {
    const t = 'Lịch sử hiệu lực: Nghị định 41/CP\nNgày Trạng thái Văn bản nguồn\n01/01/1996 Văn bản có hiệu lực 41/CP\n03/02/2001 Được sửa đổi 12/2001/NĐ-CP\n05/06/2008 Bị thay thế 1 phần 30/2008/NĐ-CP\n07/08/2010 Bị bãi bỏ 44/2010/NĐ-CP';
    expect(rels(t)).toEqual([
      ['nghi-dinh:12-2001-nd-cp', 'AMENDS', 'nghi-dinh:41-cp'],
      ['nghi-dinh:30-2008-nd-cp', 'REPLACES', 'nghi-dinh:41-cp'],
      ['nghi-dinh:44-2010-nd-cp', 'REPEALS', 'nghi-dinh:41-cp'],
    ]);
    // rows outside such a table, and a table's own status rows, state nothing
    expect(rels('03/02/2001 Được sửa đổi 12/2001/NĐ-CP\n05/06/2008 Bị thay thế 30/2008/NĐ-CP')).toEqual([]);
    expect(rels('Lịch sử hiệu lực: Nghị định 41/CP\n01/01/1996 Văn bản có hiệu lực 41/CP\n03/02/2001 Văn bản được ban hành 12/2001/NĐ-CP')).toEqual([]);
  });
});

describe('more verbs of acting on an instrument', () => {
  it('"thể chế hóa" (a State text puts a Party decision into law) → IMPLEMENTS; English "institutionalizing" too', () => {
    expect(rels('Nghị quyết số 31/2031/QH16 của Quốc hội thể chế hóa Kết luận số 44-KL/TW của Bộ Chính trị.')).toEqual([
      ['nghi-quyet:31-2031-qh16', 'IMPLEMENTS', 'ket-luan:44-kl-tw'],
    ]);
    expect(rels('Resolution No. 31/2031/QH16 institutionalizing Conclusion No. 44-KL/TW was adopted.')).toEqual([
      ['nghi-quyet:31-2031-qh16', 'IMPLEMENTS', 'ket-luan:44-kl-tw'],
    ]);
  });
  it('"hủy bỏ" and "chấm dứt hiệu lực" strike out with no successor → REPEALS', () => {
    expect(rels('Quyết định số 15/2031/QĐ-UBND hủy bỏ Quyết định số 9/2030/QĐ-UBND.')).toEqual([
      ['quyet-dinh:15-2031-qd-ubnd', 'REPEALS', 'quyet-dinh:9-2030-qd-ubnd'],
    ]);
    expect(rels('Thông tư 12/2031/TT-BTC chấm dứt hiệu lực Thông tư 40/2029/TT-BTC.')).toEqual([['thong-tu:12-2031-tt-btc', 'REPEALS', 'thong-tu:40-2029-tt-btc']]);
  });
  it('"hủy bỏ" of something else, named before a citation, relates nothing', () => {
    expect(rels('Việc hủy bỏ kết quả thi theo Quyết định số 5/QĐ-BGDĐT được thực hiện.')).toEqual([]);
  });
});
