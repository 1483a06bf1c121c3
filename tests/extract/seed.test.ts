// The seed article (data/corpus/, the bundled copy of ../shared/seeds/): every instrument, the CONTINUES relation, the three actions and five tasks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The repository's own copy, so the test does not depend on where shared/ is checked out.
const seed = readFileSync(path.resolve(repoRoot, 'data/corpus/000_b6e12600ca508f52.txt'), 'utf8');
const x = extract(seed);
const byKey = new Map(x.instruments.map((i) => [i.key, i]));

const CC = 'Ban Chấp hành Trung ương';
const EXPECTED: [string, string, string | null, string | null, string | null, string | null, string | null][] = [
  ['quy-dinh:213-qd-tw@2020', 'Quy định', '213', 'QĐ/TW', '2020-01-02', 'Bộ Chính trị', 'Về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú'],
  ...[4, 5, 6, 7, 8].map((n) => [`nghi-quyet:hntw-${n}-xiii`, 'Nghị quyết', null, null, null, CC, null] as [string, string, null, null, null, string, null]),
  ['ket-luan:21-kl-tw@2021', 'Kết luận', '21', 'KL/TW', '2021-10-25', CC, 'Về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa”'],
  ['ket-luan:1-kl-tw@2021', 'Kết luận', '01', 'KL/TW', '2021-05-18', 'Bộ Chính trị', 'Về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”'],
  ['chi-thi:5-ct-tw', 'Chỉ thị', '05', 'CT/TW', null, 'Bộ Chính trị', 'Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
  ['quy-dinh:37-qd-tw@2021', 'Quy định', '37', 'QĐ/TW', '2021-10-25', CC, 'Về những điều đảng viên không được làm'],
  ['quy-dinh:8-qdi-tw@2018', 'Quy định', '08', 'QĐi/TW', '2018-10-25', CC, 'Về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương'],
  ['quy-dinh:109-qd-tw@2018', 'Quy định', '109', 'QĐ/TW', '2018-01-03', 'Ban Bí thư', 'Về công tác kiểm tra của tổ chức đảng đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên'],
  ['nghi-quyet:11-nq-tu@2018#quang-ninh', 'Nghị quyết', '11', 'NQ/TU', '2018-03-09', 'Ban Chấp hành Đảng bộ tỉnh', 'Về xây dựng và phát triển văn hóa, con người Quảng Ninh đáp ứng yêu cầu phát triển bền vững'],
];

describe('seed article', () => {
  it('finds exactly its 13 instruments', () => {
    expect(x.instruments.map((i) => i.key).sort()).toEqual(EXPECTED.map((e) => e[0]).sort());
  });
  it.each(EXPECTED)('%s has kind, number, symbol, date, issuer and title', (key, kind, number, symbol, issuedOn, issuer, title) => {
    expect(byKey.get(key)).toMatchObject({ kind, number, symbol, issuedOn, issuer, title });
  });
  it('gives conferences and the local resolution their extra fields', () => {
    expect(byKey.get('nghi-quyet:hntw-6-xiii')).toMatchObject({ conference: 'Hội nghị Trung ương 6', term: 'XIII' });
    expect(byKey.get('nghi-quyet:11-nq-tu@2018#quang-ninh')?.jurisdiction).toBe('Quảng Ninh');
    const span = byKey.get('quy-dinh:109-qd-tw@2018')?.mentions[0];
    expect(span?.text).toBe('Quy định số 109- QĐ/TW');
    expect(seed.slice(span?.start, span?.end)).toBe(span?.text);
  });
  it('states Kết luận 01 CONTINUES Chỉ thị 05, and nothing else', () => {
    expect(x.relations.map((r) => [r.from, r.type, r.to, r.evidence.text])).toEqual([
      ['ket-luan:1-kl-tw@2021', 'CONTINUES', 'chi-thi:5-ct-tw', 'Về tiếp tục thực hiện Chỉ thị số 05-CT/TW'],
    ]);
  });
  it('reports the three actions with their backing', () => {
    const actions = x.actions.filter((a) => a.kind === 'action');
    expect(actions.map((a) => [a.actor, a.backedBy])).toEqual([
      ['Đảng bộ thành phố Cẩm Phả', ['quy-dinh:213-qd-tw@2020']],
      ['Ban Thường vụ Thành ủy Cẩm Phả', [4, 5, 6, 7, 8].map((n) => `nghi-quyet:hntw-${n}-xiii`).concat(['ket-luan:21-kl-tw@2021', 'ket-luan:1-kl-tw@2021', 'quy-dinh:37-qd-tw@2021', 'quy-dinh:8-qdi-tw@2018', 'quy-dinh:109-qd-tw@2018'])],
      ['Thành ủy Cẩm Phả', ['nghi-quyet:11-nq-tu@2018#quang-ninh']],
    ]);
    expect(actions[0]?.evidence.text).toBe('gần 9.000 đảng viên của các đơn vị ngành than sinh hoạt theo Quy định số 213-QĐ/TW');
    expect(actions[0]?.quantities?.map((q) => q.value)).toEqual([42, 391, 10745, 9000]);
    expect(actions[2]?.evidence.text).toBe('Sau hơn 6 năm Thành ủy Cẩm Phả triển khai, việc thực hiện Nghị quyết số 11-NQ/TU');
  });
  it('plans the five tasks, with ranked proposals kept apart from stated backing', () => {
    const tasks = x.actions.filter((a) => a.kind === 'task');
    expect(tasks.map((t) => t.ordinal)).toEqual([1, 2, 3, 4, 5]);
    expect(tasks[0]?.summary).toBe('tiếp tục đổi mới công tác giáo dục chính trị, tư tưởng; tập trung xây dựng Đảng về đạo đức, tăng cường trách nhiệm nêu gương của đội ngũ cán bộ, đảng viên, đặc biệt là người đứng đầu.');
    expect(tasks[2]?.summary).toBe('tập trung hoàn thiện cơ chế, chính sách đồng bộ, thống nhất, hiệu quả.');
    for (const t of tasks) expect(t.backedBy).toEqual([]);
    const proposed = (n: number) => (tasks[n]?.inferredBacking ?? []).map((b) => b.key);
    expect(proposed(0)).toContain('quy-dinh:8-qdi-tw@2018');
    expect(proposed(3)).toContain('quy-dinh:109-qd-tw@2018');
    for (const t of tasks) for (const b of t.inferredBacking ?? []) expect(b.reason).toMatch(/shares with its title: \S/);
  });
  it('names its organisations', () => {
    const names = x.organizations.map((o) => o.name);
    for (const n of ['Thành ủy Cẩm Phả', 'Ban Thường vụ Thành ủy Cẩm Phả', 'Đảng bộ thành phố Cẩm Phả', 'Bộ Chính trị', CC, 'Ban Bí thư', 'Ban Chấp hành Đảng bộ tỉnh', 'Tỉnh ủy Quảng Ninh', 'Thanh tra thành phố Cẩm Phả', 'Mặt trận Tổ quốc Việt Nam']) expect(names).toContain(n);
  });
});
