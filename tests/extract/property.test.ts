// Extraction never throws, and every span points at exactly its text in the normalised input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, normalizeInput } from '../../server/extract/index.ts';
import type { Extraction, Span } from '../../server/extract/models.ts';

const PIECES = [
  'Quy định số ', 'Nghị quyết ', 'Nghị định ', 'Luật ', 'Kết luận số ', 'Regulation No. ', 'Hội nghị Trung ương ', 'khóa XIII',
  '213', '-QĐ/TW', '/2020/NĐ-CP', '/QĐ-TTg', '-NQ/TU', ', 18, 19', ' và ', '; ', ', ngày 2-1-2020', ' ngày 05 tháng 3 năm 2020',
  ' của Bộ Chính trị', ' của Ban Chấp hành Đảng bộ tỉnh', '“Về ', '”', '"', ' về công tác', ' thay thế ', ' thực hiện ', 'Tổ chức Chính phủ',
  '\n', '\r\n', '\u00a0', '–', '\ufeff', 'Một là, ', '1. ', 'a) ', 'Thành ủy Cẩm Phả ', 'Tỉnh ủy Quảng Ninh', '10.745', '578,47 triệu đồng',
  'Số: ', 'NGHỊ ĐỊNH', 'Căn cứ ', 'này', 'Nghi quyet so ', 'e\u0301', '\u0300', '😀', '\ud800', '.',
];

function spans(x: Extraction): Span[] {
  return [
    ...x.instruments.flatMap((i) => i.mentions),
    ...x.relations.map((r) => r.evidence),
    ...x.actions.map((a) => a.evidence),
    ...x.organizations.flatMap((o) => o.mentions),
  ];
}

function check(text: string): void {
  const x = extract(text);
  const norm = normalizeInput(text);
  for (const s of spans(x)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(norm.length);
    expect(norm.slice(s.start, s.end)).toBe(s.text);
  }
  const keys = new Set(x.instruments.map((i) => i.key));
  expect(keys.size).toBe(x.instruments.length);
  for (const r of x.relations) expect(keys.has(r.from) && keys.has(r.to)).toBe(true);
  for (const a of x.actions) for (const k of a.backedBy) expect(keys.has(k)).toBe(true);
}

describe('extraction properties', () => {
  it('never throws and keeps spans exact on citation-like input', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => check(parts.join(''))), { numRuns: 400 });
  });
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => check(s)), { numRuns: 300 });
  });
  it('gives an empty extraction for empty input', () => {
    expect(extract('')).toEqual({ instruments: [], relations: [], actions: [], organizations: [] });
    expect(extract('\ufeff \n')).toEqual({ instruments: [], relations: [], actions: [], organizations: [] });
  });
  it('treats NFD input and CRLF like NFC and LF', () => {
    const t = 'Thực hiện Quy định số 213-QĐ/TW, ngày 2-1-2020, của Bộ Chính trị.\r\nNghị quyết 57.';
    const a = extract(t.normalize('NFD')).instruments.map((i) => [i.key, i.issuer]);
    expect(a).toEqual(extract(t).instruments.map((i) => [i.key, i.issuer]));
  });
});
