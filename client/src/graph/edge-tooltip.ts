// What the tooltip of a link says: its type, the article, clause or point it names at either end ("Điều 4",
// "khoản 27 Điều 1"), from when it applies, and how many documents state it. Pure, for the view and the tests.
import type { CyEdgeData } from '../api.ts';
import { formatDate, t, tr } from '../i18n/index.ts';

export function edgeTooltipLines(d: CyEdgeData): string[] {
  const lines = [tr('rel_', d.type)];
  if (d.supplements) lines[0] = `${lines[0]} (${t('supplemented')})`;
  if (d.pinpoint) lines.push(t('edgePinpoint', { p: d.pinpoint }));
  if (d.effectiveFrom) lines.push(t('edgeFrom', { d: formatDate(d.effectiveFrom) }));
  if (d.inferred && typeof d.score === 'number') lines.push(`${d.score.toFixed(2)}${d.reason ? ` · ${d.reason}` : ''}`);
  else if (d.evidenceCount > 1) lines.push(t('edgeDocuments', { n: d.evidenceCount }));
  return lines;
}
