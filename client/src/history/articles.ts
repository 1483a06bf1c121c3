// An instrument's codified articles in its panel: each article (Điều) as the official codification places it —
// its heading, its number in the codification, its official address — with the dated changes that name it.
// Loaded on its own after the panel; shown only for instruments the catalogue codifies.
import { api, type CodifiedArticle } from '../api.ts';
import { formatDate, formatNumber, t } from '../i18n/index.ts';
import { eventVerb } from './history.ts';

/** One article as a list item: "Điều 4. Heading — Điều 36.3.LQ.4 · sửa đổi 01/01/2022 bởi …". */
export function articleItem(a: CodifiedArticle, select: (key: string) => void): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `article${a.changes.length ? ' article-changed' : ''}`;
  li.dataset.key = a.key;
  const head = document.createElement('div');
  head.append(Object.assign(document.createElement('strong'), { textContent: a.article }));
  if (a.heading) head.append(document.createTextNode(`. ${a.heading}`));
  li.append(head);
  const where = document.createElement('div');
  where.className = 'article-where muted';
  if (a.codifiedAs) where.append(document.createTextNode(a.codifiedAs));
  if (a.officialUrl) {
    if (a.codifiedAs) where.append(document.createTextNode(' · '));
    where.append(Object.assign(document.createElement('a'), { href: a.officialUrl, target: '_blank', rel: 'noopener noreferrer', textContent: t('articleOfficial') }));
  }
  if (where.childNodes.length) li.append(where);
  for (const c of a.changes) {
    const ch = document.createElement('div');
    ch.className = `article-change history-${c.type.toLowerCase()}`;
    ch.append(document.createTextNode(`${eventVerb(c)}${c.date ? ` ${formatDate(c.date)}` : ''} ${t('historyBy')} `));
    const by = Object.assign(document.createElement('button'), { type: 'button', className: 'link', textContent: c.by.label });
    by.addEventListener('click', () => select(c.by.key));
    ch.append(by);
    li.append(ch);
  }
  return li;
}

/** The articles section: nothing at all for an instrument without codified articles (or when the load fails). */
export function articlesSection(key: string, select: (key: string) => void): HTMLElement {
  const sec = document.createElement('section');
  sec.className = 'panel-section articles';
  sec.hidden = true;
  api.articles(key).then(
    ({ count, articles }) => {
      if (!count) return;
      const changed = articles.filter((a) => a.changes.length).length;
      const details = document.createElement('details');
      details.append(
        Object.assign(document.createElement('summary'), {
          textContent: t('articlesTitle', { n: formatNumber(count), changed: formatNumber(changed) }),
        }),
      );
      const ol = document.createElement('ol');
      ol.className = 'article-list';
      for (const a of articles) ol.append(articleItem(a, select));
      details.append(ol);
      if (articles.length < count) details.append(Object.assign(document.createElement('p'), { className: 'muted', textContent: t('articlesMore', { n: formatNumber(count - articles.length) }) }));
      sec.append(details);
      sec.hidden = false;
    },
    () => sec.remove(),
  );
  return sec;
}
