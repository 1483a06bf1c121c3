// Issuer names in one written form: one body is one organisation in the graph and in the issuer filter.
import { describe, expect, it } from 'vitest';
import { normalizeExtractionOrgs, normalizeOrgName, repairMisencoding } from '../../server/text/org-names.ts';
import { slugify } from '../../server/text/fold.ts';

describe('normalizeOrgName', () => {
  it('expands UBND, HĐND, BCH and gives the abbreviation and the long name one key', () => {
    expect(normalizeOrgName('UBND tỉnh Bắc Giang')).toBe('Ủy ban nhân dân tỉnh Bắc Giang');
    expect(slugify(normalizeOrgName('UBND tỉnh Bắc Giang'))).toBe(slugify(normalizeOrgName('Ủy ban nhân dân tỉnh Bắc Giang')));
    expect(normalizeOrgName('HĐND thành phố Hà Nội')).toBe('Hội đồng nhân dân thành phố Hà Nội');
    expect(normalizeOrgName('BCH Trung ương')).toBe('Ban Chấp hành Trung ương');
  });

  it('puts capitals as official names write them, whatever the case of the text', () => {
    expect(normalizeOrgName('ỦY BAN NHÂN DÂN TỈNH BẮC GIANG')).toBe('Ủy ban nhân dân tỉnh Bắc Giang');
    expect(normalizeOrgName('Ủy Ban Nhân Dân tỉnh Bắc Giang')).toBe('Ủy ban nhân dân tỉnh Bắc Giang');
    expect(normalizeOrgName('BỘ TƯ PHÁP')).toBe('Bộ Tư pháp');
    expect(normalizeOrgName('Bộ Chính trị')).toBe('Bộ Chính trị');
  });

  it('repairs the TCVN3 "CƠNG" and old tone placement', () => {
    expect(repairMisencoding('BỘ CƠNG THƯƠNG')).toBe('BỘ CÔNG THƯƠNG');
    expect(normalizeOrgName('BỘ CƠNG THƯƠNG')).toBe('Bộ Công Thương');
    expect(normalizeOrgName('Uỷ ban nhân dân tỉnh Quảng Ninh')).toBe('Ủy ban nhân dân tỉnh Quảng Ninh');
    // "ương" is a real rhyme and stays.
    expect(normalizeOrgName('Ban Chấp hành Trung ương')).toBe('Ban Chấp hành Trung ương');
  });

  it('merges the organisations of one extraction that are one body, and renames issuers and actors', () => {
    const ex = normalizeExtractionOrgs({
      instruments: [{ key: 'k', kind: 'Quyết định', number: '1', symbol: null, issuedOn: null, issuer: 'UBND tỉnh Bắc Giang', title: null, mentions: [] }],
      relations: [],
      actions: [],
      organizations: [
        { key: 'ubnd-tinh-bac-giang', name: 'UBND tỉnh Bắc Giang', mentions: [{ start: 0, end: 4, text: 'UBND' }] },
        { key: 'uy-ban-nhan-dan-tinh-bac-giang', name: 'Ủy ban nhân dân tỉnh Bắc Giang', mentions: [{ start: 10, end: 20, text: 'Ủy ban' }] },
      ],
    });
    expect(ex.organizations).toHaveLength(1);
    expect(ex.organizations[0]!.mentions).toHaveLength(2);
    expect(ex.instruments[0]!.issuer).toBe('Ủy ban nhân dân tỉnh Bắc Giang');
  });
});
