// How the API names an instrument to a person. Party symbols join the number with a hyphen ("213-QĐ/TW"),
// State ones with a slash ("30/2020/NĐ-CP", "749/QĐ-TTg"); an instrument without a number is named by its
// conference or title ("Nghị quyết Hội nghị Trung ương 4", "Luật Tổ chức Chính phủ").
import { statusAt, type InstrumentStatusValue, type StatusFacts } from '../catalog/status.ts';
import { instrumentName as nameOf, numberAndSymbol } from '../graph/identity.ts';
import { KIND_ABBREVIATION } from '../vocabulary/kinds.ts';
import type { InstrumentRow } from './models.ts';

type Named = Pick<InstrumentRow, 'kind' | 'number' | 'symbol' | 'title' | 'conference' | 'label' | 'key'> & Partial<Pick<InstrumentRow, 'term'>>;

/** "Quy định 213-QĐ/TW", "Nghị quyết Hội nghị Trung ương 4 khóa XII", "Luật Tổ chức Chính phủ"; else the label or key. */
export function instrumentName(i: Named): string {
  return nameOf(i, i.label ?? i.key);
}

/** Short canvas label: the stored one, else "QĐ 213-QĐ/TW". */
export function instrumentLabel(i: Named): string {
  if (i.label) return i.label;
  const ns = numberAndSymbol(i);
  const abbr = KIND_ABBREVIATION[i.kind] ?? i.kind;
  if (ns) return `${abbr} ${ns}`;
  return instrumentName(i);
}

/** "Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị". */
export function instrumentCitation(i: InstrumentRow, issuer: string | null): string {
  const ns = numberAndSymbol(i);
  let s = ns ? `${i.kind} số ${ns}` : instrumentName(i);
  const m = i.issuedOn ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(i.issuedOn) : null;
  if (m) s += ` ngày ${Number(m[3])}/${Number(m[2])}/${m[1]}`;
  else if (i.year && !ns?.includes(String(i.year))) s += ` năm ${i.year}`;
  if (issuer) s += ` của ${issuer}`;
  if (ns && i.title) s += ` “${i.title}”`;
  return s;
}

const VERB: Record<string, string> = { REPLACES: 'replaced', REPEALS: 'repealed', AMENDS: 'amended', SUSPENDS: 'suspended' };

/** "backed by Quy định 76-QĐ/TW, replaced by Quy định 213-QĐ/TW". */
export function supersededWarning(type: string, old: Named, newer: Named): string {
  return `backed by ${instrumentName(old)}, ${VERB[type] ?? type.toLowerCase()} by ${instrumentName(newer)}`;
}

/** Status at a date (default today) as far as the graph knows; UNKNOWN without evidence (server/catalog/status.ts). */
export function instrumentStatus(i: StatusFacts, at?: string | null): InstrumentStatusValue {
  return statusAt(i, at ?? undefined).status;
}
