// Connects to the Neo4j the configuration names: the user's own (NEO4J_URI), or the bundled local one —
// reusing it when another process (a running `npm start`) already serves the same DATA_DIR, starting it
// otherwise. The returned `close` stops only what this call started.
import { Graph } from './driver.ts';
import { readRunningInfo, startLocalNeo4j, type LocalNeo4j } from './local-neo4j.ts';
import type { Config } from '../config.ts';

export interface Connection {
  graph: Graph;
  /** The bundled database when this process started it. */
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

export async function connect(config: Config, opts: { txTimeoutMs?: number } = {}): Promise<Connection> {
  let local: LocalNeo4j | null = null;
  let uri = config.neo4jUri;
  if (!uri) {
    const running = readRunningInfo(config.dataDir);
    if (running) uri = running.uri;
    else {
      local = await startLocalNeo4j({ dataDir: config.dataDir, port: config.neo4jLocalPort });
      uri = local.uri;
    }
  }
  const graph = new Graph({
    uri,
    user: config.neo4jUri ? config.neo4jUser : undefined,
    password: config.neo4jUri ? config.neo4jPassword : undefined,
    database: config.neo4jDatabase,
    txTimeoutMs: opts.txTimeoutMs,
  });
  try {
    await graph.verify();
  } catch (err) {
    await graph.close();
    await local?.stop();
    throw err;
  }
  return {
    graph,
    local,
    async close() {
      await graph.close();
      await local?.stop();
    },
  };
}
