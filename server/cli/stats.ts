// `npm run --silent stats -- [--json]`: node counts by label and relationship counts by type.
import { parseArgs } from 'node:util';
import { graphStats } from '../graph/stats.ts';
import { withGraph } from './with-graph.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  return withGraph('stats', async (graph) => {
    const stats = await graphStats(graph);
    if (values.json) process.stdout.write(`${JSON.stringify(stats)}\n`);
    else {
      const rows = (o: Record<string, number>) => Object.entries(o).filter(([, n]) => n > 0).map(([k, n]) => `  ${k.padEnd(14)} ${n}`);
      const catalog = Object.entries(stats.catalog ?? {}).map(([name, c]) => `  ${name.padEnd(14)} ${c.instruments} instruments, ${c.relations} amendment/repeal relations`);
      process.stdout.write(['Nodes', ...rows(stats.nodes), 'Relationships', ...rows(stats.relationships), ...(catalog.length ? ['Catalogues', ...catalog] : [])].join('\n') + '\n');
    }
    return 0;
  });
}

void main().then((code) => process.exit(code));
