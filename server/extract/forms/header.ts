// The document's own header: its number on the "Số:" line, its kind on the capitalised line below.
//
//   "Số: 10/2016/NĐ-CP"                  the kind from the symbol's code
//   "Số: 29-QĐ/TW" … "QUY ĐỊNH"          the kind from the kind line below the number
//   "No.: 4409/TCT-KK" … "Re: …"         an official letter by its subject line
//
// The rest of the header (issuer, place and date, title lines) is read at resolution (`readHeader`), which
// belongs here as well and can move in once that module is free to change.

import { fold } from '../../text/fold.ts';
import type { Doc } from '../models.ts';
import { KINDS } from '../patterns.ts';
import { kindFromCodes } from './symbol.ts';
import { mention } from './mention.ts';
import type { Mention } from '../models.ts';
import type { SymbolForm } from './types.ts';

/** The "Số:" / "No.:" that opens a header line, right before a number. */
// (a web page's table may put the number on the line after "Số:")
export const HEADER_BEFORE = /(?:^|\n)[ ]{0,8}(?:so|no\.?|number)[ ]{0,3}(?::[ ]{0,3}\n?[ ]{0,3}|[ ]{0,3})$/;
const SUBJECT_LINE = /^(?:v\/v|re:)/;

/** True when the number at `start` stands on a header line ("Số: 10/2016/NĐ-CP"). */
export function isHeaderNumber(scan: string, start: number): boolean {
  return HEADER_BEFORE.test(scan.slice(Math.max(0, start - 20), start));
}

/**
 * The kind of a document whose header gives its number without a kind code ("Số: 29-QĐ/TW", "No.: 4409/TCT-KK"):
 * the kind line below it ("QUY ĐỊNH"), else an official letter's subject line ("V/v …", "Re: …") makes it a công văn.
 */
export function headerKindAfter(doc: Doc, from: number): string | null {
  const region = doc.text.slice(from, Math.min(doc.text.length, from + 600)).split('\n').slice(1, 14);
  for (const raw of region) {
    const line = raw.trim();
    if (!line) continue;
    const f = fold(line).replace(/\s+/g, ' ');
    if (line === line.toUpperCase() && KINDS[f]) return KINDS[f]?.display ?? null;
    if (SUBJECT_LINE.test(f)) return 'Công văn';
  }
  return null;
}

export const header: SymbolForm = {
  name: 'header',
  summary: 'the document\'s own number on its header line: "Số: 10/2016/NĐ-CP", kind from the code or the kind line',
  trigger: 'symbol',
  patterns: { HEADER_BEFORE, SUBJECT_LINE },
  examples: [
    { text: 'CHÍNH PHỦ\nSố: 10/2016/NĐ-CP\nHà Nội, ngày 1 tháng 2 năm 2016', mentions: [{ kind: 'Nghị định', form: 'bare', number: '10', symbol: '2016/NĐ-CP', self: true }] },
    { text: 'BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 29-QĐ/TW\nHà Nội, ngày 25 tháng 7 năm 2021\nQUY ĐỊNH\nVề một việc', mentions: [{ kind: 'Quy định', number: '29', symbol: 'QĐ/TW', self: true }] },
    { text: 'TỔNG CỤC THUẾ\nSố: 4409/TCT-KK\nV/v hoàn thuế', mentions: [{ kind: 'Công văn', number: '4409', symbol: 'TCT-KK', self: true }] },
  ],
  read: ({ doc, start, sym }) => {
    if (!isHeaderNumber(doc.scan, start)) return null;
    const kind = kindFromCodes(sym.codes, sym.year) ?? headerKindAfter(doc, sym.end);
    return kind ? { kind, self: true } : null;
  },
};

/**
 * "Số: 22 HD/TWĐTN": a header whose number and symbol a conversion left apart with a space. Read only on a header
 * line near the top, and only when the codes name a kind (or a kind line follows), as the document's own number.
 */
const SPACED_HEADER = /(?:^|\n)[ ]{0,8}(?:so|no\.?)[ ]{0,3}:?[ ]{0,3}(\d{1,5})[ ]([a-z]{1,8}\/[a-z][a-z0-9]{1,12}(?:-[a-z][a-z0-9]{1,12}){0,3})(?=[ ]*(?:\n|$))/;
export function spacedHeaderNumber(doc: Doc): Mention | null {
  const head = doc.scan.slice(0, 1500);
  const m = SPACED_HEADER.exec(head);
  if (!m?.[1] || !m[2]) return null;
  const start = m.index + m[0].indexOf(m[1], m[0].search(/\d/));
  const symStart = start + m[1].length + 1;
  const end = symStart + m[2].length;
  const written = doc.text.slice(symStart, end);
  const codes = m[2].split(/[/-]/);
  const kind = kindFromCodes(codes, null) ?? headerKindAfter(doc, end);
  if (!kind) return null;
  return mention('bare', kind, { start, end }, { number: m[1], symbol: written.toUpperCase().replace(/TƯ/g, 'TW'), codes, self: true });
}
