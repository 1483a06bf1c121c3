// Accuracy of the extractor on real texts nobody on the project wrote, beside the previous recorded run:
//   (a) the prose excerpts with their reference annotation   (b) the dev corpus (must stay at 1.0)
//   (c) the Bộ Pháp điển's official notes: the first full note of each source document (citation, date, issuer,
//       title, effective date) and every amendment/repeal note (relation with its type and both pinpoints)
//       and, when data/catalog holds the catalogue derived from the same notes, the same figures on its values
//   (d) full texts of State documents, no gold: citations per 10 kB and the share carrying a pinpoint.
//
//   npx tsx bench/accuracy-bench.ts [--misses]     (standalone)     run() is also called by bench/run.ts
//
// The texts are read from the shared corpus beside the repository (../shared/…), never copied into it. The
// figures of the last run are kept in bench/accuracy-last.json (committed) so each run prints its change.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extract } from '../server/extract/index.ts';
import { deriveGold, scoreAgainstCatalog, scoreNotes } from './accuracy/phapdien.ts';
import { newTally, scoreFile, summarize, type FileReport, type Gold } from './accuracy/score.ts';
import { isEntry, runStandalone } from './standalone.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const shared = join(here, '..', '..', 'shared');
const LAST = join(here, 'accuracy-last.json');

function scoreAnnotated(textDir: string, goldDir: string, misses: Record<string, FileReport>) {
  const tally = newTally();
  const files = readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, f.replace(/\.txt$/, '.json')), 'utf8')) as Gold;
    const report = scoreFile(gold, extract(readFileSync(join(textDir, f), 'utf8')), tally);
    if (report.missed.length || report.extra.length || report.relMissed.length || report.relExtra.length || report.attrMiss.length) misses[f] = report;
  }
  return { files: files.length, ...summarize(tally) };
}

const ratio = (a: number, b: number) => (b ? +(a / b).toFixed(3) : null);

/**
 * The identity a person would type for a document of the national database: its number, with the kind its address
 * names when the symbol's code leaves it open ("84/2007/QH11" at …/luat-sua-doi-… → "Luật số 84/2007/QH11").
 */
function typedIdentity(id: string, url: string): string {
  const slug = url.split('/').pop() ?? '';
  const kind = /^luat/.test(slug) ? 'Luật' : /^nghi-quyet/.test(slug) ? 'Nghị quyết' : /^phap-lenh/.test(slug) ? 'Pháp lệnh' : /^bo-luat/.test(slug) ? 'Bộ luật' : null;
  return kind ? `${kind} số ${id}` : id;
}

function scoreDocuments(path: string) {
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter(Boolean);
  let chars = 0;
  let bytes = 0;
  let citations = 0;
  let pinpointed = 0;
  // the articles alone name no own instrument; with the number a person types (ExtractOptions.self), their "X này",
  // final provisions and "được sửa đổi, bổ sung như sau" relate it
  let ownTyped = 0;
  let documentsRelated = 0;
  for (const line of lines) {
    const d = JSON.parse(line) as { id: string; sourceUrl?: string; chapters: { title: string; articles: { number: string; heading: string; body: string }[] }[] };
    const text = d.chapters.flatMap((c) => [c.title, ...c.articles.map((a) => `${a.number}. ${a.heading}\n${a.body}`)]).join('\n');
    chars += text.length;
    bytes += Buffer.byteLength(text);
    for (const inst of extract(text).instruments) {
      for (const m of inst.mentions) {
        citations++;
        if (m.pinpoint) pinpointed++;
      }
    }
    const given = extract(text, { self: typedIdentity(d.id, d.sourceUrl ?? '') });
    const own = given.instruments[0]?.key;
    const typed = given.relations.filter((r) => r.from === own && r.type !== 'CITES' && r.type !== 'BASED_ON').length;
    ownTyped += typed;
    if (typed > 0) documentsRelated++;
  }
  return {
    documents: lines.length, megabytes: +(bytes / 1048576).toFixed(1), characters: chars, citations, citationsPer10kB: +((citations / bytes) * 10240).toFixed(2), withPinpoint: ratio(pinpointed, citations),
    ownIdentityGiven: { typedRelations: ownTyped, documentsWithTypedRelations: documentsRelated },
  };
}

type Flat = Record<string, number | null>;

function flatten(obj: unknown, prefix = '', out: Flat = {}): Flat {
  if (obj && typeof obj === 'object') for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else if (typeof obj === 'number' || obj === null) out[prefix] = obj as number | null;
  return out;
}

export async function run(): Promise<Record<string, unknown>> {
  const misses: Record<string, FileReport> = {};
  const result: Record<string, unknown> = {};
  const prose = join(shared, 'real-corpus', 'prose');
  if (existsSync(prose)) result.prose = scoreAnnotated(join(prose, 'texts'), join(prose, 'gold'), misses);
  const dev = join(shared, 'dev-corpus');
  if (existsSync(dev)) result.dev = scoreAnnotated(join(dev, 'texts'), join(dev, 'gold'), misses);
  const notesPath = join(shared, 'real-corpus', 'phapdien', 'notes.jsonl.gz');
  let noteMisses: unknown[] = [];
  if (existsSync(notesPath)) {
    const s = scoreNotes(deriveGold(notesPath), (t) => extract(t));
    noteMisses = s.misses;
    result.phapdien = {
      sourceDocuments: s.sources, citationFound: ratio(s.found, s.sources),
      issuedOn: ratio(s.issuedOn, s.found), issuer: ratio(s.issuer, s.found), title: ratio(s.title, s.found), effectiveFrom: ratio(s.effectiveFrom, s.found),
      events: s.events, eventRecall: ratio(s.eventsFound, s.events), eventRecallWithPinpoints: ratio(s.eventsWithPinpoints, s.events),
      irregularNotes: s.irregular,
    };
  }
  // the catalogue derived from the same notes (data/catalog, committed by the project): a second gold
  const catInstruments = join(here, '..', 'data', 'catalog', 'phapdien-instruments.jsonl');
  const catEvents = join(here, '..', 'data', 'catalog', 'phapdien-events.jsonl');
  if (existsSync(notesPath) && existsSync(catInstruments) && existsSync(catEvents)) {
    result.phapdienCatalog = scoreAgainstCatalog(deriveGold(notesPath), catInstruments, catEvents, (t) => extract(t));
  }
  const docsPath = join(shared, 'real-corpus', 'documents', 'vbpl-texts.jsonl.gz');
  if (existsSync(docsPath)) result.documents = scoreDocuments(docsPath);
  // beside the previous run
  const previous = existsSync(LAST) ? flatten(JSON.parse(readFileSync(LAST, 'utf8'))) : {};
  const now = flatten(result);
  const rows = Object.entries(now).map(([k, v]) => `${k.padEnd(48)} ${String(v).padStart(8)}   (before ${previous[k] === undefined ? '—' : String(previous[k])})`);
  process.stderr.write(`${rows.join('\n')}\n`);
  if (process.argv.includes('--misses')) process.stderr.write(`${JSON.stringify({ misses, noteMisses }, null, 1)}\n`);
  if (!process.argv.includes('--no-save')) writeFileSync(LAST, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

if (isEntry(import.meta.url)) runStandalone('accuracy', run);
