import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUpperAt, normalize, normalizeInput } from '../../server/extract/normalize.ts';

describe('normalize', () => {
  it('strips a BOM and composes NFD input', () => {
    const nfd = '\ufeffQuy định'.normalize('NFD');
    expect(normalizeInput(nfd)).toBe('Quy định');
  });
  it('builds a folded twin of the same length', () => {
    const doc = normalize('Quy định số\u00a0109\u2013 QĐ/TW “Về”\r\nx');
    expect(doc.scan).toHaveLength(doc.text.length);
    expect(doc.scan.startsWith('quy dinh so 109- qd/tw \x93ve\x94 \nx')).toBe(true);
  });
  it('tells capitals on the original text', () => {
    expect(isUpperAt('Đảng', 0)).toBe(true);
    expect(isUpperAt('đảng', 0)).toBe(false);
  });
});

describe('normalizeInput', () => {
  it('equals ICU NFC on any text, also when it skips the NFC pass', () => {
    const samples = ['Quy định số 213 “Về…” 578,47 triệu ₫', 'hoà thuý'.normalize('NFD'), 'Ω \u2126 \u212b \u2000 \uf900', '\u1100\u1161', 'e\u0301'];
    for (const s of samples) expect(normalizeInput(s)).toBe(s.normalize('NFC'));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normalizeInput(s) === s.replace(/^\uFEFF/, '').normalize('NFC')), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalizeInput(s) === s.replace(/^\uFEFF/, '').normalize('NFC')), { numRuns: 500 });
  });
});
