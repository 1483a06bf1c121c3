// A fronted purpose or basis clause names what the instrument issued in its main clause acts on:
//
//   "Thực hiện Nghị quyết số 18-NQ/TW …, Thành ủy đã ban hành Chương trình hành động số 12-CTr/TU"
//       → Chương trình 12 IMPLEMENTS Nghị quyết 18
//   "Căn cứ Luật …; Luật …, Ủy ban nhân dân tỉnh ban hành Quyết định số 25/2024/QĐ-UBND"   → BASED_ON each law
//   "Pursuant to the Law on Investment, the Government issued Decree No. 31/2021/ND-CP"    → BASED_ON
//
// The clause opens its sentence (optionally after "Để", "Nhằm", "To", "Trên cơ sở", "Sau 10 năm"), its objects are listed, a comma or a
// semicolon closes it, and in the same sentence an organisation issues ("ban hành", "issued") a citation: that
// citation is the subject. Nothing else may stand between the verb and the citation.

import type { Mention } from './models.ts';
import { endsSentence } from '../text/sentences.ts';
import { lowerBound } from './parse.ts';

/** Before the cue: the start of a sentence, a line or a list item, and an optional "để" / "nhằm" / "to". */
const CLAUSE_OPENS = /(?:^|\n|[.!?][ ]{1,2}|[;:][ ]{1,2}\n?)[ \t]*(?:[-+•*][ ]*)?(?:(?:de|nham|to|in[ ]order[ ]to|tren[ ]co[ ]so|on[ ]the[ ]basis[ ]of|sau[ ][0-9]{1,2}[ ]nam|after[ ][0-9]{1,2}[ ]years[ ]of)[ ]{1,2})?$/;
/** The verb that issues the main clause's instrument, right before its citation: "(đã) (ký) ban hành", "issued". */
const ISSUES_BEFORE = /(?:^|[^a-z])(?:ban[ ]{1,2}hanh|issued|promulgated|adopted|signed)[ ]{1,2}(?:the[ ]{1,2})?(?:(?:ke[ ]hoach|chuong[ ]trinh|huong[ ]dan|van[ ]ban)[ ]{1,2})?$/;
/** How far the main clause may run from the end of the fronted clause to its citation. */
const MAIN_CLAUSE_MAX = 180;

/**
 * The citation a fronted clause's main clause issues, or null. `cs` is where the cue starts, `last` the last object
 * the cue acts on, `sorted` every resolved mention by start and `starts` their starts.
 */
/** True when the cue at `cs` opens its sentence, a line or a list item: "Thực hiện …", "Để triển khai …". */
export function opensClause(scan: string, cs: number): boolean {
  return CLAUSE_OPENS.test(scan.slice(Math.max(0, cs - 24), cs));
}

export function frontedSubject(text: string, scan: string, sorted: readonly Mention[], starts: readonly number[], cs: number, last: Mention): Mention | null {
  if (!opensClause(scan, cs)) return null;
  // the main clause's citation is the next one after the fronted clause's objects, in the same sentence; a comma or
  // a semicolon stands between them (the fronted clause's end, wherever its last object's issuer or title stopped)
  const limit = Math.min(scan.length, last.end + MAIN_CLAUSE_MAX + 200);
  for (let k = lowerBound(starts, last.end); k < sorted.length; k++) {
    const m = sorted[k] as Mention;
    if (m.start < last.extentEnd && m.nestedIn !== null) continue;
    if (m.start >= limit || m.start <= last.start || m.nestedIn !== null) return null;
    const between = scan.slice(last.end, m.start);
    for (let i = last.end; i < m.start; i++) if (endsSentence(text, i, scan)) return null;
    const close = Math.max(between.lastIndexOf(','), between.lastIndexOf(';'));
    if (close < 0 || between.length - close > MAIN_CLAUSE_MAX) return null;
    return ISSUES_BEFORE.test(between.slice(close + 1)) ? m : null;
  }
  return null;
}

/** Between two issued items: "Kế hoạch số 5/KH-UBND và Quyết định số 6/QĐ-UBND", "…, Chỉ thị số …". */
const ISSUED_NEXT = /^[ \n]{0,2}(?:,|va|and)[ \n]{1,3}$/;

/** The citations listed right after the one a main clause issues, each issued by it too (at most six). */
export function issuedWith(scan: string, sorted: readonly Mention[], starts: readonly number[], first: Mention): Mention[] {
  const out: Mention[] = [];
  let prev = first;
  for (let k = lowerBound(starts, first.start + 1); k < sorted.length && out.length < 6; k++) {
    const m = sorted[k] as Mention;
    if (m.start < prev.extentEnd) continue; // inside the previous item's title
    if (m.nestedIn !== null || m.start === prev.start) break;
    if (!ISSUED_NEXT.test(scan.slice(prev.extentEnd, m.start))) break;
    out.push(m);
    prev = m;
  }
  return out;
}
