// The one vocabulary of links, as readers of the official databases (vbpl.vn) word them: each type has an active
// label (read from the instrument that acts: "Thay thế") and a passive one (read from the instrument acted on:
// "Bị thay thế bởi"), in Vietnamese and English. The server and the web client both read it from here.

export interface RelationLabels {
  vi: { active: string; passive: string };
  en: { active: string; passive: string };
  /** The acting instrument takes the other's place, in whole or in part: a link to a newer instrument is a warning. */
  supersedes?: true;
  /** The acting instrument carries the other out: a trace from an action to what backs it follows these links. */
  traced?: true;
  /** The fields of the API's Instrument type that list the instruments linked so, one way and the other. */
  fields?: { active: string; passive: string };
  /** A link that is not between two instruments (not in the API's RelationType enum). */
  other?: true;
}

export const RELATION_LABELS: Record<string, RelationLabels> = {
  REPLACES: { vi: { active: 'Thay thế', passive: 'Bị thay thế bởi' }, en: { active: 'Replaces', passive: 'Replaced by' }, supersedes: true, fields: { active: 'replaces', passive: 'replacedBy' } },
  AMENDS: { vi: { active: 'Sửa đổi, bổ sung', passive: 'Được sửa đổi, bổ sung bởi' }, en: { active: 'Amends', passive: 'Amended by' }, supersedes: true, fields: { active: 'amends', passive: 'amendedBy' } },
  REPEALS: { vi: { active: 'Bãi bỏ', passive: 'Bị bãi bỏ bởi' }, en: { active: 'Repeals', passive: 'Repealed by' }, supersedes: true },
  GUIDES: { vi: { active: 'Hướng dẫn', passive: 'Được hướng dẫn bởi' }, en: { active: 'Guides', passive: 'Guided by' }, traced: true, fields: { active: 'guides', passive: 'guidedBy' } },
  IMPLEMENTS: { vi: { active: 'Triển khai thực hiện', passive: 'Được triển khai thực hiện bởi' }, en: { active: 'Implements', passive: 'Implemented by' }, traced: true, fields: { active: 'implements', passive: 'implementedBy' } },
  CONTINUES: { vi: { active: 'Tiếp tục thực hiện', passive: 'Được tiếp tục thực hiện bởi' }, en: { active: 'Continues', passive: 'Continued by' }, traced: true, fields: { active: 'continues', passive: 'continuedBy' } },
  BASED_ON: { vi: { active: 'Căn cứ', passive: 'Là căn cứ của' }, en: { active: 'Based on', passive: 'Basis for' }, traced: true, fields: { active: 'basedOn', passive: 'basisFor' } },
  SUMMARIZES: { vi: { active: 'Tổng kết', passive: 'Được tổng kết bởi' }, en: { active: 'Reviews', passive: 'Reviewed by' } },
  CONSOLIDATES: { vi: { active: 'Hợp nhất', passive: 'Được hợp nhất bởi' }, en: { active: 'Consolidates', passive: 'Consolidated by' } },
  CORRECTS: { vi: { active: 'Đính chính', passive: 'Được đính chính bởi' }, en: { active: 'Corrects', passive: 'Corrected by' } },
  SUSPENDS: { vi: { active: 'Đình chỉ', passive: 'Bị đình chỉ bởi' }, en: { active: 'Suspends', passive: 'Suspended by' }, supersedes: true },
  CITES: { vi: { active: 'Dẫn chiếu', passive: 'Được dẫn chiếu bởi' }, en: { active: 'Cites', passive: 'Cited by' } },
  // Links that are not between two instruments.
  ISSUED: { vi: { active: 'Ban hành', passive: 'Do … ban hành' }, en: { active: 'Issued', passive: 'Issued by' }, other: true },
  GOVERNS: { vi: { active: 'Là cơ sở của hoạt động', passive: 'Thực hiện theo' }, en: { active: 'Backs the action', passive: 'Backed by' }, other: true },
  MAY_GOVERN: { vi: { active: 'Có thể là cơ sở của hoạt động (suy luận)', passive: 'Có thể thực hiện theo (suy luận)' }, en: { active: 'May back the action (inferred)', passive: 'May be backed by (inferred)' }, other: true },
  PERFORMED_BY: { vi: { active: 'Do … thực hiện', passive: 'Thực hiện' }, en: { active: 'Performed by', passive: 'Performs' }, other: true },
};

/** The links between two instruments, in vocabulary order (the API's RelationType enum). */
export const INSTRUMENT_RELATION_TYPES: readonly string[] = Object.keys(RELATION_LABELS).filter((t) => !RELATION_LABELS[t]!.other);

/** The types by which a newer instrument supersedes an older one (REPLACES, AMENDS, REPEALS, SUSPENDS). */
export const SUPERSEDING_TYPES: readonly string[] = Object.keys(RELATION_LABELS).filter((t) => RELATION_LABELS[t]!.supersedes);

/** The types a trace follows from an instrument to what it carries out (GUIDES, IMPLEMENTS, CONTINUES, BASED_ON). */
export const TRACED_TYPES: readonly string[] = Object.keys(RELATION_LABELS).filter((t) => RELATION_LABELS[t]!.traced);

/** The label of a link read from one end: 'active' from its source, 'passive' from its target. */
export function relationLabel(type: string, voice: 'active' | 'passive', lang: 'vi' | 'en'): string {
  return RELATION_LABELS[type]?.[lang][voice] ?? type;
}
