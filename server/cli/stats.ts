// `npm run --silent stats -- [--json]`: node counts by label and relationship counts by type.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { connect, type Connection } from '../graph/connect.ts';
import { migrate } from '../graph/migrate.ts';
import { graphStats } from '../graph/stats.ts';
import { log } from '../log.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const config = loadConfig();
  log.level = config.logLevel;
  let conn: Connection | null = null;
  try {
    conn = await connect(config);
    await migrate(conn.graph);
    const stats = await graphStats(conn.graph);
    if (values.json) process.stdout.write(`${JSON.stringify(stats)}\n`);
    else {
      const rows = (o: Record<string, number>) => Object.entries(o).filter(([, n]) => n > 0).map(([k, n]) => `  ${k.padEnd(14)} ${n}`);
      process.stdout.write(['Nodes', ...rows(stats.nodes), 'Relationships', ...rows(stats.relationships)].join('\n') + '\n');
    }
    return 0;
  } catch (err) {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `stats failed: ${(err as Error).message}`}\n`);
    return 1;
  } finally {
    await conn?.close().catch(() => undefined);
  }
}

void main().then((code) => process.exit(code));
