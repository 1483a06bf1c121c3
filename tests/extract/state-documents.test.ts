// State documents read as wholes: titles and law names that end before the clause's predicate, the final
// provisions that relate the document's own instrument, its own entry into force, and the body of a document
// whose header is missing. Every text here is written for the test (numbers and names invented).

import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';

const rels = (t: string) => extract(t).relations.map((r) => [r.from, r.type, r.to]);
const inst = (t: string, key: string) => extract(t).instruments.find((i) => i.key === key);
const titleOf = (t: string, key: string) => inst(t, key)?.title ?? null;

const DECREE = 'CHÍNH PHỦ\nSố: 40/2031/NĐ-CP\nHà Nội, ngày 2 tháng 3 năm 2031\n\nNGHỊ ĐỊNH\nQuy định chi tiết Luật Thư viện\n\n';
const CIRCULAR = 'BỘ TÀI CHÍNH\nSố: 77/2031/TT-BTC\nHà Nội, ngày 5 tháng 6 năm 2031\n\nTHÔNG TƯ\nHướng dẫn quản lý phí thư viện\n\n';
const OWN = 'nghi-dinh:40-2031-nd-cp';

describe('a title ends before the predicate of its clause', () => {
  it.each([
    ['hết hiệu lực', 'Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ quy định chi tiết Luật Thư viện hết hiệu lực kể từ ngày 01 tháng 7 năm 2031.'],
    ['hết hiệu lực thi hành', 'Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ quy định về phí thư viện hết hiệu lực thi hành.'],
    ['được sửa đổi', 'Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ quy định về phí thư viện được sửa đổi, bổ sung như sau:'],
    ['được thay thế', 'Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ quy định về phí thư viện được thay thế bằng Nghị định này.'],
    ['bị bãi bỏ', 'Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ quy định về phí thư viện bị bãi bỏ kể từ ngày ký.'],
    ['tiếp tục có hiệu lực', 'Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ quy định về phí thư viện tiếp tục có hiệu lực đến hết năm 2032.'],
    ['được áp dụng', 'Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ quy định về phí thư viện được áp dụng cho đến khi có văn bản mới.'],
  ])('%s', (_verb, text) => {
    const t = titleOf(text, 'nghi-dinh:12-2019-nd-cp');
    expect(t === 'Quy định chi tiết Luật Thư viện' || t === 'Quy định về phí thư viện').toBe(true);
  });
  it('a law named in the title ends there too: no second law out of the predicate', () => {
    const ex = extract(`${DECREE}Điều 9. Hiệu lực thi hành\n2. Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ quy định chi tiết Luật Thư viện hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.`);
    const laws = ex.instruments.filter((i) => i.kind === 'Luật').map((i) => i.title);
    expect(laws.every((t) => t === 'Thư viện')).toBe(true);
  });
  it('an effect word after a common noun for documents stays in the title', () => {
    expect(titleOf('Quyết định số 88/QĐ-BTP ngày 3 tháng 1 năm 2030 của Bộ Tư pháp về việc công bố danh mục văn bản hết hiệu lực toàn bộ hoặc một phần.', 'quyet-dinh:88-qd-btp@2030')).toBe(
      'Về việc công bố danh mục văn bản hết hiệu lực toàn bộ hoặc một phần',
    );
  });
  it('"và các văn bản hướng dẫn" after a title names other documents, not the title', () => {
    const t = titleOf(`${CIRCULAR}Điều 3. Thông tư số 05/2020/TT-BTC ngày 2 tháng 1 năm 2020 quy định về phí đọc sách và các văn bản hướng dẫn thực hiện Thông tư này hết hiệu lực thi hành.`, 'thong-tu:5-2020-tt-btc');
    expect(t).toBe('Quy định về phí đọc sách');
  });
});

describe('final provisions relate the document\'s own instrument', () => {
  it('"X hết hiệu lực kể từ ngày Nghị định này có hiệu lực": own REPLACES X, and X no longer cites the own one', () => {
    const r = rels(`${DECREE}Điều 9. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2031.\n2. Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ quy định chi tiết Luật Thư viện hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.`);
    expect(r).toContainEqual([OWN, 'REPLACES', 'nghi-dinh:12-2019-nd-cp']);
    expect(r.filter((x) => x[2] === OWN)).toEqual([]);
  });
  it('several instruments joined before the verb all end', () => {
    const r = rels(`${DECREE}Điều 9. Hiệu lực thi hành\nNghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ về phí thư viện và Thông tư số 3/2020/TT-BVHTTDL ngày 1 tháng 3 năm 2020 của Bộ Văn hóa, Thể thao và Du lịch về thẻ bạn đọc hết hiệu lực kể từ ngày Nghị định này có hiệu lực.`);
    expect(r).toContainEqual([OWN, 'REPLACES', 'nghi-dinh:12-2019-nd-cp']);
    expect(r).toContainEqual([OWN, 'REPLACES', 'thong-tu:3-2020-tt-bvhttdl']);
  });
  it('a clause that opens with the instrument and ends its force on a date', () => {
    expect(rels(`${DECREE}Điều 9. Hiệu lực thi hành\n2. Nghị định số 12/2019/NĐ-CP hết hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2031.`)).toContainEqual([OWN, 'REPLACES', 'nghi-dinh:12-2019-nd-cp']);
  });
  it('a past fact in a preamble line is no act of the document', () => {
    expect(rels(`${DECREE}Căn cứ Luật Thư viện số 46/2019/QH14; Luật số 10/2001/QH10 đã hết hiệu lực;\n`).filter((x) => x[1] === 'REPLACES')).toEqual([]);
  });
  it('a list announced before the colon: "Các văn bản sau đây hết hiệu lực …:"', () => {
    const r = rels(`${DECREE}Điều 9. Hiệu lực thi hành\n3. Các văn bản sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực:\na) Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ;\nb) Điều 5 Nghị định số 8/2021/NĐ-CP ngày 9 tháng 1 năm 2021 của Chính phủ.\nĐiều 10. Trách nhiệm thi hành\nCác Bộ trưởng chịu trách nhiệm thi hành Nghị định này.`);
    expect(r).toContainEqual([OWN, 'REPLACES', 'nghi-dinh:12-2019-nd-cp']);
    expect(r).toContainEqual([OWN, 'REPLACES', 'nghi-dinh:8-2021-nd-cp']);
    const ev = extract(`${DECREE}Điều 9.\n3. Các văn bản sau đây hết hiệu lực:\na) Nghị định số 12/2019/NĐ-CP;\nb) Điều 5 Nghị định số 8/2021/NĐ-CP.`).relations.find((x) => x.to === 'nghi-dinh:8-2021-nd-cp');
    expect(ev?.evidence.toPinpoint?.article).toBe('5');
  });
  it('"<Kind> này thay thế các … sau đây:" takes the listed items', () => {
    const r = rels(`${CIRCULAR}Điều 8. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2031 và thay thế các Thông tư sau đây:\na) Thông tư số 15/2020/TT-BTC ngày 2 tháng 3 năm 2020 của Bộ Tài chính;\nb) Thông tư số 16/2021/TT-BTC ngày 2 tháng 3 năm 2021 của Bộ Tài chính.`);
    expect(r).toContainEqual(['thong-tu:77-2031-tt-btc', 'REPLACES', 'thong-tu:15-2020-tt-btc']);
    expect(r).toContainEqual(['thong-tu:77-2031-tt-btc', 'REPLACES', 'thong-tu:16-2021-tt-btc']);
  });
  it('"Bãi bỏ các …:" with dashes repeals each item', () => {
    const r = rels(`${CIRCULAR}Điều 8.\n2. Bãi bỏ các văn bản sau:\n- Thông tư số 15/2020/TT-BTC;\n- Khoản 2 Điều 4 Thông tư số 16/2021/TT-BTC.`);
    expect(r).toContainEqual(['thong-tu:77-2031-tt-btc', 'REPEALS', 'thong-tu:15-2020-tt-btc']);
    expect(r).toContainEqual(['thong-tu:77-2031-tt-btc', 'REPEALS', 'thong-tu:16-2021-tt-btc']);
  });
  it('an entry into force stated in words, then the verb: "… sau 15 ngày, kể từ ngày đăng Công báo và thay thế X"', () => {
    expect(rels(`${DECREE}Điều 9. Hiệu lực thi hành\nNghị định này có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo và thay thế Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ về phí thư viện.`)).toContainEqual([OWN, 'REPLACES', 'nghi-dinh:12-2019-nd-cp']);
    expect(rels(`${DECREE}Điều 9.\nNghị định này có hiệu lực sau 45 ngày kể từ ngày ký; thay thế khoản 3 Điều 7 của Nghị định số 12/2019/NĐ-CP.`)).toContainEqual([OWN, 'REPLACES', 'nghi-dinh:12-2019-nd-cp']);
  });
  it('a passive "được bãi bỏ" with no agent is the document\'s own repeal, with its pinpoint', () => {
    const ex = extract(`${CIRCULAR}Điều 8.\n2. Khoản 3 Điều 6 Thông tư số 15/2020/TT-BTC được bãi bỏ.`);
    const r = ex.relations.find((x) => x.to === 'thong-tu:15-2020-tt-btc');
    expect([r?.from, r?.type, r?.evidence.toPinpoint?.clause]).toEqual(['thong-tu:77-2031-tt-btc', 'REPEALS', '3']);
  });
  it('"sửa đổi, bổ sung Điều 5 của X" opening an article amends X', () => {
    expect(rels(`${DECREE}Điều 1. Sửa đổi, bổ sung Điều 5 của Nghị định số 12/2019/NĐ-CP như sau:\n“Điều 5. Phí thư viện …”`)).toContainEqual([OWN, 'AMENDS', 'nghi-dinh:12-2019-nd-cp']);
  });
  it('"Hiệu lực thi hành" over an article is no cue word: the article\'s own verb still relates the document', () => {
    const r = rels(`${DECREE}Điều 9. Hiệu lực thi hành\nNghị định này có hiệu lực kể từ ngày 01/9/2031 và thay thế Nghị định số 12/2019/NĐ-CP.`);
    expect(r).toContainEqual([OWN, 'REPLACES', 'nghi-dinh:12-2019-nd-cp']);
  });
});

describe('the own instrument\'s entry into force', () => {
  it('"Nghị định này có hiệu lực thi hành kể từ ngày …" sets effectiveFrom on the own instrument', () => {
    expect(inst(`${DECREE}Điều 9.\n1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2031.`, OWN)?.effectiveFrom).toBe('2031-07-01');
    expect(inst(`${CIRCULAR}Điều 8.\nThông tư này chính thức có hiệu lực từ ngày 15/8/2031.`, 'thong-tu:77-2031-tt-btc')?.effectiveFrom).toBe('2031-08-15');
  });
  it('"… có hiệu lực kể từ ngày ký", "… sau 45 ngày, kể từ ngày ký": counted from the header\'s date', () => {
    expect(inst(`${CIRCULAR}Điều 8.\nThông tư này có hiệu lực kể từ ngày ký ban hành.`, 'thong-tu:77-2031-tt-btc')?.effectiveFrom).toBe('2031-06-05');
    expect(inst(`${CIRCULAR}Điều 8.\nThông tư này có hiệu lực thi hành sau 45 ngày, kể từ ngày ký.`, 'thong-tu:77-2031-tt-btc')?.effectiveFrom).toBe('2031-07-20');
    // (from the day of publication in the Official Gazette: a date the text does not give)
    expect(inst(`${CIRCULAR}Điều 8.\nThông tư này có hiệu lực sau 15 ngày, kể từ ngày đăng Công báo.`, 'thong-tu:77-2031-tt-btc')?.effectiveFrom ?? null).toBeNull();
  });
  it('a part that takes effect later does not date the whole', () => {
    const i = inst(`${DECREE}Điều 9.\n1. Điều 4 Nghị định này có hiệu lực từ ngày 01 tháng 01 năm 2032.\n2. Nghị định này có hiệu lực từ ngày 01 tháng 7 năm 2031.`, OWN);
    expect(i?.effectiveFrom).toBe('2031-07-01');
  });
});

describe('a body of articles whose header is missing', () => {
  it('"Thông tư này" is the document itself, not the last circular it cited', () => {
    const body = 'Điều 1. Bãi bỏ Điều 4 Thông tư số 15/2020/TT-BTC.\nĐiều 2. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2031 và thay thế Thông tư số 16/2021/TT-BTC.';
    const r = rels(body);
    expect(r.filter((x) => x[0] === 'thong-tu:15-2020-tt-btc')).toEqual([]);
    expect(inst(body, 'thong-tu:15-2020-tt-btc')?.effectiveFrom ?? null).toBeNull();
  });
  it('an article heading is no title of a header that gives none', () => {
    expect(inst('LUẬT\nSố: 13/2031/QH15\n\nĐiều 30. Hiệu lực thi hành\nLuật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2032.', 'luat:13-2031-qh15')?.title ?? null).toBeNull();
  });
});

describe('pinpoints that list several parts', () => {
  const pin = (t: string, key: string) => extract(t).instruments.find((i) => i.key === key)?.mentions[0]?.pinpoint ?? null;
  it.each([
    ['articles by number after one "Điều"', 'Người học được hưởng chế độ tại các Điều 21, 22 và 23 của Nghị định số 12/2019/NĐ-CP.', { text: 'Điều 21, 22 và 23', article: '21', clause: null, point: null }],
    ['several clauses of one article', 'Bãi bỏ khoản 2, khoản 4a và khoản 7 Điều 11 Thông tư số 15/2020/TT-BTC.', { text: 'khoản 2, khoản 4a và khoản 7 Điều 11', article: '11', clause: '2', point: null }],
    ['several points of one clause', 'Thực hiện theo điểm b, c và đ khoản 3 Điều 6 Nghị định số 12/2019/NĐ-CP.', { text: 'điểm b, c và đ khoản 3 Điều 6', article: '6', clause: '3', point: 'b' }],
    ['the chapter the articles stand in', 'Bãi bỏ Điều 8 và Điều 12 tại Chương III Nghị định số 12/2019/NĐ-CP.', { text: 'Điều 8 và Điều 12 tại Chương III', article: '8', clause: null, point: null }],
  ])('%s', (_what, text, want) => {
    const key = text.includes('Thông tư') ? 'thong-tu:15-2020-tt-btc' : 'nghi-dinh:12-2019-nd-cp';
    expect(pin(text, key)).toEqual(want);
  });
});

describe('references in the body cite what they name', () => {
  it('"theo quy định tại khoản 2 Điều 5 Nghị định số …": own CITES it, with the pinpoint on the evidence', () => {
    const ex = extract(`${DECREE}Điều 4. Mức thu\nMức thu phí thực hiện theo quy định tại khoản 2 Điều 5 Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ.`);
    const r = ex.relations.find((x) => x.to === 'nghi-dinh:12-2019-nd-cp');
    expect([r?.from, r?.type, r?.evidence.toPinpoint?.article, r?.evidence.toPinpoint?.clause]).toEqual([OWN, 'CITES', '5', '2']);
  });
  it('a stronger relation to the same instrument is not doubled by a citation', () => {
    const r = rels(`${DECREE}Điều 9.\n1. Bãi bỏ Điều 3 Nghị định số 12/2019/NĐ-CP.\n2. Hồ sơ đã nộp được giải quyết theo quy định tại Nghị định số 12/2019/NĐ-CP.`);
    expect(r.filter((x) => x[2] === 'nghi-dinh:12-2019-nd-cp')).toEqual([[OWN, 'REPEALS', 'nghi-dinh:12-2019-nd-cp']]);
  });
});

describe('older laws named in lower case', () => {
  const LAW = 'QUỐC HỘI\nLuật số: 21/2031/QH15\n\nĐiều 40. Hiệu lực thi hành\n';
  it('an amending law whose amended name is in lower case, closed by its number, is one instrument', () => {
    const ex = extract(`${LAW}2. Luật này thay thế Luật sửa đổi, bổ sung một số điều của Luật thuế tài nguyên số 07/2004/QH11.`);
    const amending = ex.instruments.find((i) => i.key === 'luat:7-2004-qh11');
    expect(amending?.title).toBe('Sửa đổi, bổ sung một số điều của Luật thuế tài nguyên');
    expect(ex.relations.map((r) => [r.from, r.type, r.to])).toContainEqual(['luat:21-2031-qh15', 'REPLACES', 'luat:7-2004-qh11']);
  });
  it('a lower-case name followed by its full date is a citation', () => {
    const ex = extract(`${LAW}Luật này thay thế Luật tổ chức viện thư tịch ngày 06 tháng 10 năm 1992.`);
    expect(ex.instruments.find((i) => i.kind === 'Luật' && i.issuedOn === '1992-10-06')?.title).toBe('Tổ chức viện thư tịch');
  });
  it('a clause after a list mark opens a line: "a) Bãi bỏ khoản 3 Điều 7 của …"', () => {
    const r = rels(`${LAW}2. Bãi bỏ một số quy định sau đây:\na) Bãi bỏ khoản 3 Điều 7 của Luật thư viện số 12/2004/QH11;\nb) Bãi bỏ Điều 9 của Luật lưu trữ số 13/2005/QH11.`);
    expect(r).toContainEqual(['luat:21-2031-qh15', 'REPEALS', 'luat:12-2004-qh11']);
    expect(r).toContainEqual(['luat:21-2031-qh15', 'REPEALS', 'luat:13-2005-qh11']);
  });
});

describe('amendment chains and objects after a long pinpoint', () => {
  it('"… đã được sửa đổi, bổ sung một số điều theo Luật số …": the later law AMENDS the earlier', () => {
    const r = rels(`${CIRCULAR}Căn cứ Luật Thư viện số 46/2019/QH14 đã được sửa đổi, bổ sung một số điều theo Luật số 12/2022/QH15 và Luật số 30/2024/QH15;\n`);
    expect(r).toContainEqual(['luat:12-2022-qh15', 'AMENDS', 'luat:46-2019-qh14']);
    expect(r).toContainEqual(['luat:30-2024-qh15', 'AMENDS', 'luat:46-2019-qh14']);
    expect(r).toContainEqual(['thong-tu:77-2031-tt-btc', 'BASED_ON', 'luat:46-2019-qh14']);
  });
  it('"Bãi bỏ các điểm b và c khoản 1 Điều 4 Thông tư số …": the whole pinpoint, then the instrument', () => {
    const ex = extract(`${CIRCULAR}Điều 8.\n3. Bãi bỏ các điểm b và c khoản 1 Điều 4 Thông tư số 15/2020/TT-BTC ngày 2 tháng 3 năm 2020 của Bộ Tài chính.`);
    const r = ex.relations.find((x) => x.to === 'thong-tu:15-2020-tt-btc');
    expect([r?.from, r?.type, r?.evidence.toPinpoint?.text]).toEqual(['thong-tu:77-2031-tt-btc', 'REPEALS', 'điểm b và c khoản 1 Điều 4']);
  });
});

describe('what is not the own instrument acting', () => {
  const LAW = 'QUỐC HỘI\nLuật số: 21/2031/QH15\n\nĐiều 40. Điều khoản chuyển tiếp\n';
  it('"… trước ngày Luật này có hiệu lực thì thực hiện theo quy định của Luật … và Luật sửa đổi …" amends nothing', () => {
    const r = rels(`${LAW}Hồ sơ đã nhận trước ngày Luật này có hiệu lực thì thực hiện theo quy định của Luật thư viện năm 2001 và Luật sửa đổi, bổ sung một số điều của Luật thư viện năm 2005.`);
    expect(r.filter((x) => x[0] === 'luat:21-2031-qh15' && x[1] === 'AMENDS')).toEqual([]);
  });
  it('"Luật này thay thế Luật tổ chức …": the own law is no law named "này thay thế …"', () => {
    const ex = extract(`${LAW}Luật này thay thế Luật tổ chức viện thư tịch ngày 06 tháng 10 năm 1992.`);
    expect(ex.instruments.filter((i) => /^này/i.test(i.title ?? ''))).toEqual([]);
    expect(ex.relations.map((x) => [x.from, x.type])).toEqual([['luat:21-2031-qh15', 'REPLACES']]);
  });
});

// Large inputs for the passes above finish (no timing assert: the timeout guards only against a hang).
describe('final provisions on adversarial input', () => {
  const MB = 1 << 20;
  const repeat = (s: string) => s.repeat(Math.ceil(MB / s.length));
  const HEAD = 'Số: 40/2031/NĐ-CP\n\n';
  it.each([
    ['expiry sentences', HEAD + repeat('Nghị định số 12/2019/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực.\n')],
    ['effect words alone', `${HEAD}Nghị định số 12/2019/NĐ-CP ${repeat('hết hiệu lực ')}`],
    ['one long list', `${HEAD}Các văn bản sau đây hết hiệu lực:\n${repeat('a) Nghị định số 12/2019/NĐ-CP;\n')}`],
    ['pinpoint lists', `${HEAD}theo quy định tại các Điều ${repeat('1, ')}Nghị định số 12/2019/NĐ-CP`],
    ['article headings', repeat('Điều 1. Thông tư này có hiệu lực sau 15 ngày, kể từ ngày ký và ')],
    ['passive repeals', `${HEAD}${repeat('Khoản 2 Điều 7 Thông tư số 15/2020/TT-BTC được bãi bỏ; ')}`],
    ['changes of wording', `${HEAD}${repeat('Thay thế cụm từ “a” tại Điều 1 của Luật số 2/2020/QH14, ')}`],
    ['amended laws ending', `${HEAD}${repeat('Luật số 3/2019/QH14 đã được sửa đổi theo Luật số 2/2020/QH14 hết hiệu lực; ')}`],
  ])('completes on 1 MB of %s', (_name, text) => {
    expect(Array.isArray(extract(text).relations)).toBe(true);
  }, 120_000);
});

describe('more shapes of final provisions', () => {
  it('"… hết hiệu lực thi hành, bao gồm: X; quy định … theo Y; Z." ends each', () => {
    const r = rels(`${CIRCULAR}Điều 8.\nThông tư này có hiệu lực kể từ ngày ký. Các quy định về phí thư viện hết hiệu lực thi hành, bao gồm: Thông tư số 15/2020/TT-BTC ngày 2 tháng 3 năm 2020 về phí đọc sách; quy định về lệ phí thẻ theo Quyết định số 9/2019/QĐ-BTC ngày 5 tháng 5 năm 2019; Thông tư số 16/2021/TT-BTC.`);
    for (const to of ['thong-tu:15-2020-tt-btc', 'quyet-dinh:9-2019-qd-btc', 'thong-tu:16-2021-tt-btc']) expect(r).toContainEqual(['thong-tu:77-2031-tt-btc', 'REPLACES', to]);
  });
  it('"<Kind> này thay thế cho X"', () => {
    expect(rels(`${DECREE}Điều 9.\n1. Nghị định này thay thế cho Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ.`)).toContainEqual([OWN, 'REPLACES', 'nghi-dinh:12-2019-nd-cp']);
  });
  it('a number opening the next line with its list mark is no number of the kind before it', () => {
    const ex = extract(`${DECREE}Điều 10. Thi hành Nghị định\n1. Bộ trưởng chịu trách nhiệm thi hành.`);
    expect(ex.instruments.filter((i) => i.kind === 'Nghị định').map((i) => i.key)).toEqual([OWN]);
  });
});

describe('the own start written before the subject, and the own amendment in the passive', () => {
  it('"Kể từ ngày Thông tư này có hiệu lực thi hành, X hết hiệu lực"', () => {
    expect(rels(`${CIRCULAR}Điều 8.\n2. Kể từ ngày Thông tư này có hiệu lực thi hành, Thông tư số 16/2021/TT-BTC ngày 2 tháng 3 năm 2021 của Bộ Tài chính hết hiệu lực.`)).toContainEqual([
      'thong-tu:77-2031-tt-btc', 'REPLACES', 'thong-tu:16-2021-tt-btc',
    ]);
  });
  it('"Khoản 2 Điều 7 X được sửa đổi, bổ sung như sau:" is the document amending X, with the pinpoint', () => {
    const ex = extract(`${CIRCULAR}Điều 1.\n1. Khoản 2 Điều 7 Thông tư số 15/2020/TT-BTC được sửa đổi, bổ sung như sau:\n“2. Mức phí …”`);
    const r = ex.relations.find((x) => x.to === 'thong-tu:15-2020-tt-btc');
    expect([r?.from, r?.type, r?.evidence.toPinpoint?.clause]).toEqual(['thong-tu:77-2031-tt-btc', 'AMENDS', '2']);
  });
});

describe('amending laws', () => {
  const LAW = 'QUỐC HỘI\nLuật số: 21/2031/QH15\n\nĐiều 40. Hiệu lực thi hành\n';
  it('"X đã được sửa đổi, bổ sung một số điều theo Luật số A hết hiệu lực …": X ends, A only amended it', () => {
    const r = rels(`${LAW}2. Luật Thư viện số 81/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 36/2013/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.`);
    expect(r).toContainEqual(['luat:21-2031-qh15', 'REPLACES', 'luat:81-2006-qh11']);
    expect(r).toContainEqual(['luat:36-2013-qh13', 'AMENDS', 'luat:81-2006-qh11']);
    expect(r.filter((x) => x[0] === 'luat:21-2031-qh15' && x[2] === 'luat:36-2013-qh13')).toEqual([]);
  });
  it('a change of wording amends every instrument the clause locates, with its pinpoint', () => {
    const ex = extract(`${LAW}a) Thay thế cụm từ "ủy ban thư viện" bằng cụm từ "hội đồng thư viện" tại khoản 2 Điều 9 của Luật Thư viện số 46/2019/QH14;\nb) Bỏ cụm từ "lệ phí" tại Điều 11 của Luật Lưu trữ số 01/2011/QH13, Điều 6 của Luật Báo chí số 103/2016/QH13.`);
    const r = ex.relations.filter((x) => x.from === 'luat:21-2031-qh15').map((x) => [x.type, x.to, x.evidence.toPinpoint?.article]);
    expect(r).toEqual([
      ['AMENDS', 'luat:46-2019-qh14', '9'],
      ['AMENDS', 'luat:1-2011-qh13', '11'],
      ['AMENDS', 'luat:103-2016-qh13', '6'],
    ]);
  });
});

describe('an undated law named in an older title', () => {
  it('is not the one dated law of that name when that law is later than the title\'s instrument', () => {
    const ex = extract(`${DECREE}Căn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;\nĐiều 9.\n2. Nghị định số 12/2011/NĐ-CP ngày 4 tháng 2 năm 2011 của Chính phủ quy định chi tiết thi hành Luật Thư viện hết hiệu lực kể từ ngày Nghị định này có hiệu lực.`);
    const guided = ex.relations.find((r) => r.from === 'nghi-dinh:12-2011-nd-cp' && r.type === 'GUIDES');
    expect(guided?.to).toBe('luat:t-thu-vien');
    expect(ex.relations.map((r) => [r.from, r.type, r.to])).toContainEqual([OWN, 'BASED_ON', 'luat:t-thu-vien@2019']);
  });
});

describe('a title in a list of related documents', () => {
  it('ends before "do <office> ban hành"', () => {
    expect(titleOf('Văn bản liên quan\nThông tư 16/2030/TT-NHNN hướng dẫn về việc mở tài khoản thư viện do Thống đốc Ngân hàng Nhà nước Việt Nam ban hành\n', 'thong-tu:16-2030-tt-nhnn')).toBe('Hướng dẫn về việc mở tài khoản thư viện');
  });
});

describe('final provisions of an English translation', () => {
  const EN = 'THE GOVERNMENT\nNo. 40/2031/ND-CP\n\nDECREE\nOn libraries\n\nArticle 9. Effect\n';
  it('"X ceases to be effective from the effective date of this Decree": own REPLACES X, and X\'s title ends before the verb', () => {
    const text = `${EN}2. Decree No. 12/2019/ND-CP dated February 4, 2019 of the Government on library fees ceases to be effective from the effective date of this Decree.`;
    expect(rels(text)).toEqual([[OWN, 'REPLACES', 'nghi-dinh:12-2019-nd-cp']]);
    expect(titleOf(text, 'nghi-dinh:12-2019-nd-cp')).toBe('Library fees');
  });
  it('"Article 5 of Decree No. … is annulled": own REPEALS it, with the article', () => {
    const ex = extract(`${EN}2. Article 5 of Decree No. 12/2019/ND-CP is annulled.`);
    expect(ex.relations.map((r) => [r.type, r.to, r.evidence.toPinpoint?.article])).toEqual([['REPEALS', 'nghi-dinh:12-2019-nd-cp', '5']]);
  });
  it('"This Decree shall take effect from …", "… comes into force on …" date the own instrument', () => {
    expect(inst(`${EN}1. This Decree shall take effect from July 1, 2031.`, OWN)?.effectiveFrom).toBe('2031-07-01');
    expect(inst(`${EN}This Decree comes into force on August 15, 2031.`, OWN)?.effectiveFrom).toBe('2031-08-15');
  });
});

describe('an article written in lower case after its clause', () => {
  it('"điểm c khoản 1 điều 79 của Luật …" is one pinpoint', () => {
    const p = extract('Thực hiện theo quy định tại điểm c khoản 1 điều 79 của Luật Thư viện số 46/2019/QH14.').instruments[0]?.mentions[0]?.pinpoint;
    expect([p?.point, p?.clause, p?.article]).toEqual(['c', '1', '79']);
  });
});

describe('a list on the line of its verb', () => {
  it('"<Kind> này thay thế các văn bản sau đây: A; B và C"', () => {
    const r = rels(`${DECREE}Điều 9.\nNghị định này thay thế các văn bản sau đây: Nghị định số 12/2019/NĐ-CP; Nghị định số 8/2021/NĐ-CP và Thông tư số 3/2020/TT-BTC.`);
    expect(r.filter((x) => x[1] === 'REPLACES')).toEqual([
      [OWN, 'REPLACES', 'nghi-dinh:12-2019-nd-cp'],
      [OWN, 'REPLACES', 'nghi-dinh:8-2021-nd-cp'],
      [OWN, 'REPLACES', 'thong-tu:3-2020-tt-btc'],
    ]);
  });
});

describe('provisions that conflict with the document', () => {
  it('"các quy định trong Nghị định số X … trái với Nghị định này đều bãi bỏ": own REPEALS X, X\'s title ends before "trái với"', () => {
    const text = `${DECREE}Điều 9. Chế độ này áp dụng từ ngày 01 tháng 01 năm 2032; các quy định trong Nghị định số 12/2019/NĐ-CP ngày 4 tháng 2 năm 2019 của Chính phủ về phí thư viện trái với Nghị định này đều bãi bỏ.`;
    expect(rels(text)).toContainEqual([OWN, 'REPEALS', 'nghi-dinh:12-2019-nd-cp']);
    expect(titleOf(text, 'nghi-dinh:12-2019-nd-cp')).toBe('Về phí thư viện');
  });
  it('"Những quy định trước đây trái với Nghị định này đều bãi bỏ" names no instrument and relates nothing', () => {
    expect(rels(`${DECREE}Điều 9. Những quy định trước đây trái với Nghị định này đều bãi bỏ.`).filter((x) => x[1] === 'REPEALS')).toEqual([]);
  });
});

describe('a second passive change joined to the first chain', () => {
  const full = (t: string) =>
    extract(t).relations.map((r) => [r.from, r.type, r.to, r.evidence.fromPinpoint?.text ?? null, r.evidence.toPinpoint?.text ?? null]);
  it('"được sửa đổi bởi A và bị bãi bỏ bởi B": both act on the patient, each with its own pinpoint', () => {
    const r = full('Khoản 2 Điều 8 Thông tư số 14/2030/TT-BTP được sửa đổi bởi Điều 3 Thông tư số 21/2031/TT-BTP và bị bãi bỏ bởi Điều 9 Thông tư số 5/2033/TT-BTP.');
    expect(r).toContainEqual(['thong-tu:21-2031-tt-btp', 'AMENDS', 'thong-tu:14-2030-tt-btp', 'Điều 3', 'Khoản 2 Điều 8']);
    expect(r).toContainEqual(['thong-tu:5-2033-tt-btp', 'REPEALS', 'thong-tu:14-2030-tt-btp', 'Điều 9', 'Khoản 2 Điều 8']);
    expect(r.filter((x) => x[2] === 'thong-tu:21-2031-tt-btp')).toEqual([]);
  });
  it('a semicolon joins it too (after a comma the passive may describe the agent before it, which stays as read)', () => {
    const r = full('Điều 6 Nghị định số 31/2029/NĐ-CP được bổ sung bởi Nghị định số 44/2030/NĐ-CP; được sửa đổi bởi khoản 4 Điều 1 Nghị định số 70/2032/NĐ-CP.');
    expect(r).toContainEqual(['nghi-dinh:44-2030-nd-cp', 'AMENDS', 'nghi-dinh:31-2029-nd-cp', null, 'Điều 6']);
    expect(r).toContainEqual(['nghi-dinh:70-2032-nd-cp', 'AMENDS', 'nghi-dinh:31-2029-nd-cp', 'khoản 4 Điều 1', 'Điều 6']);
  });
  it('with no coordinator the citation before the verb is the patient', () => {
    const r = full('Nghị định số 31/2029/NĐ-CP được sửa đổi bởi Nghị định số 44/2030/NĐ-CP; Nghị định số 52/2030/NĐ-CP bị bãi bỏ bởi Nghị định số 70/2032/NĐ-CP.');
    expect(r).toContainEqual(['nghi-dinh:70-2032-nd-cp', 'REPEALS', 'nghi-dinh:52-2030-nd-cp', null, null]);
    expect(r.filter((x) => x[0] === 'nghi-dinh:70-2032-nd-cp' && x[2] === 'nghi-dinh:31-2029-nd-cp')).toEqual([]);
  });
});

describe('an upper-case header title keeps the names the document writes elsewhere', () => {
  it('"… TRÊN ĐỊA BÀN TỈNH HÀ GIANG" → "… trên địa bàn tỉnh Hà Giang"', () => {
    const t = 'HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 15/2031/NQ-HĐND\nHà Giang, ngày 12 tháng 7 năm 2031\n\nNGHỊ QUYẾT\nQUY ĐỊNH MỨC HỖ TRỢ THƯ VIỆN CẤP XÃ TRÊN ĐỊA BÀN TỈNH HÀ GIANG\n\nCăn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;\n';
    const own = extract(t).instruments.find((i) => i.number === '15');
    expect(own?.title).toBe('Quy định mức hỗ trợ thư viện cấp xã trên địa bàn tỉnh Hà Giang');
  });
  it('a word capitalised only because it opens a line or a table cell is not restored', () => {
    const t = 'ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\nSố: 9/2031/QĐ-UBND\nĐắk Nông, ngày 2 tháng 3 năm 2031\nQUYẾT ĐỊNH\nVỀ THƯ VIỆN CỦA TỈNH ĐẮK NÔNG\nCơ quan | Tỉnh Đắk Nông |\nCăn cứ Luật Thư viện;\n';
    expect(extract(t).instruments.find((i) => i.number === '9')?.title).toBe('Về thư viện của tỉnh Đắk Nông');
  });
});

describe('the national database\'s history of a text ("Lịch sử hiệu lực")', () => {
  it('its rows give the table\'s text its issue and effective dates', () => {
    const t = 'Lịch sử hiệu lực: Nghị định 41/CP\n01/01/2031 Văn bản có hiệu lực 41/CP\n29/04/2031 Văn bản được ban hành 41/CP\n04/01/2033 Được bổ sung 210/2032/NĐ-CP';
    const i = extract(t).instruments.find((x) => x.number === '41');
    expect([i?.issuedOn, i?.effectiveFrom]).toEqual(['2031-04-29', '2031-01-01']);
  });
});

describe('a text pasted without its header names itself in its enacting sentence, without a number', () => {
  const t = 'Căn cứ Luật Thư viện số 46/2019/QH14;\nTheo đề nghị của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch;\nChính phủ ban hành Nghị định quy định về thư viện trường học.\nĐiều 1. Nghị định này có hiệu lực từ ngày 01 tháng 7 năm 2032 và thay thế Nghị định số 5/2025/NĐ-CP.';
  it('its own instrument, by kind and title, is BASED_ON the preamble and REPLACES what its body names', () => {
    const e = extract(t);
    const own = e.instruments.find((i) => i.number === null && i.kind === 'Nghị định');
    expect(own).toMatchObject({ title: 'Quy định về thư viện trường học', issuer: 'Chính phủ', effectiveFrom: '2032-07-01' });
    const r = e.relations.map((x) => [x.from, x.type, x.to]);
    expect(r).toContainEqual([own?.key, 'BASED_ON', 'luat:46-2019-qh14']);
    expect(r).toContainEqual([own?.key, 'REPLACES', 'nghi-dinh:5-2025-nd-cp']);
  });
  it('English: "The Minister … promulgates a Circular providing …"', () => {
    const e = extract('Pursuant to the Law on Libraries dated November 21, 2031;\nAt the request of the Director of the Department of Libraries;\nThe Minister of Culture promulgates a Circular providing guidelines for school libraries.\nArticle 1. This Circular replaces Circular No. 12/2025/TT-BVHTTDL.');
    const own = e.instruments.find((i) => i.number === null && i.kind === 'Thông tư');
    expect(own?.title).toBe('Providing guidelines for school libraries');
    expect(e.relations.map((x) => [x.from, x.type, x.to])).toContainEqual([own?.key, 'REPLACES', 'thong-tu:12-2025-tt-bvhttdl']);
  });
  it('a lower-case "ban hành quy định về …" inside an article enacts nothing', () => {
    const e = extract('Căn cứ Luật Thư viện số 46/2019/QH14;\nĐiều 5. Bộ Văn hóa trình Thủ tướng Chính phủ ban hành quy định về việc quản lý thư viện số.');
    expect(e.instruments.filter((i) => i.number === null && i.kind === 'Quy định')).toEqual([]);
  });
});

describe('a mass organisation\'s header', () => {
  const t = (a: string, b: string) => `${a}\n${b}\nSố: 31 HD/TWĐTN\nHà Nội, ngày 28 tháng 6 năm 2031\nHƯỚNG DẪN\nVề thư viện chi đoàn\nCăn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;`;
  it('"Số: 31 HD/TWĐTN": a number and symbol a conversion set apart are still the document\'s own', () => {
    const own = extract(t('BAN CHẤP HÀNH TRUNG ƯƠNG', 'ĐOÀN TNCS HỒ CHÍ MINH')).instruments.find((i) => i.number === '31');
    expect(own).toMatchObject({ kind: 'Hướng dẫn', symbol: 'HD/TWĐTN', issuedOn: '2031-06-28' });
  });
  it('its Central Committee is the organisation\'s, whichever line names the organisation first', () => {
    for (const [a, b] of [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'ĐOÀN TNCS HỒ CHÍ MINH'], ['ĐOÀN TNCS HỒ CHÍ MINH', 'BAN CHẤP HÀNH TRUNG ƯƠNG']] as const) {
      expect(extract(t(a, b)).instruments.find((i) => i.number === '31')?.issuer).toBe('Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh');
    }
  });
});

describe('consolidated texts (Văn bản hợp nhất)', () => {
  it('"Văn bản hợp nhất số 08/VBHN-BTC … hợp nhất Thông tư …" is its own kind and CONSOLIDATES what it names', () => {
    const t = 'Văn bản hợp nhất số 08/VBHN-BTC ngày 4/5/2031 của Bộ Tài chính hợp nhất Thông tư số 77/2030/TT-BTC.';
    const v = inst(t, 'van-ban-hop-nhat:8-vbhn-btc@2031');
    expect([v?.kind, v?.symbol, v?.issuer, v?.issuedOn]).toEqual(['Văn bản hợp nhất', 'VBHN-BTC', 'Bộ Tài chính', '2031-05-04']);
    expect(rels(t)).toEqual([['van-ban-hop-nhat:8-vbhn-btc@2031', 'CONSOLIDATES', 'thong-tu:77-2030-tt-btc']]);
  });
  it('in a list with no kind word, the VBHN code names the kind', () => {
    const e = extract('Nghị định 12/2030/NĐ-CP, 09/VBHN-BTC được đăng tải.');
    expect(e.instruments.map((i) => i.kind)).toEqual(['Nghị định', 'Văn bản hợp nhất']);
  });
  it('English: "Consolidated Document No. … consolidates Decision No. …"', () => {
    expect(rels('Consolidated Document No. 08/VBHN-BTC consolidates Circular No. 77/2030/TT-BTC.')).toEqual([
      ['van-ban-hop-nhat:8-vbhn-btc', 'CONSOLIDATES', 'thong-tu:77-2030-tt-btc'],
    ]);
  });
  it('the common noun "các văn bản hợp nhất" cites nothing', () => {
    expect(extract('Các văn bản hợp nhất của Bộ được đăng tải.').instruments).toEqual([]);
  });
});

describe('an entry into force after a title that ends with the citation it holds', () => {
  it('"Nghị định A sửa đổi … Nghị định B quy định về X có hiệu lực từ …" dates A, not B', () => {
    const t = 'Nghị định 70/2031/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 12/2029/NĐ-CP quy định về thư viện số có hiệu lực từ 1/6/2031.';
    expect(inst(t, 'nghi-dinh:70-2031-nd-cp')?.effectiveFrom).toBe('2031-06-01');
    expect(inst(t, 'nghi-dinh:12-2029-nd-cp')?.effectiveFrom ?? null).toBeNull();
  });
  it('a citation inside the title whose own clause states its effect keeps it ("…, có hiệu lực …, và …")', () => {
    const t = 'Thông tư 05/2031/TT-BTC hướng dẫn Nghị định 12/2029/NĐ-CP (có hiệu lực từ ngày 1/1/2030) về phí thư viện.';
    expect(inst(t, 'thong-tu:5-2031-tt-btc')?.effectiveFrom ?? null).toBeNull();
  });
});

describe('a header whose title in capitals runs over several lines', () => {
  const HEADER = [
    'THỦ TƯỚNG CHÍNH PHỦ',
    '|',
    'Số: 310/QĐ-TTg',
    '|',
    'Hà Nội, ngày 4 tháng 3 năm 2031',
    '|',
    'QUYẾT ĐỊNH',
    'BAN',
    'HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN KẾT LUẬN SỐ 88-KL/TW NGÀY 02 THÁNG 8 NĂM',
    '2030 CỦA BỘ CHÍNH TRỊ KHÓA XIV VỀ PHÁT TRIỂN THƯ VIỆN SỐ VÀ LƯU TRỮ SỐ',
    'TRONG CÁC CƠ QUAN NHÀ NƯỚC ĐẾN NĂM 2035',
    'THỦ TƯỚNG CHÍNH PHỦ',
    'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2025;',
    'Căn cứ Kết luận số 88-KL/TW ngày 02 tháng 8 năm 2030 của Bộ Chính trị khóa XIV;',
    'QUYẾT ĐỊNH:',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai.',
  ].join('\n');
  const OWN_TTG = 'quyet-dinh:310-qd-ttg@2031';
  it('keeps every line of the title, with the citations it names written back as citations', () => {
    expect(inst(HEADER, OWN_TTG)?.title).toBe(
      'Ban hành kế hoạch triển khai thực hiện Kết luận số 88-KL/TW ngày 02 tháng 8 năm 2030 của Bộ Chính trị khóa XIV về phát triển thư viện số và lưu trữ số trong các cơ quan nhà nước đến năm 2035',
    );
  });
  it('"BAN⏎HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN KẾT LUẬN …": the own decision IMPLEMENTS the conclusion', () => {
    expect(rels(HEADER)).toContainEqual([OWN_TTG, 'IMPLEMENTS', 'ket-luan:88-kl-tw@2030']);
  });
  it('the signer restated on the next line is no title of the citation the header line ends with', () => {
    const t = 'Ban hành kế hoạch thực hiện KẾT LUẬN SỐ 88-KL/TW NGÀY 02 THÁNG 8 NĂM 2030 CỦA BỘ CHÍNH TRỊ\nTHỦ TƯỚNG CHÍNH PHỦ';
    expect(inst(t, 'ket-luan:88-kl-tw@2030')?.title ?? null).toBeNull();
  });
  it('a title in capitals restores no law out of "kỷ luật" ("XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG")', () => {
    const t = 'ỦY BAN KIỂM TRA TRUNG ƯƠNG\nSố: 12-HD/UBKTTW\nHà Nội, ngày 3 tháng 3 năm 2031\nHƯỚNG DẪN\nVỀ XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM\n-----\nCăn cứ Điều lệ Đảng;';
    expect(inst(t, 'huong-dan:12-hd-ubkttw@2031')?.title).toBe('Về xử lý kỷ luật tổ chức đảng vi phạm');
  });
});

describe('a page that dropped the kind line, and "Căn cứ" opening a line', () => {
  const PAGE = [
    'CHÍNH PHỦ |',
    'Số: 41/2031/NĐ-CP |',
    'Hà Nội, ngày 03 tháng 01 năm 2031 |',
    'SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 12/2029/NĐ-CP NGÀY 06 THÁNG 5 NĂM 2029 CỦA CHÍNH PHỦ QUY ĐỊNH VỀ THƯ VIỆN SỐ; NGHỊ ĐỊNH SỐ 15/2029/NĐ-CP NGÀY 31 THÁNG 7 NĂM 2029 CỦA CHÍNH PHỦ QUY ĐỊNH XỬ PHẠT TRONG LĨNH VỰC THƯ VIỆN',
    'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2025;',
    'Căn cứ Luật Thư viện ngày 21 tháng 11 năm 2029;',
    'Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 12/2029/NĐ-CP.',
  ].join('\n');
  const OWN41 = 'nghi-dinh:41-2031-nd-cp';
  it('the lines in capitals after the date line that open with a title verb are the title', () => {
    expect(inst(PAGE, OWN41)?.title).toBe(
      'Sửa đổi, bổ sung một số điều của Nghị định số 12/2029/NĐ-CP ngày 06 tháng 5 năm 2029 của Chính phủ quy định về thư viện số; Nghị định số 15/2029/NĐ-CP ngày 31 tháng 7 năm 2029 của Chính phủ quy định xử phạt trong lĩnh vực thư viện',
    );
  });
  it('the first "Căn cứ" line is the own instrument\'s basis, not that of the citation ending the line above', () => {
    const r = rels(PAGE);
    expect(r).toContainEqual([OWN41, 'BASED_ON', 'luat:t-to-chuc-chinh-phu@2025']);
    expect(r.filter(([from, type]) => type === 'BASED_ON' && from !== OWN41)).toEqual([]);
    expect(r).toContainEqual([OWN41, 'AMENDS', 'nghi-dinh:12-2029-nd-cp']);
  });
});

describe('a text of articles whose identity the caller gives (ExtractOptions.self)', () => {
  const ARTICLES = [
    'Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 88/CP',
    '1. Khoản 1 Điều 4 Nghị định 88/CP được sửa đổi, bổ sung như sau:',
    '"1. Nội dung mới."',
    'Điều 2. Hiệu lực thi hành',
    'Nghị định này có hiệu lực thi hành từ ngày 1 tháng 7 năm 2031; thay thế Nghị định số 152/2025/NĐ-CP.',
  ].join('\n');
  it('"Nghị định này" and the final provisions relate the typed instrument', () => {
    const e = extract(ARTICLES, { self: 'Nghị định 66/2031/NĐ-CP' });
    expect(e.relations.map((r) => [r.from, r.type, r.to])).toEqual(
      expect.arrayContaining([
        ['nghi-dinh:66-2031-nd-cp', 'AMENDS', 'nghi-dinh:88-cp'],
        ['nghi-dinh:66-2031-nd-cp', 'REPLACES', 'nghi-dinh:152-2025-nd-cp'],
      ]),
    );
    const own = e.instruments.find((i) => i.key === 'nghi-dinh:66-2031-nd-cp');
    expect(own?.effectiveFrom).toBe('2031-07-01');
    for (const m of own?.mentions ?? []) expect(m.text).toBe('Nghị định này');
  });
  it('without it the text names no own instrument and relates nothing', () => {
    expect(extract(ARTICLES).relations).toEqual([]);
  });
  it('a header in the text wins over the typed identity', () => {
    const e = extract(`${DECREE}Nghị định này thay thế Nghị định số 152/2025/NĐ-CP.`, { self: 'Nghị định 66/2031/NĐ-CP' });
    expect(e.relations.map((r) => [r.from, r.type, r.to])).toContainEqual([OWN, 'REPLACES', 'nghi-dinh:152-2025-nd-cp']);
    expect(e.instruments.map((i) => i.key)).not.toContain('nghi-dinh:66-2031-nd-cp');
  });
});

describe('provincial preambles as real pages write them', () => {
  const RESOLUTION = [
    'HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA',
    'Số: 18/2031/NQ-HĐND',
    'Thanh Hóa, ngày 21 tháng 7 năm 2031',
    'NGHỊ QUYẾT',
    'Sửa đổi nội dung tại Điều 1 Nghị quyết 64/2027/NQ-HĐND quy định chế độ công tác phí',
    'Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2025; Luật Sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân sách nhà nước, Luật Quản lý tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính ngày 29 tháng 11 năm 2030;',
    'Căn cứ các Nghị định của Chính phủ: Số 78/2031/NĐ-CP ngày 01 tháng 4 năm 2031 quy định chi tiết một số điều; số 187/2031/NĐ-CP ngày 01 tháng 7 năm 2031 sửa đổi, bổ sung một số điều của Nghị định số 78/2031/NĐ-CP;',
  ].join('\n');
  const OWN18 = 'nghi-quyet:18-2031-nq-hdnd#thanh-hoa';
  it('"Căn cứ các Nghị định của Chính phủ: Số A …; số B …": each item is a basis', () => {
    const r = rels(RESOLUTION);
    expect(r).toContainEqual([OWN18, 'BASED_ON', 'nghi-dinh:78-2031-nd-cp']);
    expect(r).toContainEqual([OWN18, 'BASED_ON', 'nghi-dinh:187-2031-nd-cp']);
  });
  it('"sửa đổi nội dung tại Điều 1 Nghị quyết …" amends it', () => {
    expect(rels(RESOLUTION)).toContainEqual([OWN18, 'AMENDS', 'nghi-quyet:64-2027-nq-hdnd#thanh-hoa']);
  });
  it('a law amending nine laws keeps its date; the last law it names takes none', () => {
    const e = extract(RESOLUTION);
    const amending = e.instruments.find((i) => i.title?.startsWith('Sửa đổi, bổ sung một số điều của Luật Chứng khoán'));
    expect(amending?.title?.endsWith('Luật Xử lý vi phạm hành chính')).toBe(true);
    expect(amending?.issuedOn).toBe('2030-11-29');
    expect(e.instruments.find((i) => i.title === 'Xử lý vi phạm hành chính')?.issuedOn ?? null).toBeNull();
  });
});

describe('a header and preamble broken over the lines of a web page\'s table', () => {
  const PAGE = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH ĐẮK NÔNG',
    '|',
    'Số:',
    '08/2031/QĐ-UBND',
    '|',
    'Đắk Nông, ngày 21',
    'tháng 02 năm 2031',
    '|',
    'QUYẾT ĐỊNH',
    'BAN',
    'HÀNH QUY ĐỊNH QUẢN LÝ VỐN ĐẦU TƯ THƯ VIỆN SỐ',
    'ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG',
    'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật',
    'Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm',
    '2029;',
    'Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân năm 2023;',
  ].join('\n');
  const OWN8 = 'quyet-dinh:8-2031-qd-ubnd#dak-nong';
  it('"Số:" with the number on the next line is the own number; the date split over two lines is its date', () => {
    const own = inst(PAGE, OWN8);
    expect([own?.issuedOn, own?.issuer, own?.title]).toEqual(['2031-02-21', 'Ủy ban nhân dân tỉnh Đắk Nông', 'Ban hành quy định quản lý vốn đầu tư thư viện số']);
  });
  it('an amending law whose amended law opens the next line, dated, and the basis of the own decision', () => {
    const amending = 'luat:t-sua-doi-bo-sung-mot-so-dieu-cua-luat-to-chuc-chinh-phu-va-luat-to-chuc-chinh-quyen-dia-phuong@2029';
    const r = rels(PAGE);
    expect(r).toContainEqual([OWN8, 'BASED_ON', amending]);
    expect(r).toContainEqual([amending, 'AMENDS', 'luat:t-to-chuc-chinh-phu']);
  });
  it('"Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân năm 2023" is one law', () => {
    expect(rels(PAGE)).toContainEqual([OWN8, 'BASED_ON', 'luat:t-to-chuc-hoi-dong-nhan-dan-va-uy-ban-nhan-dan@2023']);
  });
  it('a law\'s kind word at a line\'s end takes no heading of the next line as its name', () => {
    expect(extract('Thực hiện theo Pháp lệnh\nNội dung tuyên truyền\nCác cơ quan phối hợp.').instruments).toEqual([]);
  });
});
