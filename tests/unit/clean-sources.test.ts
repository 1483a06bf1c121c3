// Clean sources: quotes cut at sentence and word boundaries, titles from the document's own header (never page
// furniture or a path), garbled diacritics flagged, and the document's own identity read from its header or its
// enacting sentence with the links it states about itself.
import { describe, expect, it } from 'vitest';
import { evidenceSentence } from '../../server/api/evidence.ts';
import { cleanTitle, documentTitle, headerTitle } from '../../server/graph/doc-title.ts';
import { detectGarbled } from '../../server/text/garbled.ts';
import { findIdentity, typedIdentity, withIdentity } from '../../server/graph/doc-identity.ts';
import { extract } from '../../server/extract/index.ts';

/** The evidence query's window: 400 characters either side of the citation. */
function around(text: string, cite: string) {
  const s = text.indexOf(cite);
  const e = s + cite.length;
  const ws = s < 400 ? 0 : s - 400;
  return evidenceSentence({ docId: 'd', citeStart: s, citeEnd: e, windowStart: ws, window: text.slice(ws, e + 400) });
}

describe('quoted sentences', () => {
  it('quote the one sentence around the citation, uncut', () => {
    const ev = around('Mở đầu. Các chi bộ thực hiện Quy định số 213-QĐ/TW của Bộ Chính trị. Câu sau.', '213-QĐ/TW');
    expect(ev.sentence).toBe('Các chi bộ thực hiện Quy định số 213-QĐ/TW của Bộ Chính trị.');
    expect(ev.cutBefore).toBe(false);
    expect(ev.cutAfter).toBe(false);
  });

  it('cut a long sentence at word boundaries, never mid-word, and say so', () => {
    const words = 'xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch vững mạnh đối với ';
    const text = `${words.repeat(12)}Quy định số 213-QĐ/TW ${words.repeat(12)}kết thúc.`;
    const ev = around(text, '213-QĐ/TW');
    expect(ev.cutBefore).toBe(true);
    expect(ev.cutAfter).toBe(true);
    expect(ev.sentence).toContain('Quy định số 213-QĐ/TW');
    expect(ev.sentence.length).toBeLessThan(360);
    // Every quoted word is a whole word of the text.
    const whole = new Set(text.split(/\s+/));
    for (const w of ev.sentence.split(/\s+/)) expect(whole.has(w)).toBe(true);
    expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
  });
});

describe('document titles', () => {
  const HEADER = 'BỘ TƯ PHÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 99/2026/TT-BTP\nHà Nội, ngày 1 tháng 3 năm 2026\n\nTHÔNG TƯ\nQuy định chi tiết một số điều của Luật Hộ tịch\n\nCăn cứ Luật Hộ tịch;';
  it('come from the header: the kind, the number and the title lines', () => {
    expect(headerTitle(HEADER)).toBe('Thông tư 99/2026/TT-BTP: Quy định chi tiết một số điều của Luật Hộ tịch');
  });
  it('are never page furniture or a server path: the header, the first heading or the file name instead', () => {
    expect(cleanTitle('|', HEADER, null)).toBe('Thông tư 99/2026/TT-BTP: Quy định chi tiết một số điều của Luật Hộ tịch');
    expect(cleanTitle('Alternate Text', 'Print article\n|\nBáo cáo tổng kết công tác năm 2023\nNội dung.', 'bao-cao.html')).toBe('Báo cáo tổng kết công tác năm 2023');
    expect(cleanTitle('/srv/data/upload/abc.html', 'Print article\n|\n', '/srv/data/upload/tai-lieu-goc.html')).toBe('tai-lieu-goc');
    expect(cleanTitle('Nghị định 30/2020/NĐ-CP | Thư viện pháp luật', 'Văn bản.', null)).toBe('Nghị định 30/2020/NĐ-CP');
    expect(documentTitle('# Kết luận của Bộ Chính trị\n\nNội dung', null)).toBe('Kết luận của Bộ Chính trị');
  });
});

describe('garbled diacritics', () => {
  it('flag mis-decoded text with a sample and leave good Vietnamese alone', () => {
    const bad = detectGarbled('Tạĩ phĩên họp ngàỷ 2-1-2020, Bộ Chính trị đã thảo luận.');
    expect(bad.garbled).toBe(true);
    expect(bad.sample).toContain('ngàỷ');
    expect(detectGarbled('Bé ChÝnh trÞ ban hµnh Quy ®Þnh sè 213-Q§/TW vÒ tr¸ch nhiÖm.').garbled).toBe(true);
    expect(detectGarbled('Tại phiên họp ngày 2-1-2020, Bộ Chính trị đã thảo luận; người, thuở, khuỷu, quyết.').garbled).toBe(false);
  });
});

describe('the document\'s own identity', () => {
  const TT = 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\nCăn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ;\nBộ trưởng Bộ Tư pháp ban hành Thông tư số 99/2026/TT-BTP.\nĐiều 1. Thông tư này thay thế Thông tư số 05/2019/TT-BTP.';
  it('is read from the enacting sentence, and its own links are added', () => {
    const ex = extract(TT);
    const id = findIdentity(TT, ex);
    expect(id).toMatchObject({ key: 'thong-tu:99-2026-tt-btp', source: 'enacting' });
    const withIt = withIdentity(TT, ex, id!);
    const rels = withIt.relations.map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(rels).toEqual(expect.arrayContaining(['thong-tu:99-2026-tt-btp BASED_ON luat:64-2025-qh15', 'thong-tu:99-2026-tt-btp BASED_ON nghi-dinh:39-2022-nd-cp', 'thong-tu:99-2026-tt-btp REPLACES thong-tu:5-2019-tt-btp']));
    for (const r of withIt.relations) expect(TT.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  });
  it('is read from a header\'s "Số:" line', () => {
    const text = 'BỘ TƯ PHÁP\nSố: 99/2026/TT-BTP\n\nTHÔNG TƯ\nQuy định chi tiết\n\nCăn cứ Nghị định số 39/2022/NĐ-CP;';
    const ex = extract(text);
    expect(findIdentity(text, ex)?.key).toBe('thong-tu:99-2026-tt-btp');
  });
  it('can be typed by the person adding the text', () => {
    const text = 'Căn cứ Nghị định số 39/2022/NĐ-CP của Chính phủ;\nQuy định chi tiết về hộ tịch.';
    const ex = extract(text);
    expect(findIdentity(text, ex)).toBeNull();
    const typed = typedIdentity('Thông tư 99/2026/TT-BTP', ex, (t) => extract(t, { lenient: true }));
    expect(typed?.identity.key).toBe('thong-tu:99-2026-tt-btp');
    const withIt = withIdentity(text, ex, typed!.identity, typed!.instrument);
    expect(withIt.instruments.map((i) => i.key)).toContain('thong-tu:99-2026-tt-btp');
    expect(withIt.relations.map((r) => r.type)).toEqual(['BASED_ON']);
  });
});

describe('the signer', () => {
  it('is read from the signature block at the end', async () => {
    const { findSigner } = await import('../../server/graph/doc-signer.ts');
    expect(findSigner('Điều 3. Hiệu lực.\nNơi nhận:\n- Như Điều 3;\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(Đã ký)\nNguyễn Văn An')).toEqual({ name: 'Nguyễn Văn An', position: 'KT. BỘ TRƯỞNG THỨ TRƯỞNG' });
    expect(findSigner('T/M BỘ CHÍNH TRỊ\nTrần Quốc Vượng')).toEqual({ name: 'Trần Quốc Vượng', position: 'T/M BỘ CHÍNH TRỊ' });
    expect(findSigner('Các chi bộ thực hiện nghiêm Quy định này.\nBộ Chính Trị')).toBeNull();
  });
});
