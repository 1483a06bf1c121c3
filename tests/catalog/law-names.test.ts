// The law names the catalogue derivation writes for the extractor (rows written for the test).

import { describe, expect, it } from 'vitest';
import { lawNamesFromCatalog } from '../../server/catalog/law-names.ts';

describe('the names derived from catalogue rows', () => {
  it('takes each law an amending law names, drops the prefix, the year and the amending title itself', () => {
    const rows = [
      { kind: 'Luật', title: 'Luật sửa đổi, bổ sung một số điều của Luật Khoáng sản, Luật Đo đạc và bản đồ và Bộ luật Hàng hải' },
      { kind: 'Bộ luật', title: 'Bộ luật Lao động' },
      { kind: 'Luật', title: 'Thư viện năm 2019' },
      { kind: 'Nghị định', title: 'Quy định chi tiết Luật Thư viện' },
      { kind: 'Luật', title: null },
    ];
    expect(lawNamesFromCatalog(rows)).toEqual(['Đo đạc và bản đồ', 'Hàng hải', 'Khoáng sản', 'Lao động', 'Thư viện']);
  });
});
