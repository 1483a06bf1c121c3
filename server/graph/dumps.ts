// JSON Lines dumps of documents (a crawl of a legal database, an export of another system): one document a
// line, `.jsonl`, `.ndjson`, either gzip-compressed (`.gz`, or told by its first bytes). Read as a stream, a
// line at a time, so a dump of any size is never in memory; a line that is not a document is reported with
// its number and skipped, the others still load. Two shapes:
//
//   {"id": "…", "title": "…", "text": "…"}                         plain: title optional, id optional
//   {"id": "84/2007/QH11", "sourceUrl": "https://…", "chapters": [{"title": "Chương I", "subtitle": "…",
//     "articles": [{"id": "art-1", "number": "Điều 1", "heading": "…", "body": "…"}]}]}
//
// The second is rebuilt as the text a reader sees ("Chương I", its subtitle, "Điều 1. heading", the body).
// `source` (what a later version replaces) is the line's `sourceUrl`/`source`/`url`, else the dump's path
// with the line's id (`dump.jsonl#84/2007/QH11`), else with its line number.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

export const DUMP_EXTENSIONS = ['.jsonl', '.ndjson', '.jsonl.gz', '.ndjson.gz'] as const;

/** A line longer than this (UTF-16 units) is refused rather than parsed. */
export const MAX_DUMP_LINE = 64 * 1024 * 1024;

export function isDumpFile(name: string): boolean {
  const n = name.toLowerCase();
  return DUMP_EXTENSIONS.some((e) => n.endsWith(e));
}

export interface DumpDocument {
  text: string;
  title: string | null;
  source: string;
  publishedOn: string | null;
}

export type DumpRecord = { line: number; doc: DumpDocument; error?: undefined } | { line: number; doc?: undefined; error: string };

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

interface ArticleShape {
  number?: unknown;
  heading?: unknown;
  body?: unknown;
}
interface ChapterShape {
  title?: unknown;
  subtitle?: unknown;
  articles?: unknown;
}

/** The text of the chapters/articles shape: headings and bodies in reading order, one block per line. */
export function chaptersText(chapters: unknown[]): string {
  const out: string[] = [];
  for (const c of chapters) {
    if (!c || typeof c !== 'object') throw new Error('a chapter is not an object');
    const ch = c as ChapterShape;
    for (const h of [str(ch.title), str(ch.subtitle)]) if (h) out.push(h.trim());
    if (ch.articles === undefined) continue;
    if (!Array.isArray(ch.articles)) throw new Error('"articles" is not a list');
    for (const a of ch.articles as unknown[]) {
      if (!a || typeof a !== 'object') throw new Error('an article is not an object');
      const art = a as ArticleShape;
      const number = str(art.number)?.trim();
      const heading = str(art.heading)?.trim();
      const head = number && heading ? `${number}. ${heading}` : (number ?? heading);
      if (head) out.push(head);
      const body = str(art.body);
      if (body) out.push(body.trim());
    }
  }
  return out.join('\n');
}

/** One parsed line → a document, or throws saying why it is not one. */
export function dumpLineDocument(value: unknown, file: string, line: number): DumpDocument {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
  const o = value as Record<string, unknown>;
  let text: string | null;
  if (typeof o.text === 'string') text = o.text;
  else if (Array.isArray(o.chapters)) text = chaptersText(o.chapters);
  else throw new Error('no "text" string and no "chapters" list');
  if (!text.trim()) throw new Error('the document is empty');
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id).trim() : '';
  const source = str(o.sourceUrl) ?? str(o.source) ?? str(o.url) ?? (id ? `${file}#${id}` : `${file}#line-${line}`);
  const published = str(o.publishedOn) ?? str(o.issuedOn) ?? str(o.date);
  return {
    text,
    title: str(o.title)?.trim() ?? (id || null),
    source,
    publishedOn: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
  };
}

async function isGzip(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await fh.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/**
 * The documents of a dump, one record per non-blank line, in order: `doc`, or `error` with the reason. Throws
 * only when the file itself cannot be read (missing, not gzip although compressed…): then nothing was yielded
 * or the error says at which line the stream broke.
 */
export async function* readDump(file: string): AsyncGenerator<DumpRecord> {
  const gz = await isGzip(file);
  const raw = createReadStream(file);
  const stream: Readable = gz ? raw.pipe(createGunzip()) : raw;
  let streamError: Error | null = null;
  // an error of either stream ends the line reader; it is thrown after the lines read so far
  const fail = (err: Error) => {
    streamError ??= err;
    stream.destroy();
  };
  raw.on('error', fail);
  if (gz) stream.on('error', fail);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const text of lines) {
      n++;
      if (!text.trim()) continue;
      if (text.length > MAX_DUMP_LINE) {
        yield { line: n, error: `line longer than ${MAX_DUMP_LINE} characters` };
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(n === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      } catch (err) {
        yield { line: n, error: `not JSON: ${(err as Error).message}` };
        continue;
      }
      try {
        yield { line: n, doc: dumpLineDocument(value, file, n) };
      } catch (err) {
        yield { line: n, error: (err as Error).message };
      }
    }
  } finally {
    lines.close();
    stream.destroy();
  }
  if (streamError) throw new Error(`${gz ? 'not a readable gzip stream' : 'cannot read'} after line ${n}: ${(streamError as Error).message}`);
}
