// The interface's words and formats (client/src/i18n): Vietnamese conventions by default, English by switch,
// the same keys and the same {parameters} in both dictionaries.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatNumber, kindName, lang, onLangChange, setLang, t, tr, type Lang } from '../../client/src/i18n/index.ts';
import { vi as viDict } from '../../client/src/i18n/vi.ts';
import { en as enDict } from '../../client/src/i18n/en.ts';
import { LINK_TYPES, RELATION_TYPES, type InstrumentStatus, type NodeType } from '../../client/src/api.ts';

const NODE_TYPES: NodeType[] = ['instrument', 'organization', 'action', 'task', 'document'];
const STATUSES: InstrumentStatus[] = ['IN_FORCE', 'REPLACED', 'AMENDED', 'REPEALED', 'SUSPENDED', 'UNKNOWN'];

const htmlEl = { lang: 'vi' };
/** setLang writes <html lang>; a stand-in for document.documentElement is all it needs. */
function switchTo(l: Lang): void {
  vi.stubGlobal('document', { documentElement: htmlEl });
  setLang(l);
}

afterEach(() => {
  switchTo('vi');
  vi.unstubAllGlobals();
});

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have exactly the same keys', () => {
    const viKeys = Object.keys(viDict).sort();
    const enKeys = Object.keys(enDict).sort();
    expect(enKeys.filter((k) => !viKeys.includes(k))).toEqual([]);
    expect(viKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(viKeys.length).toBeGreaterThan(50);
  });

  it('have no empty message', () => {
    for (const [k, v] of Object.entries(viDict)) expect(v.trim(), `vi.${k}`).not.toBe('');
    for (const [k, v] of Object.entries(enDict)) expect(v.trim(), `en.${k}`).not.toBe('');
  });

  it('use the same {parameters} for a key in both languages', () => {
    for (const k of Object.keys(viDict) as (keyof typeof viDict)[]) {
      expect(placeholders(enDict[k]), k).toEqual(placeholders(viDict[k]));
    }
  });

  it('differ where they should: the Vietnamese dictionary is not an English copy', () => {
    const same = (Object.keys(viDict) as (keyof typeof viDict)[]).filter((k) => viDict[k] === enDict[k]);
    expect(same.length).toBeLessThan(Object.keys(viDict).length / 10);
    expect(viDict.appTitle).not.toBe(enDict.appTitle);
  });

  it('name every relation, link type, node type and status the API can send', () => {
    for (const r of [...RELATION_TYPES, ...LINK_TYPES]) {
      expect(viDict, `rel_${r}`).toHaveProperty(`rel_${r}`);
      expect(enDict, `rel_${r}`).toHaveProperty(`rel_${r}`);
    }
    for (const n of NODE_TYPES) expect(viDict).toHaveProperty(`type_${n}`);
    for (const s of STATUSES) expect(viDict).toHaveProperty(`status_${s}`);
  });
});

describe('Vietnamese by default', () => {
  it('starts in Vietnamese', () => {
    expect(lang()).toBe('vi');
    expect(t('appTitle')).toBe(viDict.appTitle);
  });

  it('writes dates day/month/year without leading zeros', () => {
    expect(formatDate('2020-01-02')).toBe('2/1/2020');
    expect(formatDate('2024-12-22')).toBe('22/12/2024');
  });

  it('groups thousands with "." and writes decimals with ","', () => {
    expect(formatNumber(10745)).toBe('10.745');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(0.5, 2)).toBe('0,50');
    expect(formatNumber(12)).toBe('12');
  });

  it('keeps Vietnamese kind names as they are', () => {
    expect(kindName('Quy định')).toBe('Quy định');
    expect(kindName('Nghị quyết')).toBe('Nghị quyết');
  });
});

describe('switching to English', () => {
  it('changes words, dates and numbers, and sets <html lang>', () => {
    switchTo('en');
    expect(lang()).toBe('en');
    expect(htmlEl.lang).toBe('en');
    expect(t('appTitle')).toBe(enDict.appTitle);
    expect(formatDate('2020-01-02')).toBe('02/01/2020');
    expect(formatNumber(10745)).toBe('10,745');
    expect(formatNumber(0.5, 2)).toBe('0.50');
  });

  it('translates the kinds of instruments and leaves an unknown kind as written', () => {
    switchTo('en');
    expect(kindName('Quy định')).toBe('Regulation');
    expect(kindName('Nghị quyết')).toBe('Resolution');
    expect(kindName('Luật')).toBe('Law');
    expect(kindName('Văn bản lạ')).toBe('Văn bản lạ');
  });

  it('tells the listeners once per actual change', () => {
    const calls: Lang[] = [];
    onLangChange(() => calls.push(lang()));
    switchTo('en');
    switchTo('en');
    switchTo('vi');
    expect(calls).toEqual(['en', 'vi']);
    expect(htmlEl.lang).toBe('vi');
  });

  it('goes back to Vietnamese formats', () => {
    switchTo('en');
    switchTo('vi');
    expect(formatDate('2020-01-02')).toBe('2/1/2020');
    expect(formatNumber(10745)).toBe('10.745');
  });
});

describe('t (interpolation)', () => {
  it('fills parameters, formatting numbers for the current language', () => {
    expect(t('more', { n: 10745 })).toBe('còn 10.745 nút nữa');
    expect(t('nodesEdges', { n: 1200, e: 3 })).toBe(viDict.nodesEdges.replace('{n}', '1.200').replace('{e}', '3'));
    switchTo('en');
    expect(t('more', { n: 10745 })).toBe('10,745 more nodes');
  });

  it('inserts string parameters verbatim, with no number formatting and no replacement patterns', () => {
    expect(t('searchNoResults', { q: '10745' })).toBe('Không tìm thấy kết quả cho "10745"');
    expect(t('searchNoResults', { q: "$& $1 $' {q}" })).toBe('Không tìm thấy kết quả cho "$& $1 $\' {q}"');
  });

  it('leaves a parameter that was not given as {name}', () => {
    expect(t('more')).toBe('còn {n} nút nữa');
    expect(t('nodesEdges', { n: 2 })).toContain('{e}');
  });

  it('returns a message without parameters unchanged', () => {
    expect(t('retry')).toBe('Thử lại');
    expect(t('retry', { n: 1 })).toBe('Thử lại');
  });
});

describe('tr (keys built at run time)', () => {
  it('translates a known value in the current language', () => {
    expect(tr('rel_', 'REPLACES')).toBe(viDict.rel_REPLACES);
    expect(tr('status_', 'IN_FORCE')).toBe('Còn hiệu lực');
    switchTo('en');
    expect(tr('rel_', 'REPLACES')).toBe('Replaces');
    expect(tr('type_', 'organization')).toBe('Organisation');
  });

  it('falls back to the raw value for an unknown one', () => {
    expect(tr('rel_', 'MENTIONS')).toBe('MENTIONS');
    expect(tr('status_', '')).toBe('');
    expect(tr('type_', 'constructor')).toBe('constructor');
  });
});

describe('formatDate', () => {
  it('returns nothing for no date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('')).toBe('');
  });

  it('returns a partial or unparsed date as written', () => {
    expect(formatDate('2020')).toBe('2020');
    expect(formatDate('2020-05')).toBe('2020-05');
    expect(formatDate('ngày 2 tháng 1')).toBe('ngày 2 tháng 1');
  });

  it('returns a date that does not exist as written instead of rolling it over', () => {
    expect(formatDate('2020-02-30')).toBe('2020-02-30');
    expect(formatDate('2020-13-45')).toBe('2020-13-45');
    expect(formatDate('2021-02-29')).toBe('2021-02-29');
    expect(formatDate('2020-02-29')).toBe('29/2/2020');
  });

  it('uses the date part of a timestamp, in UTC whatever the time of day', () => {
    expect(formatDate('2020-01-02T23:59:59+07:00')).toBe('2/1/2020');
    expect(formatDate('2020-01-02T00:00:00Z')).toBe('2/1/2020');
  });
});
