// File readers of the ingest: each format gives the text a person reads, nothing else.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentReadError, expandPaths, readDocument } from '../../server/graph/documents.ts';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-docs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A ZIP archive with stored (uncompressed) entries: enough for a .docx. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8');
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function docx(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}

/** A one-page PDF with a text layer (ASCII: the standard fonts have no Vietnamese glyphs). */
function pdf(line: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

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
