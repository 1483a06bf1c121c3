// Whole texts of our own writing, in the style of Party news articles, provincial decisions and English
// renderings, with the output we expect of them.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';

const ARTICLE = "(ĐCSVN) - Sáng 14/3, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 28-CT/TW ngày 20/01/2024 của Ban Bí thư về nâng cao chất lượng công tác bảo vệ chính trị nội bộ.\nThời gian qua, các cấp ủy đã quán triệt nghiêm túc Nghị quyết số 21-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới, Kết luận số 14-KL/TW và Kết luận số 15-KL/TW của Bộ Chính trị.\nNgày 5-9-2023, Tỉnh ủy Hà Tĩnh ban hành Kế hoạch số 210-KH/TU thực hiện Chỉ thị 28, thay thế Kế hoạch số 45-KH/TU ngày 12-4-2017 của Ban Thường vụ Tỉnh ủy.\nQua đó, 1.250 đảng viên được bồi dưỡng, kinh phí hỗ trợ 320,5 triệu đồng.";
const DECISION = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\nSố: 18/2022/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nNghệ An, ngày 25 tháng 3 năm 2022\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH NGHỆ AN\nỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;\nCăn cứ Nghị định số 66/2020/NĐ-CP ngày 11 tháng 6 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ về quản lý, phát triển cụm công nghiệp;\nTheo đề nghị của Giám đốc Sở Công Thương.\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Nghệ An.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 05 tháng 4 năm 2022 và thay thế Quyết định số 52/2018/QĐ-UBND ngày 10 tháng 12 năm 2018 của Ủy ban nhân dân tỉnh Nghệ An.";
const PLAN = "Tiếp tục thực hiện Nghi quyet so 35-NQ/TW ngay 22/10/2018 cua Bo Chinh tri ve tang cuong bao ve nen tang tu tuong cua Dang, Đảng bộ huyện đã triển khai nhiều giải pháp.\nNhiệm vụ, giải pháp trong thời gian tới:\nMột là, tiếp tục quán triệt Điều lệ Đảng, Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng.\nHai là, nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn số 12-HD/BTCTW ngày 6/7/2018 của Ban Tổ chức Trung ương.\nBa là, đẩy mạnh tuyên truyền Luật Đất đai năm 2024 và Luật số 31/2024/QH15.";
const ENGLISH = "In implementing Resolution No. 57-NQ/TW dated December 22, 2024 of the Politburo on breakthroughs in science, technology, innovation and national digital transformation, the Government issued Resolution No. 03/NQ-CP dated January 9, 2025. Decree No. 13/2023/ND-CP of the Government replaces Decree No. 52/2013/ND-CP.";

const view = (t: string) => {
  const x = extract(t);
  return {
    inst: x.instruments.map((i) => [i.key, i.issuedOn, i.issuer, i.title]),
    rels: x.relations.map((r) => [r.from, r.type, r.to]),
  };
};

describe('own texts', () => {
  it('an article on a provincial conference', () => {
    const v = view(ARTICLE);
    expect(v.inst).toEqual([
      ['chi-thi:28-ct-tw@2024', '2024-01-20', 'Ban Bí thư', 'Về nâng cao chất lượng công tác bảo vệ chính trị nội bộ'],
      ['nghi-quyet:21-nq-tw@2022', '2022-06-16', 'Ban Chấp hành Trung ương', 'Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới'],
      ['ket-luan:14-kl-tw', null, 'Bộ Chính trị', null],
      ['ket-luan:15-kl-tw', null, 'Bộ Chính trị', null],
      ['ke-hoach:210-kh-tu@2023#ha-tinh', '2023-09-05', 'Tỉnh ủy Hà Tĩnh', 'Thực hiện Chỉ thị 28'],
      ['ke-hoach:45-kh-tu@2017#ha-tinh', '2017-04-12', 'Ban Thường vụ Tỉnh ủy Hà Tĩnh', null],
    ]);
    expect(v.rels).toEqual([
      ['ke-hoach:210-kh-tu@2023#ha-tinh', 'IMPLEMENTS', 'chi-thi:28-ct-tw@2024'],
      ['ke-hoach:210-kh-tu@2023#ha-tinh', 'REPLACES', 'ke-hoach:45-kh-tu@2017#ha-tinh'],
    ]);
    expect(extract(ARTICLE).instruments[1]).toMatchObject({ conference: 'Hội nghị Trung ương 5', term: 'XIII' });
  });
  it('a provincial decision with its header and preamble', () => {
    const v = view(DECISION);
    const self = 'quyet-dinh:18-2022-qd-ubnd#nghe-an';
    const amending = 'luat:t-sua-doi-bo-sung-mot-so-dieu-cua-luat-to-chuc-chinh-phu-va-luat-to-chuc-chinh-quyen-dia-phuong@2019';
    expect(v.inst[0]?.slice(0, 2)).toEqual([self, '2022-03-25']);
    expect(String(v.inst[0]?.[3]).toLowerCase()).toBe('ban hành quy chế quản lý cụm công nghiệp trên địa bàn tỉnh nghệ an');
    expect(v.rels).toEqual([
      [self, 'BASED_ON', 'luat:t-to-chuc-chinh-quyen-dia-phuong@2015'],
      [self, 'BASED_ON', amending],
      [amending, 'AMENDS', 'luat:t-to-chuc-chinh-phu'],
      [amending, 'AMENDS', 'luat:t-to-chuc-chinh-quyen-dia-phuong@2015'],
      [self, 'BASED_ON', 'nghi-dinh:66-2020-nd-cp'],
      ['nghi-dinh:66-2020-nd-cp', 'AMENDS', 'nghi-dinh:68-2017-nd-cp'],
      [self, 'REPLACES', 'quyet-dinh:52-2018-qd-ubnd#nghe-an'],
    ]);
    expect(v.inst.find((i) => i[0] === 'nghi-dinh:68-2017-nd-cp')).toEqual(['nghi-dinh:68-2017-nd-cp', '2017-05-25', 'Chính phủ', 'Về quản lý, phát triển cụm công nghiệp']);
  });
  it('a district plan with tasks, one citation without diacritics', () => {
    const x = extract(PLAN);
    expect(x.instruments.map((i) => [i.key, i.issuer])).toEqual([
      ['nghi-quyet:35-nq-tw@2018', 'Bộ Chính trị'],
      ['dieu-le:t-dang', null],
      ['quy-dinh:22-qd-tw@2021', 'Ban Chấp hành Trung ương'],
      ['huong-dan:12-hd-btctw@2018', 'Ban Tổ chức Trung ương'],
      ['luat:t-dat-dai@2024', 'Quốc hội'],
      ['luat:31-2024-qh15', 'Quốc hội'],
    ]);
    const tasks = x.actions.filter((a) => a.kind === 'task');
    expect(tasks.map((t) => [t.ordinal, t.backedBy])).toEqual([
      [1, ['dieu-le:t-dang', 'quy-dinh:22-qd-tw@2021']],
      [2, ['huong-dan:12-hd-btctw@2018']],
      [3, ['luat:t-dat-dai@2024', 'luat:31-2024-qh15']],
    ]);
  });
  it('an English rendering', () => {
    const v = view(ENGLISH);
    expect(v.inst).toEqual([
      ['nghi-quyet:57-nq-tw@2024', '2024-12-22', 'Bộ Chính trị', 'Breakthroughs in science, technology, innovation and national digital transformation'],
      ['nghi-quyet:3-nq-cp@2025', '2025-01-09', 'Chính phủ', null],
      ['nghi-dinh:13-2023-nd-cp', null, 'Chính phủ', null],
      ['nghi-dinh:52-2013-nd-cp', null, 'Chính phủ', null],
    ]);
    expect(v.rels).toEqual([['nghi-dinh:13-2023-nd-cp', 'REPLACES', 'nghi-dinh:52-2013-nd-cp']]);
  });
});
