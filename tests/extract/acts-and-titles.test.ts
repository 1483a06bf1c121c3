// Who signs for whom, and where a title begins and ends around the act of issuing: "thay mặt Ban Bí thư, đồng chí …
// ký ban hành Chỉ thị …", "… của Thủ tướng Chính phủ ban hành Kế hoạch …", "… về việc bãi bỏ Quyết định …".
// Every text is written for the test (numbers and dates invented).

import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';

const rels = (t: string) => extract(t).relations.map((r) => [r.from, r.type, r.to]);
const byNumber = (t: string, number: string) => extract(t).instruments.find((i) => i.number === number);

describe('a signer acting for a body: the body issues', () => {
  it('"thay mặt Ban Bí thư, đồng chí … ký ban hành Chỉ thị số …"', () => {
    const i = byNumber('Ngày 8 tháng 5 năm 2031, thay mặt Ban Bí thư, đồng chí Lê Văn Tâm đã ký ban hành Chỉ thị số 52-CT/TW về công tác lưu trữ.', '52');
    expect(i?.issuer).toBe('Ban Bí thư');
    expect(i?.issuedOn).toBe('2031-05-08');
  });
  it('English: "On <date>, <name>, on behalf of the Politburo, signed and issued Directive No. …"', () => {
    const i = byNumber('On May 8, 2031, Standing Member Le Van Tam, on behalf of the Politburo, signed and issued Directive No. 52-CT/TW on archives.', '52');
    expect(i?.issuer).toBe('Bộ Chính trị');
    expect(i?.issuedOn).toBe('2031-05-08');
  });
  it('a body named before a full stop does not issue what the next sentence signs', () => {
    const i = byNumber('Thay mặt Bộ Chính trị, đồng chí Lê Văn Tâm phát biểu. Sau đó Giám đốc Sở ký Quyết định số 77/QĐ-SNV.', '77');
    expect(i?.issuer ?? null).not.toBe('Bộ Chính trị');
  });
});

describe('"ban hành" after the issuer', () => {
  it('"… của Thủ tướng Chính phủ ban hành Kế hoạch …": the verb opens the title', () => {
    const t = 'Quyết định số 1702/QĐ-TTg ngày 4/9/2031 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Lưu trữ.';
    expect(byNumber(t, '1702')?.title).toBe('Ban hành Kế hoạch triển khai thi hành Luật Lưu trữ');
    expect(rels(t)).toContainEqual(['quyet-dinh:1702-qd-ttg@2031', 'IMPLEMENTS', 'luat:t-luu-tru']);
  });
  it('"… của Bộ Chính trị ban hành ngày …" is the act of issuing, not a title', () => {
    const i = byNumber('Quy định số 301-QĐ/TW của Bộ Chính trị ban hành ngày 6/2/2031 về công tác lưu trữ của Đảng.', '301');
    expect(i?.issuedOn).toBe('2031-02-06');
    expect(i?.title).toBe('Về công tác lưu trữ của Đảng');
  });
});

describe('a verb right after the title\'s opener belongs to the title', () => {
  it('"về việc bãi bỏ Quyết định số …": the title runs on, the decision REPEALS', () => {
    const t = 'Quyết định số 41/QĐ-UBND ngày 3/3/2031 của UBND tỉnh Hà Nam về việc bãi bỏ Quyết định số 18/2027/QĐ-UBND.';
    const i = byNumber(t, '41');
    expect(i?.title).toBe('Về việc bãi bỏ Quyết định số 18/2027/QĐ-UBND');
    expect(rels(t).map((r) => r[1])).toContain('REPEALS');
  });
  it('"về việc thay thế …" likewise REPLACES', () => {
    const t = 'Quyết định số 42/QĐ-UBND về việc thay thế Quyết định số 19/2027/QĐ-UBND.';
    expect(byNumber(t, '42')?.title).toBe('Về việc thay thế Quyết định số 19/2027/QĐ-UBND');
    expect(rels(t).map((r) => r[1])).toContain('REPLACES');
  });
});
