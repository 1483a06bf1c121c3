// The search box: an ARIA combobox with autocomplete. Typing queries the API's search (which matches with or
// without diacritics); ↑/↓ move through the results, Enter picks one, Escape closes the list; "/" anywhere on
// the page focuses the box.
import { api, type SearchHit } from '../api.ts';
import { t, tr } from '../i18n/index.ts';
import { appendMarked, matchRanges } from './fold.ts';

export interface Picked { id: string; type: 'instrument' | 'organization' | 'action' | 'document'; label: string }

export function hitTarget(hit: SearchHit): Picked {
  const n = hit.node;
  switch (n.__typename) {
    case 'Instrument':
      return { id: n.key, type: 'instrument', label: hit.label };
    case 'Organization':
      return { id: n.key, type: 'organization', label: hit.label };
    case 'Action':
      return { id: n.id, type: 'action', label: hit.label };
    default:
      return { id: n.id, type: 'document', label: hit.label };
  }
}

const TYPE_KEY: Record<SearchHit['type'], string> = { INSTRUMENT: 'instrument', ORGANIZATION: 'organization', ACTION: 'action', DOCUMENT: 'document' };

export function setupSearch(input: HTMLInputElement, list: HTMLElement, statusEl: HTMLElement, onPick: (p: Picked) => void): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let inFlight: AbortController | null = null;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  list.setAttribute('role', 'listbox');

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll('[role=option]').forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
    const el = list.querySelector<HTMLElement>(`#search-opt-${i}`);
    if (el) {
      input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    close();
    input.value = hit.label;
    onPick(hitTarget(hit));
  };
  const render = (q: string) => {
    list.replaceChildren();
    hits.forEach((hit, i) => {
      const li = document.createElement('li');
      li.id = `search-opt-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.className = `search-hit hit-${TYPE_KEY[hit.type]}`;
      const main = document.createElement('span');
      main.className = 'hit-label';
      appendMarked(main, hit.label, matchRanges(hit.label, q));
      const kind = Object.assign(document.createElement('span'), { className: 'hit-type', textContent: tr('type_', hit.node.__typename === 'Action' ? (hit.node as { kind: string }).kind : TYPE_KEY[hit.type]) });
      li.append(kind, main);
      if (hit.detail) {
        const d = document.createElement('span');
        d.className = 'hit-detail';
        appendMarked(d, hit.detail, matchRanges(hit.detail, q));
        li.append(d);
      }
      li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
      li.addEventListener('click', () => pick(i));
      list.appendChild(li);
    });
    if (!hits.length) {
      const li = Object.assign(document.createElement('li'), { className: 'search-empty', textContent: t('searchNoResults', { q }) });
      list.appendChild(li);
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    statusEl.textContent = hits.length ? t('searchResultsCount', { n: hits.length }) : t('searchNoResults', { q });
    if (hits.length) setActive(0);
  };
  const run = async () => {
    const q = input.value.trim();
    if (q.length < 1) {
      hits = [];
      close();
      return;
    }
    const mine = ++seq;
    // A newer keystroke supersedes the search in flight: abort it, here and (through the API) in the database.
    inFlight?.abort();
    const ac = new AbortController();
    inFlight = ac;
    statusEl.textContent = t('searchSearching');
    input.setAttribute('aria-busy', 'true');
    try {
      const res = await api.search(q, 12, ac.signal);
      if (mine !== seq) return; // a newer keystroke won
      hits = res;
      render(q);
    } catch {
      if (mine === seq) close();
    } finally {
      if (mine === seq) input.removeAttribute('aria-busy');
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 180);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden) void run();
      else if (hits.length) setActive((active + 1) % hits.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActive((active - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden && active >= 0) pick(active);
      else {
        clearTimeout(timer);
        void run();
      }
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  document.addEventListener('keydown', (e) => {
    const tag = (e.target as HTMLElement | null)?.tagName;
    if (e.key === '/' && tag !== 'INPUT' && tag !== 'TEXTAREA' && tag !== 'SELECT') {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
}
