// One body, one name: issuer and actor names as the texts write them ("UBND tỉnh Bắc Giang", "ỦY BAN NHÂN DÂN
// TỈNH BẮC GIANG", "Uỷ ban nhân dân tỉnh Bắc Giang", a mis-decoded "BỘ CƠNG THƯƠNG") put in one written form:
// abbreviations expanded, mis-encodings repaired, old tone placement moved, capitals as official names use them.
// Pure; used when the graph makes organisation keys and by the web client's issuer filter.
import type { Extraction } from '../extract/models.ts';
import { normalizeTone, slugify } from './fold.ts';

/** Leading abbreviations of bodies, as written in headers and signatures. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/^UBTVQH\b/u, 'Ủy ban Thường vụ Quốc hội'],
  [/^UBKTTW\b/u, 'Ủy ban Kiểm tra Trung ương'],
  [/^UBND\b/u, 'Ủy ban nhân dân'],
  [/^HĐND\b/u, 'Hội đồng nhân dân'],
  [/^BCHTW\b/u, 'Ban Chấp hành Trung ương'],
  [/^BCH\s+TW\b/u, 'Ban Chấp hành Trung ương'],
  [/^BCH\b/u, 'Ban Chấp hành'],
  [/^BTVTU\b/u, 'Ban Thường vụ Tỉnh ủy'],
  [/^BTV\b/u, 'Ban Thường vụ'],
  [/^BBT\b/u, 'Ban Bí thư'],
  [/^BCT\b/u, 'Bộ Chính trị'],
  [/^TTg\b/u, 'Thủ tướng Chính phủ'],
  [/^MTTQ\b/u, 'Mặt trận Tổ quốc'],
];

/**
 * Abbreviations of local bodies and of "thành phố" wherever they stand in a name: after an office ("Chủ tịch UBND
 * tỉnh Lâm Đồng", "Thường trực HĐND tỉnh"), inside a committee's name ("Ban Thường vụ Thành ủy TP. Hồ Chí Minh").
 */
const INNER_ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])UBND(?![\p{L}\p{N}])/gu, 'Ủy ban nhân dân'],
  // a committee's boards: "BCH Đảng bộ tỉnh", "BTV Tỉnh ủy"
  [/(?<![\p{L}\p{N}])BCH(?=[ ]\p{Lu})/gu, 'Ban Chấp hành'],
  [/(?<![\p{L}\p{N}])BTV(?=[ ]\p{Lu})/gu, 'Ban Thường vụ'],
  [/(?<![\p{L}\p{N}])HĐND(?![\p{L}\p{N}])/gu, 'Hội đồng nhân dân'],
  [/(?<![\p{L}\p{N}])UBMTTQ(?![\p{L}\p{N}])/gu, 'Ủy ban Mặt trận Tổ quốc'],
  [/(?<![\p{L}\p{N}])MTTQ(?![\p{L}\p{N}])/gu, 'Mặt trận Tổ quốc'],
  [/(?<![\p{L}\p{N}])(?:TP\.?[ ]?HCM|TPHCM)(?![\p{L}\p{N}])/gu, 'thành phố Hồ Chí Minh'],
  // "TP. Hà Nội", "TP Hồ Chí Minh", "Tp.Cần Thơ": the unit before a capitalised place
  [/(?<![\p{L}\p{N}])(?:TP|Tp)(?:\.[ ]?|[ ])(?=\p{Lu})/gu, 'thành phố '],
];

/** Official spellings whose capitals no rule gives. Keyed by the folded slug. */
const CANONICAL: Record<string, string> = Object.fromEntries(
  [
    'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương', 'Chính phủ', 'Thủ tướng Chính phủ', 'Quốc hội',
    'Ủy ban Thường vụ Quốc hội', 'Ủy ban Kiểm tra Trung ương', 'Văn phòng Trung ương Đảng', 'Ban Tổ chức Trung ương',
    'Ban Tuyên giáo Trung ương', 'Ban Dân vận Trung ương', 'Ban Nội chính Trung ương', 'Ban Kinh tế Trung ương',
    'Bộ Công Thương', 'Bộ Tư pháp', 'Bộ Tài chính', 'Bộ Nội vụ', 'Bộ Quốc phòng', 'Bộ Công an', 'Bộ Ngoại giao',
    'Bộ Y tế', 'Bộ Giáo dục và Đào tạo', 'Bộ Xây dựng', 'Bộ Giao thông vận tải', 'Bộ Kế hoạch và Đầu tư',
    'Bộ Lao động - Thương binh và Xã hội', 'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Nông nghiệp và Môi trường',
    'Bộ Tài nguyên và Môi trường', 'Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ',
    'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Dân tộc và Tôn giáo', 'Ngân hàng Nhà nước Việt Nam', 'Thanh tra Chính phủ',
    'Kiểm toán Nhà nước', 'Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Chủ tịch nước',
    'Mặt trận Tổ quốc Việt Nam',
  ].map((n) => [slugify(n), n]),
);

/** The official spellings by their slug without separators: "bonongnghiepvaphattriennongthon". */
const COMPACT = new Map(Object.entries(CANONICAL).map(([slug, name]) => [slug.replace(/-/g, ''), name] as const));

/** Longer names of one body, by their folded slug: the Party's Secretariat and Central Committee "… Trung ương Đảng". */
const ALIASES: Record<string, string> = {
  'ban-bi-thu-trung-uong-dang': 'Ban Bí thư', 'ban-bi-thu-trung-uong': 'Ban Bí thư',
  'ban-chap-hanh-trung-uong-dang': 'Ban Chấp hành Trung ương', 'ban-chap-hanh-trung-uong-dang-cong-san-viet-nam': 'Ban Chấp hành Trung ương',
  'bo-chinh-tri-ban-chap-hanh-trung-uong-dang': 'Bộ Chính trị',
};

/** Words after which a proper name (a place) follows: "tỉnh Bắc Giang", "thành phố Hà Nội". */
const PLACE_WORDS = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|(?:tỉnh|thành|huyện|quận|thị) ủy)$/u;
/** Capitals of committees and boards that the place rule would miss: "Ban Thường vụ Tỉnh ủy Nghệ An". */
const BOARD_CAPITALS: [RegExp, (m: string) => string][] = [
  [/(?<![\p{L}])(tỉnh|thành|huyện|quận|thị) ủy(?![\p{L}])/giu, (m) => `${m.charAt(0).toUpperCase()}${m.slice(1).toLowerCase()}`],
  [/^(?:sở|cục|chi cục) \p{L}/iu, (m) => `${m.charAt(0).toUpperCase()}${m.slice(1, -1)}${m.slice(-1).toUpperCase()}`],
  [/^ban thường vụ|^ban chấp hành|^ban bí thư/iu, (m) => m.replace(/^ban (\p{L})/iu, (_x, c: string) => `Ban ${c.toUpperCase()}`)],
];

/**
 * Repairs a letter mis-decoded from the legacy TCVN3 (ABC) fonts: "CƠNG" for "CÔNG". No Vietnamese syllable ends
 * in "ơng" unless it is "ương", so an "ơng" not after "ư" was an "ông".
 */
export function repairMisencoding(name: string): string {
  return name.replace(/(?<![ưƯ])ơng/gu, 'ông').replace(/(?<![ưƯ])ƠNG/gu, 'ÔNG');
}

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && letters === letters.toUpperCase();
}

/** "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG" → "Ủy ban nhân dân tỉnh Bắc Giang". */
function sentenceCase(s: string): string {
  const words = s.toLowerCase().split(/(\s+)/u);
  let capNext = true;
  let inPlace = false;
  let lastWord = '';
  const out: string[] = [];
  for (const w of words) {
    if (/^\s+$/u.test(w) || !w) {
      out.push(w);
      continue;
    }
    const pair = `${lastWord} ${w}`.trim();
    const place = PLACE_WORDS.test(lastWord) || PLACE_WORDS.test(pair);
    // A place name runs to the end of the name: "tỉnh Bà Rịa - Vũng Tàu", "thành phố Hồ Chí Minh".
    if (place && !PLACE_WORDS.test(pair)) inPlace = true;
    out.push(capNext || place || inPlace ? w.charAt(0).toUpperCase() + w.slice(1) : w);
    capNext = place && !PLACE_WORDS.test(pair);
    lastWord = PLACE_WORDS.test(pair) ? pair : w;
  }
  let r = out.join('');
  for (const [re, fix] of BOARD_CAPITALS) r = r.replace(re, fix);
  return r;
}

/** The one written form of an organisation's name. */
export function normalizeOrgName(raw: string): string {
  let s = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!s) return s;
  s = repairMisencoding(s);
  // a name in capitals ("UBND TỈNH BẮC GIANG") is one before its abbreviations are spelled out
  const caps = isAllCaps(s);
  for (const [re, full] of ABBREVIATIONS) {
    if (re.test(s)) {
      s = s.replace(re, full);
      break;
    }
  }
  for (const [re, full] of INNER_ABBREVIATIONS) s = s.replace(re, full);
  s = normalizeTone(s);
  if (caps) s = sentenceCase(s);
  // "Ủy Ban Nhân Dân" in title case: the body words lower-case, the place capitalised.
  const head = /^(Ủy ban nhân dân|Hội đồng nhân dân)\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(.+)$/iu.exec(s);
  if (head) s = `${head[1]!.charAt(0).toUpperCase()}${head[1]!.slice(1).toLowerCase()} ${head[2]!.toLowerCase()} ${head[3]}`;
  const slug = slugify(s);
  // a text layer that lost a space ("Phát triển nôngthôn") still names the body
  return CANONICAL[slug] ?? ALIASES[slug] ?? COMPACT.get(slug.replace(/-/g, '')) ?? s;
}

/** The extraction with every organisation name (organisations, issuers, actors) in its one written form. */
export function normalizeExtractionOrgs(ex: Extraction): Extraction {
  const orgs = new Map<string, Extraction['organizations'][number]>();
  for (const o of ex.organizations) {
    const name = normalizeOrgName(o.name);
    const key = slugify(name);
    const prev = orgs.get(key);
    if (prev) prev.mentions = [...prev.mentions, ...o.mentions];
    else orgs.set(key, { ...o, name, key });
  }
  return {
    ...ex,
    organizations: [...orgs.values()],
    instruments: ex.instruments.map((i) => (i.issuer ? { ...i, issuer: normalizeOrgName(i.issuer) } : i)),
    actions: ex.actions.map((a) => (a.actor ? { ...a, actor: normalizeOrgName(a.actor) } : a)),
  };
}
