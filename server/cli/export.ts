// `npm run export -- --format graphml|json|csv|jsonld [--out FILE] [--focus KEY [--depth N]]`
// Writes the whole graph, or the neighbourhood of one instrument, to FILE or stdout.
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { EXPORT_FORMATS, readExportGraph, writeExport, type ExportFormat } from '../graph/export.ts';
import { withGraph } from './with-graph.ts';

const USAGE = `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--out FILE] [--focus INSTRUMENT_KEY [--depth N]]`;

function write(stream: Writable, chunk: string): Promise<void> | void {
  if (!stream.write(chunk)) return new Promise((res) => stream.once('drain', () => res()));
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        focus: { type: 'string' },
        depth: { type: 'string', default: '1' },
      },
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const format = (values.format ?? (values.out ? values.out.split('.').pop() : undefined)) as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) {
    process.stderr.write(`${format ? `unknown format ${JSON.stringify(format)}` : 'missing --format'}\n${USAGE}\n`);
    return 2;
  }
  const depth = Number(values.depth);
  if (!Number.isInteger(depth) || depth < 0 || depth > 10) {
    process.stderr.write(`--depth must be a whole number from 0 to 10, got ${values.depth}\n`);
    return 2;
  }
  return withGraph('export', async (graph) => {
    const g = await readExportGraph(graph, { focus: values.focus ?? null, depth });
    const stream: Writable = values.out ? createWriteStream(values.out) : process.stdout;
    await writeExport(g, format, (chunk) => write(stream, chunk));
    if (values.out) {
      await new Promise<void>((res, rej) => stream.end((err?: Error | null) => (err ? rej(err) : res())));
      process.stderr.write(`Exported ${g.nodes.length} nodes and ${g.edges.length} relationships to ${values.out} (${format})\n`);
    }
    return 0;
  });
}

void main().then((code) => {
  process.exitCode = code;
  // let stdout drain before exiting
  process.stdout.write('', () => process.exit(code));
});
