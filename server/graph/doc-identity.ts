// Which instrument a document is: found in its header ("Số: 99/2026/TT-BTP" under the kind heading) or in its
// enacting sentence ("Bộ trưởng Bộ Tư pháp ban hành Thông tư số 99/2026/TT-BTP."), or typed by the person adding
// it. Once known, the links the document states about itself are added to its extraction: the "Căn cứ …" lines of
// its preamble (BASED_ON) and "Thông tư này thay thế / sửa đổi, bổ sung / bãi bỏ … " (REPLACES, AMENDS, REPEALS…).
// Pure: text and extraction in, extraction out; offsets are those of the extraction (the NFC text).
import type { Extraction, Instrument, Relation, RelationType } from '../extract/models.ts';
import { fold } from '../text/fold.ts';
import { instrumentLabel } from '../api/naming.ts';

export interface DocumentIdentity {
  key: string;
  label: string;
  kind: string;
  number: string | null;
  symbol: string | null;
  /** header | enacting | typed */
  source: 'header' | 'enacting' | 'typed';
}

/** The header is in the first lines; an enacting sentence ends the preamble, well within this many characters. */
const HEADER_SPAN = 1500;
const PREAMBLE_SPAN = 8000;

function identityOf(i: Instrument, source: DocumentIdentity['source']): DocumentIdentity {
  return { key: i.key, label: instrumentLabel(i), kind: i.kind, number: i.number, symbol: i.symbol, source };
}

/** "Thông tư 99/2026/TT-BTP", "Quy định 213-QĐ/TW": the identity as a person writes it (a title of last resort). */
export function identityName(i: Pick<DocumentIdentity, 'kind' | 'number' | 'symbol' | 'label'>): string {
  if (!i.number) return i.label;
  const sep = i.symbol && /^\d/.test(i.symbol) ? '/' : '-';
  return `${i.kind} ${i.number}${i.symbol ? `${sep}${i.symbol}` : ''}`;
}

/** The instrument the text says it is, or null. */
export function findIdentity(text: string, ex: Extraction): DocumentIdentity | null {
  const head = text.slice(0, HEADER_SPAN);
  // "Số: 99/2026/TT-BTP" on a line of its own: the mention on that line is the document.
  for (const m of head.matchAll(/^[ \t]*Số[ \t]*:[^\n]*$/gmu)) {
    const start = m.index;
    const end = start + m[0].length;
    const hit = ex.instruments.find((i) => i.mentions.some((s) => s.start >= start && s.end <= end + 2));
    if (hit) return identityOf(hit, 'header');
    // "Số: 99/2026/TT-BTP" alone cites no kind: take the kind heading above it ("THÔNG TƯ").
    const num = /Số[ \t]*:[ \t]*([0-9]+)[ \t]*\/[ \t]*([^\s,;]+)/u.exec(m[0]);
    if (num) {
      const sym = fold(num[2]!);
      const byNumber = ex.instruments.find((i) => i.number !== null && String(Number(i.number)) === String(Number(num[1])) && i.symbol !== null && sym.endsWith(fold(i.symbol)));
      if (byNumber) return identityOf(byNumber, 'header');
    }
  }
  // "… ban hành Thông tư số 99/2026/TT-BTP." / "… ban hành Nghị quyết." — the enacting formula. Not "ban hành kèm
  // theo", which names an annex; and only in the preamble, before "Điều 1".
  const art1 = /(^|\n)[ \t]*Điều 1\b/u.exec(text);
  const limit = Math.min(art1 ? art1.index : PREAMBLE_SPAN, PREAMBLE_SPAN);
  let best: { i: Instrument; at: number } | null = null;
  for (const i of ex.instruments) {
    for (const s of i.mentions) {
      if (s.start > limit) continue;
      const before = fold(text.slice(Math.max(0, s.start - 40), s.start));
      if (/ban hanh\s*$/.test(before) && !/kem theo\s*$/.test(before)) {
        if (!best || s.start < best.at) best = { i, at: s.start };
      }
    }
  }
  return best ? identityOf(best.i, 'enacting') : null;
}

/**
 * What a person typed ("Thông tư 99/2026/TT-BTP") read with the extractor's lenient reading: the matching
 * instrument of the extraction, else a new one (with no mention in the text).
 */
export function typedIdentity(typed: string, ex: Extraction, read: (text: string) => Extraction): { identity: DocumentIdentity; instrument: Instrument } | null {
  const got = read(typed).instruments[0];
  if (!got) return null;
  const same = ex.instruments.find((i) => i.key === got.key) ?? ex.instruments.find((i) => i.kind === got.kind && i.number === got.number && i.symbol === got.symbol);
  const instrument = same ?? { ...got, mentions: [] };
  return { identity: identityOf(instrument, 'typed'), instrument };
}

const SELF_VERBS: [RegExp, RelationType][] = [
  [/sua doi,? bo sung(?: mot so dieu(?: cua)?)?\s*$/, 'AMENDS'],
  [/(?:sua doi|bo sung)(?: mot so dieu(?: cua)?)?\s*$/, 'AMENDS'],
  [/thay the\s*$/, 'REPLACES'],
  [/bai bo(?: mot so dieu(?: cua)?)?\s*$/, 'REPEALS'],
  [/huong dan(?: thi hanh| thuc hien)?(?: mot so dieu(?: cua)?)?\s*$/, 'GUIDES'],
  [/dinh chi(?: thi hanh)?\s*$/, 'SUSPENDS'],
];
const SELF_KINDS = '(?:thong tu|nghi dinh|quyet dinh|nghi quyet|quy dinh|chi thi|ket luan|luat|phap lenh|huong dan|van ban|thong tu lien tich)';

/** The extraction with the document's own identity and the links it states about itself. */
export function withIdentity(text: string, ex: Extraction, identity: DocumentIdentity, own?: Instrument): Extraction {
  const instruments = ex.instruments.some((i) => i.key === identity.key) || !own ? ex.instruments : [...ex.instruments, own];
  const have = new Set(ex.relations.map((r) => `${r.from}>${r.type}>${r.to}`));
  const added: Relation[] = [];
  const add = (to: string, type: RelationType, start: number, end: number) => {
    if (to === identity.key) return;
    const k = `${identity.key}>${type}>${to}`;
    if (have.has(k)) return;
    have.add(k);
    added.push({ from: identity.key, to, type, evidence: { start, end, text: text.slice(start, end) } });
  };
  const selfRe = new RegExp(`${SELF_KINDS} nay\\s+`);
  for (const i of instruments) {
    for (const s of i.mentions) {
      const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
      const line = fold(text.slice(lineStart, s.start));
      // "Căn cứ Luật …;" at the start of a preamble line (and the other citations of that line).
      if (/^[ \t\-•*]*can cu\b/.test(line)) {
        add(i.key, 'BASED_ON', lineStart, Math.max(s.end, lineEnd(text, s.end)));
        continue;
      }
      // "Thông tư này thay thế Thông tư số 05/2019/TT-BTP".
      const sentenceStart = Math.max(lineStart, text.slice(0, s.start).search(/[.;!?][^.;!?]*$/u) + 1);
      const before = fold(text.slice(sentenceStart, s.start));
      const selfAt = before.search(selfRe);
      if (selfAt < 0) continue;
      const after = before.slice(selfAt).replace(selfRe, '');
      for (const [re, type] of SELF_VERBS) {
        if (re.test(after) && after.length < 80) {
          add(i.key, type, sentenceStart + selfAt, s.end);
          break;
        }
      }
    }
  }
  return { ...ex, instruments, relations: [...ex.relations, ...added] };
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

// ------------------------------------------------------------------ the document's own instrument in the graph

/**
 * An extraction that has been through the identity step: `identity` is the instrument the document itself is, or
 * null when neither its header, its enacting sentence nor the person adding it says. The ingest marks the CITES
 * edge from the document to that instrument as its own text (`own: true`), which gives the instrument its source
 * document and signer.
 */
export type IdentifiedExtraction = Extraction & { identity: DocumentIdentity | null };

/** Whether the identity step has run on this extraction (an upload runs it with what the person typed). */
export function hasIdentityStep(ex: Extraction): ex is IdentifiedExtraction {
  return 'identity' in ex;
}

/**
 * The identity step for a document read without a person: its identity from its header or enacting sentence and
 * the links it states about itself, as an upload gets them. An extraction that has been through it is returned as
 * it is.
 */
export function withDocumentIdentity(text: string, ex: Extraction): IdentifiedExtraction {
  if (hasIdentityStep(ex)) return ex;
  const identity = findIdentity(text, ex);
  return identity ? { ...withIdentity(text, ex, identity), identity } : { ...ex, identity: null };
}

/** The key (as extracted) of the instrument a document is, when the identity step found one. */
export function ownInstrumentKey(ex: Extraction): string | null {
  return hasIdentityStep(ex) ? (ex.identity?.key ?? null) : null;
}
