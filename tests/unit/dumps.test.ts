// JSON Lines dumps of documents: both shapes, gzip or not, bad lines reported with their number and skipped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { chaptersText, isDumpFile, readDump, type DumpRecord } from '../../server/graph/dumps.ts';

const dir = mkdtempSync(join(tmpdir(), 'vanban-dumps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chaptered = {
  id: '84/2007/QH11',
  sourceUrl: 'https://vbpl.example/84-2007-qh11',
  chapters: [
    {
      title: 'Chương I',
      subtitle: 'QUY ĐỊNH CHUNG',
      articles: [
        { id: 'art-1', number: 'Điều 1', heading: 'Phạm vi điều chỉnh', body: 'Luật này sửa đổi Điều 73 của Bộ luật lao động.' },
        { id: 'art-2', number: 'Điều 2', heading: 'Hiệu lực thi hành', body: 'Luật này có hiệu lực từ ngày công bố.' },
      ],
    },
  ],
};

async function all(file: string): Promise<DumpRecord[]> {
  const out: DumpRecord[] = [];
  for await (const r of readDump(file)) out.push(r);
  return out;
}

describe('JSON Lines dumps', () => {
  it('recognises .jsonl, .ndjson and their .gz', () => {
    expect(['a.jsonl', 'b.JSONL.gz', 'c.ndjson', 'd.ndjson.gz'].every(isDumpFile)).toBe(true);
    expect(['a.json', 'b.gz', 'c.txt'].some(isDumpFile)).toBe(false);
  });

  it('rebuilds the chapters/articles shape as the text a reader sees', () => {
    expect(chaptersText(chaptered.chapters)).toBe(
      'Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nLuật này sửa đổi Điều 73 của Bộ luật lao động.\nĐiều 2. Hiệu lực thi hành\nLuật này có hiệu lực từ ngày công bố.',
    );
  });

  it('reads both shapes, gzip or not, and reports bad lines by number without losing the others', async () => {
    const lines = [
      JSON.stringify({ id: 'a', title: 'Văn bản A', text: 'Theo Nghị định 30/2020/NĐ-CP.' }),
      '{"id": "broken", "text": ',
      '',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify(chaptered),
      JSON.stringify({ text: 'Không có id.' }),
      '[1, 2]',
    ].join('\r\n');
    const plain = join(dir, 'docs.jsonl');
    const gz = join(dir, 'docs.jsonl.gz');
    writeFileSync(plain, lines);
    writeFileSync(gz, gzipSync(lines));
    for (const file of [plain, gz]) {
      const recs = await all(file);
      expect(recs.map((r) => [r.line, r.doc ? 'doc' : 'error'])).toEqual([
        [1, 'doc'],
        [2, 'error'],
        [4, 'error'],
        [5, 'doc'],
        [6, 'doc'],
        [7, 'error'],
      ]);
      expect(recs[0]!.doc).toEqual({ text: 'Theo Nghị định 30/2020/NĐ-CP.', title: 'Văn bản A', source: `${file}#a`, publishedOn: null });
      expect(recs[1]!.error).toMatch(/^not JSON/);
      expect(recs[2]!.error).toMatch(/no "text" string and no "chapters" list/);
      expect(recs[3]!.doc).toMatchObject({ title: '84/2007/QH11', source: 'https://vbpl.example/84-2007-qh11' });
      expect(recs[3]!.doc!.text).toContain('Điều 1. Phạm vi điều chỉnh\nLuật này sửa đổi Điều 73');
      expect(recs[4]!.doc).toMatchObject({ title: null, source: `${file}#line-6` });
      expect(recs[5]!.error).toBe('not a JSON object');
    }
  });

  it('says where a broken gzip stream stops', async () => {
    const file = join(dir, 'cut.jsonl.gz');
    const whole = gzipSync(Array.from({ length: 2000 }, (_, n) => JSON.stringify({ id: String(n), text: `Văn bản số ${n} `.repeat(20) })).join('\n'));
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const seen: DumpRecord[] = [];
    await expect(
      (async () => {
        for await (const r of readDump(file)) seen.push(r);
      })(),
    ).rejects.toThrow(/gzip|unexpected end/i);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.doc)).toBe(true);
  });
});
