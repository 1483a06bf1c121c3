// Inferred links in words a reader understands: the reason as a sentence in the interface's language and the
// score as a plain-language confidence. Below WEAK_BELOW an inference is hidden until asked for.
import { t } from '../i18n/index.ts';

/** Inferences scoring under this are "low confidence" and hidden unless the reader asks for them. */
export const WEAK_BELOW = 0.25;
const HIGH_FROM = 0.5;

export type Confidence = 'high' | 'medium' | 'low';

export function confidence(score: number | null | undefined): Confidence {
  const s = score ?? 0;
  return s >= HIGH_FROM ? 'high' : s >= WEAK_BELOW ? 'medium' : 'low';
}

/** The extractor's reason ("shares with its title: a, b") as a sentence of the interface's language. */
export function reasonText(reason: string | null | undefined): string {
  if (!reason) return '';
  const m = /^shares with its title:\s*(.*)$/s.exec(reason.trim());
  if (m) return t('reasonSharedTitle', { w: m[1]!.split(/\s*,\s*/).filter(Boolean).map((w) => `“${w}”`).join(', ') });
  return reason;
}

/** "độ tin cậy trung bình: trích yếu của văn bản và … có chung các cụm từ: “…”". */
export function inferenceText(score: number | null | undefined, reason: string | null | undefined): string {
  const r = reasonText(reason);
  return r ? `${t(`confidence_${confidence(score)}`)}: ${r}` : t(`confidence_${confidence(score)}`);
}
