// Pinpoints: the article, clause or point of an instrument a citation names, written right before it —
// "Điều 4 Nghị định số 52/2013/NĐ-CP", "khoản 27 Điều 1 Luật số 51/2024/QH15", "điểm a khoản 1 Điều 1 của
// Thông tư …", "Điều 1, Điều 2 Nghị định số 85/2021/NĐ-CP", "Article 5 of Decree No. …". The pinpoint never
// changes the instrument's identity; it is kept on the mention and on each end of a relation.

import type { Doc, Mention, Pinpoint } from './models.ts';
import { lowerBound } from './parse.ts';
import { matchesNear, nearSpec } from './patterns.ts';

// Read on the original text: "Điều" with its capital names an article, "một số điều" is a common noun.
// (each level may list several: "điểm a, b và c khoản 2", "khoản 1, khoản 1a và khoản 6 Điều 31", "các Điều 34, 35 và 36")
const AND = String.raw`(?:[ \u00a0]{0,2},[ \u00a0]{1,2}|[ \u00a0]{1,2}và[ \u00a0]{1,2})`;
const POINTS = String.raw`[đĐ]iểm[ \u00a0]{1,2}[a-zđ]{1,2}\d?(?:${AND}(?:điểm[ \u00a0]{1,2})?[a-zđ]{1,2}\d?(?![\p{L}\d])){0,8}`;
const CLAUSES = String.raw`[kK]hoản[ \u00a0]{1,2}\d{1,3}[a-z]?(?:${AND}(?:khoản[ \u00a0]{1,2})?\d{1,3}[a-z]?(?![\p{L}\d])){0,8}`;
// ("khoản 1 điều 79": after a clause the article may be written in lower case)
const ONE = String.raw`(?:${POINTS}[ \u00a0,]{1,3})?(?:${CLAUSES}[ \u00a0,]{1,3}[đĐ]|Đ)iều[ \u00a0]{1,2}\d{1,4}[a-zđ]?(?:${AND}\d{1,4}[a-zđ]?(?![\p{L}\d/.-])){0,12}(?![\p{L}\d])`;
/** The chapter or section the articles stand in, between them and the instrument: "Điều 9 và Điều 14 tại Chương II". */
const PART = String.raw`(?:[ \u00a0]{1,2}(?:tại[ \u00a0]{1,2}|của[ \u00a0]{1,2})?(?:Chương|Mục|Phần)[ \u00a0]{1,2}[IVXLC\d]{1,6}[a-z]?(?![\p{L}\d])){0,3}`;
const EN_ONE = String.raw`(?:[pP]oint[ ]{1,2}[a-z]{1,2}[ ,]{1,3}(?:of[ ]{1,2})?)?(?:[cC]lause[ ]{1,2}\d{1,3}[ ,]{1,3}(?:of[ ]{1,2})?)?Article[ ]{1,2}\d{1,4}[a-z]?(?![\p{L}\d])`;
/** Chapters (or sections, parts) alone: "Chương VII và Chương VIII Điều lệ Đảng", "Chương III Nghị định số …". */
const CHAPTERS = String.raw`(?:Chương|Mục|Phần)[ \u00a0]{1,2}[IVXLC\d]{1,6}[a-z]?(?:${AND}(?:(?:Chương|Mục|Phần)[ \u00a0]{1,2})?[IVXLC\d]{1,6}[a-z]?(?![\p{L}\d])){0,8}(?![\p{L}\d])`;
const PIN_BEFORE = new RegExp(
  String.raw`(${ONE}(?:[ \u00a0]{0,2}(?:,|và)[ \u00a0]{1,2}${ONE}){0,8}${PART}|${EN_ONE}(?:[ ]{0,2}(?:,|and)[ ]{1,2}${EN_ONE}){0,8}|${CHAPTERS})[ \u00a0]{1,2}(?:của[ \u00a0]{1,2}|of[ ]{1,2}(?:the[ ]{1,2})?)?$`,
  'u',
);
/** How far before a citation a pinpoint may start. */
const REACH = 160;

/** Parses "khoản 27 Điều 1" into its parts; a list keeps its whole text and its first article. */
export function parsePinpoint(text: string): Pinpoint {
  const article = /(?:[đĐ]iều|Article)[ \u00a0]{1,2}(\d{1,4}[a-zđ]?)/u.exec(text);
  const before = article ? text.slice(0, article.index) : text;
  const clause = /(?:[kK]hoản|[cC]lause)[ \u00a0]{1,2}(\d{1,3}[a-z]?)/u.exec(before);
  const point = /(?:[đĐ]iểm|[pP]oint)[ \u00a0]{1,2}([a-zđ]{1,2}\d?)/u.exec(before);
  return { text, article: article?.[1] ?? null, clause: clause?.[1] ?? null, point: point?.[1] ?? null };
}

/** Attaches to every mention the pinpoint written right before it, if any. */
const ARTICLE_WORD = /(?<![a-z])(?:dieu|article|chuong|muc|phan)[ \u00a0]{1,2}[0-9ivxlc]/g;
const ARTICLE_WORD_NEAR = nearSpec(ARTICLE_WORD, ['dieu', 'article', 'chuong', 'muc', 'phan'], 0, 0, undefined, true);

export function findPinpoints(doc: Doc, mentions: Mention[]): void {
  const { text, scan } = doc;
  // one pass for "Điều N" / "Article N"; a mention is looked at only when one stands within reach before it
  const articles: number[] = [];
  for (const x of matchesNear(ARTICLE_WORD_NEAR, scan)) articles.push(x.index);
  if (articles.length === 0) return;
  let lastStart = -1;
  let last: (Pinpoint & { start: number }) | null = null;
  for (const m of mentions) {
    if (m.start === lastStart) {
      m.pinpoint = last;
      continue;
    }
    lastStart = m.start;
    last = null;
    // cheap test first: the fold of "Điều"/"Article" must occur in the reach
    const from = Math.max(0, m.start - REACH);
    const k = lowerBound(articles, m.start) - 1;
    if (k < 0 || (articles[k] as number) < from) continue;
    const hit = PIN_BEFORE.exec(text.slice(from, m.start));
    if (!hit) continue;
    const pinText = (hit[1] ?? '').replace(/[ \u00a0,]+$/, '');
    last = { ...parsePinpoint(pinText), start: from + hit.index };
    m.pinpoint = last;
  }
}
