import { describe, expect, it } from 'vitest';
import { instrumentKey, keysCompatible, parseKey } from '../../server/extract/identity.ts';
import { keyMatchesRef, parseReference } from '../../server/extract/index.ts';

describe('identity keys', () => {
  it('builds keys per the contract', () => {
    expect(instrumentKey({ kind: 'Quy định', number: '213', symbol: 'QĐ/TW', year: 2020 })).toBe('quy-dinh:213-qd-tw@2020');
    expect(instrumentKey({ kind: 'Nghị quyết', number: '11', symbol: 'NQ/TU', year: 2018, jurisdiction: 'Quảng Ninh' })).toBe('nghi-quyet:11-nq-tu@2018#quang-ninh');
    expect(instrumentKey({ kind: 'Nghị định', number: '30', symbol: '2020/NĐ-CP', year: 2020 })).toBe('nghi-dinh:30-2020-nd-cp');
    expect(instrumentKey({ kind: 'Luật', number: '80', symbol: '2015/QH13', year: 2015 })).toBe('luat:80-2015-qh13');
    expect(instrumentKey({ kind: 'Quy định', number: '08', symbol: 'QĐi/TW' })).toBe('quy-dinh:8-qdi-tw');
    expect(instrumentKey({ kind: 'Nghị quyết', number: '57' })).toBe('nghi-quyet:57');
    expect(instrumentKey({ kind: 'Nghị quyết', conference: { no: 4, term: 'XIII' } })).toBe('nghi-quyet:hntw-4-xiii');
    expect(instrumentKey({ kind: 'Nghị quyết', congressTerm: 'XIII' })).toBe('nghi-quyet:dai-hoi-xiii');
    expect(instrumentKey({ kind: 'Luật', title: 'Tổ chức Chính phủ', year: 2015 })).toBe('luat:t-to-chuc-chinh-phu@2015');
  });
  it('parses keys and applies the merge rule', () => {
    expect(parseKey('nghi-quyet:11-nq-tu@2018#quang-ninh')).toEqual({ base: 'nghi-quyet:11-nq-tu', year: 2018, jurisdiction: 'quang-ninh' });
    expect(parseKey('nghi-dinh:30-2020-nd-cp')).toEqual({ base: 'nghi-dinh:30-2020-nd-cp', year: null, jurisdiction: null });
    expect(keysCompatible('ket-luan:21-kl-tw', 'ket-luan:21-kl-tw@2021')).toBe(true);
    expect(keysCompatible('ket-luan:21-kl-tw@2012', 'ket-luan:21-kl-tw@2021')).toBe(false);
    expect(keysCompatible('nghi-quyet:11-nq-tu#bac-ninh', 'nghi-quyet:11-nq-tu@2018#quang-ninh')).toBe(false);
  });
});

describe('parseReference', () => {
  it('reads what a person types', () => {
    expect(parseReference('Quy định 213')).toEqual({ kind: 'Quy định', number: '213' });
    expect(parseReference('213-QĐ/TW')).toEqual({ number: '213', symbol: 'QĐ/TW' });
    expect(parseReference('qd 213')).toEqual({ kinds: ['Quy định', 'Quyết định'], number: '213' });
    expect(parseReference('quy dinh 213')).toEqual({ kind: 'Quy định', number: '213' });
    expect(parseReference('Regulation No. 213-QD/TW')).toEqual({ kind: 'Quy định', number: '213', symbol: 'QĐ/TW' });
    expect(parseReference('Nghị định 30/2020/NĐ-CP')).toEqual({ kind: 'Nghị định', number: '30', symbol: '2020/NĐ-CP', year: 2020 });
    expect(parseReference('hello')).toBeNull();
  });
  it('matches keys against references', () => {
    const key = 'quy-dinh:213-qd-tw@2020';
    for (const r of ['Quy định 213', '213-QĐ/TW', 'qd 213', 'Regulation No. 213-QD/TW', 'quy định số 213-QĐ/TW']) expect(keyMatchesRef(key, parseReference(r)!), r).toBe(true);
    for (const r of ['Quyết định 213', 'Quy định 214', '213-QĐ/TU', 'nq 213']) expect(keyMatchesRef(key, parseReference(r)!), r).toBe(false);
    expect(keyMatchesRef('nghi-dinh:30-2020-nd-cp', parseReference('Nghị định 30/2020/NĐ-CP')!)).toBe(true);
  });
});
