// CSV cells, for the server's graph export and the client's list export alike (the web client imports this file).

/** A property value as one line of text: lists joined with "; ", objects as JSON. */
export function scalar(v: unknown): string {
  if (Array.isArray(v)) return v.map(String).join('; ');
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return String(v);
}

/**
 * One CSV cell. A text starting with = + - @ (a bulleted sentence "- Ban hành …" as much as a planted formula) is
 * read by spreadsheets as a formula: it gets a leading apostrophe, which they show as plain text (OWASP's advice
 * on CSV injection). Numbers are left alone.
 */
export function csvCell(v: unknown): string {
  const raw = v === null || v === undefined ? '' : scalar(v);
  const s = typeof v !== 'number' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
