// What a person is looking at, kept in the URL so a view survives reload and can be shared by link:
// ?focus=quy-dinh:213-qd-tw@2020&sel=…&layout=dagre&kinds=Quy định&from=2018&to=2022&rels=REPLACES,GUIDES
//  &backing=explicit&statuses=UNKNOWN|REPLACED&exp=<id>|<id>~BASED_ON&trace=<action id>&view=list&lang=en
//  &at=2021-06-30&docs=1&group=kind
// A shared link also carries the node positions in its fragment (#pos=…, see positions.ts).
import type { Lang } from '../i18n/index.ts';

export type LayoutName = 'fcose' | 'dagre' | 'timeline';
export type Backing = 'all' | 'explicit' | 'inferred';

export interface ViewState {
  focus: string[];
  sel: string | null;
  layout: LayoutName;
  view: 'graph' | 'list';
  lang: Lang;
  kinds: string[];
  issuers: string[];
  from: number | null;
  to: number | null;
  rels: string[];
  backing: Backing;
  /** Instrument statuses to keep (empty: all). */
  statuses: string[];
  /** Nodes expanded on top of the focus, in order; "id~TYPE" when along one relation type only. */
  exp: string[];
  /** Show low-confidence inferred links too (hidden by default). */
  weak: boolean;
  trace: string | null;
  bench: number | null;
  /** The graph as of this date (YYYY-MM-DD): later instruments hidden, those repealed by then greyed. */
  at: string | null;
  /** Show the documents citing the instruments, with their CITES links. */
  docs: boolean;
  /** Frames of the overview: by issuer (default), by kind, or none. */
  group: 'issuer' | 'kind' | 'none';
}

const LIST_SEP = '|';

function list(p: URLSearchParams, name: string): string[] {
  const v = p.get(name);
  return v ? v.split(LIST_SEP).filter(Boolean) : [];
}
/** A whole number written in plain digits within [min, max]; anything else ("1e3", "-5", "2020abc") is ignored. */
function int(p: URLSearchParams, name: string, min: number, max: number): number | null {
  const v = p.get(name)?.trim();
  if (!v || !/^\d{1,9}$/.test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}
function text(p: URLSearchParams, name: string): string | null {
  const v = p.get(name);
  return v ? v : null;
}

/** A calendar date written YYYY-MM-DD that exists; anything else is ignored. */
function isoDate(v: string | null): string | null {
  const m = v ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim()) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? m[0] : null;
}

export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const layout = p.get('layout');
  const backing = p.get('backing');
  let from = int(p, 'from', 1, 9999);
  let to = int(p, 'to', 1, 9999);
  // A range written backwards ("from=2022&to=2018") means the years between, not an empty view.
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    focus: list(p, 'focus'),
    sel: text(p, 'sel'),
    layout: layout === 'dagre' || layout === 'timeline' ? layout : 'fcose',
    view: p.get('view') === 'list' ? 'list' : 'graph',
    lang: p.get('lang') === 'en' ? 'en' : 'vi',
    kinds: list(p, 'kinds'),
    issuers: list(p, 'issuers'),
    from,
    to,
    rels: list(p, 'rels'),
    backing: backing === 'explicit' || backing === 'inferred' ? backing : 'all',
    statuses: list(p, 'statuses'),
    exp: list(p, 'exp'),
    weak: p.get('weak') === '1',
    trace: text(p, 'trace'),
    bench: int(p, 'bench', 1, 100_000),
    at: isoDate(p.get('at')),
    docs: p.get('docs') === '1',
    group: p.get('group') === 'kind' || p.get('group') === 'none' ? (p.get('group') as 'kind' | 'none') : 'issuer',
  };
}

/** The query string for a state; defaults are left out so links stay short. */
export function formatState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.focus.length) p.set('focus', s.focus.join(LIST_SEP));
  if (s.sel) p.set('sel', s.sel);
  if (s.layout !== 'fcose') p.set('layout', s.layout);
  if (s.view !== 'graph') p.set('view', s.view);
  if (s.lang !== 'vi') p.set('lang', s.lang);
  if (s.kinds.length) p.set('kinds', s.kinds.join(LIST_SEP));
  if (s.issuers.length) p.set('issuers', s.issuers.join(LIST_SEP));
  if (s.from !== null) p.set('from', String(s.from));
  if (s.to !== null) p.set('to', String(s.to));
  if (s.rels.length) p.set('rels', s.rels.join(LIST_SEP));
  if (s.backing !== 'all') p.set('backing', s.backing);
  if (s.statuses.length) p.set('statuses', s.statuses.join(LIST_SEP));
  if (s.exp.length) p.set('exp', s.exp.join(LIST_SEP));
  if (s.weak) p.set('weak', '1');
  if (s.trace) p.set('trace', s.trace);
  if (s.bench !== null) p.set('bench', String(s.bench));
  if (s.at) p.set('at', s.at);
  if (s.docs) p.set('docs', '1');
  if (s.group !== 'issuer') p.set('group', s.group);
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** The one mutable view state of the page; every change is written to the URL (replaceState: no history spam). */
export const state: ViewState = parseState(typeof location === 'undefined' ? '' : location.search);

const listeners = new Set<(s: ViewState) => void>();
export function onStateChange(fn: (s: ViewState) => void): void {
  listeners.add(fn);
}

export function updateState(patch: Partial<ViewState>, opts: { push?: boolean } = {}): void {
  Object.assign(state, patch);
  const url = `${location.pathname}${formatState(state)}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) {
    if (opts.push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  for (const fn of listeners) fn(state);
}
