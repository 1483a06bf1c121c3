// Diacritic folding and result highlighting in the client (client/src/search/fold.ts): "quy dinh 213" must find
// and highlight "Quy định 213", with the marks put back exactly over the words of the original text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { appendMarked, fold, matchRanges } from '../../client/src/search/fold.ts';
import { fold as serverFold } from '../../server/text/fold.ts';

// Every Vietnamese vowel with every tone, lower and upper case, grouped by the letter it folds to.
const VOWELS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
};

describe('fold', () => {
  it('strips tone marks and vowel marks from every Vietnamese vowel, in both cases', () => {
    for (const [base, letters] of Object.entries(VOWELS)) {
      expect(fold(letters)).toBe(base.repeat([...letters].length));
      expect(fold(letters.toUpperCase())).toBe(base.repeat([...letters].length));
    }
  });

  it('folds đ and Đ to d (which has no decomposition to strip)', () => {
    expect(fold('đ')).toBe('d');
    expect(fold('Đ')).toBe('d');
    expect(fold('QĐ-TTg')).toBe('qd-ttg');
  });

  it('folds a whole citation as the server does', () => {
    expect(fold('Quyết định số 749/QĐ-TTg')).toBe('quyet dinh so 749/qd-ttg');
    expect(fold('Nghị quyết 57-NQ/TW của Bộ Chính trị')).toBe('nghi quyet 57-nq/tw cua bo chinh tri');
  });

  it('gives the same result for composed (NFC) and decomposed (NFD) input', () => {
    for (const s of ['Quy định 213', 'Nghị quyết', 'Hướng dẫn', 'THỦ TƯỚNG', 'hoà', 'Điều lệ']) {
      expect(fold(s.normalize('NFD'))).toBe(fold(s.normalize('NFC')));
      expect(fold(s.normalize('NFD'))).not.toMatch(/[\u0300-\u036f]/);
    }
  });

  it('keeps one character per character of NFC text, so offsets carry over', () => {
    const s = 'Quy định số 213-QĐ/TW ngày 2/1/2020 của Ban Chấp hành Trung ương';
    expect(fold(s)).toHaveLength(s.length);
    // …also for characters whose lower case is longer (İ → i̇) and for characters outside the BMP
    expect(fold('İstanbul')).toHaveLength('İstanbul'.length);
    expect(fold('📜 Luật')).toBe('📜 luat');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(fold(s)).toHaveLength(s.normalize('NFC').length);
      }),
    );
  });

  it('leaves digits, punctuation and non-Latin scripts alone', () => {
    expect(fold('749/QĐ-TTg, (2020); 10.745')).toBe('749/qd-ttg, (2020); 10.745');
    expect(fold('法律 закон')).toBe('法律 закон');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(fold(fold(s))).toBe(fold(s));
      }),
    );
  });

  it('agrees with the server fold on Vietnamese text, composed or decomposed', () => {
    const letters = [...Object.values(VOWELS).join(''), ...'bcdđghklmnpqrstvx'].flatMap((c) => [c, c.toUpperCase()]);
    const chars = [...letters, ' ', '/', '-', '.', ',', '0', '7', '9'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), fc.boolean(), (cs, nfd) => {
        const s = cs.join('');
        const input = nfd ? s.normalize('NFD') : s;
        expect(fold(input)).toBe(serverFold(input));
      }),
    );
  });
});

describe('matchRanges', () => {
  const slice = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

  it('finds the words of a query typed without diacritics in text that has them', () => {
    const text = 'Quy định số 213-QĐ/TW';
    const r = matchRanges(text, 'quy dinh');
    expect(slice(text, r)).toEqual(['Quy', 'định']);
  });

  it('finds a query typed with diacritics, upper case, or decomposed, equally', () => {
    const text = 'Nghị quyết 57 của Bộ Chính trị';
    const expected = matchRanges(text, 'chinh tri');
    expect(slice(text, expected)).toEqual(['Chính', 'trị']);
    expect(matchRanges(text, 'Chính Trị')).toEqual(expected);
    expect(matchRanges(text, 'CHÍNH TRỊ')).toEqual(expected);
    expect(matchRanges(text, 'Chính trị'.normalize('NFD'))).toEqual(expected);
  });

  it('matches a symbol with Đ typed as D', () => {
    const text = 'Quy định 213-QĐ/TW';
    expect(slice(text, matchRanges(text, 'qd/tw'))).toEqual(['QĐ/TW']);
  });

  it('finds every occurrence of a word', () => {
    const text = 'Luật Đất đai sửa đổi Luật đất đai';
    expect(slice(text, matchRanges(text, 'dat'))).toEqual(['Đất', 'đất']);
  });

  it('splits the query on spaces and , . ; :', () => {
    const text = 'Nghị quyết, Kết luận; Chỉ thị';
    expect(slice(text, matchRanges(text, 'nghi,ket;chi:'))).toEqual(['Nghị', 'Kết', 'Chỉ']);
    expect(slice(text, matchRanges(text, 'luan.thi'))).toEqual(['luận', 'thị']);
  });

  it('merges overlapping and touching matches into one range, sorted', () => {
    const text = 'quyết định';
    // "quyet" [0,5] and "yet" [2,5] overlap; "dinh" [6,10] is separate
    expect(matchRanges(text, 'dinh yet quyet')).toEqual([
      [0, 5],
      [6, 10],
    ]);
    // "quy" [0,3] and "et" [3,5] touch
    expect(matchRanges(text, 'et quy')).toEqual([[0, 5]]);
  });

  it('returns sorted, disjoint ranges inside the text for any query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 8 }), (text, query) => {
        const t = text.normalize('NFC');
        const r = matchRanges(t, query);
        for (const [s, e] of r) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(t.length);
        }
        for (let i = 1; i < r.length; i++) expect(r[i]![0]).toBeGreaterThan(r[i - 1]![1]);
      }),
    );
  });

  it('returns nothing for an empty or separator-only query, or when nothing matches', () => {
    expect(matchRanges('Quy định', '')).toEqual([]);
    expect(matchRanges('Quy định', ' , ; ')).toEqual([]);
    expect(matchRanges('Quy định', 'nghi quyet')).toEqual([]);
  });
});

// appendMarked only needs document.createElement('mark') and el.append(): a two-method stand-in is enough.
interface FakeMark {
  tag: 'mark';
  className: string;
  textContent: string;
}
function fakeEl() {
  const parts: (string | FakeMark)[] = [];
  return {
    parts,
    append: (...items: (string | FakeMark)[]) => void parts.push(...items),
    html: () => parts.map((p) => (typeof p === 'string' ? p : `<mark${p.className ? ` class="${p.className}"` : ''}>${p.textContent}</mark>`)).join(''),
  };
}

describe('appendMarked', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const stubDocument = () => vi.stubGlobal('document', { createElement: (tag: string) => ({ tag, className: '', textContent: '' }) });

  function render(text: string, ranges: [number, number][], cls?: string): string {
    stubDocument();
    const el = fakeEl();
    appendMarked(el as unknown as HTMLElement, text, ranges, cls);
    return el.html();
  }

  it('marks the words matched by a query without diacritics, text untouched', () => {
    const text = 'Quy định số 213-QĐ/TW';
    expect(render(text, matchRanges(text, 'quy dinh 213'))).toBe('<mark>Quy</mark> <mark>định</mark> số <mark>213</mark>-QĐ/TW');
  });

  it('marks a decomposed (NFD) text where the match is, shown in its composed form', () => {
    const text = 'Quy định 213'.normalize('NFD');
    expect(render(text, matchRanges(text, 'dinh'))).toBe('Quy <mark>định</mark> 213');
  });

  it('marks text that has no diacritics as well', () => {
    const text = 'Decision 749/QD-TTg';
    expect(render(text, matchRanges(text, 'quyết định qđ'))).toBe('Decision 749/<mark>QD</mark>-TTg');
  });

  it('puts the class on each mark', () => {
    expect(render('Xem Quy định 213', [[4, 12]], 'cite')).toBe('Xem <mark class="cite">Quy định</mark> 213');
  });

  it('appends the text unchanged when there is nothing to mark', () => {
    expect(render('Quy định', [])).toBe('Quy định');
    expect(render('', [])).toBe('');
  });

  it('marks the whole text and the edges', () => {
    expect(render('abc', [[0, 3]])).toBe('<mark>abc</mark>');
    expect(render('abcdef', [[0, 1], [5, 6]])).toBe('<mark>a</mark>bcde<mark>f</mark>');
  });

  it('skips a range that overlaps the previous one or runs past the text, keeping all the text', () => {
    expect(render('abcdef', [[0, 3], [2, 5]])).toBe('<mark>abc</mark>def');
    expect(render('abcdef', [[1, 2], [4, 99]])).toBe('a<mark>b</mark>cdef');
  });
});
