// The status rule (server/catalog/status.ts) on facts written for the case.
import { describe, expect, it } from 'vitest';
import { statusAt } from '../../server/catalog/status.ts';
import { historyEvents, type HistoryRow } from '../../server/catalog/history.ts';

const catalogue = { catalogSources: ['phapdien'], effectiveFrom: '2014-01-01', issuedOn: '2013-06-10' };
const amends = { type: 'AMENDS', date: '2018-07-01', catalog: true, partial: true, by: 'nghi-dinh:9-2018-nd-cp', byLabel: 'Nghị định 9/2018/NĐ-CP' };
const partRepeal = { type: 'REPEALS', date: '2020-01-01', catalog: true, partial: true, by: 'nghi-dinh:3-2020-nd-cp', byLabel: 'Nghị định 3/2020/NĐ-CP' };

describe('statusAt', () => {
  it('is UNKNOWN without evidence either way, never IN_FORCE by default', () => {
    expect(statusAt({ superseding: [] }, '2024-01-01')).toEqual({ status: 'UNKNOWN', at: '2024-01-01', basis: null, source: 'none', events: [] });
    expect(statusAt({ issuedOn: '2010-01-01', superseding: [] }, '2024-01-01').status).toBe('UNKNOWN');
  });

  it('follows the catalogue over time: not yet, in force, amended, partly repealed', () => {
    const facts = { ...catalogue, superseding: [amends, partRepeal] };
    expect(statusAt(facts, '2013-12-31')).toMatchObject({ status: 'NOT_YET_IN_FORCE', basis: 'Bộ Pháp điển: hiệu lực từ 01/01/2014', source: 'catalog' });
    expect(statusAt(facts, '2014-01-01')).toMatchObject({ status: 'IN_FORCE', basis: 'Bộ Pháp điển: hiệu lực từ 01/01/2014', source: 'catalog', events: [] });
    expect(statusAt(facts, '2018-07-01')).toMatchObject({ status: 'AMENDED', basis: 'Bộ Pháp điển: sửa đổi, bổ sung bởi Nghị định 9/2018/NĐ-CP từ 01/07/2018', events: [amends] });
    expect(statusAt(facts, '2021-05-05')).toMatchObject({ status: 'PARTLY_REPEALED', events: [partRepeal] });
  });

  it('a replacement or a whole repeal stated by a document wins, from its date on', () => {
    const replaced = { type: 'REPLACES', date: '2022-03-01', catalog: false, partial: false, by: 'quy-dinh:2-qd-tw@2022', byLabel: 'Quy định 2-QĐ/TW' };
    const facts = { ...catalogue, superseding: [amends, replaced] };
    expect(statusAt(facts, '2022-02-28').status).toBe('AMENDED');
    expect(statusAt(facts, '2022-03-01')).toMatchObject({ status: 'REPLACED', source: 'document', basis: 'thay thế bởi Quy định 2-QĐ/TW từ 01/03/2022' });
    const repealed = { type: 'REPEALS', date: null, catalog: false, partial: false, by: 'x', byLabel: 'X' };
    expect(statusAt({ superseding: [repealed] }, '2000-01-01')).toMatchObject({ status: 'REPEALED', source: 'document' });
    expect(statusAt({ superseding: [{ type: 'SUSPENDS', date: '2019-01-01', by: 'y' }] }, '2019-06-01').status).toBe('SUSPENDED');
  });

  it('before the issue date, when no effective date is known, an instrument is not yet in force', () => {
    expect(statusAt({ issuedOn: '2020-05-01', superseding: [] }, '2020-04-30').status).toBe('NOT_YET_IN_FORCE');
  });
});

describe('historyEvents', () => {
  const by = { key: 'b', kind: 'Nghị định', citationCount: 0, superseding: [] };
  const row = (o: Partial<HistoryRow>): HistoryRow => ({ type: 'AMENDS', fromCatalog: false, source: null, supplements: false, date: null, byPinpoints: [], pinpoints: [], evidence: null, by, ...o });
  it('one event per catalogue relation, document links grouped by type and acting instrument, oldest first', () => {
    const ev = (docId: string) => ({ docId, sentence: 's', start: 0, end: 1 });
    const h = historyEvents([
      row({ fromCatalog: true, source: 'phapdien', date: '2022-01-01', byPinpoints: ['Điều 1'], pinpoints: ['Điều 4'] }),
      row({ type: 'REPLACES', evidence: ev('d1') }),
      row({ type: 'REPLACES', evidence: ev('d2'), pinpoints: ['Điều 2'] }),
      row({ fromCatalog: true, source: 'phapdien', date: '2018-01-15', supplements: true }),
    ]);
    expect(h.map((e) => [e.type, e.date, e.fromCatalog, e.source, e.evidence.length])).toEqual([
      ['AMENDS', '2018-01-15', true, 'Bộ Pháp điển', 0],
      ['AMENDS', '2022-01-01', true, 'Bộ Pháp điển', 0],
      ['REPLACES', null, false, 'd1', 2],
    ]);
    expect(h[2]!.pinpoints).toEqual(['Điều 2']);
  });
});

describe('splitIssuers', () => {
  it('splits joint issuers at a body name, never inside one', async () => {
    const { splitIssuers } = await import('../../server/catalog/issuers.ts');
    expect(splitIssuers('Bộ Tài chính và Bộ Khoa học và Công nghệ')).toEqual(['Bộ Tài chính', 'Bộ Khoa học và Công nghệ']);
    expect(splitIssuers('Bộ Công an, Bộ Quốc phòng, Viện kiểm sát nhân dân tối cao và Toà án nhân dân tối cao')).toEqual([
      'Bộ Công an', 'Bộ Quốc phòng', 'Viện kiểm sát nhân dân tối cao', 'Toà án nhân dân tối cao',
    ]);
    expect(splitIssuers('Bộ Văn hóa, Thể thao và Du lịch')).toEqual(['Bộ Văn hóa, Thể thao và Du lịch']);
    expect(splitIssuers('Bộ Lao động - Thương binh và Xã hội')).toEqual(['Bộ Lao động - Thương binh và Xã hội']);
    expect(splitIssuers('Ban Chấp hành Trung ương')).toEqual(['Ban Chấp hành Trung ương']);
  });
});
