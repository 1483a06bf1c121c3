// Conference and congress: a resolution named by the meeting that adopted it, with no number.
//
//   "Nghị quyết Hội nghị Trung ương 4, 5 khóa XIII"   two mentions
//   "Nghị quyết Trung ương 5 (khóa X, XI)"           two mentions, one per term
//   "Nghị quyết Đại hội XIII của Đảng"               the national congress
//   "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV"     a local congress, with its jurisdiction

import type { Mention } from '../models.ts';
import { isUpperAt } from '../normalize.ts';
import { CONFERENCE, ordinalValue } from '../patterns.ts';
import { mention, termOf } from './mention.ts';
import type { KindWordAt, KindWordForm } from './types.ts';

/** "Nghị quyết Hội nghị Trung ương 4, 5, 6, 7, 8 khóa XIII" → five mentions; "Trung ương 4" alone is fine too. */
function readConference({ doc, kind, start, afterKind }: KindWordAt): Mention[] {
  CONFERENCE.lastIndex = afterKind;
  const m = CONFERENCE.exec(doc.scan);
  if (!m) return [];
  const nums: number[] = [];
  if (m[1]) {
    const n = ordinalValue(m[1]);
    if (n !== null) nums.push(n);
  }
  const list = m[2] ?? m[3];
  if (list) {
    const n = ordinalValue(list);
    if (n !== null) nums.push(n);
    else for (const d of list.match(/\d{1,2}/g) ?? []) nums.push(Number(d));
  }
  if (nums.length === 0) return [];
  // a term is written in capitals ("khóa XIII"); "khóa vi…" in lower case is some other word
  const origTail = doc.text.slice(afterKind, afterKind + m[0].length);
  const terms = (m[4] ?? '').split(',').map((t) => t.trim()).filter((t) => t && (/^\d/.test(t) || origTail.includes(t.toUpperCase()))).map(termOf);
  if (terms.length === 0) terms.push(null);
  const range = { start, end: afterKind + m[0].length };
  const out: Mention[] = [];
  for (const n of new Set(nums)) {
    for (const term of terms) out.push(mention('conference', kind, range, { conference: `Hội nghị Trung ương ${n}`, conferenceNo: n, term, listSize: nums.length * terms.length }));
  }
  return out;
}

const CONGRESS_HEAD = /[ \n]{1,3}(?:cua[ \n]{1,3})?dai[ \n]{1,3}hoi(?![a-z0-9])/y;
/** More terms after the first: "lần thứ X, XI", "Đại hội IX và X". */
const TERM_MORE = /^(?:[ ]{0,2},[ ]{1,2}|[ ]{1,2}va[ ]{1,2})([ivxl]{1,7})(?![a-z0-9])/;
const CONGRESS_TOKEN = /[ \n]{1,3}(?<token>dai bieu|toan quoc|dang bo|dang|lan thu|tinh|thanh pho|huyen|quan|thi xa|(?<term>[ivxl]{1,7}|\d{1,2})(?![a-z0-9])|(?<place>[a-z]{1,7}))(?![a-z0-9])/y;

/** "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII", "Đại hội Đảng bộ tỉnh lần thứ XV". */
function readCongress({ doc, kind, start, afterKind }: KindWordAt): Mention[] {
  CONGRESS_HEAD.lastIndex = afterKind;
  const head = CONGRESS_HEAD.exec(doc.scan);
  if (!head) return [];
  let p = afterKind + head[0].length;
  let local = false;
  let unit: string | null = null;
  const place: string[] = [];
  for (let i = 0; i < 10; i++) {
    CONGRESS_TOKEN.lastIndex = p;
    const t = CONGRESS_TOKEN.exec(doc.scan);
    if (!t) return [];
    const tokStart = p + t[0].length - (t[1]?.length ?? 0);
    p += t[0].length;
    if (t[2]) {
      // a term must be written in capitals ("XIII"), so "Đại hội vi…" is not read as a number
      if (!/^\d/.test(t[2]) && !isUpperAt(doc.text, tokStart)) return [];
      // "lần thứ X, XI": one resolution per congress of the list
      const terms = [termOf(t[2]) as string];
      for (let more = TERM_MORE.exec(doc.scan.slice(p, p + 16)); more && terms.length < 6; more = TERM_MORE.exec(doc.scan.slice(p, p + 16))) {
        const at = p + more[0].length - (more[1]?.length ?? 0);
        if (!isUpperAt(doc.text, at)) break;
        terms.push(termOf(more[1]) as string);
        p += more[0].length;
      }
      return terms.map((term) => {
        const conference = local ? `Đại hội Đảng bộ ${unit ?? ''}${place.length ? ' ' + place.join(' ') : ''} ${term}`.replace(/\s+/g, ' ') : `Đại hội ${term}`;
        return mention('congress', kind, { start, end: p }, { conference, term, local, jurisdiction: place.length ? place.join(' ') : null, listSize: terms.length });
      });
    }
    const word = (t[1] ?? '').replace(/[ \n]+/g, ' ');
    if (word === 'dang bo') local = true;
    else if (['tinh', 'thanh pho', 'huyen', 'quan', 'thi xa'].includes(word)) unit = doc.text.slice(tokStart, p);
    else if (t[3]) {
      if (!local || !isUpperAt(doc.text, tokStart)) return [];
      place.push(doc.text.slice(tokStart, p));
    }
  }
  return [];
}

export const conference: KindWordForm = {
  name: 'conference',
  summary: 'a resolution named by its plenum ("Nghị quyết Trung ương 4 khóa XII") or congress ("Nghị quyết Đại hội XIII")',
  trigger: 'kind-word',
  patterns: { CONFERENCE, CONGRESS_HEAD, CONGRESS_TOKEN },
  examples: [
    {
      text: 'Học tập Nghị quyết Hội nghị Trung ương 4, 5 khóa XIII trong toàn Đảng bộ.',
      mentions: [
        { kind: 'Nghị quyết', form: 'conference', conference: 'Hội nghị Trung ương 4', term: 'XIII' },
        { kind: 'Nghị quyết', form: 'conference', conference: 'Hội nghị Trung ương 5', term: 'XIII' },
      ],
    },
    {
      text: 'Tổng kết Nghị quyết Trung ương 5 (khóa X, XI) về văn hóa.',
      mentions: [{ kind: 'Nghị quyết', conference: 'Hội nghị Trung ương 5', term: 'X' }, { kind: 'Nghị quyết', conference: 'Hội nghị Trung ương 5', term: 'XI' }],
    },
    { text: 'Thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII.', mentions: [{ kind: 'Nghị quyết', conference: 'Hội nghị Trung ương 4', term: 'XII' }] },
    { text: 'Nghị quyết T.Ư 7 (khóa XI) về cán bộ vẫn còn nguyên giá trị.', mentions: [{ kind: 'Nghị quyết', conference: 'Hội nghị Trung ương 7', term: 'XI' }] },
    { text: 'Quán triệt Nghị quyết T.W 6 (khóa XII) về y tế.', mentions: [{ kind: 'Nghị quyết', conference: 'Hội nghị Trung ương 6', term: 'XII' }] },
    // the term may be given elsewhere in the text: none is guessed here
    { text: 'Nghị quyết Hội nghị Trung ương 11 đã đề ra ba khâu đột phá.', mentions: [{ kind: 'Nghị quyết', conference: 'Hội nghị Trung ương 11', term: null }] },
    { text: 'Nghị quyết Hội nghị Trung ương 3 khóa X về phòng, chống tham nhũng.', mentions: [{ kind: 'Nghị quyết', conference: 'Hội nghị Trung ương 3', term: 'X' }] },
    { text: 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.', mentions: [{ kind: 'Nghị quyết', form: 'congress', conference: 'Đại hội XIII' }] },
    { text: 'Đưa Nghị quyết Đại hội XIII của Đảng vào cuộc sống.', mentions: [{ kind: 'Nghị quyết', form: 'congress', conference: 'Đại hội XIII', term: 'XIII', local: false }] },
    {
      text: 'Cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV nhiệm kỳ 2020 - 2025.',
      mentions: [{ kind: 'Nghị quyết', form: 'congress', term: 'XV', local: true }],
    },
    // a term is written in capitals: "Đại hội vi…" in lower case is another word
    { text: 'Nghị quyết Đại hội vì thế được chuẩn bị kỹ.', mentions: [] },
  ],
  read: (at) => {
    if (!at.info?.conference) return [];
    // (a plenum with its number names one resolution even in lower case: "triển khai nghị quyết hội nghị lần thứ 11 Ban
    // Chấp hành Trung ương Đảng khóa 13"; a congress in lower case may be any: "nghị quyết đại hội các cấp")
    const found = readConference(at);
    if (found.length > 0) return found;
    return at.capitalised ? readCongress(at) : [];
  },
};
