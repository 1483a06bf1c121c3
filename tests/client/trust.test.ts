// What the client may state: a status only with its basis, relations worded from the one vocabulary (passive
// from the instrument acted on), inferences with a plain-language confidence, positions in a shared link only for
// the same elements, an imported text's identity written as a person writes it.
import { describe, expect, it } from 'vitest';
import { honestStatus, nodeStatus, statusLabel } from '../../client/src/panel/status.ts';
import { confidence, inferenceText, reasonText, WEAK_BELOW } from '../../client/src/panel/inferred.ts';
import { decodePositions, encodePositions } from '../../client/src/filters/positions.ts';
import { relationHeading } from '../../client/src/panel/panel.ts';
import { identityText, relationLines } from '../../client/src/import/import.ts';
import { RELATION_LABELS, relationLabel } from '../../server/vocabulary/relations.ts';
import { RELATION_TYPES, LINK_TYPES } from '../../client/src/api.ts';

describe('honest status', () => {
  it('shows a status only with a basis and a known source', () => {
    expect(honestStatus({ status: 'REPLACED', basis: 'QĐ 213-QĐ/TW: “Quy định này thay thế Quy định số 76-QĐ/TW”', source: 'document' })).toBe('REPLACED');
    expect(honestStatus({ status: 'IN_FORCE', basis: 'Bộ Pháp điển: hiệu lực từ 01/01/2021', source: 'catalog' })).toBe('IN_FORCE');
    expect(honestStatus({ status: 'IN_FORCE', basis: null, source: 'catalog' })).toBe('UNKNOWN');
    expect(honestStatus({ status: 'IN_FORCE', basis: 'x', source: 'none' })).toBe('UNKNOWN');
    expect(honestStatus(null)).toBe('UNKNOWN');
    expect(nodeStatus(undefined)).toBe('UNKNOWN');
    expect(statusLabel('UNKNOWN')).toBe('Chưa xác định');
  });
});

describe('relation vocabulary', () => {
  it('has an active and a passive label in both languages for every type the API sends', () => {
    for (const type of [...RELATION_TYPES, ...LINK_TYPES]) {
      const l = RELATION_LABELS[type];
      expect(l, type).toBeDefined();
      for (const lang of ['vi', 'en'] as const) {
        expect(l![lang].active.trim()).not.toBe('');
        expect(l![lang].passive.trim()).not.toBe('');
        expect(l![lang].passive).not.toBe(l![lang].active);
      }
    }
  });
  it('words an incoming link in the passive, as vbpl does', () => {
    expect(relationHeading('AMENDS', 'INCOMING')).toBe('Được sửa đổi, bổ sung bởi');
    expect(relationHeading('AMENDS', 'OUTGOING')).toBe('Sửa đổi, bổ sung');
    expect(relationHeading('BASED_ON', 'INCOMING')).toBe('Là căn cứ của');
    expect(relationHeading('REPLACES', 'INCOMING')).toBe('Bị thay thế bởi');
    expect(relationLabel('REPLACES', 'passive', 'en')).toBe('Replaced by');
  });
});

describe('inferences', () => {
  it('read the reason as a sentence and the score as a confidence', () => {
    expect(reasonText('shares with its title: nêu gương, đảng viên')).toBe('trích yếu của văn bản và nội dung hoạt động có chung các cụm từ: “nêu gương”, “đảng viên”');
    expect(confidence(0.14)).toBe('low');
    expect(confidence(WEAK_BELOW)).toBe('medium');
    expect(confidence(0.8)).toBe('high');
    expect(inferenceText(0.14, 'shares with its title: x')).toMatch(/^độ tin cậy thấp: /);
    expect(inferenceText(0.14, 'shares with its title: x')).not.toContain('0,14');
  });
});

describe('positions in a shared link', () => {
  it('come back for the same elements only', () => {
    const pos = { a: { x: 10.4, y: -20.6 }, 'quy-dinh:213-qd-tw@2020': { x: 300, y: 45 } };
    const hash = encodePositions(pos);
    expect(decodePositions(hash, ['quy-dinh:213-qd-tw@2020', 'a'])).toEqual({ a: { x: 10, y: -21 }, 'quy-dinh:213-qd-tw@2020': { x: 300, y: 45 } });
    expect(decodePositions(`#${hash}`, ['a', 'quy-dinh:213-qd-tw@2020'])).not.toBeNull();
    expect(decodePositions(hash, ['a'])).toBeNull();
    expect(decodePositions(hash, ['a', 'b'])).toBeNull();
    expect(decodePositions('', ['a'])).toBeNull();
  });
});

describe('import identity', () => {
  it('is written as a person writes it', () => {
    expect(identityText({ kind: 'Thông tư', number: '99', symbol: '2026/TT-BTP', label: 'TT 99/2026/TT-BTP' })).toBe('Thông tư 99/2026/TT-BTP');
    expect(identityText({ kind: 'Quy định', number: '213', symbol: 'QĐ/TW', label: 'QĐ 213-QĐ/TW' })).toBe('Quy định 213-QĐ/TW');
  });
  it('lists the relations found with their labels', () => {
    const lines = relationLines({
      instruments: [
        { key: 'tt99', kind: 'Thông tư', number: '99', symbol: '2026/TT-BTP', issuedOn: null, issuer: null, title: null, mentions: [] },
        { key: 'nd39', kind: 'Nghị định', number: '39', symbol: '2022/NĐ-CP', issuedOn: null, issuer: null, title: null, mentions: [] },
      ],
      relations: [{ from: 'tt99', to: 'nd39', type: 'BASED_ON', evidence: { start: 0, end: 5, text: 'Căn cứ' } }],
      actions: [],
      organizations: [],
    });
    expect(lines).toEqual([{ from: 'Thông tư 99/2026/TT-BTP', type: 'BASED_ON', to: 'Nghị định 39/2022/NĐ-CP', label: 'Căn cứ', sentence: 'Căn cứ' }]);
  });
});
