// The faster searches of the extractor find exactly what the plain regex loops they replace find: the sparse
// phrases read near their literal words (matchesNear), the lookbehinds judged in code (nextAccepted), and the
// string helpers rewritten as character walks (slugify, tidy).
import { describe, expect, it } from 'vitest';
import { nextBare } from '../../server/extract/find.ts';
import { BARE } from '../../server/extract/forms/bare.ts';
import { extract } from '../../server/extract/index.ts';
import { DEPARTMENT, ORG_PATTERN, nextDepartment, nextOrg } from '../../server/extract/organizations.ts';
import { tidy } from '../../server/extract/normalize.ts';
import { KIND_ANCHOR, RELATION_CUE, matchesNear, nearSpec, nextAccepted, nextAtWordStart, nextKindWord, nextRelationCue } from '../../server/extract/patterns.ts';
import { fold, slugify } from '../../server/text/fold.ts';

/** A deterministic soup of the given pieces, `count` texts of up to `max` pieces each. */
function soup(pieces: string[], count: number, max: number, seed = 1): string[] {
  let s = seed;
  const r = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: count }, () => {
    let t = '';
    const n = Math.floor(r() * max);
    for (let j = 0; j < n; j++) t += (pieces[Math.floor(r() * pieces.length)] as string) + (r() < 0.5 ? ' ' : '');
    return t;
  });
}

const PIECES = ['ban hanh', 'ban  hanh', ':', ' ', '\n', ',', 'co', 'hieu', 'luc', 'takes', 'effect', 'comes', 'into', 'force', 'which',
  'tinh', 'a', 'dieu', '1', 'bao gom', 'gom', 'namely', 'ca', 'hai', 'deu', 'both', 'were', 'issued', 'do', 'by', 'the', 'duoc', 'bi',
  'sua doi', 'bo sung', 'bai bo', 'noi', 'dung', 'boi', 'va', 'theo', 'has', 'recently', 'da', 'vua', 'quy dinh', 've', 'x9',
  // whole phrases, so that every case below meets matches
  ', co hieu luc', ',  which  takes effect', ', comes into force', 'duoc sua doi, bo sung boi', 'bi  bai bo theo', 'noi dung duoc sua doi boi',
  '1duoc bo sung boi', 'ca hai do', 'deu issued', 'both  do', 'xdeu do'];

/** Every match of a global regex, as [index, length] pairs: a plain exec loop, or nextAtWordStart's. */
function loop(re: RegExp, s: string, wordStart?: 'letter' | 'digit'): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  if (wordStart) for (let m = nextAtWordStart(re, s, wordStart === 'digit'); m; m = nextAtWordStart(re, s, wordStart === 'digit')) out.push(m.index, m[0].length);
  else for (let m = re.exec(s); m; m = re.exec(s)) out.push(m.index, m[0].length);
  return out;
}

describe('matchesNear', () => {
  const cases: [string, RegExp, string[], number, number, string | undefined, 'letter' | 'digit' | undefined, boolean][] = [
    ['a word at the start', /ban[ ]hanh[ ]{0,2}:[ \n]{1,3}/g, ['ban hanh'], 0, 0, undefined, undefined, false],
    ['a word some characters in', /(?:bao[ ]gom|gom|namely)[ ]{0,2}:?[ \n]{1,3}/g, ['gom', 'namely'], 0, 4, 'bgn', 'letter', true],
    ['a lookbehind and lookahead kept', /(?<![a-z0-9])tinh(?= [a-z])/g, ['tinh'], 0, 0, undefined, undefined, true],
    ['a window after a comma', /,[ \n]{0,2}(?:(?:which)[ \n]{1,3})?(?:co[ \n]{1,3}hieu[ \n]{1,3}luc|takes[ \n]{1,3}effect|comes[ \n]{1,3}into[ \n]{1,3}force)/g, ['hieu', 'effect', 'force'], 4, 26, ',', undefined, true],
    ['a chain led by digits or letters', /(?:noi[ ]{1,2}dung[ ]{1,2})?(?:duoc|bi)[ ]{1,2}(sua doi|bo sung|bai bo)(?:[ ]{0,2},[ ]{0,2}(sua doi|bo sung|bai bo)){0,3}[ ,]{1,3}(?:boi|theo)[ ]{1,3}/g, ['sua doi', 'bo sung', 'bai bo'], 3, 17, 'ndb', 'digit', true],
    ['overlapping words', /(?:both|ca[ ]{1,2}hai|deu)[ ]{1,2}(?:issued|do)[ ]{1,2}/g, ['both', 'hai', 'deu'], 0, 4, 'bcd', 'letter', true],
  ];
  // (the last column: the literal word in reach of each match never follows a letter, so only word starts are searched)
  for (const [name, re, literals, minLead, maxLead, first, wordStart, startsWord] of cases) {
    it(`finds what the regex loop finds: ${name}`, () => {
      const spec = nearSpec(re, literals, minLead, maxLead, first, startsWord);
      let hits = 0;
      for (const s of soup(PIECES, 3000, 30)) {
        const want = loop(re, s, wordStart);
        hits += want.length;
        expect(matchesNear(spec, s, wordStart).flatMap((m) => [m.index, m[0].length])).toEqual(want);
      }
      expect(hits).toBeGreaterThan(0);
    });
  }
});

describe('nextAccepted', () => {
  it('finds what the regex led by the lookbehind finds, from any start', () => {
    const led = /(?<![a-z0-9/.,:-])(\d{1,5})[ ]?[-/][ ]?[a-z]/g;
    const bare = /(\d{1,5})[ ]?[-/][ ]?[a-z]/g;
    const before = (s: string, i: number): boolean => !/[a-z0-9/.,:-]/.test(s.charAt(i - 1));
    let hits = 0;
    for (const s of soup(['1', '12', '123456', '-', '/', ' ', 'qd', 'a', '.', ',', ':', 'x1'], 3000, 20, 7)) {
      for (const from of [0, Math.floor(s.length / 2)]) {
        led.lastIndex = from;
        bare.lastIndex = from;
        const want: number[] = [];
        for (let m = led.exec(s); m; m = led.exec(s)) want.push(m.index);
        const got: number[] = [];
        for (let m = nextAccepted(bare, s, before); m; m = nextAccepted(bare, s, before)) got.push(m.index);
        expect(got).toEqual(want);
        hits += want.length;
      }
    }
    expect(hits).toBeGreaterThan(0);
  });
});

describe('word regexes found in one shared pass', () => {
  // kind words, relation cues and organisations, whole and cut, glued to letters, digits and footnote marks
  const pieces = ['nghi quyet', 'nghi  quyet', 'nghi\nquyet', 'quy dinh', 'quyet dinh', 'luat', 'laws', 'law', 'decree', 'x', 'a', '1', '.2', '3',
    ' ', '  ', '\n', ',', ';', '(', ')', '.', '-', 'thuc hien', 'trien khai thuc hien', 'sua doi, bo sung', 'bo sung', 'can cu', 'pursuant to',
    'thay the', 'amended', 'ban thuong vu', 'tinh uy', 'thanh uy', 'dang bo tinh', 'dang bo', 'tp', 'tp.', 'bo chinh tri', 'ban bi thu',
    'uy ban nhan dan tinh', 'ubnd', 'the politburo', 'central committee', 'dang uy khoi', 'hoi nghi', 'nam', 'ha'];
  const cases: [string, RegExp, (s: string, from: number) => RegExpExecArray | null][] = [
    ['kind words', KIND_ANCHOR, nextKindWord],
    ['relation cues', RELATION_CUE, nextRelationCue],
    ['organisations', ORG_PATTERN, nextOrg],
  ];
  for (const [name, re, next] of cases) {
    it(`finds the ${name} the plain regex loop finds, from any start`, () => {
      let hits = 0;
      for (const s of soup(pieces, 3000, 24, 17)) {
        for (const start of [0, Math.floor(s.length / 3), Math.floor(s.length / 2)]) {
          const want: unknown[] = [];
          re.lastIndex = start;
          for (let m = re.exec(s); m; m = re.exec(s)) want.push([m.index, ...m]);
          const got: unknown[] = [];
          for (let m = next(s, start); m; m = next(s, m.index + m[0].length)) got.push([m.index, ...m]);
          expect(got).toEqual(want);
          hits += want.length;
        }
      }
      expect(hits).toBeGreaterThan(1000);
    });
  }
});

describe('nextBare', () => {
  it('finds what the bare-symbol regex finds from any start', () => {
    let hits = 0;
    const pieces = ['1', '12', '2020', '1999', '123456', '-', '/', ' ', ' - ', 'qd', 'nd-cp', 'a', '.', ',', ':', 'x1', '25-10-2021', '18/5/2021', '30/2020/nd-cp'];
    for (const s of soup(pieces, 4000, 16, 9)) {
      for (const from of [0, Math.floor(s.length / 3), Math.floor(s.length / 2)]) {
        BARE.lastIndex = from;
        const want = BARE.exec(s);
        const got = nextBare(s, from);
        expect(got ? [got.index, got[0], got[1]] : null).toEqual(want ? [want.index, want[0], want[1]] : null);
        if (want) hits++;
      }
    }
    expect(hits).toBeGreaterThan(100);
  });
});

describe('departments', () => {
  it('nextDepartment finds what DEPARTMENT finds from any start', () => {
    let hits = 0;
    const pieces = ['Sở', 'Nội', 'vụ', 'sở', 'a', ' ', '\u00a0', 'Ả', '𝐀', '\ud835', '1', 'xSở', 'ĐSở', '(Sở'];
    for (const s of soup(pieces, 4000, 12, 13)) {
      for (const from of [0, Math.floor(s.length / 2)]) {
        DEPARTMENT.lastIndex = from;
        const want = DEPARTMENT.exec(s)?.index ?? -1;
        expect(nextDepartment(s, from)).toBe(want);
        if (want >= 0) hits++;
      }
    }
    expect(hits).toBeGreaterThan(100);
  });
  it('does not read again a "Sở" inside the department just read', () => {
    const names = extract('Sở Nội vụ Sở Tài chính tỉnh Hà Giang đã họp.').organizations.map((o) => o.name);
    expect(names).toEqual(['Sở Nội vụ Sở Tài chính tỉnh Hà Giang']);
  });
});

describe('string helpers', () => {
  const pieces = ['Quy định', ' ', '  ', '-', '213', 'QĐ/TW', '—', '\n', '\u00a0', '\u200b', '\t', 'Ж', '😀', 'ị', '.', '__'];
  it('slugify joins the runs of [a-z0-9] of the fold with "-"', () => {
    for (const s of soup(pieces, 5000, 10, 3)) {
      expect(slugify(s)).toBe(fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''));
    }
  });
  it('tidy leaves a tidy slice alone and collapses any other whitespace', () => {
    const untidy = /^[\s\u00a0\u200b]|[\s\u00a0\u200b]$|[\s\u00a0\u200b]{2}|[^\S ]|\u200b/;
    for (const s of soup(pieces, 5000, 8, 5)) {
      expect(tidy(s)).toBe(untidy.test(s) ? s.replace(/[\s\u00a0\u200b]+/g, ' ').trim() : s);
    }
  });
});
