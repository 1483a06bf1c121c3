// An instrument's status as the interface may state it: only with what decides it (a catalogue event or the
// sentence of a document, and the date it holds for). Without that it is "Chưa xác định / Unknown" — being cited
// says nothing about being in force, so nothing here ever defaults to "in force".
import type { InstrumentStatus, StatusDetail } from '../api.ts';
import { formatDate, t, tr } from '../i18n/index.ts';

/** The status to show: the detail's own when it carries a basis and a known source, else UNKNOWN. */
export function honestStatus(sd: Pick<StatusDetail, 'status' | 'basis' | 'source'> | null | undefined): InstrumentStatus {
  if (!sd || sd.status === 'UNKNOWN') return 'UNKNOWN';
  if (sd.source !== 'catalog' && sd.source !== 'document') return 'UNKNOWN';
  if (!sd.basis?.trim()) return 'UNKNOWN';
  return sd.status;
}

/** The status of a graph node (list, exports): the server computes it from evidence; missing means unknown. */
export function nodeStatus(status: unknown): InstrumentStatus {
  return typeof status === 'string' && status ? (status as InstrumentStatus) : 'UNKNOWN';
}

export function statusLabel(s: InstrumentStatus | string | null | undefined): string {
  return tr('status_', s || 'UNKNOWN');
}

/** The status with its basis, source and date, for the panel. */
export function statusBlock(sd: StatusDetail | null | undefined): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'status-block';
  const s = honestStatus(sd);
  const badge = document.createElement('span');
  badge.className = `status status-${s}`;
  badge.textContent = statusLabel(s);
  wrap.append(badge);
  if (s === 'UNKNOWN' || !sd) {
    wrap.append(Object.assign(document.createElement('p'), { className: 'status-basis muted', textContent: t('statusUnknownWhy') }));
    return wrap;
  }
  if (sd.at) wrap.append(` (${t('statusAsOf', { d: formatDate(sd.at) })})`);
  wrap.append(
    Object.assign(document.createElement('p'), { className: 'status-basis', textContent: t('statusBasis', { b: sd.basis ?? '' }) }),
    Object.assign(document.createElement('p'), { className: 'status-source muted', textContent: t(sd.source === 'catalog' ? 'statusSource_catalog' : 'statusSource_document') }),
  );
  return wrap;
}
