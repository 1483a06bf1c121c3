// A strict parser of the Bộ Pháp điển's notes. Every codified article carries one note in a fixed form:
//
//   source     (Điều 1 Luật số 57/2020/QH14 Luật Thanh niên ngày 16/06/2020 của Quốc hội, có hiệu lực thi hành
//               kể từ ngày 01/01/2021)          the first note of a document: article, kind, number/symbol,
//                                               title, issue date, issuer, effective date
//              (Điều 2 Luật số 57/2020/QH14, có hiệu lực thi hành kể từ ngày 01/01/2021)   later notes
//   amendment  (Điều 4 Nghị định số 52/2013/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/07/2013, có nội dung được
//               sửa đổi, có nội dung được bổ sung, có nội dung bị bãi bỏ bởi Điều 1, Điều 2 Nghị định số
//               85/2021/NĐ-CP có hiệu lực thi hành kể từ ngày 01/01/2022)
//
// The parser reads that form and nothing else; it is independent of the extractor on purpose (its output is
// the reference the extractor is measured against). It repairs a few known irregularities — non-breaking or
// doubled spaces, doubled parentheses, spaces inside a symbol ("91/2014/ NĐ-CP"), a missing space after
// "số", a title that repeats the number, stray quotes, dates written "01 tháng 01 năm 2015" — and names each
// repair in `repairs`. Anything else is refused with a reason, so the caller can count what it could not read.

export type ChangeType = 'AMENDS' | 'REPEALS';

/** An instrument as a note names it. Only the first note of a document gives title, issue date and issuer. */
export interface NoteInstrument {
  kind: string;
  number: string;
  /** "2020/QH14", "NĐ-CP" for "74/NĐ-CP", "LCT/HDNN8" for "21-LCT/HDNN8"; null when the note gives a bare number. */
  symbol: string | null;
  title: string | null;
  issuedOn: string | null;
  issuer: string | null;
  effectiveFrom: string | null;
}

export interface NoteChange {
  type: ChangeType;
  /** "được bổ sung": an amendment that adds content. */
  supplements: boolean;
  by: NoteInstrument;
  /** The amending instrument's articles, as written: ["Điều 1", "Điều 2"], ["khoản 1 Điều 1"]. */
  byPinpoints: string[];
  /** When the change takes effect: the amending instrument's effective date as the note gives it. */
  effectiveFrom: string | null;
}

export interface ParsedNote {
  ok: true;
  form: 'source' | 'amendment';
  /** The codified article of the source instrument: "Điều 4", "Điều 35a". */
  pinpoint: string;
  instrument: NoteInstrument;
  changes: NoteChange[];
  /** Irregularities repaired on the way, e.g. "space-in-symbol", "repeated-number", "long-date". */
  repairs: string[];
}

export interface UnparsedNote {
  ok: false;
  reason: string;
}

/** Kinds the notes use, longest first so "Thông tư liên tịch" wins over "Thông tư". */
export const NOTE_KINDS = [
  'Thông tư liên tịch',
  'Nghị quyết liên tịch',
  'Bộ luật',
  'Hiến pháp',
  'Luật',
  'Pháp lệnh',
  'Nghị định',
  'Thông tư',
  'Quyết định',
  'Nghị quyết',
  'Chỉ thị',
  'Sắc lệnh',
  'Lệnh',
] as const;

const KIND_ALT = NOTE_KINDS.map((k) => k.replace(/ /g, '\\s+')).join('|');
// A number and its symbol: "57/2020/QH14", "21-LCT/HDNN8", "06/2013/UBTVQH13", "01/2017/TTLT-BCA-BNN&PTNT".
// Spaces around a separator are tolerated (and reported), never inside a part.
const SYM_PART = "[\\p{L}\\p{N}&]+";
const NUMSYM = `\\d+[a-zđ]?(?:\\s*[/-]\\s*${SYM_PART})*`;
const DATE = '\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{3,4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}';
const EFFECTIVE = new RegExp(`,?\\s*có\\s+hiệu\\s+lực(?:\\s+thi\\s+hành)?(?:\\s+kể)?\\s+từ\\s+ngày\\s+(${DATE})`, 'u');
const PINPOINT_UNIT = '(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hần)';
const HEAD = new RegExp(`^(${PINPOINT_UNIT}\\s+[\\p{N}]+[a-zđ]?)\\s+(${KIND_ALT})\\s+số\\s*(${NUMSYM})(.*)$`, 'iu');
const CHANGE_SPLIT = /^(.*?)\s*(?:bởi|theo\s+quy\s+định\s+tại(?:\s+tại)?)\s+(.*)$/u;
const SEGMENT = new RegExp(`^(.*?)\\s*(?:\\bcủa\\s+)?(${KIND_ALT})\\s+số\\s*(${NUMSYM})(.*)$`, 'iu');

/** "16/06/2020" or "01 tháng 7 năm 2016" → "2020-06-16"; null when it is not a real date. */
export function noteDate(text: string): string | null {
  const m = /^(\d{1,2})\s*(?:\/|\s+tháng\s+)\s*(\d{1,2})\s*(?:\/|\s+năm\s+)\s*(\d{3,4})$/u.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function canonicalKind(k: string): string {
  const s = k.replace(/\s+/g, ' ');
  const hit = NOTE_KINDS.find((x) => x.toLowerCase() === s.toLowerCase());
  return hit ?? s;
}

/** "57/2020/QH14" → { number: "57", symbol: "2020/QH14" }; "21-LCT/HDNN8" → { "21", "LCT/HDNN8" }. */
export function splitNumber(raw: string, repairs: string[]): { number: string; symbol: string | null } {
  let s = raw.replace(/\u00d0/g, 'Đ');
  if (/\s/.test(s)) {
    s = s.replace(/\s+/g, '');
    repairs.push('space-in-symbol');
  }
  const m = /^(\d+[a-zđ]?)(?:[/-](.+))?$/u.exec(s);
  if (!m) return { number: s, symbol: null };
  return { number: m[1]!, symbol: m[2] ?? null };
}

function clean(note: string): string {
  // "Ð" (U+00D0, Icelandic eth) typed for "Đ"
  let s = note.replace(/\u00d0/g, 'Đ').replace(/[\u00a0\u2007\u202f\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  // outer parentheses (sometimes doubled), then a closing full stop
  for (;;) {
    const before = s;
    s = s.replace(/^\(\s*/, '').replace(/\s*\)$/, '').replace(/\s*[.;]$/, '').trim();
    if (s === before) break;
  }
  return s;
}

/** Splits "Điều 1, Điều 2", "Điều 1, 2", "khoản 1, khoản 2 Điều 2" into pinpoints as written. */
export function splitPinpoints(text: string): string[] {
  const t = text.replace(/\s+của\s*$/u, '').replace(/^tại\s+/u, '').trim().replace(/,$/, '');
  if (!t) return [];
  const parts = t.split(/\s*(?:,|\bvà\b)\s*/u).filter(Boolean);
  const out: string[] = [];
  let unit = '';
  for (const p of parts) {
    const u = /^(\p{L}+)\s/u.exec(p);
    if (u) unit = u[1]!;
    out.push(/^\d+[a-zđ]?$/u.test(p) && unit ? `${unit} ${p}` : p);
  }
  // "khoản 1, khoản 2 Điều 2": the article written once at the end belongs to every clause before it
  const art = /\s((?:[Đđ]iều)\s+\d+[a-zđ]?)$/u.exec(out[out.length - 1] ?? '');
  if (art && out.length > 1) {
    for (let i = 0; i < out.length - 1; i++) if (!/[Đđ]iều/u.test(out[i]!)) out[i] = `${out[i]} ${art[1]}`;
  }
  return out;
}

function stripTitle(title: string, kind: string, number: string, repairs: string[]): string | null {
  let t = title.trim();
  // a title that repeats the kind and number: "Luật số 57/2020/QH14 Luật Thanh niên"
  const rep = new RegExp(`^(?:${kind.replace(/ /g, '\\s+')}\\s+)?số\\s*${number}\\S*\\s*`, 'iu');
  if (rep.test(t)) {
    t = t.replace(rep, '');
    repairs.push('repeated-number');
  }
  // a quote at either end with no partner inside the title is stray; a quoted name inside it stays
  const quotes = (t.match(/["“”]/gu) ?? []).length;
  if (quotes === 1 && /^["“”]|["“”]$/u.test(t)) {
    t = t.replace(/^["“”]\s*|\s*["“”]$/gu, '');
    repairs.push('stray-quote');
  } else if (quotes === 2 && /^["“][^"“”]*["”]$/u.test(t)) {
    t = t.slice(1, -1).trim();
    repairs.push('stray-quote');
  }
  t = t.replace(/\s*\.$/, '').trim();
  return t || null;
}

/** Reads "… Kind số N/S[ title ngày d/m/y của issuer]". */
function readHead(head: string, repairs: string[]): { pinpoint: string; instrument: Omit<NoteInstrument, 'effectiveFrom'> } | UnparsedNote {
  const m = HEAD.exec(head);
  if (!m) return { ok: false, reason: /\bsố\b/u.test(head) ? 'no-kind-or-article' : 'no-number' };
  const [, pin, kindRaw, numRaw, rest = ''] = m;
  if (/^\s*số\s*\d/u.test(rest)) return { ok: false, reason: 'no-number' };
  if (/số(?=\d)/u.test(head)) repairs.push('no-space-after-so');
  const kind = canonicalKind(kindRaw!);
  if (kind !== kindRaw) repairs.push('kind-case');
  const { number, symbol } = splitNumber(numRaw!, repairs);
  let title: string | null = null;
  let issuedOn: string | null = null;
  let issuer: string | null = null;
  let tail = rest.trim();
  if (/^\(\d+\)/.test(tail)) {
    // "18/2021/QĐ-TTg (1)": a footnote mark
    tail = tail.replace(/^\(\d+\)\s*/, '');
    repairs.push('footnote-mark');
  }
  if (tail.startsWith('.')) {
    // "05/2007/TT-BYT." a full stop typed after the symbol
    tail = tail.slice(1).trim();
    repairs.push('stray-full-stop');
  }
  if (tail) {
    // the last "ngày d/m/y của …" is the issue date and issuer: a title may cite other instruments with dates
    const dated = [...tail.matchAll(/(?:^|\s)ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})\s+của\s+/gu)];
    const last = dated[dated.length - 1];
    if (!last) return { ok: false, reason: 'title-without-date' };
    const before = tail.slice(0, last.index).trim();
    if (!before) return { ok: false, reason: 'date-before-title' };
    issuedOn = noteDate(last[1]!);
    if (!issuedOn) return { ok: false, reason: 'bad-issue-date' };
    issuer = tail.slice(last.index + last[0].length).trim().replace(/\s*\.$/, '') || null;
    title = stripTitle(before, kind, number, repairs);
  }
  return { pinpoint: pin!.replace(/^đ/u, 'Đ'), instrument: { kind, number, symbol, title, issuedOn, issuer } };
}

function changeKinds(text: string): { amends: boolean; supplements: boolean; repeals: boolean } {
  return {
    amends: /sửa\s+đổi/iu.test(text),
    supplements: /bổ\s+sung/iu.test(text),
    repeals: /bãi\s+bỏ|hủy\s+bỏ|hết\s+hiệu\s+lực/iu.test(text),
  };
}

/** Parses one note. Never throws. */
export function parseNote(note: string): ParsedNote | UnparsedNote {
  const repairs: string[] = [];
  const s = clean(note);
  if (/\(\(|\)\)|[\u00a0\n]| {2}/u.test(note)) repairs.push('spacing-or-parentheses');
  const eff = EFFECTIVE.exec(s);
  if (!eff) return { ok: false, reason: 'no-effective-date' };
  const head = s.slice(0, eff.index).trim();
  const h = readHead(head, repairs);
  if ('ok' in h) return h;
  if (/tháng/u.test(eff[1]!)) repairs.push('long-date');
  const effectiveFrom = noteDate(eff[1]!);
  if (!effectiveFrom) repairs.push('bad-effective-date');
  const instrument: NoteInstrument = { ...h.instrument, effectiveFrom };
  const rest = s.slice(eff.index + eff[0].length).trim();
  if (!rest) return { ok: true, form: 'source', pinpoint: h.pinpoint, instrument, changes: [], repairs };

  // amendment clause: ", có nội dung được sửa đổi, … bởi <pinpoints> <Kind> số <N/S> có hiệu lực … ngày <date>"
  if (!/bởi|theo\s+quy\s+định\s+tại/iu.test(rest) && /có\s+hiệu\s+lực/u.test(rest)) {
    // a source note that dates some of its clauses apart: "khoản 3 Điều này có hiệu lực thi hành từ ngày …"
    repairs.push('staged-effect');
    return { ok: true, form: 'source', pinpoint: h.pinpoint, instrument, changes: [], repairs };
  }
  const body = rest.replace(/^[,(]\s*/, '').replace(/^\(\s*/, '');
  const cm = CHANGE_SPLIT.exec(body);
  if (!cm) return { ok: false, reason: 'no-amending-instrument' };
  const what = changeKinds(cm[1]!);
  if (!what.amends && !what.supplements && !what.repeals) return { ok: false, reason: 'unknown-change' };
  if (/\bbởi\b|theo\s+quy\s+định/u.test(cm[2]!)) return { ok: false, reason: 'several-change-clauses' };
  const segments = cm[2]!.split(/\s*;\s*/u).filter(Boolean);
  if (segments.length > 1 && what.repeals && (what.amends || what.supplements)) return { ok: false, reason: 'mixed-changes-several-instruments' };
  const changes: NoteChange[] = [];
  for (const seg of segments) {
    const sm = SEGMENT.exec(seg);
    if (!sm) return { ok: false, reason: 'unreadable-amending-instrument' };
    const [, pins = '', kindRaw, numRaw, after = ''] = sm;
    const segRepairs: string[] = [];
    const kind = canonicalKind(kindRaw!);
    const { number, symbol } = splitNumber(numRaw!, segRepairs);
    repairs.push(...segRepairs);
    const se = EFFECTIVE.exec(after);
    let date: string | null = null;
    let issuedOn: string | null = null;
    if (se) {
      if (after.slice(0, se.index).trim()) repairs.push('amending-title');
      if (after.slice(se.index + se[0].length).trim()) repairs.push('trailing-text');
      if (/tháng/u.test(se[1]!)) repairs.push('long-date');
      date = noteDate(se[1]!);
      if (!date) repairs.push('bad-effective-date');
    } else {
      // no effective date: only "… ngày 30/07/2018" (the issue date) or nothing at all
      const issued = /^\s*ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})\s*$/u.exec(after);
      if (after.trim() && !issued) return { ok: false, reason: 'unreadable-amending-instrument' };
      issuedOn = issued ? noteDate(issued[1]!) : null;
      repairs.push('no-amendment-date');
    }
    const by: NoteInstrument = { kind, number, symbol, title: null, issuedOn, issuer: null, effectiveFrom: date };
    const byPinpoints = splitPinpoints(pins);
    if (what.amends || what.supplements) changes.push({ type: 'AMENDS', supplements: what.supplements, by, byPinpoints, effectiveFrom: date });
    if (what.repeals) changes.push({ type: 'REPEALS', supplements: false, by, byPinpoints, effectiveFrom: date });
  }
  return { ok: true, form: 'amendment', pinpoint: h.pinpoint, instrument, changes, repairs: [...new Set(repairs)] };
}
