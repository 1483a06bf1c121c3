// `npm run --silent extract -- FILE` (or `-` for stdin): prints the Extraction of one text as one JSON object.
// The file is read as bytes and must be UTF-8 text: a BOM is dropped, CRLF is fine; NUL bytes or invalid
// UTF-8 end with one line on stderr and exit code 2, as does a missing file.

import { readFileSync } from 'node:fs';
import { extract } from '../extract/index.ts';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

function readInput(arg: string): Buffer {
  try {
    return arg === '-' ? readFileSync(0) : readFileSync(arg);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(`no such file: ${arg}`);
    if (code === 'EISDIR') fail(`${arg} is a directory, not a text file`);
    fail(`cannot read ${arg}: ${(e as Error).message}`);
  }
}

function main(): void {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length !== 1) fail('usage: npm run --silent extract -- FILE   (use - to read standard input)');
  const file = args[0] as string;
  const bytes = readInput(file);
  if (bytes.includes(0)) fail(`${file} is not a text file (it contains NUL bytes); give a UTF-8 text file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    fail(`${file} is not valid UTF-8; convert it to UTF-8 first (e.g. iconv -f WINDOWS-1258 -t UTF-8)`);
  }
  let json: string;
  try {
    json = JSON.stringify(extract(text));
  } catch (e) {
    fail(`extraction failed on ${file}: ${(e as Error).message}`);
  }
  process.stdout.write(json + '\n');
}

main();
