// The one vocabulary of organisation levels. An organisation's level comes from the administrative unit its
// name carries ("Tỉnh ủy Quảng Ninh", "Đảng bộ huyện Ba Chẽ", "Chi bộ thôn 3"): the extractor reads it per
// mention, with cities apart; the graph stores a coarser level on the Organization node, where central Party
// and State bodies are told apart and communes and Party cells are "grassroots". Both come from the table below.
import { fold, normalizeTone } from '../text/fold.ts';

/** The extractor's level of an organisation mention. */
export type MentionLevel = 'central' | 'province' | 'city' | 'district' | 'commune' | 'unknown';
/** The level stored on an Organization node. */
export type NodeLevel = 'central' | 'state' | 'province' | 'district' | 'grassroots';

/** Folded words of a unit or of its Party committee, and the level they imply for a mention and for a node. */
export const UNIT_LEVELS: readonly { word: string; mention: MentionLevel | null; node: NodeLevel | null }[] = [
  { word: 'tinh uy', mention: 'province', node: 'province' },
  { word: 'tinh', mention: 'province', node: 'province' },
  { word: 'thanh uy', mention: 'city', node: null },
  { word: 'thanh pho', mention: 'city', node: null },
  { word: 'huyen uy', mention: 'district', node: 'district' },
  { word: 'huyen', mention: 'district', node: 'district' },
  { word: 'quan uy', mention: 'district', node: 'district' },
  { word: 'quan', mention: 'district', node: 'district' },
  { word: 'thi uy', mention: 'district', node: 'district' },
  { word: 'thi xa', mention: 'district', node: 'district' },
  { word: 'xa', mention: 'commune', node: 'grassroots' },
  { word: 'phuong', mention: 'commune', node: 'grassroots' },
  { word: 'thi tran', mention: 'commune', node: 'grassroots' },
  // Party cells have no unit of their own
  { word: 'chi bo', mention: null, node: 'grassroots' },
  { word: 'co so', mention: null, node: 'grassroots' },
];

/** Unit word → mention level (the extractor's LEVEL_OF): "tinh uy" → "province". */
export const MENTION_LEVEL_OF: Record<string, MentionLevel> = Object.fromEntries(
  UNIT_LEVELS.filter((u) => u.mention !== null).map((u) => [u.word, u.mention as MentionLevel]),
);

const CENTRAL = /^(bộ chính trị|ban bí thư|ban chấp hành trung ương|ban .*trung ương|ủy ban kiểm tra trung ương|văn phòng trung ương|trung ương)/i;
const STATE = /^(chính phủ|thủ tướng|quốc hội|ủy ban thường vụ quốc hội|bộ |ngân hàng nhà nước|tòa án|viện kiểm sát|kiểm toán nhà nước|chủ tịch nước)/i;

/** The node levels read from unit words, the widest unit first ("thị xã" is a district before "xã" is a commune). */
const NODE_LEVEL_WORDS: [NodeLevel, RegExp][] = (['province', 'district', 'grassroots'] as const).map((level) => [
  level,
  new RegExp(`\\b(${UNIT_LEVELS.filter((u) => u.node === level).map((u) => u.word).join('|')})\\b`),
]);

/** Level of an organisation node from its name: "Bộ Chính trị" central, "Tỉnh ủy Quảng Ninh" province… */
export function organizationLevel(name: string): NodeLevel | null {
  const n = normalizeTone(name.trim());
  if (CENTRAL.test(n)) return 'central';
  if (STATE.test(n)) return 'state';
  const f = fold(n);
  for (const [level, re] of NODE_LEVEL_WORDS) if (re.test(f)) return level;
  return null;
}
