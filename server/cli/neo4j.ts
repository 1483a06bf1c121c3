// `npm run neo4j`: runs only the bundled Neo4j (same DATA_DIR and port as `npm start`), for working with
// the database from other tools (cypher-shell, Neo4j Browser's bolt connection, `npm run ingest`).
import { ConfigError, loadConfig } from '../config.ts';
import { startLocalNeo4j } from '../graph/local-neo4j.ts';
import { Graph } from '../graph/driver.ts';
import { migrate } from '../graph/migrate.ts';

async function main() {
  const config = loadConfig();
  if (config.neo4jUri) {
    process.stderr.write(`NEO4J_URI is set (${config.neo4jUri}): there is no bundled database to start.\n`);
    process.exit(2);
  }
  const db = await startLocalNeo4j({ dataDir: config.dataDir, port: config.neo4jLocalPort });
  const graph = new Graph({ uri: db.uri });
  await migrate(graph);
  await graph.close();
  process.stdout.write(`Neo4j ${db.version} ready at ${db.uri} (no authentication, loopback only; data in ${config.dataDir}). Ctrl-C stops it.\n`);
  const stop = () => void db.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : `could not start Neo4j: ${(err as Error).message}`}\n`);
  process.exit(1);
});
