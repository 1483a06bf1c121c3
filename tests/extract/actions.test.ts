import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';
import { sentences } from '../../server/extract/actions.ts';

describe('actions', () => {
  it('reports an organisation acting under instruments, with quantities', () => {
    const x = extract('Năm 2023, Đảng ủy xã Tân Lập đã quán triệt Nghị quyết số 18-NQ/TW cho 1.250 đảng viên, chi 578,47 triệu đồng.');
    const a = x.actions[0];
    expect(a).toMatchObject({ kind: 'action', actor: 'Đảng ủy xã Tân Lập', backedBy: ['nghi-quyet:18-nq-tw'] });
    expect(a?.quantities).toEqual([{ value: 1250, text: '1.250' }, { value: 578470000, unit: 'đồng', text: '578,47 triệu đồng' }]);
  });
  it('needs an actor and a verb', () => {
    expect(extract('Nghị quyết số 18-NQ/TW có ý nghĩa lớn.').actions).toEqual([]);
    expect(extract('Căn cứ Nghị quyết số 18-NQ/TW, Tỉnh ủy Hà Giang thực hiện.').actions).toEqual([]);
  });
  it('keeps "10.745" and dates inside one sentence', () => {
    expect(sentences('Có 10.745 đảng viên ngày 2.1.2020. Hai là, làm.').length).toBe(2);
  });
});

describe('tasks', () => {
  it('reads "Một là", "Thứ hai" and numbered plans under a task heading', () => {
    const x = extract('Nhiệm vụ, giải pháp\nMột là, tăng cường kiểm tra theo Quy định số 22-QĐ/TW.\nHai là, nâng cao chất lượng sinh hoạt chi bộ.');
    const tasks = x.actions.filter((a) => a.kind === 'task');
    expect(tasks.map((t) => [t.ordinal, t.summary, t.backedBy])).toEqual([
      [1, 'tăng cường kiểm tra theo Quy định số 22-QĐ/TW.', ['quy-dinh:22-qd-tw']],
      [2, 'nâng cao chất lượng sinh hoạt chi bộ.', []],
    ]);
    const numbered = extract('Nhiệm vụ trọng tâm:\n1. Đổi mới công tác tuyên truyền.\n2. Kiện toàn tổ chức.\nThứ nhất, rà soát.').actions;
    expect(numbered.map((t) => t.ordinal)).toEqual([1, 2, 1]);
    expect(extract('Điều 1. Phạm vi\n1. Nghị định này quy định.\n2. Áp dụng.').actions).toEqual([]);
  });
  it('proposes backing by shared title terms, apart from stated backing', () => {
    const x = extract('Quy định số 08-QĐi/TW “Về trách nhiệm nêu gương của cán bộ, đảng viên”.\nMột là, đề cao trách nhiệm nêu gương của người đứng đầu.');
    const t = x.actions.find((a) => a.kind === 'task');
    expect(t?.backedBy).toEqual([]);
    expect(t?.inferredBacking?.[0]).toMatchObject({ key: 'quy-dinh:8-qdi-tw' });
    expect(t?.inferredBacking?.[0]?.reason).toContain('nêu gương');
  });
});
