// Names of laws and codes as texts cite them without a number ("Luật Cán bộ, công chức năm 2008").
// Only names that the generic rule in find.ts would cut short need to be here: names with a comma,
// with "và", or with a word the rule treats as a function word ("Luật Đầu tư công", "Luật Thủ đô").
// The catalogue's names (data/catalog/law-names.json, written by `npm run derive-catalog`) join the list below:
// every law, code and ordinance the Bộ Pháp điển codifies is read whole ("Luật Đầu tư theo phương thức đối tác
// công tư", not "Luật Đầu tư").

import { fold } from '../text/fold.ts';
import type { Doc, Range } from './models.ts';
import CATALOG_NAMES from '../../data/catalog/law-names.json' with { type: 'json' };

const NAMES = [
  'Cán bộ, công chức', 'Phòng, chống tham nhũng', 'Thi đua, khen thưởng', 'Hôn nhân và gia đình', 'Khám bệnh, chữa bệnh',
  'Thực hành tiết kiệm, chống lãng phí', 'Phòng, chống ma túy', 'Phòng, chống bạo lực gia đình', 'Phòng, chống tác hại của rượu, bia',
  'Phòng, chống thiên tai', 'Phòng cháy và chữa cháy', 'Phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Thể dục, thể thao',
  'Trật tự, an toàn giao thông đường bộ', 'Tín ngưỡng, tôn giáo', 'Phổ biến, giáo dục pháp luật', 'Khoa học và công nghệ',
  'Tiêu chuẩn và quy chuẩn kỹ thuật', 'Tài nguyên, môi trường biển và hải đảo', 'Phí và lệ phí', 'Quản lý, sử dụng tài sản công',
  'Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ', 'Ký kết, gia nhập và thực hiện điều ước quốc tế',
  'Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân', 'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân',
  'Tổ chức cơ quan điều tra hình sự', 'Đầu tư công', 'Đầu tư', 'Thủ đô', 'Đấu thầu', 'Đất đai', 'Xử lý vi phạm hành chính',
  'Tiếp cận thông tin', 'Tố tụng hình sự', 'Tố tụng dân sự', 'Tố tụng hành chính', 'Thi hành án hình sự', 'Thi hành án dân sự',
  'Thực hiện dân chủ ở cơ sở', 'Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác', 'Bảo vệ quyền lợi người tiêu dùng',
  'Giao dịch điện tử', 'Ban hành văn bản quy phạm pháp luật', 'Mặt trận Tổ quốc Việt Nam', 'Biển Việt Nam', 'Quốc tịch Việt Nam',
  'Biên phòng Việt Nam', 'Cảnh sát biển Việt Nam', 'Ngân hàng Nhà nước Việt Nam', 'Sĩ quan Quân đội nhân dân Việt Nam',
  'Tổ chức chính quyền địa phương', 'Tổ chức Chính phủ', 'Tổ chức Quốc hội', 'Tổ chức Tòa án nhân dân', 'Tổ chức Viện kiểm sát nhân dân',
  'Hòa giải ở cơ sở', 'Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng', 'Chuyển giao công nghệ',
  // names of the codified laws (the bundled catalogue) that hold a comma or a function word
  'Hỗ trợ doanh nghiệp nhỏ và vừa', 'Chất lượng sản phẩm, hàng hóa', 'Thuế xuất khẩu, thuế nhập khẩu', 'Trách nhiệm bồi thường của Nhà nước',
  'Trưng mua, trưng dụng tài sản', 'Đo đạc và bản đồ', 'Giáo dục quốc phòng và an ninh', 'Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam',
  'Xuất cảnh, nhập cảnh của công dân Việt Nam', 'Sử dụng năng lượng tiết kiệm và hiệu quả', 'Hòa giải, đối thoại tại Tòa án',
  'An toàn, vệ sinh lao động', 'Thi hành tạm giữ, tạm giam', 'Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng',
  'Ưu đãi người có công với cách mạng', 'Thuế bổ sung đối với hộ gia đình sử dụng đất nông nghiệp vượt quá hạn mức diện tích',
  'Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp', 'Bảo vệ, chăm sóc và giáo dục trẻ em',
  'Bảo vệ và phát triển rừng', 'Bảo vệ và kiểm dịch thực vật', 'Phòng, chống rửa tiền', 'Phòng, chống mua bán người',
];

/** Folded names grouped by their first word, longest first. */
function byFirstWord(names: readonly string[], skip: ReadonlySet<string> = new Set()): Map<string, string[]> {
  const map = new Map<string, string[]>();
  // a comma inside a name is often left out ("Luật phòng chống bạo lực gia đình"): both spellings are the name
  for (const n of names.flatMap((x) => (x.includes(',') ? [x, x.replace(/,/g, '')] : [x]))) {
    const f = fold(n);
    if (skip.has(f)) continue;
    const first = f.split(/[ ,]/)[0] ?? f; // "phong" for "Phòng, chống …", as the reader looks it up
    const list = map.get(first) ?? [];
    if (!list.includes(f)) list.push(f);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

/** The names above: read whole wherever they stand, in any case. */
export const KNOWN_LAW_NAMES: Map<string, string[]> = byFirstWord(NAMES);

/**
 * The catalogue's names (those not above): read whole when written with a capital and when the generic reading
 * would stop short of them; a longer generic reading wins ("Luật Thương mại điện tử" is not "Luật Thương mại").
 */
export const CATALOG_LAW_NAMES: Map<string, string[]> = byFirstWord(CATALOG_NAMES, new Set([...KNOWN_LAW_NAMES.values()].flat()));

/**
 * An English amending law named by what it does: "the Law amending and supplementing a number of articles of 11 laws
 * related to planning", "Law Amending the Law on Fisheries". The name runs from the verb to the clause's end (a
 * semicolon, a full stop, a comma, "dated" or a line break), at most 160 characters; null when no such verb follows.
 */
// (also "the Law on Amendments to the Law on …", "Law on amendments and supplements to …")
const EN_AMENDING = /[ ]{1,2}(?:on[ ]{1,2}(?=amendments?[ ]{1,2}(?:and[ ]{1,2}supplements?[ ]{1,2})?to[ ]))?(?=amending|supplementing|repealing|amendments?[ ])/y;
const EN_AMENDING_END = /[;\n(]|[.,](?=[ \n]|$)|[ ](?:dated|no\.|adopted|promulgated|issued|which|and its)(?![a-z])/;
export function englishAmendingName(doc: Doc, afterKind: number): Range | null {
  EN_AMENDING.lastIndex = afterKind;
  if (!EN_AMENDING.test(doc.scan)) return null;
  const start = EN_AMENDING.lastIndex;
  const window = doc.scan.slice(start, start + 160);
  const e = EN_AMENDING_END.exec(window);
  const end = start + (e ? e.index : -1);
  if (!e || end - start < 12 || !/ (?:of|to) /.test(window.slice(0, e.index))) return null;
  return { start, end };
}
