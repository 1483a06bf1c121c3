// Joint issuers as the notes write them ("Bộ Tài chính và Bộ Khoa học và Công nghệ", "Bộ Công an, Bộ Quốc phòng,
// Viện kiểm sát nhân dân tối cao và Toà án nhân dân tối cao") → one name per body. A comma or "và" splits only
// where a body's head word follows, so "Bộ Văn hóa, Thể thao và Du lịch" and "Bộ Khoa học và Công nghệ" stay whole.
const HEAD = /^(?:Bộ|Viện|Toà|Tòa|Ủy|Uỷ|Ban|Thanh tra|Ngân hàng|Kiểm toán|Hội|Tổng|Văn phòng|Trung ương|Mặt trận|Đoàn|Chính phủ|Quốc hội|Thủ tướng|Chủ tịch)(?=\s|$)/u;

export function splitIssuers(name: string): string[] {
  const parts = name.split(/\s*,\s*|\s+và\s+/u);
  const seps = name.match(/\s*,\s*|\s+và\s+/gu) ?? [];
  const out: string[] = [];
  let cur = parts[0] ?? '';
  for (let n = 1; n < parts.length; n++) {
    const next = parts[n]!;
    if (HEAD.test(next)) {
      out.push(cur.trim());
      cur = next;
    } else cur += seps[n - 1]! + next;
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}
