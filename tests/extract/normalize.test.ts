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
