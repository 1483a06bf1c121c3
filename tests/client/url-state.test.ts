// The view state in the URL (client/src/filters/url-state.ts): what a shared or reloaded link restores.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatState, onStateChange, parseState, state, updateState, type ViewState } from '../../client/src/filters/url-state.ts';

const DEFAULTS: ViewState = {
  focus: [],
  sel: null,
  layout: 'fcose',
  view: 'graph',
  lang: 'vi',
  kinds: [],
  issuers: [],
  from: null,
  to: null,
  rels: [],
  backing: 'all',
  statuses: [],
  exp: [],
  weak: false,
  trace: null,
  bench: null,
  at: null,
  docs: false,
  group: 'issuer',
};

const FULL: ViewState = {
  focus: ['quy-dinh:213-qd-tw@2020', 'nghi-quyet:57-nq-tw@2024'],
  sel: 'quy-dinh:213-qd-tw@2020',
  layout: 'timeline',
  view: 'list',
  lang: 'en',
  kinds: ['Quy định', 'Nghị quyết'],
  issuers: ['Ban Chấp hành Trung ương', 'Bộ Chính trị'],
  from: 2018,
  to: 2022,
  rels: ['REPLACES', 'GUIDES'],
  backing: 'inferred',
  statuses: ['UNKNOWN', 'REPLACED'],
  exp: ['quy-dinh:213-qd-tw@2020', 'nghi-quyet:57-nq-tw@2024~BASED_ON'],
  weak: true,
  trace: 'action:doc-1#3',
  bench: 5000,
  at: '2021-06-30',
  docs: true,
  group: 'kind',
};

describe('parseState', () => {
  it('gives the defaults for an empty query string, with or without the "?"', () => {
    expect(parseState('')).toEqual(DEFAULTS);
    expect(parseState('?')).toEqual(DEFAULTS);
  });

  it('reads every field of a full link', () => {
    const s = parseState(
      '?focus=quy-dinh:213-qd-tw@2020|nghi-quyet:57-nq-tw@2024&sel=quy-dinh:213-qd-tw@2020&layout=timeline&view=list&lang=en' +
        '&kinds=Quy định|Nghị quyết&issuers=Bộ Chính trị&from=2018&to=2022&rels=REPLACES|GUIDES&backing=explicit&statuses=UNKNOWN&exp=a|b~BASED_ON&weak=1&trace=a1&bench=300' +
        '&at=2021-06-30&docs=1&group=none',
    );
    expect(s).toEqual({
      focus: ['quy-dinh:213-qd-tw@2020', 'nghi-quyet:57-nq-tw@2024'],
      sel: 'quy-dinh:213-qd-tw@2020',
      layout: 'timeline',
      view: 'list',
      lang: 'en',
      kinds: ['Quy định', 'Nghị quyết'],
      issuers: ['Bộ Chính trị'],
      from: 2018,
      to: 2022,
      rels: ['REPLACES', 'GUIDES'],
      backing: 'explicit',
      statuses: ['UNKNOWN'],
      exp: ['a', 'b~BASED_ON'],
      weak: true,
      trace: 'a1',
      bench: 300,
      at: '2021-06-30',
      docs: true,
      group: 'none',
    });
  });

  it('takes only a real calendar date for "at"', () => {
    expect(parseState('?at=2021-02-29').at).toBeNull();
    expect(parseState('?at=2021-2-3').at).toBeNull();
    expect(parseState('?at=2024-02-29').at).toBe('2024-02-29');
  });

  it('decodes percent-encoded Vietnamese and "+" as a space', () => {
    const s = parseState('?kinds=Quy+%C4%91%E1%BB%8Bnh%7CCh%E1%BB%89+th%E1%BB%8B&issuers=B%E1%BB%99%20Ch%C3%ADnh%20tr%E1%BB%8B');
    expect(s.kinds).toEqual(['Quy định', 'Chỉ thị']);
    expect(s.issuers).toEqual(['Bộ Chính trị']);
  });

  it('accepts each known layout, view, language and backing', () => {
    expect(parseState('?layout=dagre').layout).toBe('dagre');
    expect(parseState('?layout=timeline').layout).toBe('timeline');
    expect(parseState('?layout=fcose').layout).toBe('fcose');
    expect(parseState('?view=list').view).toBe('list');
    expect(parseState('?lang=en').lang).toBe('en');
    expect(parseState('?backing=explicit').backing).toBe('explicit');
    expect(parseState('?backing=inferred').backing).toBe('inferred');
  });

  it('falls back to the default for an unknown layout, view, language or backing', () => {
    const s = parseState('?layout=cose-bilkent&view=table&lang=fr&backing=maybe');
    expect(s).toMatchObject({ layout: 'fcose', view: 'graph', lang: 'vi', backing: 'all' });
    // values are matched exactly: no case folding, no trimming
    expect(parseState('?layout=Dagre&lang=EN&view=%20list')).toMatchObject({ layout: 'fcose', lang: 'vi', view: 'graph' });
  });

  it('ignores year and bench values that are not numbers', () => {
    for (const bad of ['abc', '', '%20%20', 'NaN', 'Infinity', '--1']) {
      const s = parseState(`?from=${bad}&to=${bad}&bench=${bad}`);
      expect(s.from, bad).toBeNull();
      expect(s.to, bad).toBeNull();
      expect(s.bench, bad).toBeNull();
    }
  });

  it('reads years as whole numbers', () => {
    expect(parseState('?from=2018&to=2022')).toMatchObject({ from: 2018, to: 2022 });
    expect(parseState('?from=%202019%20').from).toBe(2019);
    // A hand-edited link: anything but plain digits within 1..9999 is ignored rather than guessed at.
    expect(parseState('?from=2018.7').from).toBeNull();
    expect(parseState('?to=1e3').to).toBeNull();
    expect(parseState('?from=99999999999999999999999').from).toBeNull();
    expect(parseState('?from=-2018&to=2020abc')).toMatchObject({ from: null, to: null });
    expect(parseState('?from=0').from).toBeNull();
  });

  it('reads a year range written backwards as the years between', () => {
    expect(parseState('?from=2022&to=2018')).toMatchObject({ from: 2018, to: 2022 });
  });

  it('keeps the bench size a positive whole number, and reads empty sel and trace as none', () => {
    expect(parseState('?bench=-5').bench).toBeNull();
    expect(parseState('?bench=5000').bench).toBe(5000);
    expect(parseState('?sel=&trace=')).toMatchObject({ sel: null, trace: null });
  });

  it('drops empty items of a list (stray, doubled or trailing separators)', () => {
    const s = parseState('?focus=||a||b|&kinds=|&rels=CITES|');
    expect(s.focus).toEqual(['a', 'b']);
    expect(s.kinds).toEqual([]);
    expect(s.rels).toEqual(['CITES']);
  });

  it('keeps the first of a repeated parameter', () => {
    expect(parseState('?layout=dagre&layout=timeline').layout).toBe('dagre');
    expect(parseState('?sel=a&sel=b').sel).toBe('a');
  });

  it('does not throw on malformed percent-encoding or unknown parameters', () => {
    expect(() => parseState('?focus=%E0%A4%A&zzz=1&%%%=&from=%ZZ')).not.toThrow();
    const s = parseState('?focus=%E0%A4%A&zzz=1&from=%ZZ');
    expect(s.from).toBeNull();
    expect(s.focus).toHaveLength(1);
    expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULTS).sort());
  });
});

describe('formatState', () => {
  it('writes nothing for the default state, so the plain address is the default view', () => {
    expect(formatState(DEFAULTS)).toBe('');
    expect(formatState(parseState(''))).toBe('');
  });

  it('leaves each default value out of the link', () => {
    const q = formatState({ ...DEFAULTS, layout: 'dagre' });
    expect(q).toBe('?layout=dagre');
    const p = new URLSearchParams(formatState({ ...FULL, layout: 'fcose', view: 'graph', lang: 'vi', backing: 'all', sel: null, trace: null, bench: null }));
    for (const name of ['layout', 'view', 'lang', 'backing', 'sel', 'trace', 'bench']) expect(p.has(name), name).toBe(false);
    expect(p.get('from')).toBe('2018');
  });

  it('writes empty lists and empty strings as absent', () => {
    const q = formatState({ ...DEFAULTS, focus: [], kinds: [], sel: '', trace: '' });
    expect(q).toBe('');
  });

  it('writes a year of 0 rather than dropping it (only null means "no bound")', () => {
    expect(new URLSearchParams(formatState({ ...DEFAULTS, from: 0 })).get('from')).toBe('0');
  });

  it('starts with "?" and joins list items with "|"', () => {
    const q = formatState({ ...DEFAULTS, rels: ['REPLACES', 'GUIDES'] });
    expect(q.startsWith('?')).toBe(true);
    expect(new URLSearchParams(q).get('rels')).toBe('REPLACES|GUIDES');
  });

  it('encodes Vietnamese, spaces, "&", "=" and "#" so the link stays one query string', () => {
    const s: ViewState = { ...DEFAULTS, issuers: ['Bộ Chính trị & Ban Bí thư'], sel: 'a=b#c', trace: 'x&layout=dagre' };
    const q = formatState(s);
    expect(q).not.toMatch(/[#\s]/);
    expect(q).not.toContain('layout=dagre');
    expect(parseState(q)).toEqual(s);
  });
});

describe('round trip', () => {
  it('restores a full state from its link', () => {
    expect(parseState(formatState(FULL))).toEqual(FULL);
  });

  it('restores every single non-default field on its own', () => {
    for (const [k, v] of Object.entries(FULL) as [keyof ViewState, ViewState[keyof ViewState]][]) {
      const s = { ...DEFAULTS, [k]: v } as ViewState;
      expect(parseState(formatState(s)), k).toEqual(s);
    }
  });

  it('gives back the same link for a link written by the app', () => {
    const link = formatState(FULL);
    expect(formatState(parseState(link))).toBe(link);
  });

  it('normalises a hand-edited link: unknown values and empty items disappear', () => {
    expect(formatState(parseState('?layout=nope&backing=&kinds=||Luật||&from=x&lang=de'))).toBe(`?kinds=${encodeURIComponent('Luật')}`);
  });
});

describe('updateState', () => {
  const loc = { pathname: '/app/', search: '', hash: '#panel' };
  const history = {
    replaceState: vi.fn((_s: unknown, _t: string, url: string) => void (loc.search = new URL(url, 'http://x').search)),
    pushState: vi.fn((_s: unknown, _t: string, url: string) => void (loc.search = new URL(url, 'http://x').search)),
  };

  function stubBrowser(): void {
    loc.search = '';
    history.replaceState.mockClear();
    history.pushState.mockClear();
    vi.stubGlobal('location', loc);
    vi.stubGlobal('history', history);
  }

  afterEach(() => {
    Object.assign(state, parseState(''));
    vi.unstubAllGlobals();
  });

  it('starts from the defaults when there is no location (Node)', () => {
    expect(state).toEqual(DEFAULTS);
  });

  it('merges the patch and replaces the URL, keeping path and hash', () => {
    stubBrowser();
    updateState({ layout: 'dagre', kinds: ['Quy định'] });
    expect(state).toMatchObject({ layout: 'dagre', kinds: ['Quy định'], view: 'graph' });
    expect(history.pushState).not.toHaveBeenCalled();
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    const url = history.replaceState.mock.calls[0]![2];
    expect(url.startsWith('/app/?')).toBe(true);
    expect(url.endsWith('#panel')).toBe(true);
    expect(parseState(new URL(url, 'http://x').search)).toMatchObject({ layout: 'dagre', kinds: ['Quy định'] });
  });

  it('pushes a history entry when asked', () => {
    stubBrowser();
    updateState({ sel: 'a' }, { push: true });
    expect(history.pushState).toHaveBeenCalledTimes(1);
    expect(history.replaceState).not.toHaveBeenCalled();
    expect(history.pushState.mock.calls[0]![2]).toBe('/app/?sel=a#panel');
  });

  it('leaves the URL alone when nothing in it changes, but still tells the listeners', () => {
    stubBrowser();
    updateState({ layout: 'timeline' });
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    const seen: ViewState[] = [];
    onStateChange((s) => seen.push({ ...s }));
    updateState({ layout: 'timeline' });
    updateState({}, { push: true });
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    expect(history.pushState).not.toHaveBeenCalled();
    expect(seen).toHaveLength(2);
    expect(seen[0]!.layout).toBe('timeline');
  });

  it('goes back to the bare path when the state returns to the defaults', () => {
    stubBrowser();
    updateState({ from: 2019 });
    updateState({ from: null });
    expect(history.replaceState).toHaveBeenLastCalledWith(null, '', '/app/#panel');
  });
});
