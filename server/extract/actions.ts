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

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
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
  const insideCitation = (pos: number): boolean => {
    const k = lowerBound(extentStarts, pos + 1) - 1;
    for (let j = k; j >= 0 && j >= k - 4; j--) {
      const m = allExtents[j] as Mention;
      if (m.start <= pos && pos < m.extentEnd) return true;
    }
    return false;
  };
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
    if (/^[ \t]*(?:can cu|-|\+)/.test(scan.slice(ss, ss + 12))) continue;
    const lead = scan.slice(ss, first.start);
    if (!ACTION_VERB.test(lead)) continue;
    let actor: OrgMention | null = null;
    for (let j = lowerBound(orgStarts, ss); j < orgs.length && (orgs[j] as OrgMention).start < first.start; j++) {
      const o = orgs[j] as OrgMention;
      if (!insideCitation(o.start)) {
        actor = o;
        break;
      }
    }
    if (!actor) continue;
    // the clause that holds the first citation: after the last " và " / "; " between the actor and it
    let clauseStart = ss;
    CLAUSE_BREAK.lastIndex = actor.end;
    for (let m = CLAUSE_BREAK.exec(scan); m && m.index < first.start; m = CLAUSE_BREAK.exec(scan)) clauseStart = m.index + m[0].length;
    while (clauseStart < first.start && /\s/.test(text[clauseStart] ?? '')) clauseStart++;
    const evidence = span(text, clauseStart, first.end);
    let summary = evidence.text;
    if (clauseStart === actor.start) summary = summary.slice(actor.end - actor.start);
    const backedBy = [...new Set(inSentence.map((m) => keyOf.get(m.id) as string))];
    const quantities = findQuantities(text, scan, ss, se)
      .filter((q) => !insideCitation(q.start) && !/(?:nam|ngay|thang|khoa|nhiem ky|ky|giai doan|-) ?$/.test(scan.slice(Math.max(0, q.start - 12), q.start)))
      .map((q) => (q.unit ? { value: q.value, unit: q.unit, text: q.text } : { value: q.value, text: q.text }));
    const action: Action = { id: `action-${++n}`, kind: 'action', actor: actor.name, summary: tidy(summary), backedBy, evidence };
    if (quantities.length) action.quantities = quantities;
    actions.push(action);
  }
  return [...actions, ...findTasks(doc, top, keyOf, instruments)];
}

// ------------------------------------------------------------------ tasks

const WORD_ORDINALS: Record<string, number> = { mot: 1, nhat: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };
const TASK_WORD = /(?:^|\n)[ \t]*(?:(mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi) la|thu (nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi))[ ]{0,2}[,:.][ ]{0,3}/g;
const TASK_NUM = /(?:^|\n)[ \t]*(?:(\d{1,2})[.)]|([a-h])\))[ ]{1,3}(?=\S)/g;
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
  TASK_WORD.lastIndex = 0;
  for (let m = TASK_WORD.exec(scan); m; m = TASK_WORD.exec(scan)) {
    const lineStart = m.index + (m[0].startsWith('\n') ? 1 : 0);
    const wordAt = lineStart + (/^[ \t]*/.exec(scan.slice(lineStart))?.[0].length ?? 0);
    if (text[wordAt] !== text[wordAt]?.toUpperCase()) continue;
    const ordinal = WORD_ORDINALS[m[1] ?? m[2] ?? ''] ?? 0;
    out.push({ lineStart, bodyStart: m.index + m[0].length, ordinal, family: m[1] ? 'la' : 'thu' });
  }
  // "1." and "a)" lists count as tasks only under a heading that speaks of tasks
  TASK_NUM.lastIndex = 0;
  let last: Marker | null = null;
  for (let m = TASK_NUM.exec(scan); m; m = TASK_NUM.exec(scan)) {
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

const foldedWords = new Map<string, string>();
/** fold() of one syllable, memoised: a text repeats a small vocabulary. */
function foldWord(w: string): string {
  let f = foldedWords.get(w);
  if (f === undefined) {
    if (foldedWords.size > 50_000) foldedWords.clear();
    f = fold(w);
    foldedWords.set(w, f);
  }
  return f;
}

/** Syllable bigrams of a text, within punctuation-free stretches, stop words dropped. */
function grams(text: string): { grams: Gram[]; words: string[] } {
  const words: string[] = [];
  const out: Gram[] = [];
  for (const part of text.split(/[^\p{L}\p{N} ]+/u)) {
    const kept = part.split(' ').filter((w) => w && !STOP.has(w.toLowerCase()));
    // fold() works letter by letter, so the fold of "a b" is fold(a) + " " + fold(b): fold each word once
    const folded = kept.map(foldWord);
    for (let i = 0; i < kept.length; i++) {
      if (i + 1 < kept.length) out.push({ key: `${folded[i]} ${folded[i + 1]}`, at: words.length });
      words.push(kept[i] as string);
    }
    words.push('');
  }
  return { grams: out, words };
}

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of grams(text).grams) if (!GENERIC.has(g.key)) out.set(g.key, (out.get(g.key) ?? 0) + 1);
  return out;
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
      g = bigrams(t);
      gramsOfTitle.set(t, g);
    }
    titleGrams.set(i.key, g);
    for (const b of g.keys()) {
      const l = byGram.get(b) ?? [];
      l.push(i.key);
      byGram.set(b, l);
    }
  }
  const df = new Map<string, number>();
  for (const g of titleGrams.values()) for (const b of g.keys()) df.set(b, (df.get(b) ?? 0) + 1);
  const idf = (b: string): number => Math.log(1 + titled.length / (df.get(b) ?? 1));
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

const norms = new WeakMap<Map<string, number>, number>();
function norm(g: Map<string, number>, idf: (b: string) => number): number {
  let v = norms.get(g);
  if (v === undefined) {
    v = Math.sqrt([...g.keys()].reduce((s, b) => s + idf(b) ** 2, 0));
    norms.set(g, v);
  }
  return v;
}

function infer(
  heading: string,
  titleGrams: Map<string, Map<string, number>>,
  byGram: Map<string, string[]>,
  idf: (b: string) => number,
  exclude: string[],
): InferredBacking[] {
  const hg = bigrams(heading);
  if (hg.size === 0) return [];
  const { grams: hgrams, words } = grams(heading);
  const hn = norm(hg, idf);
  const out: InferredBacking[] = [];
  // only instruments whose titles share a bigram with the task can score: find them through the index
  const candidates = new Set<string>();
  for (const b of hg.keys()) for (const k of byGram.get(b) ?? []) candidates.add(k);
  for (const key of candidates) {
    if (exclude.includes(key)) continue;
    const inst = { key };
    const tg = titleGrams.get(inst.key);
    if (!tg || tg.size === 0) continue;
    const shared = [...hg.keys()].filter((b) => tg.has(b));
    if (shared.length === 0) continue;
    const dot = shared.reduce((s, b) => s + idf(b) ** 2, 0);
    const score = dot / (hn * norm(tg, idf));
    if (score < 0.05) continue;
    out.push({ key: inst.key, score: Math.round(score * 1000) / 1000, reason: `shares with its title: ${phrases(hgrams, words, new Set(shared)).join(', ')}` });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, 3);
}

/** Shared bigrams shown as the heading writes them, adjacent ones joined: "hệ thống" + "thống chính" + "chính trị" → "hệ thống chính trị". */
function phrases(hgrams: Gram[], words: string[], shared: Set<string>): string[] {
  const out: string[] = [];
  let from = -1;
  let to = -1;
  const flush = () => {
    if (from >= 0) out.push(words.slice(from, to + 2).join(' ').toLowerCase());
    from = -1;
  };
  for (const g of hgrams) {
    if (!shared.has(g.key)) continue;
    if (from >= 0 && g.at === to + 1) to = g.at;
    else {
      flush();
      from = g.at;
      to = g.at;
    }
  }
  flush();
  return [...new Set(out)];
}
