// What every database command does around its work: read the configuration, connect (the Neo4j of a running
// `npm start`, NEO4J_URI, or a bundled one started for the command), apply migrations, and always close.
// A failure becomes one line on stderr ("<command> failed: …", or the configuration problems) and exit 1.
import { ConfigError, loadConfig } from '../config.ts';
import { connect, type Connection } from '../graph/connect.ts';
import type { Graph } from '../graph/driver.ts';
import { migrate } from '../graph/migrate.ts';
import { log } from '../log.ts';

export async function withGraph(command: string, work: (graph: Graph) => Promise<number>): Promise<number> {
  let conn: Connection | null = null;
  // Ctrl-C during a command still stops a database the command started.
  const stop = () => void (conn?.close() ?? Promise.resolve()).finally(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const config = loadConfig();
    log.level = config.logLevel;
    conn = await connect(config);
    await migrate(conn.graph);
    return await work(conn.graph);
  } catch (err) {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `${command} failed: ${(err as Error).message}`}\n`);
    return 1;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await conn?.close().catch(() => undefined);
  }
}
