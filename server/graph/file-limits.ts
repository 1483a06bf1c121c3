// Limits a file meets before any reader touches it, so that a small file that expands into gigabytes (a zip
// bomb, a .docx of millions of paragraphs, an HTML page nested a hundred thousand deep) is refused with one
// line instead of taking the process down. The checks read only what they must: a zip's central directory
// (the sizes every entry declares), then, in the conversion worker, each XML part inflated up to its limit.
import { inflateRawSync } from 'node:zlib';

export interface FileLimits {
  /** Bytes of the file as it is on disk or uploaded. */
  fileBytes: number;
  /** Bytes one zip entry may expand to, and all the XML parts of a .docx together. */
  expandedBytes: number;
  /** Expansion ratio of a zip entry above which it is a bomb (real .docx parts compress 5-20 times). */
  ratio: number;
  /** XML elements in a .docx (all its parts), HTML elements in a page. */
  elements: number;
  /** Depth of nested HTML elements. */
  htmlDepth: number;
  /** Milliseconds a conversion may take, and megabytes of heap it may use, in the worker. */
  deadlineMs: number;
  heapMb: number;
}

const MB = 1024 * 1024;

export const DEFAULT_FILE_LIMITS: FileLimits = {
  fileBytes: 50 * MB,
  expandedBytes: 50 * MB,
  ratio: 200,
  elements: 2_000_000,
  htmlDepth: 256,
  deadlineMs: 60_000,
  heapMb: 768,
};

/** A file refused by a limit (or by the worker's deadline or heap): the message is the whole story. */
export class FileLimitError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'FileLimitError';
  }
}

const mb = (n: number) => (n >= MB ? `${Math.round(n / MB)} MB` : `${n} bytes`);
export const seconds = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The entries a zip's central directory declares (no data is inflated). Throws FileLimitError for a non-zip. */
export function zipDirectory(buf: Buffer): ZipEntry[] {
  // the end-of-central-directory record: in the last 22 + 65535 bytes
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new FileLimitError('not a readable .docx: not a zip archive (no central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new FileLimitError('a ZIP64 archive: far larger than any .docx this reads');
  if (cdOffset + cdSize > buf.length) throw new FileLimitError('a damaged zip archive (its directory points past the end)');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new FileLimitError('a damaged zip archive (bad directory entry)');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

/** The sizes a zip declares: each entry, their sum (the XML parts a reader opens) and each expansion ratio. */
export function checkZip(buf: Buffer, limits: FileLimits): ZipEntry[] {
  const entries = zipDirectory(buf);
  let xmlTotal = 0;
  for (const e of entries) {
    if (e.size > limits.expandedBytes) throw new FileLimitError(`expands beyond ${mb(limits.expandedBytes)} (${e.name} alone declares ${mb(e.size)})`);
    if (e.size > MB && e.size / Math.max(1, e.compressedSize) > limits.ratio) {
      throw new FileLimitError(`expands beyond ${limits.ratio} times its size (${e.name}: ${e.compressedSize} bytes → ${e.size}): a zip bomb?`);
    }
    if (isXmlPart(e.name)) xmlTotal += e.size;
  }
  if (xmlTotal > limits.expandedBytes) throw new FileLimitError(`expands beyond ${mb(limits.expandedBytes)} of text and markup`);
  return entries;
}

/** One entry's bytes, inflated no further than `max` (a directory that lies about sizes meets this limit). */
export function inflateEntry(buf: Buffer, e: ZipEntry, max: number): Buffer {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) throw new FileLimitError(`a damaged zip archive (${e.name})`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method !== 8) throw new FileLimitError(`${e.name} uses a compression this reader does not know (${e.method})`);
  try {
    return inflateRawSync(data, { maxOutputLength: max });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new FileLimitError(`expands beyond ${mb(max)} (${e.name})`);
    throw new FileLimitError(`a damaged zip archive (${e.name}: ${(err as Error).message})`);
  }
}

/** Counts the elements of every XML part of a .docx (inflating each up to the limit); throws above the limit. */
export function checkXmlElements(buf: Buffer, entries: ZipEntry[], limits: FileLimits): number {
  let elements = 0;
  for (const e of entries) {
    if (!isXmlPart(e.name)) continue;
    const xml = inflateEntry(buf, e, limits.expandedBytes);
    for (let i = xml.indexOf(0x3c); i >= 0; i = xml.indexOf(0x3c, i + 1)) {
      const next = xml[i + 1] ?? 0;
      // "<" then a letter, "_" or ":" opens an element ("</", "<?", "<!" do not)
      if ((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x5f || next === 0x3a) elements++;
    }
    if (elements > limits.elements) throw new FileLimitError(`holds more than ${limits.elements.toLocaleString('en')} XML elements`);
  }
  return elements;
}

// elements whose end tag HTML lets a page leave out: a new <p> or <li> ends the open one
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp', 'colgroup', 'caption']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);

/** The deepest nesting of HTML elements and how many there are, by a single pass over the tags. */
export function htmlShape(html: string): { depth: number; elements: number } {
  const stack: string[] = [];
  let depth = 0;
  let elements = 0;
  const tag = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/gi;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[1]) {
      elements++;
      continue;
    }
    const name = m[3]?.toLowerCase();
    if (!name) continue;
    if (m[2]) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    elements++;
    if (m[4] || VOID.has(name)) continue;
    if (OPTIONAL_END.has(name)) {
      const open = stack.lastIndexOf(name);
      if (open >= 0 && open >= stack.length - 4) stack.length = open;
    }
    stack.push(name);
    if (stack.length > depth) depth = stack.length;
  }
  return { depth, elements };
}

export function checkHtml(html: string, limits: FileLimits): void {
  const { depth, elements } = htmlShape(html);
  if (depth > limits.htmlDepth) throw new FileLimitError(`nests HTML elements ${depth} deep (the limit is ${limits.htmlDepth})`);
  if (elements > limits.elements) throw new FileLimitError(`holds more than ${limits.elements.toLocaleString('en')} HTML elements`);
}

export function checkFileSize(bytes: number, limits: FileLimits): void {
  if (bytes > limits.fileBytes) throw new FileLimitError(`is ${mb(bytes)}, more than the ${mb(limits.fileBytes)} a file may be`);
}
