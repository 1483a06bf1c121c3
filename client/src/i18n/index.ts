// The interface's words and formats. Vietnamese by default ("2/1/2020", "10.745"), English by switch; the
// choice lives in the URL (?lang=en) so a shared link opens in the same language.
import { vi } from './vi.ts';
import { en } from './en.ts';
import { KIND_ENGLISH } from '../../../server/vocabulary/kinds.ts';

export type Lang = 'vi' | 'en';
export type MessageKey = keyof typeof vi;

const DICTS: Record<Lang, Record<MessageKey, string>> = { vi, en };
const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

let current: Lang = 'vi';
const listeners = new Set<() => void>();

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  document.documentElement.lang = next;
  for (const fn of listeners) fn();
}

/** Called after a language switch, so each part of the interface re-renders its words. */
export function onLangChange(fn: () => void): void {
  listeners.add(fn);
}

/** t('more', { n: 12 }) → "còn 12 nút nữa". */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = DICTS[current][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    return v === undefined ? `{${name}}` : typeof v === 'number' ? formatNumber(v) : v;
  });
}

/** Translates a key built at run time ("rel_" + type), falling back to the raw value. */
export function tr(prefix: string, value: string): string {
  const key = `${prefix}${value}` as MessageKey;
  return key in vi ? t(key) : value;
}

/** 10745 → "10.745" (vi) / "10,745" (en). */
export function formatNumber(n: number, digits?: number): string {
  return new Intl.NumberFormat(LOCALES[current], digits === undefined ? {} : { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

/** "2020-01-02" → "2/1/2020" (vi) / "02/01/2020" (en). A partial or odd date is returned as written. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Date.UTC rolls 30 February over to 1 March: a date that does not exist is shown as written, not moved.
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return iso;
  return new Intl.DateTimeFormat(LOCALES[current], { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' }).format(d);
}

// Instrument kinds are Vietnamese words in the data; in English we show the usual rendering (the kind vocabulary).
export function kindName(kind: string | null | undefined): string {
  if (!kind) return '';
  return current === 'en' ? (KIND_ENGLISH[kind] ?? kind) : kind;
}

/** Applies data-i18n attributes of static HTML (index.html). */
export function translateStatic(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n as MessageKey);
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-placeholder]').forEach((el) => {
    el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder as MessageKey));
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-aria]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nAria as MessageKey));
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-title]').forEach((el) => {
    el.setAttribute('title', t(el.dataset.i18nTitle as MessageKey));
  });
}
