// Laws cited by name whose name holds a word the generic reading stops at ("theo", "của", "không", a comma): the
// catalogue's names (data/catalog/law-names.json) are read whole. Sentences written for the test.

import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';

const laws = (t: string) => extract(t).instruments.filter((i) => i.kind === 'Luật' || i.kind === 'Pháp lệnh').map((i) => i.title);
const rels = (t: string) => extract(t).relations.map((r) => [r.from, r.type, r.to]);

describe('a law the catalogue knows is read whole', () => {
  it('"theo" inside the name', () => {
    expect(laws('Dự án được lựa chọn theo Luật Đầu tư theo phương thức đối tác công tư năm 2020.')).toEqual(['Đầu tư theo phương thức đối tác công tư']);
  });
  it('"của" after a paired opening', () => {
    expect(laws('Cơ sở phải treo biển cấm theo Luật Phòng, chống tác hại của thuốc lá.')).toEqual(['Phòng, chống tác hại của thuốc lá']);
  });
  it('"không" inside the name, then its number: one instrument', () => {
    const e = extract('Căn cứ Luật Hàng không dân dụng Việt Nam số 61/2030/QH16;');
    expect(e.instruments.map((i) => [i.key, i.title])).toEqual([['luat:61-2030-qh16', 'Hàng không dân dụng Việt Nam']]);
  });
  it('an ordinance, and the decree that guides it', () => {
    expect(rels('Nghị định số 90/2031/NĐ-CP quy định chi tiết thi hành Pháp lệnh Phòng, chống mại dâm.')).toContainEqual([
      'nghi-dinh:90-2031-nd-cp', 'GUIDES', 'phap-lenh:t-phong-chong-mai-dam',
    ]);
  });
  it('a longer name the catalogue does not know still wins over a shorter one it knows', () => {
    expect(laws('Sàn giao dịch phải tuân thủ Luật Thương mại điện tử năm 2031.')).toEqual(['Thương mại điện tử']);
  });
  it('in lower case a catalogue name is not forced on a common phrase', () => {
    expect(laws('Sinh viên học môn luật đầu tư theo phương thức mới.')).toEqual([]);
  });
});
