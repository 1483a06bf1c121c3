// An instrument's history in its panel: the dated events that changed it, oldest first — what amended,
// supplemented, repealed or replaced which of its articles, by which instrument (and which of its articles), with
// the sentence that says so or the codification note it comes from. Loaded on its own, after the panel.
import { api, type HistoryEvent } from '../api.ts';
import { evidenceBlock } from '../panel/evidence.ts';
import { formatDate, t, tr } from '../i18n/index.ts';

export interface HistoryActions {
  select: (key: string) => void;
  openDocument: (docId: string, at?: number) => void;
}

/** The verb of an event: "Sửa đổi", "Bổ sung" (an amendment that adds), "Bãi bỏ", "Thay thế"… */
export function eventVerb(e: Pick<HistoryEvent, 'type' | 'supplements'>): string {
  return e.type === 'AMENDS' && e.supplements ? t('hist_SUPPLEMENTS') : tr('hist_', e.type);
}

/** One event as a list item. */
export function historyItem(e: HistoryEvent, actions: HistoryActions): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `history-event history-${e.type.toLowerCase()}${e.supplements ? ' history-supplements' : ''}`;
  const date = Object.assign(document.createElement('time'), { className: 'history-date', textContent: e.date ? formatDate(e.date) : t('historyUndated') });
  if (e.date) date.dateTime = e.date;
  const head = document.createElement('div');
  head.className = 'history-head';
  const verb = Object.assign(document.createElement('strong'), { className: 'history-verb', textContent: eventVerb(e) });
  head.append(date, document.createTextNode(' '), verb);
  if (e.pinpoints.length) head.append(document.createTextNode(` ${t('historyArticles', { p: e.pinpoints.join(', ') })}`));
  head.append(document.createTextNode(` ${t('historyBy')} `));
  const by = Object.assign(document.createElement('button'), { type: 'button', className: 'link history-by', textContent: e.by.label });
  by.title = e.by.title ?? e.by.label;
  by.addEventListener('click', () => actions.select(e.by.key));
  head.append(by);
  if (e.byPinpoints.length) head.append(document.createTextNode(` (${e.byPinpoints.join(', ')})`));
  li.append(head);
  const source = document.createElement('div');
  source.className = 'history-source muted';
  // the Bộ Pháp điển is named by the label itself; another catalogue is named after it
  const other = e.source && e.source !== 'phapdien' && e.source !== 'Bộ Pháp điển' ? `: ${e.source}` : '';
  source.textContent = e.fromCatalog ? `${t('historyCatalog')}${other}` : t('historyStated');
  li.append(source);
  for (const ev of e.evidence.slice(0, 2)) li.append(evidenceBlock(ev, actions.openDocument));
  return li;
}

/** The history section, filled when the events arrive (a failure leaves the rest of the panel as it is). */
export function historySection(key: string, actions: HistoryActions): HTMLElement {
  const sec = document.createElement('section');
  sec.className = 'panel-section history';
  sec.append(Object.assign(document.createElement('h3'), { textContent: t('historyTitle') }));
  const body = Object.assign(document.createElement('p'), { className: 'muted', textContent: '…' });
  sec.append(body);
  api.history(key).then(
    (events) => {
      if (!events.length) {
        body.textContent = t('historyEmpty');
        return;
      }
      const ol = document.createElement('ol');
      ol.className = 'history-list';
      for (const e of events) ol.append(historyItem(e, actions));
      body.replaceWith(ol);
    },
    () => body.remove(),
  );
  return sec;
}
