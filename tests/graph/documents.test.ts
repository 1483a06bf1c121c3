// File readers of the ingest: each format gives the text a person reads, nothing else.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentReadError, expandPaths, readDocument } from '../../server/graph/documents.ts';
import { docx, pdf } from '../setup/files.ts';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-docs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDocument', () => {
  it('html: the article text, without scripts, styles, navigation, header or footer', async () => {
    const f = join(dir, 'a.html');
    writeFileSync(
      f,
      '<html><head><title> Thành ủy Cẩm Phả </title><style>p{color:red}</style><script>var q = "Quy định số 999-QĐ/TW";</script></head><body><header>Báo Tạp chí</header><nav><a href="/">Trang chủ</a> Quy định số 998-QĐ/TW</nav><article><h1>Tiêu đề</h1><p>Thực hiện <b>Quy định số 213-QĐ/TW</b>, ngày 2-1-2020.</p></article><footer>Bản quyền</footer></body></html>',
    );
    const d = await readDocument(f);
    expect(d.title).toBe('Thành ủy Cẩm Phả');
    expect(d.text).toContain('Thực hiện Quy định số 213-QĐ/TW, ngày 2-1-2020.');
    expect(d.text).toContain('Tiêu đề');
    for (const gone of ['999', '998', 'Trang chủ', 'Bản quyền', 'color', 'Báo Tạp chí']) expect(d.text).not.toContain(gone);
  });

  it('md: the text as it is, the first heading as title; txt: as it is', async () => {
    writeFileSync(join(dir, 'b.md'), '# Kết luận 01\n\nVề tiếp tục thực hiện Chỉ thị số 05-CT/TW.\n');
    expect(await readDocument(join(dir, 'b.md'))).toEqual({ title: 'Kết luận 01', text: '# Kết luận 01\n\nVề tiếp tục thực hiện Chỉ thị số 05-CT/TW.\n' });
    writeFileSync(join(dir, 'c.txt'), 'Quy định 213');
    expect(await readDocument(join(dir, 'c.txt'))).toEqual({ title: null, text: 'Quy định 213' });
  });

  it('docx: the paragraphs of the document', async () => {
    const f = join(dir, 'd.docx');
    writeFileSync(f, docx(['Kế hoạch thực hiện Nghị quyết số 11-NQ/TU', 'Một là, tăng cường công tác kiểm tra.']));
    const d = await readDocument(f);
    expect(d.text).toContain('Kế hoạch thực hiện Nghị quyết số 11-NQ/TU');
    expect(d.text).toContain('Một là, tăng cường công tác kiểm tra.');
  });

  it('pdf: the text layer', async () => {
    const f = join(dir, 'e.pdf');
    writeFileSync(f, pdf('Regulation No. 213-QD/TW dated January 2, 2020'));
    const d = await readDocument(f);
    expect(d.text).toContain('Regulation No. 213-QD/TW dated January 2, 2020');
  });

  it('refuses what it cannot read, saying why', async () => {
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x51, 0xff, 0xfe, 0x41]));
    await expect(readDocument(join(dir, 'bad.txt'))).rejects.toThrow(/UTF-8/);
    writeFileSync(join(dir, 'bad.pdf'), 'not a pdf');
    await expect(readDocument(join(dir, 'bad.pdf'))).rejects.toBeInstanceOf(DocumentReadError);
    writeFileSync(join(dir, 'bad.docx'), 'not a zip');
    await expect(readDocument(join(dir, 'bad.docx'))).rejects.toThrow(/docx/);
    await expect(readDocument(join(dir, 'x.xlsx'))).rejects.toThrow(/cannot read|unsupported/);
    writeFileSync(join(dir, 'x.json'), '{}');
    await expect(readDocument(join(dir, 'x.json'))).rejects.toThrow(/unsupported file type/);
  });
});

describe('expandPaths', () => {
  it('walks folders for supported files, sorted, skipping hidden entries', async () => {
    const sub = mkdtempSync(join(dir, 'tree-'));
    writeFileSync(join(sub, 'b.txt'), 'b');
    writeFileSync(join(sub, 'a.md'), 'a');
    writeFileSync(join(sub, '.hidden.txt'), 'h');
    writeFileSync(join(sub, 'skip.json'), '{}');
    const out: string[] = [];
    for await (const p of expandPaths([sub])) out.push(p.slice(sub.length + 1));
    expect(out).toEqual(['a.md', 'b.txt']);
  });
});
