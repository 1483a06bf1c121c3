// Files → text for the ingest: .txt, .md, .html/.htm (text only: scripts, styles, navigation, headers and
// footers dropped), .docx (mammoth), .pdf with a text layer (unpdf). Each reader returns the text and, when
// the format has one, a title; a file that cannot be read throws a DocumentReadError saying why.
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { convertInWorker, ConvertError } from './convert-pool.ts';
import { checkFileSize, checkHtml, checkZip, DEFAULT_FILE_LIMITS, FileLimitError, type FileLimits } from './file-limits.ts';
import { isDumpFile } from './dumps.ts';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'] as const;

export interface ReadDocument {
  text: string;
  title: string | null;
}

export class DocumentReadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'DocumentReadError';
  }
}

/** UTF-8 text; a file that is not valid UTF-8 (or holds NUL bytes) is refused rather than ingested as garbage. */
function decodeUtf8(file: string, buf: Buffer): string {
  if (buf.includes(0)) throw new DocumentReadError(file, 'not a text file (contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new DocumentReadError(file, 'not valid UTF-8: save the file as UTF-8 and ingest it again');
  }
}

export async function htmlToPlainText(html: string): Promise<ReadDocument> {
  const { convert } = await import('html-to-text');
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, ' ').trim() || null;
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'noscript', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'header', format: 'skip' },
      { selector: 'footer', format: 'skip' },
      { selector: 'aside', format: 'skip' },
      { selector: 'form', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'h5', options: { uppercase: false } },
      { selector: 'h6', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
  return { text: text.replace(/\n{3,}/g, '\n\n').trim(), title };
}

/** Markdown stays as it is (its marks do not hide citations); the first heading is the title. */
function markdownTitle(text: string): string | null {
  return /^#{1,6}\s+(.+)$/m.exec(text)?.[1]?.trim() ?? null;
}

export async function readDocument(file: string, limits: FileLimits = DEFAULT_FILE_LIMITS): Promise<ReadDocument> {
  let buf: Buffer;
  try {
    const st = await stat(file);
    if (st.isFile()) checkFileSize(st.size, limits);
    buf = await readFile(file);
  } catch (err) {
    if (err instanceof FileLimitError) throw new DocumentReadError(file, err.message);
    throw new DocumentReadError(file, `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return readDocumentBytes(file, buf, limits);
}

/**
 * The same readers on bytes already in memory (an upload); the format is told by the name's extension. Plain
 * text is read here; HTML, .docx and PDF first meet the limits of file-limits.ts, then are converted in the
 * worker thread (heap limit, deadline), so a bomb costs one DocumentReadError, never this process.
 */
export async function readDocumentBytes(file: string, buf: Buffer, limits: FileLimits = DEFAULT_FILE_LIMITS): Promise<ReadDocument> {
  const ext = extname(file).toLowerCase();
  try {
    checkFileSize(buf.length, limits);
    if (ext === '.html' || ext === '.htm') checkHtml(decodeUtf8(file, buf), limits);
    if (ext === '.docx') checkZip(buf, limits);
    if (ext === '.html' || ext === '.htm' || ext === '.docx' || ext === '.pdf') {
      const doc = await convertInWorker(file, new Uint8Array(buf), limits);
      if (ext === '.pdf' && !doc.text.trim()) throw new DocumentReadError(file, 'the PDF has no text layer (a scan?): run OCR on it first');
      return doc;
    }
  } catch (err) {
    if (err instanceof FileLimitError || err instanceof ConvertError) throw new DocumentReadError(file, err.message);
    throw err;
  }
  return convertBytes(file, buf);
}

/** The readers themselves, with no limits: the worker thread runs them (and plain text runs them in place). */
export async function convertBytes(file: string, buf: Buffer): Promise<ReadDocument> {
  const ext = extname(file).toLowerCase();
  switch (ext) {
    case '.txt':
      return { text: decodeUtf8(file, buf), title: null };
    case '.md':
    case '.markdown': {
      const text = decodeUtf8(file, buf);
      return { text, title: markdownTitle(text) };
    }
    case '.html':
    case '.htm':
      return htmlToPlainText(decodeUtf8(file, buf));
    case '.docx': {
      const mammoth = (await import('mammoth')).default;
      try {
        const r = await mammoth.extractRawText({ buffer: buf });
        return { text: r.value.replace(/\n{3,}/g, '\n\n').trim(), title: null };
      } catch (err) {
        throw new DocumentReadError(file, `not a readable .docx: ${(err as Error).message}`);
      }
    }
    case '.pdf': {
      const { extractText, getDocumentProxy } = await import('unpdf');
      let text: string;
      let title: string | null = null;
      try {
        const pdf = await getDocumentProxy(new Uint8Array(buf), { verbosity: 0 }); // pdf.js warnings: not for stderr
        const meta = await pdf.getMetadata().catch(() => null);
        const t = (meta?.info as { Title?: unknown } | undefined)?.Title;
        title = typeof t === 'string' && t.trim() ? t.trim() : null;
        text = (await extractText(pdf, { mergePages: true })).text;
      } catch (err) {
        throw new DocumentReadError(file, `not a readable PDF: ${(err as Error).message}`);
      }
      if (!text.trim()) throw new DocumentReadError(file, 'the PDF has no text layer (a scan?): run OCR on it first');
      return { text, title };
    }
    default:
      throw new DocumentReadError(file, `unsupported file type "${ext || '(none)'}": use ${SUPPORTED_EXTENSIONS.join(', ')}`);
  }
}

/**
 * Expands the paths given on the command line: files as they are, folders walked recursively for the supported
 * extensions (hidden entries skipped), sorted. Yields lazily so a large folder is never held in memory at once.
 */
export async function* expandPaths(paths: string[]): AsyncGenerator<string> {
  for (const p of paths) {
    const full = resolve(p);
    let st;
    try {
      st = await stat(full);
    } catch {
      yield full; // reported as a failure by the reader, with the reason
      continue;
    }
    if (st.isDirectory()) yield* walk(full);
    else yield full;
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && ((SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase()) || isDumpFile(e.name))) yield p;
  }
}
