// CSV cells of the exports (server/graph/export.ts and the client's list CSV): quoting, and no text a spreadsheet
// would run as a formula.
import { describe, expect, it } from 'vitest';
import { csvCell as serverCell } from '../../server/graph/export.ts';
import { csvCell as clientCell } from '../../client/src/export/export.ts';

describe.each([
  ['server', serverCell],
  ['client', clientCell],
])('csvCell (%s)', (_name, cell) => {
  it('quotes commas, quotes and line breaks, and leaves plain Vietnamese as it is', () => {
    expect(cell('Quy định số 213-QĐ/TW')).toBe('Quy định số 213-QĐ/TW');
    expect(cell('a, b')).toBe('"a, b"');
    expect(cell('“Về trách nhiệm” "x"')).toBe('"“Về trách nhiệm” ""x"""');
    expect(cell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(cell(null)).toBe('');
    expect(cell(undefined)).toBe('');
  });

  it('defuses text a spreadsheet would read as a formula, bullets included, but not numbers', () => {
    expect(cell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(cell('+84 912')).toBe("'+84 912");
    expect(cell('- Ban hành quy chế làm việc')).toBe("'- Ban hành quy chế làm việc");
    expect(cell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(cell(-0.5)).toBe('-0.5');
    expect(cell(0.82)).toBe('0.82');
    expect(cell('2020-01-02')).toBe('2020-01-02');
  });
});
