// The graph's identity module without a database: how it reads keys back, how it names an instrument (one
// Party-symbol rule for the stored label and the API's labels), the organisation levels and the term numerals.
import { describe, expect, it } from 'vitest';
import { instrumentName, isPartySymbol, keyFromAttributes, numberAndSymbol, parseInstrumentKey } from '../../server/graph/identity.ts';
import { instrumentLabel, instrumentName as apiName } from '../../server/api/naming.ts';
import { organizationLevel } from '../../server/graph/rows.ts';
import { MENTION_LEVEL_OF, UNIT_LEVELS } from '../../server/vocabulary/organizations.ts';
import { findOrganizations } from '../../server/extract/organizations.ts';
import { normalize } from '../../server/extract/normalize.ts';
import { termNumeral } from '../../server/text/terms.ts';

describe('instrument keys read back', () => {
  it('split kind, body, year and jurisdiction, with the base key and the merge group', () => {
    expect(parseInstrumentKey('nghi-quyet:11-nq-tu@2018#quang-ninh')).toEqual({
      key: 'nghi-quyet:11-nq-tu@2018#quang-ninh', kind: 'nghi-quyet', body: '11-nq-tu', year: 2018, jurisdiction: 'quang-ninh',
      baseKey: 'nghi-quyet:11-nq-tu', mergeGroup: 'nghi-quyet:11', bare: false,
    });
    expect(parseInstrumentKey('quy-dinh:0213')).toMatchObject({ mergeGroup: 'quy-dinh:213', bare: true, year: null });
    expect(parseInstrumentKey('nghi-quyet:hntw-4-xiii')).toMatchObject({ baseKey: 'nghi-quyet:hntw-4-xiii', mergeGroup: 'nghi-quyet:hntw-4-xiii' });
    expect(parseInstrumentKey('not a key')).toMatchObject({ kind: 'not a key', bare: false });
  });

  it('are made from attributes by the extractor\'s rule', () => {
    expect(keyFromAttributes({ kind: 'Quy định', number: '213', symbol: 'QĐ/TW', issuedOn: '2020-01-02' })).toBe('quy-dinh:213-qd-tw@2020');
    expect(keyFromAttributes({ kind: 'Nghị định', number: '30', symbol: '2020/NĐ-CP', issuedOn: '2020-03-05' })).toBe('nghi-dinh:30-2020-nd-cp');
    expect(keyFromAttributes({ kind: 'Nghị quyết', conference: 'Hội nghị Trung ương 4', term: 'XIII' })).toBe('nghi-quyet:hntw-4-xiii');
  });
});

describe('one naming rule', () => {
  it('joins a Party symbol with a hyphen and a State one with a slash', () => {
    for (const s of ['QĐ/TW', 'NQ/TW', 'HD/BTCTW-BNV', 'L/CTN', 'KH/TU-BCĐ']) expect(isPartySymbol(s), s).toBe(true);
    for (const s of ['2020/NĐ-CP', 'QĐ-TTg', '2014/TTLT-BNV-BTC', 'QH14']) expect(isPartySymbol(s), s).toBe(false);
    expect(numberAndSymbol({ number: '213', symbol: 'QĐ/TW' })).toBe('213-QĐ/TW');
    // a Party symbol whose issuers are joined by a hyphen is still a Party symbol
    expect(numberAndSymbol({ number: '01', symbol: 'HD/BTCTW-BNV' })).toBe('01-HD/BTCTW-BNV');
    expect(numberAndSymbol({ number: '30', symbol: '2020/NĐ-CP' })).toBe('30/2020/NĐ-CP');
    expect(numberAndSymbol({ number: '749', symbol: 'QĐ-TTg' })).toBe('749/QĐ-TTg');
    expect(numberAndSymbol({ number: '57', symbol: null })).toBe('57');
    expect(numberAndSymbol({ number: null, symbol: 'QĐ/TW' })).toBeNull();
  });

  it('names an instrument by number, conference or title, the same in the graph and the API', () => {
    const row = { key: 'k', label: null, title: null, conference: null, term: null };
    const cases = [
      [{ ...row, kind: 'Hướng dẫn', number: '01', symbol: 'HD/BTCTW-BNV' }, 'Hướng dẫn 01-HD/BTCTW-BNV', 'HD 01-HD/BTCTW-BNV'],
      [{ ...row, kind: 'Nghị định', number: '30', symbol: '2020/NĐ-CP' }, 'Nghị định 30/2020/NĐ-CP', 'NĐ 30/2020/NĐ-CP'],
      [{ ...row, kind: 'Nghị quyết', number: null, symbol: null, conference: 'Hội nghị Trung ương 4', term: 'XIII' }, 'Nghị quyết Hội nghị Trung ương 4 khóa XIII', 'Nghị quyết Hội nghị Trung ương 4 khóa XIII'],
      [{ ...row, kind: 'Luật', number: null, symbol: null, title: 'Tổ chức Chính phủ' }, 'Luật Tổ chức Chính phủ', 'Luật Tổ chức Chính phủ'],
    ] as const;
    for (const [i, name, label] of cases) {
      expect(instrumentName(i)).toBe(name);
      expect(apiName(i)).toBe(name);
      expect(instrumentLabel(i)).toBe(label);
    }
    // nothing names it: the graph falls back on the kind, the API on the stored label or key
    expect(instrumentName({ kind: 'Kết luận' })).toBe('Kết luận');
    expect(apiName({ ...row, kind: 'Kết luận', number: null, symbol: null })).toBe('k');
  });
});

describe('one vocabulary of organisation levels', () => {
  it('gives nodes their level', () => {
    expect(organizationLevel('Bộ Chính trị')).toBe('central');
    expect(organizationLevel('Chính phủ')).toBe('state');
    expect(organizationLevel('Tỉnh ủy Quảng Ninh')).toBe('province');
    expect(organizationLevel('Đảng bộ thị xã Quảng Yên')).toBe('district');
    expect(organizationLevel('Đảng ủy xã Tân Lập')).toBe('grassroots');
    expect(organizationLevel('Chi bộ thôn 3')).toBe('grassroots');
    expect(organizationLevel('Thành ủy Cẩm Phả')).toBeNull();
  });

  it('gives mentions their level from the same words', () => {
    const levels = (text: string) => findOrganizations(normalize(text, false)).map((o) => o.level);
    expect(levels('Tỉnh ủy Quảng Ninh và Thành ủy Cẩm Phả và Đảng ủy xã Tân Lập.')).toEqual(['province', 'city', 'commune']);
    for (const u of UNIT_LEVELS) {
      if (u.mention) expect(MENTION_LEVEL_OF[u.word]).toBe(u.mention);
      else expect(MENTION_LEVEL_OF[u.word]).toBeUndefined();
    }
  });
});

describe('term numerals', () => {
  it('write a term in Roman numerals', () => {
    expect(termNumeral('13')).toBe('XIII');
    expect(termNumeral('xii')).toBe('XII');
    expect(termNumeral('XIV')).toBe('XIV');
  });
});
