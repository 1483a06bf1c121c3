// A document's title from its own text: the header's kind heading with its "Số: …" line and the title lines under
// it ("Thông tư 99/2026/TT-BTP: Quy định chi tiết …"), else the first heading, else the file name. Never page
// furniture of a saved web page ("|", "Alternate Text", "Print article"), never a path on the server.

/** Lines a saved web page carries around the text that never name it. */
const FURNITURE = /^(?:[|•·\-–—_=*#>\s]*|alternate text|print article|print|in bài viết|in trang|chia sẻ|share|facebook|twitter|zalo|email|trang chủ|home|menu|đăng nhập|login|tìm kiếm|search|skip to (?:main )?content|bản in|quay lại|back|top|lên đầu trang|cỡ chữ.*|font size.*|[0-9/:\s.-]+)$/iu;

const KIND_HEADINGS = [
  'THÔNG TƯ LIÊN TỊCH', 'NGHỊ QUYẾT LIÊN TỊCH', 'THÔNG TƯ', 'NGHỊ ĐỊNH', 'QUYẾT ĐỊNH', 'NGHỊ QUYẾT', 'QUY ĐỊNH', 'CHỈ THỊ',
  'KẾT LUẬN', 'LUẬT', 'BỘ LUẬT', 'PHÁP LỆNH', 'HƯỚNG DẪN', 'THÔNG BÁO', 'KẾ HOẠCH', 'CÔNG VĂN', 'THÔNG TRI', 'QUY CHẾ', 'ĐỀ ÁN', 'BÁO CÁO',
];

export function isFurniture(line: string): boolean {
  return FURNITURE.test(line.trim());
}

function kindCase(heading: string): string {
  const lower = heading.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** The file name a person gave, without its folders and extension. */
export function fileTitle(source: string | null | undefined): string | null {
  if (!source) return null;
  const base = source.split(/[\\/]/).pop()!.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return base || null;
}

function lines(text: string): string[] {
  return text.slice(0, 6000).split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim());
}

/** The title the document's own text gives, or the file name, or null. */
export function documentTitle(text: string, source?: string | null): string | null {
  return headerTitle(text) ?? firstHeading(text) ?? fileTitle(source);
}

/** "Thông tư 99/2026/TT-BTP: Quy định …" from the header's kind heading, "Số: …" line and title lines. */
export function headerTitle(text: string): string | null {
  const ls = lines(text);
  const number = ls.map((l) => /^Số\s*:\s*(\S+)/u.exec(l)?.[1]).find(Boolean) ?? null;
  for (let k = 0; k < ls.length; k++) {
    const kind = KIND_HEADINGS.find((h) => ls[k] === h || ls[k] === `${h}:`);
    if (!kind) continue;
    const titleLines: string[] = [];
    for (let j = k + 1; j < ls.length && titleLines.length < 4; j++) {
      const l = ls[j]!;
      if (!l) {
        if (titleLines.length) break;
        continue;
      }
      if (/^(căn cứ|theo đề nghị|số\s*:|điều 1|chương|phần)\b/iu.test(l) || isFurniture(l)) break;
      titleLines.push(l);
    }
    const name = `${kindCase(kind)}${number ? ` ${number.replace(/[.,;]$/, '')}` : ''}`;
    const title = titleLines.join(' ');
    if (title || number) return title ? `${name}: ${sentenceCaseIfCaps(title)}` : name;
  }
  return null;
}

/** A Markdown "# …" heading, else a short first line that is not furniture. */
export function firstHeading(text: string): string | null {
  const ls = lines(text);
  const md = ls.find((l) => /^#{1,3}\s+\S/.test(l));
  if (md) return md.replace(/^#+\s+/, '');
  const first = ls.find((l) => l && !isFurniture(l));
  return first && first.length <= 160 && !/[.;:,]$/.test(first) ? first : null;
}

/** A page's own title without the site's name after it: "Nghị định 30/2020/NĐ-CP | Thư viện" → "Nghị định 30/2020/NĐ-CP". */
function withoutSite(title: string): string {
  return title.split(/\s+[|–—]\s+|\s+-\s+(?=[^-]*$)/u)[0]!.trim();
}

function sentenceCaseIfCaps(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase()) return s;
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * The title to propose for a document: its header's first; then the title its file format gave (a page's
 * <title>, without the site's name) unless that is furniture or a path; then its first heading; then the file name.
 */
export function cleanTitle(given: string | null | undefined, text: string, source?: string | null): string | null {
  const header = headerTitle(text);
  if (header) return header;
  const t = given ? withoutSite(given.replace(/\s+/g, ' ').trim()) : '';
  if (t && !isFurniture(t) && !/^(?:\/|[A-Za-z]:\\|\.{1,2}\/)/.test(t)) return t;
  return firstHeading(text) ?? fileTitle(source);
}

/** Where a document came from, as a reader may see it: an address as given, a file by its name only. */
export function publicSource(source: string | null | undefined): string | null {
  if (!source) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return source;
  return source.split(/[\\/]/).pop() || null;
}

/** A stored title as a reader sees it: furniture or a path gives way to the file name. */
export function displayTitle(title: string | null | undefined, source: string | null | undefined): string | null {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (t && !isFurniture(t) && !/^(?:\/|[A-Za-z]:\\|\.{1,2}\/)/.test(t)) return withoutSite(t);
  return fileTitle(source);
}
