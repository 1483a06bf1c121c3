// `npm start`: the whole product on one port. Starts the bundled Neo4j unless NEO4J_URI is set, applies
// migrations, loads the bundled data into an empty graph, serves GraphQL at /graphql and the client at /.
import { ConfigError, loadConfig } from './config.ts';
import { connect, type Connection } from './graph/connect.ts';
import { migrate } from './graph/migrate.ts';
import { createApi } from './api/yoga.ts';
import { createHttpServer, listen } from './http.ts';
import { loadBundledDataIfEmpty } from './graph/bundled.ts';
import { log } from './log.ts';
import { buildClientIfStale } from './client-build.ts';
import { superviseLocalNeo4j, type SupervisedNeo4j } from './graph/local-neo4j.ts';

async function main(): Promise<void> {
  const started = Date.now();
  let conn: Connection | null = null;
  let supervisor: SupervisedNeo4j | null = null;
  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    server?.close();
    server?.closeAllConnections();
    await supervisor?.stop().catch(() => undefined);
    await conn?.close().catch(() => undefined);
    process.exit(code);
  };
  let server: ReturnType<typeof createHttpServer> | null = null;
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  try {
    const config = loadConfig();
    log.level = config.logLevel;
    // The client builds (when its sources changed) while the database starts.
    const client = buildClientIfStale();
    conn = await connect(config, { txTimeoutMs: config.queryTimeoutMs });
    // a bundled database that dies is started again (and /healthz says so meanwhile)
    if (conn.local) supervisor = superviseLocalNeo4j(conn.local, { dataDir: config.dataDir, port: config.neo4jLocalPort });
    const where = conn.local ? `bundled Neo4j ${conn.local.version} (${conn.graph.uri}, data in ${config.dataDir})` : conn.graph.uri;
    process.stderr.write(`Neo4j ready: ${where}\n`);
    const m = await migrate(conn.graph);
    if (m.applied.length) process.stderr.write(`Applied migrations: ${m.applied.join(', ')}\n`);
    const loaded = await loadBundledDataIfEmpty(conn.graph, config);
    if (loaded) process.stderr.write(`Loaded bundled data: ${loaded}\n`);
    const built = await client;
    if (built.status === 'built') process.stderr.write(`Built the web client in ${(built.ms / 1000).toFixed(1)}s\n`);
    if (built.status === 'unavailable') process.stderr.write(`Web client not available: ${built.reason}\n`);
    const sup = supervisor;
    const yoga = createApi({ graph: conn.graph, config, ...(sup ? { database: () => sup.state() } : {}) });
    server = createHttpServer(yoga);
    const port = await listen(server, config.port, config.host);
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    process.stdout.write(`vanban-graph is ready at http://${host}:${port}/ (GraphQL at http://${host}:${port}/graphql) in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  } catch (err) {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `vanban-graph could not start: ${(err as Error).message}`}\n`);
    await shutdown(1);
  }
}

void main();
