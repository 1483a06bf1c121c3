// The notes' parser on rows written for these tests in the notes' shape (invented numbers and titles).
import { describe, expect, it } from 'vitest';
import { derive } from '../../server/catalog/derive.ts';
import { noteDate, parseNote, splitPinpoints } from '../../server/catalog/phapdien.ts';

function ok(note: string) {
  const p = parseNote(note);
  if (!p.ok) throw new Error(`refused (${p.reason}): ${note}`);
  return p;
}

describe('parseNote: source notes', () => {
  it('reads the full citation of a first note', () => {
    const p = ok('(Điều 1 Luật số 12/2019/QH14 Luật Nuôi ong ngày 05/03/2019 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/07/2020)');
    expect(p.form).toBe('source');
    expect(p.pinpoint).toBe('Điều 1');
    expect(p.instrument).toEqual({
      kind: 'Luật', number: '12', symbol: '2019/QH14', title: 'Luật Nuôi ong', issuedOn: '2019-03-05', issuer: 'Quốc hội', effectiveFrom: '2020-07-01',
    });
    expect(p.changes).toEqual([]);
  });

  it('reads a later note that gives only the number', () => {
    const p = ok('(Điều 7a Thông tư liên tịch số 03/2018/TTLT-BXD-BTC, có hiệu lực thi hành kể từ ngày 15/02/2018)');
    expect(p.instrument).toMatchObject({ kind: 'Thông tư liên tịch', number: '03', symbol: '2018/TTLT-BXD-BTC', title: null, issuer: null, effectiveFrom: '2018-02-15' });
    expect(p.pinpoint).toBe('Điều 7a');
  });

  it('takes the last "ngày … của" as issue date and issuer when the title cites another dated instrument', () => {
    const p = ok('(Điều 2 Thông tư số 40/2016/TT-BTC Hướng dẫn Nghị định số 10/2015/NĐ-CP ngày 02/02/2015 của Chính phủ về phí cầu đường ngày 01/03/2016 của Bộ Tài chính, có hiệu lực thi hành kể từ ngày 15/04/2016 )');
    expect(p.instrument.title).toBe('Hướng dẫn Nghị định số 10/2015/NĐ-CP ngày 02/02/2015 của Chính phủ về phí cầu đường');
    expect(p.instrument.issuedOn).toBe('2016-03-01');
    expect(p.instrument.issuer).toBe('Bộ Tài chính');
  });

  it('repairs spaces in a symbol, a title repeating the number, stray quotes and a footnote mark', () => {
    const a = ok('(Điều 3 Nghị định số 77/2014/ NĐ-CP, có hiệu lực thi hành kể từ ngày 01/01/2015)');
    expect(a.instrument.symbol).toBe('2014/NĐ-CP');
    expect(a.repairs).toContain('space-in-symbol');
    const b = ok('(Điều 1 Luật số 08/2011/QH13 Luật số 08/2011/QH13 “Về nghề cá ven bờ” ngày 10/06/2011 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/01/2012)');
    expect(b.instrument.title).toBe('Về nghề cá ven bờ');
    expect(b.repairs).toEqual(expect.arrayContaining(['repeated-number', 'stray-quote']));
    const c = ok('(Điều 9 Quyết định số 31/2020/QĐ-TTg (1), có hiệu lực thi hành kể từ ngày 01/09/2020)');
    expect(c.instrument).toMatchObject({ number: '31', symbol: '2020/QĐ-TTg', effectiveFrom: '2020-09-01' });
  });

  it('reads a Party-style number-symbol and doubled parentheses with non-breaking spaces', () => {
    const p = ok('((Điều 5\u00a0Luật số 44-LCT/HĐNN8, có hiệu lực thi hành kể từ ngày 01/05/1990))');
    expect(p.instrument).toMatchObject({ kind: 'Luật', number: '44', symbol: 'LCT/HĐNN8', effectiveFrom: '1990-05-01' });
  });

  it('refuses what is not the fixed form and says why', () => {
    expect(parseNote('(Thông tư này có hiệu lực thi hành kể từ ngày 01/01/2020)')).toEqual({ ok: false, reason: 'no-number' });
    expect(parseNote('(Điều 2 Pháp lệnh Về nghi lễ, có hiệu lực thi hành kể từ ngày 01/01/2000)')).toMatchObject({ ok: false });
    expect(parseNote('(Điều 2 Luật số 5/2010/QH12 Về cảng cá, có hiệu lực thi hành kể từ ngày 01/01/2011)')).toEqual({ ok: false, reason: 'title-without-date' });
    expect(parseNote('Điều 1 Luật số 5/2010/QH12')).toEqual({ ok: false, reason: 'no-effective-date' });
  });
});

describe('parseNote: amendment notes', () => {
  it('reads amended, supplemented and repealed content with the amending articles', () => {
    const p = ok('(Điều 6 Nghị định số 21/2014/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/05/2014, có nội dung được sửa đổi, có nội dung được bổ sung, có nội dung bị bãi bỏ bởi Điều 1, Điều 3 Nghị định số 90/2020/NĐ-CP có hiệu lực thi hành kể từ ngày 15/09/2020)');
    expect(p.form).toBe('amendment');
    expect(p.pinpoint).toBe('Điều 6');
    expect(p.instrument).toMatchObject({ number: '21', symbol: '2014/NĐ-CP', effectiveFrom: '2014-05-01' });
    const by = { kind: 'Nghị định', number: '90', symbol: '2020/NĐ-CP', title: null, issuedOn: null, issuer: null, effectiveFrom: '2020-09-15' };
    expect(p.changes).toEqual([
      { type: 'AMENDS', supplements: true, by, byPinpoints: ['Điều 1', 'Điều 3'], effectiveFrom: '2020-09-15' },
      { type: 'REPEALS', supplements: false, by, byPinpoints: ['Điều 1', 'Điều 3'], effectiveFrom: '2020-09-15' },
    ]);
  });

  it('an amendment only (no supplement) is AMENDS with supplements false; a repeal only is REPEALS', () => {
    const a = ok('(Điều 11 Thông tư số 30/2015/TT-BYT, có hiệu lực thi hành kể từ ngày 01/12/2015, có nội dung được sửa đổi bởi Điều 2 Thông tư số 04/2019/TT-BYT có hiệu lực thi hành kể từ ngày 20/03/2019)');
    expect(a.changes.map((c) => [c.type, c.supplements])).toEqual([['AMENDS', false]]);
    const r = ok('(Điều 12 Thông tư số 30/2015/TT-BYT, có hiệu lực thi hành kể từ ngày 01/12/2015, bị bãi bỏ bởi Điều 5 Thông tư số 04/2019/TT-BYT có hiệu lực thi hành kể từ ngày 20/03/2019)');
    expect(r.changes.map((c) => [c.type, c.supplements, c.byPinpoints])).toEqual([['REPEALS', false, ['Điều 5']]]);
  });

  it('reads several amending instruments separated by semicolons and long-form dates', () => {
    const p = ok('(Điều 9 Luật số 20/2012/QH13, có hiệu lực thi hành kể từ ngày 01/01/2013, có nội dung được sửa đổi, bổ sung theo quy định tại khoản 2 Điều 1 của Luật số 31/2014/QH13, có hiệu lực kể từ ngày 01 tháng 01 năm 2015; khoản 1, khoản 4 Điều 3 của Luật số 60/2016/QH14, có hiệu lực kể từ ngày 01/7/2017.)');
    expect(p.changes.map((c) => [c.by.number, c.byPinpoints, c.effectiveFrom])).toEqual([
      ['31', ['khoản 2 Điều 1'], '2015-01-01'],
      ['60', ['khoản 1 Điều 3', 'khoản 4 Điều 3'], '2017-07-01'],
    ]);
  });

  it('refuses a repeal and an amendment spread over several instruments: it cannot say which did which', () => {
    expect(parseNote('(Điều 3 Thông tư số 19/2021/TT-BYT, có hiệu lực thi hành kể từ ngày 01/01/2022, có nội dung bị bãi bỏ, có nội dung được sửa đổi bởi Điều 7 Thông tư số 05/2022/TT-BYT có hiệu lực thi hành kể từ ngày 01/08/2022; Điều 1 Thông tư số 10/2023/TT-BYT có hiệu lực thi hành kể từ ngày 01/07/2023)')).toEqual({ ok: false, reason: 'mixed-changes-several-instruments' });
  });
});

describe('helpers', () => {
  it('dates', () => {
    expect(noteDate('01/7/2016')).toBe('2016-07-01');
    expect(noteDate('01 tháng 02 năm 2019')).toBe('2019-02-01');
    expect(noteDate('31/02/2019')).toBeNull();
    expect(noteDate('01/01/016')).toBeNull();
  });
  it('pinpoints', () => {
    expect(splitPinpoints('Điều 1, 2')).toEqual(['Điều 1', 'Điều 2']);
    expect(splitPinpoints('Mục 2')).toEqual(['Mục 2']);
    expect(splitPinpoints('Điều 2 của')).toEqual(['Điều 2']);
  });
});

describe('derive', () => {
  const rows = [
    { demuc: 'Đề mục 1.1 Ong', note: '(Điều 1 Luật số 12/2019/QH14 Luật Nuôi ong ngày 05/03/2019 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/07/2020)', vbpl: 'http://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1#Dieu_1' },
    { demuc: 'Đề mục 1.1 Ong', note: '(Điều 2 Luật số 12/2019/QH14, có hiệu lực thi hành kể từ ngày 01/07/2020, có nội dung được sửa đổi bởi Điều 3 Luật số 7/2022/QH15 có hiệu lực thi hành kể từ ngày 01/01/2023)', vbpl: 'http://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1#Dieu_2' },
    { demuc: 'Đề mục 2.4 Mật', note: '(Điều 3 Luật số 12/2019/QH14, có hiệu lực thi hành kể từ ngày 01/07/2020)', vbpl: 'http://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1#Dieu_3' },
    { demuc: 'Đề mục 2.4 Mật', note: '(Thông tư này có hiệu lực)' },
  ];
  it('one record per instrument (sources and amenders), one per event, facts only, same output twice', () => {
    const d = derive(rows);
    expect(d.instruments).toEqual([
      { kind: 'Luật', number: '12', symbol: '2019/QH14', issuedOn: '2019-03-05', issuer: 'Quốc hội', title: 'Luật Nuôi ong', effectiveFrom: '2020-07-01', officialUrl: 'http://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1', topics: ['Đề mục 1.1 Ong', 'Đề mục 2.4 Mật'], source: 'phapdien' },
      { kind: 'Luật', number: '7', symbol: '2022/QH15', issuedOn: null, issuer: null, title: null, effectiveFrom: '2023-01-01', officialUrl: null, topics: [], source: 'phapdien' },
    ]);
    expect(d.events).toEqual([
      { type: 'AMENDS', supplements: false, from: { kind: 'Luật', number: '7', symbol: '2022/QH15' }, fromPinpoints: ['Điều 3'], to: { kind: 'Luật', number: '12', symbol: '2019/QH14' }, toPinpoints: ['Điều 2'], effectiveFrom: '2023-01-01', source: 'phapdien' },
    ]);
    expect(d.stats).toMatchObject({ notes: 4, parsed: 3, refused: { 'no-effective-date': 1 } });
    expect(JSON.stringify(derive([...rows].reverse()).events)).toBe(JSON.stringify(d.events));
  });
});
