// `npm run derive-catalog [-- --notes FILE --out DIR]`: reads the Bộ Pháp điển's notes (JSON Lines, gzip or not)
// and writes the catalogue's facts, data/catalog/phapdien-instruments.jsonl, phapdien-events.jsonl and
// phapdien-articles.jsonl.gz (the codified articles, gzip: ~58,000 lines) and law-names.json (the names of the laws,
// codes and ordinances). No note text is written: only kinds,
// numbers, symbols, titles, dates, issuers, addresses, topics, events and article headings.
// The default input is the notes file beside the repository (see data/README.md for where it comes from).
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip, gzipSync } from 'node:zlib';
import { derive, type NoteRow } from '../catalog/derive.ts';
import { lawNamesFromCatalog } from '../catalog/law-names.ts';
import { REPO_ROOT } from '../graph/queries.ts';

export const DEFAULT_NOTES = resolve(REPO_ROOT, '..', 'shared', 'real-corpus', 'phapdien', 'notes.jsonl.gz');

async function readRows(file: string): Promise<NoteRow[]> {
  const stream = createReadStream(file);
  const input = file.endsWith('.gz') ? stream.pipe(createGunzip()) : stream;
  const rows: NoteRow[] = [];
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as NoteRow;
    if (typeof r.note === 'string') rows.push(r);
  }
  return rows;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { notes: { type: 'string' }, out: { type: 'string' } } });
  const notes = resolve(values.notes ?? DEFAULT_NOTES);
  const out = resolve(values.out ?? join(REPO_ROOT, 'data', 'catalog'));
  if (!existsSync(notes)) {
    process.stderr.write(`derive-catalog: no notes at ${notes} (pass --notes FILE)\n`);
    return 1;
  }
  const d = derive(await readRows(notes));
  mkdirSync(out, { recursive: true });
  const lines = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).join('\n') + '\n';
  writeFileSync(join(out, 'phapdien-instruments.jsonl'), lines(d.instruments));
  writeFileSync(join(out, 'phapdien-events.jsonl'), lines(d.events));
  // the names of the laws, codes and ordinances, which the extractor reads whole when a text cites one by name
  writeFileSync(join(out, 'law-names.json'), `${JSON.stringify(lawNamesFromCatalog(d.instruments), null, 0).replace(/","/g, '",\n"')}\n`);
  // gzip's header carries no time here (Node writes 0), so the same notes give the same bytes
  writeFileSync(join(out, 'phapdien-articles.jsonl.gz'), gzipSync(lines(d.articles), { level: 9 }));
  const refused = Object.values(d.stats.refused).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `${JSON.stringify({ instruments: d.instruments.length, events: d.events.length, articles: d.articles.length, ...d.stats, refusedTotal: refused }, null, 1)}\n`,
  );
  return 0;
}

void main().then((code) => process.exit(code));
