// Stage 6: actions and tasks.
//
// Action: a sentence that reports an organisation acting under instruments.
//   "Ban Thường vụ Thành ủy Cẩm Phả đã triển khai thực hiện nghiêm Nghị quyết …; Kết luận …; Quy định …"
//     → actor "Ban Thường vụ Thành ủy Cẩm Phả", backed by every citation of the sentence (not those cited
//       inside another's title), with the quantities the sentence reports ("10.745 đảng viên").
// Task: an item of a numbered plan — "Một là, …", "Thứ hai, …", and "1." / "a)" under a heading that speaks of
//   tasks ("Một số nhiệm vụ, giải pháp …"). Its citations back it explicitly; otherwise we *propose* the
//   instruments whose titles share the most terms with it, each with its score and the shared terms.

import { fold } from '../text/fold.ts';
import { findQuantities } from '../text/numbers.ts';
import type { Action, Doc, InferredBacking, Instrument, Mention, OrgMention, Span } from './models.ts';
import { tidy } from './normalize.ts';
import { sentenceBounds } from '../text/sentences.ts';
import { lowerBound } from './parse.ts';

// Sentences are cut by the one rule of text/sentences.ts (on the original text and the folded scan).
export { sentences } from '../text/sentences.ts';

const ACTION_VERB = /(?<![a-z])(?:trien khai|thuc hien|quan triet|sinh hoat theo|chi dao|lanh dao|hoc tap|cu the hoa|so ket|tong ket|ap dung|van dung|thi hanh|chap hanh|to chuc thuc hien|xay dung ke hoach|ra soat|kiem tra|giam sat|implemented|implementing|carried out)(?![a-z])/;
const CLAUSE_BREAK = / va |; /g;
const LEGAL_BASIS_OR_BULLET = /^[ \t]*(?:can cu|-|\+)/;
const SPACE = /\s/;
/** A number right after these is a year, a date, a term or a range, not a quantity. */
const AFTER_DATE_WORD = /(?:nam|ngay|thang|khoa|nhiem ky|ky|giai doan|-) ?$/;

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** True when `pos` lies inside the extent of one of the mentions (sorted by start; `starts` their starts). */
function insideCitation(allExtents: Mention[], starts: number[], pos: number): boolean {
  const k = lowerBound(starts, pos + 1) - 1;
  for (let j = k; j >= 0 && j >= k - 4; j--) {
    const m = allExtents[j] as Mention;
    if (m.start <= pos && pos < m.extentEnd) return true;
  }
  return false;
}

export function findActions(
  doc: Doc,
  mentions: Mention[],
  keyOf: Map<number, string>,
  orgs: OrgMention[],
  instruments: Instrument[],
): Action[] {
  const { text, scan } = doc;
  const top = mentions.filter((m) => m.nestedIn === null && !(m.self && m.number === null) && keyOf.has(m.id)).sort((a, b) => a.start - b.start);
  const allExtents = [...mentions].sort((a, b) => a.start - b.start);
  const extentStarts = allExtents.map((m) => m.start);
  const orgStarts = orgs.map((o) => o.start);
  const actions: Action[] = [];
  let n = 0;
  // only sentences that hold a citation matter: find their bounds around each one, never split the whole text
  let next = 0;
  while (next < top.length) {
    const p = (top[next] as Mention).start;
    const [ss, se] = sentenceBounds(text, p, p, scan);
    const inSentence: Mention[] = [];
    for (; next < top.length && (top[next] as Mention).start < se; next++) inSentence.push(top[next] as Mention);
    if (inSentence.length === 0) {
      next++;
      continue;
    }
    const first = inSentence[0] as Mention;
    if (LEGAL_BASIS_OR_BULLET.test(scan.slice(ss, ss + 12))) continue;
    const lead = scan.slice(ss, first.start);
    if (!ACTION_VERB.test(lead)) continue;
    let actor: OrgMention | null = null;
    for (let j = lowerBound(orgStarts, ss); j < orgs.length && (orgs[j] as OrgMention).start < first.start; j++) {
      const o = orgs[j] as OrgMention;
      if (!insideCitation(allExtents, extentStarts, o.start)) {
        actor = o;
        break;
      }
    }
    if (!actor) continue;
    // the clause that holds the first citation: after the last " và " / "; " between the actor and it
    let clauseStart = ss;
    CLAUSE_BREAK.lastIndex = actor.end;
    for (let m = CLAUSE_BREAK.exec(scan); m && m.index < first.start; m = CLAUSE_BREAK.exec(scan)) clauseStart = m.index + m[0].length;
    while (clauseStart < first.start && SPACE.test(text[clauseStart] ?? '')) clauseStart++;
    const evidence = span(text, clauseStart, first.end);
    let summary = evidence.text;
    if (clauseStart === actor.start) summary = summary.slice(actor.end - actor.start);
    const backedBy = [...new Set(inSentence.map((m) => keyOf.get(m.id) as string))];
    const quantities = findQuantities(text, scan, ss, se)
      .filter((q) => !insideCitation(allExtents, extentStarts, q.start) && !AFTER_DATE_WORD.test(scan.slice(Math.max(0, q.start - 12), q.start)))
      .map((q) => (q.unit ? { value: q.value, unit: q.unit, text: q.text } : { value: q.value, text: q.text }));
    const action: Action = { id: `action-${++n}`, kind: 'action', actor: actor.name, summary: tidy(summary), backedBy, evidence };
    if (quantities.length) action.quantities = quantities;
    actions.push(action);
  }
  return [...actions, ...findTasks(doc, top, keyOf, instruments)];
}

// ------------------------------------------------------------------ tasks

const WORD_ORDINALS: Record<string, number> = { mot: 1, nhat: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };
// Both markers open a line; they are tried (sticky) only at the text's start and at its line breaks.
const TASK_WORD = /(?:^|\n)[ \t]*(?:(mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi) la|thu (nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi))[ ]{0,2}[,:.][ ]{0,3}/y;
const TASK_NUM = /(?:^|\n)[ \t]*(?:(\d{1,2})[.)]|([a-h])\))[ ]{1,3}(?=\S)/y;

/**
 * Every match of a line-opening marker, in order: the same matches as a global search, since a match can
 * only start at 0 or at a line break, and none of them holds a line break past its first character.
 */
function* lineMatches(re: RegExp, scan: string, first: (c: number) => boolean): Generator<RegExpExecArray> {
  for (let at = 0; at >= 0 && at < scan.length; ) {
    // the character after the line break and the line's indent must be able to open a marker (`first`)
    let j = scan.charCodeAt(at) === 10 ? at + 1 : at;
    for (let c = scan.charCodeAt(j); c === 32 || c === 9; c = scan.charCodeAt(++j));
    re.lastIndex = at;
    const m = first(scan.charCodeAt(j)) ? re.exec(scan) : null;
    if (m) yield m;
    at = scan.indexOf('\n', m ? Math.max(at + 1, re.lastIndex) : at + 1);
  }
}
/** The letters that open TASK_WORD's words (mot, hai, ba, bon, tu, nam, sau, bay, tam, chin, muoi, thu) and TASK_NUM's. */
const opensTaskWord = (c: number): boolean => c === 0x6d || c === 0x68 || c === 0x62 || c === 0x74 || c === 0x6e || c === 0x73 || c === 0x63;
const opensTaskNum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x68);
const TASK_HEADING = /nhiem vu|giai phap|ke hoach|chuong trinh|yeu cau|to chuc thuc hien|phuong huong/;

interface Marker {
  lineStart: number;
  bodyStart: number;
  ordinal: number;
  family: string;
}

function markers(doc: Doc): Marker[] {
  const { scan, text } = doc;
  const out: Marker[] = [];
  for (const m of lineMatches(TASK_WORD, scan, opensTaskWord)) {
    const lineStart = m.index + (m[0].startsWith('\n') ? 1 : 0);
    let wordAt = lineStart;
    while (scan.charCodeAt(wordAt) === 32 || scan.charCodeAt(wordAt) === 9) wordAt++;
    if (text[wordAt] !== text[wordAt]?.toUpperCase()) continue;
    const ordinal = WORD_ORDINALS[m[1] ?? m[2] ?? ''] ?? 0;
    out.push({ lineStart, bodyStart: m.index + m[0].length, ordinal, family: m[1] ? 'la' : 'thu' });
  }
  // "1." and "a)" lists count as tasks only under a heading that speaks of tasks
  let last: Marker | null = null;
  for (const m of lineMatches(TASK_NUM, scan, opensTaskNum)) {
    const lineStart = m.index + (m[0].startsWith('\n') ? 1 : 0);
    const ordinal = m[1] ? Number(m[1]) : (m[2] ?? 'a').charCodeAt(0) - 96;
    const family = m[1] ? 'num' : 'letter';
    const continues = last !== null && last.family === family && ordinal === last.ordinal + 1 && lineStart - last.lineStart < 6000;
    const starts = ordinal === 1 && TASK_HEADING.test(scan.slice(Math.max(0, lineStart - 300), lineStart));
    if (!continues && !starts) continue;
    last = { lineStart, bodyStart: m.index + m[0].length, ordinal, family };
    out.push(last);
  }
  return out.sort((a, b) => a.lineStart - b.lineStart);
}

// Stop words, compared on the lower-cased original: folded, "có" would also drop "cơ" (cơ chế), "để" "đề" (vấn đề).
const STOP = new Set(['và', 'của', 'các', 'những', 'trong', 'với', 'về', 'cho', 'để', 'là', 'một', 'số', 'này', 'đã', 'được', 'có', 'không', 'theo', 'tại', 'đến', 'trên', 'nhất', 'hơn', 'cũng', 'như', 'thì', 'mà', 'phải', 'cần', 'mọi', 'hay', 'hoặc', 'đối', 'nhằm', 'từ', 'đó', 'khi', 'đi']);
const GENERIC = new Set(['nghiem can', 'can bo', 'dang vien', 'thuc hien', 'tiep tuc', 'tang cuong', 'day manh', 'nang cao', 'cong tac', 'to chuc', 'trung uong', 'dac biet']);

interface Gram {
  key: string;
  /** Position of its first word among the kept words of the text. */
  at: number;
}

// Word → its fold, or null for a stop word, memoised: a text repeats a small vocabulary.
const foldedWords = new Map<string, string | null>();
/** fold() of one syllable, or null when it is a stop word. */
function keptFold(w: string): string | null {
  let f = foldedWords.get(w);
  if (f === undefined) {
    if (foldedWords.size > 50_000) foldedWords.clear();
    f = STOP.has(w.toLowerCase()) ? null : fold(w);
    foldedWords.set(w, f);
  }
  return f;
}

// Code units below this bound are classified once (letter or digit, or not); the rest by the regex.
const LN_BOUND = 0x3000;
const LN = /^[\p{L}\p{N}]$/u;
let lnTable: Uint8Array | null = null;
function buildLnTable(): Uint8Array {
  const t = new Uint8Array(LN_BOUND);
  for (let c = 0; c < LN_BOUND; c++) if (c < 0xd800 && LN.test(String.fromCharCode(c))) t[c] = 1;
  return t;
}

/**
 * Syllable bigrams of a text, within punctuation-free stretches (runs of letters, digits and plain spaces),
 * stop words dropped. One pass over the text; words in `words`, an empty entry after each stretch.
 */
function grams(text: string): { grams: Gram[]; words: string[] } {
  const words: string[] = [];
  const out: Gram[] = [];
  const table = (lnTable ??= buildLnTable());
  const n = text.length;
  let prev: string | null = null; // the fold of the previous kept word of the stretch
  let ws = -1; // start of the word being read
  let inSeparators = false; // a run of separators closes the stretch once
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let width = 1;
    let isLN = false;
    if (c === 32) {
      // a space ends a word, not the stretch
    } else if (c < LN_BOUND) isLN = table[c] === 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width = 2;
      isLN = LN.test(text.slice(i, i + 2));
    } else isLN = LN.test(text[i] as string);
    if (isLN) {
      if (ws < 0) ws = i;
      inSeparators = false;
      i += width - 1;
      continue;
    }
    if (ws >= 0) {
      prev = addWord(text.slice(ws, i), prev, words, out);
      ws = -1;
    }
    if (c === 32) inSeparators = false;
    else {
      if (!inSeparators) words.push('');
      inSeparators = true;
      prev = null;
      i += width - 1;
    }
  }
  if (ws >= 0) addWord(text.slice(ws, n), prev, words, out);
  words.push('');
  return { grams: out, words };
}

/** Adds a word read by `grams` unless it is a stop word; returns the fold of the last kept word of the stretch. */
function addWord(w: string, prev: string | null, words: string[], out: Gram[]): string | null {
  // fold() works letter by letter, so the fold of "a b" is fold(a) + " " + fold(b): fold each word once
  const f = keptFold(w);
  if (f === null) return prev;
  if (prev !== null) out.push({ key: `${prev} ${f}`, at: words.length - 1 });
  words.push(w);
  return f;
}

function countBigrams(gs: Gram[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of gs) if (!GENERIC.has(g.key)) out.set(g.key, (out.get(g.key) ?? 0) + 1);
  return out;
}

// Bigrams of a title, memoised across texts: the same titles are cited again and again. The maps are read-only.
const titleBigrams = new Map<string, Map<string, number>>();
function bigramsOfTitle(title: string): Map<string, number> {
  let g = titleBigrams.get(title);
  if (g === undefined) {
    if (titleBigrams.size > 5_000) titleBigrams.clear();
    g = countBigrams(grams(title).grams);
    titleBigrams.set(title, g);
  }
  return g;
}

function findTasks(doc: Doc, top: Mention[], keyOf: Map<number, string>, instruments: Instrument[]): Action[] {
  const { text, scan } = doc;
  const ms = markers(doc);
  if (ms.length === 0) return [];
  const topStarts = top.map((m) => m.start);
  // inverse document frequency of title bigrams, so terms every title shares weigh little
  const titled = instruments.filter((i) => i.title);
  const gramsOfTitle = new Map<string, Map<string, number>>();
  const titleGrams = new Map<string, Map<string, number>>();
  const byGram = new Map<string, string[]>();
  for (const i of titled) {
    const t = i.title as string;
    let g = gramsOfTitle.get(t);
    if (!g) {
      g = bigramsOfTitle(t);
      gramsOfTitle.set(t, g);
    }
    titleGrams.set(i.key, g);
    for (const b of g.keys()) {
      let l = byGram.get(b);
      if (!l) byGram.set(b, (l = []));
      l.push(i.key);
    }
  }
  // a bigram's document frequency: the titles that hold it, counted apart only when two instruments share a key
  // (otherwise the length of its list in byGram)
  let df: Map<string, number> | null = null;
  if (titleGrams.size !== titled.length) {
    df = new Map<string, number>();
    for (const g of titleGrams.values()) for (const b of g.keys()) df.set(b, (df.get(b) ?? 0) + 1);
  }
  const idf: Idf = { titled: titled.length, df, byGram, memo: [], norms: new Map() };
  const tasks: Action[] = [];
  for (let i = 0; i < ms.length; i++) {
    const mk = ms[i] as Marker;
    const lineEnd = scan.indexOf('\n', mk.bodyStart);
    const headEnd = lineEnd < 0 ? text.length : lineEnd;
    const next = ms[i + 1];
    let blockEnd = Math.min(next ? next.lineStart : text.length, mk.lineStart + 4000);
    // "khiếu kiện./." closes an article; search once per task only as far as the block goes
    const stop = text.slice(mk.bodyStart, blockEnd).indexOf('/.');
    if (stop >= 0) blockEnd = mk.bodyStart + stop + 2;
    const backed: string[] = [];
    for (let k = lowerBound(topStarts, mk.lineStart); k < top.length && (top[k] as Mention).start < blockEnd; k++) {
      const key = keyOf.get((top[k] as Mention).id);
      if (key && !backed.includes(key)) backed.push(key);
    }
    const heading = tidy(text.slice(mk.bodyStart, headEnd));
    const task: Action = {
      id: `task-${tasks.length + 1}`, kind: 'task', ordinal: mk.ordinal, actor: null, summary: heading, backedBy: backed,
      evidence: span(text, mk.lineStart, headEnd),
    };
    task.inferredBacking = infer(heading, titleGrams, byGram, idf, backed);
    tasks.push(task);
  }
  return tasks;
}

/** Inverse document frequency of title bigrams in one text, memoised, with the norms of bigram sets under it. */
interface Idf {
  /** Number of titled instruments. */
  titled: number;
  df: Map<string, number> | null;
  byGram: Map<string, string[]>;
  /** idf by document frequency. */
  memo: number[];
  /** Per text: the title maps are shared across texts, their norms are not. */
  norms: Map<Map<string, number>, number>;
}

function idfOf(idf: Idf, b: string): number {
  // (one value per document frequency: most bigrams share the few there are)
  return idfByCount(idf, (idf.df ? idf.df.get(b) : idf.byGram.get(b)?.length) ?? 1);
}
function idfByCount(idf: Idf, d: number): number {
  let v = idf.memo[d];
  if (v === undefined) {
    v = Math.log(1 + idf.titled / d);
    idf.memo[d] = v;
  }
  return v;
}

/** Euclidean norm of a bigram set under the text's idf. */
function norm(g: Map<string, number>, idf: Idf): number {
  let v = idf.norms.get(g);
  if (v === undefined) {
    let s = 0;
    for (const b of g.keys()) s += idfOf(idf, b) ** 2;
    v = Math.sqrt(s);
    idf.norms.set(g, v);
  }
  return v;
}

function infer(
  heading: string,
  titleGrams: Map<string, Map<string, number>>,
  byGram: Map<string, string[]>,
  idf: Idf,
  exclude: string[],
): InferredBacking[] {
  const { grams: hgrams, words } = grams(heading);
  const hg = countBigrams(hgrams);
  if (hg.size === 0) return [];
  const hkeys = [...hg.keys()];
  const scored: { key: string; score: number; shared: string[] }[] = [];
  if (idf.df === null) {
    // one look-up of each bigram in the index gives its weight and the titles that hold it: the same sums, in the
    // same order, as norm, idfOf and the candidates below (which serve when two instruments share a key)
    const weights: number[] = [];
    const candidates = new Map<string, number[]>();
    let sum = 0;
    for (let j = 0; j < hkeys.length; j++) {
      const l = byGram.get(hkeys[j] as string);
      const w = idfByCount(idf, l?.length ?? 1) ** 2;
      weights.push(w);
      sum += w;
      if (l === undefined) continue;
      for (const k of l) {
        const c = candidates.get(k);
        if (c) c.push(j);
        else candidates.set(k, [j]);
      }
    }
    const hn = Math.sqrt(sum);
    for (const [key, idx] of candidates) {
      if (exclude.includes(key)) continue;
      const tg = titleGrams.get(key);
      if (!tg || tg.size === 0) continue;
      let dot = 0;
      for (const j of idx) dot += weights[j] as number;
      const score = dot / (hn * norm(tg, idf));
      if (score < 0.05) continue;
      scored.push({ key, score: Math.round(score * 1000) / 1000, shared: idx.map((j) => hkeys[j] as string) });
    }
  } else {
    const hn = norm(hg, idf);
    // only instruments whose titles share a bigram with the task can score: find them through the index
    const candidates = new Set<string>();
    for (const b of hg.keys()) for (const k of byGram.get(b) ?? []) candidates.add(k);
    for (const key of candidates) {
      if (exclude.includes(key)) continue;
      const inst = { key };
      const tg = titleGrams.get(inst.key);
      if (!tg || tg.size === 0) continue;
      const shared: string[] = [];
      for (const b of hkeys) if (tg.has(b)) shared.push(b);
      if (shared.length === 0) continue;
      let dot = 0;
      for (const b of shared) dot += idfOf(idf, b) ** 2;
      const score = dot / (hn * norm(tg, idf));
      if (score < 0.05) continue;
      scored.push({ key: inst.key, score: Math.round(score * 1000) / 1000, shared });
    }
  }
  // (the shared terms are written out for the three kept only)
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((c): InferredBacking => ({ key: c.key, score: c.score, reason: `shares with its title: ${phrases(hgrams, words, new Set(c.shared)).join(', ')}` }));
}

/** Shared bigrams shown as the heading writes them, adjacent ones joined: "hệ thống" + "thống chính" + "chính trị" → "hệ thống chính trị". */
function phrases(hgrams: Gram[], words: string[], shared: Set<string>): string[] {
  const out: string[] = [];
  let from = -1;
  let to = -1;
  for (const g of hgrams) {
    if (!shared.has(g.key)) continue;
    if (from >= 0 && g.at === to + 1) to = g.at;
    else {
      if (from >= 0) out.push(words.slice(from, to + 2).join(' ').toLowerCase());
      from = g.at;
      to = g.at;
    }
  }
  if (from >= 0) out.push(words.slice(from, to + 2).join(' ').toLowerCase());
  return [...new Set(out)];
}
