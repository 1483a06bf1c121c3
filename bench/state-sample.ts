// Looks at what the extractor reads in the real State documents (no gold): for each document, the final
// provisions (effect, transition, repeal) and every relation and titled instrument found in them, so a person
// can read the outputs beside the text. Usage: npx tsx bench/state-sample.ts [from] [count] [--all]
// The texts stay where they are (../shared): nothing read here is written into the repository.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extract } from '../server/extract/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const path = join(here, '..', '..', 'shared', 'real-corpus', 'documents', 'vbpl-texts.jsonl.gz');
const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter(Boolean);
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const from = Number(args[0] ?? 0);
const count = Number(args[1] ?? 10);
const all = process.argv.includes('--all');
const FINAL = /hiệu lực|thay thế|bãi bỏ|chuyển tiếp|trách nhiệm thi hành|tổ chức thực hiện/i;

for (const line of lines.slice(from, from + count)) {
  const d = JSON.parse(line) as { id: string; chapters: { title: string; articles: { number: string; heading: string; body: string }[] }[] };
  const parts: { text: string; final: boolean }[] = [];
  for (const c of d.chapters) {
    parts.push({ text: c.title, final: false });
    for (const a of c.articles) parts.push({ text: `${a.number}. ${a.heading}\n${a.body}`, final: FINAL.test(a.heading) });
  }
  // --header: the texts come without their header; a "Số: <number>" line gives the document its own identity,
  // as a real header does, so that what its final provisions do to other instruments can be read
  const head = process.argv.includes('--header') ? `Số: ${d.id.replace(/-(?:19|20)\d\d$/, '')}\n\n` : '';
  const text = head + parts.map((p) => p.text).join('\n');
  const ex = extract(text);
  process.stdout.write(`\n======== ${d.id}  (${text.length} chars, ${ex.instruments.length} instruments, ${ex.relations.length} relations)\n`);
  let at = head.length;
  const windows: [number, number][] = [];
  for (const p of parts) {
    if (p.final || all) windows.push([at, at + p.text.length]);
    at += p.text.length + 1;
  }
  for (const [s, e] of windows) {
    process.stdout.write(`--- ${text.slice(s, Math.min(e, s + 1500)).replace(/\n/g, ' ⏎ ')}\n`);
    for (const r of ex.relations) if (r.evidence.start >= s && r.evidence.start < e) process.stdout.write(`  R ${r.type} ${r.from} -> ${r.to}${r.evidence.toPinpoint ? ` @${r.evidence.toPinpoint.text}` : ''}\n`);
    for (const i of ex.instruments) {
      for (const m of i.mentions) {
        if (m.start >= s && m.start < e) process.stdout.write(`  I ${i.key} | ${i.title ?? ''} | ${i.issuedOn ?? ''} | eff ${i.effectiveFrom ?? ''}${m.pinpoint ? ` @${m.pinpoint.text}` : ''}\n`);
      }
    }
  }
}
