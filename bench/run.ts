// `npm run bench`: runs every stage's benchmark in turn and prints one JSON summary (also written to
// bench/out/latest.json). Pass names to run only some: `npm run bench -- extract ingest`.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCHES = ['extract', 'accuracy', 'catalog', 'ingest', 'api', 'neo4j-graphql', 'client', 'load'] as const;
const here = fileURLToPath(new URL('.', import.meta.url));

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const results: Record<string, unknown> = { node: process.version, startedAt: new Date().toISOString() };
  for (const name of BENCHES) {
    if (wanted.length && !wanted.includes(name)) continue;
    const file = join(here, `${name}-bench.ts`);
    if (!existsSync(file)) {
      results[name] = { skipped: `bench/${name}-bench.ts not present` };
      continue;
    }
    process.stderr.write(`\n== bench: ${name}\n`);
    const t0 = Date.now();
    try {
      const mod = (await import(file)) as { run: () => Promise<Record<string, unknown>> };
      results[name] = { ...(await mod.run()), wallSeconds: +((Date.now() - t0) / 1000).toFixed(1) };
    } catch (err) {
      results[name] = { error: (err as Error).message };
      process.exitCode = 1;
    }
    process.stderr.write(`${JSON.stringify(results[name])}\n`);
  }
  mkdirSync(join(here, 'out'), { recursive: true });
  writeFileSync(join(here, 'out', 'latest.json'), JSON.stringify(results, null, 2));
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

void main();
