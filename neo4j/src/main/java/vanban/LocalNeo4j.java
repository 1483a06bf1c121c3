package vanban;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts an embedded Neo4j Community DBMS with only the Bolt connector, bound to loopback.
 *
 * <p>Usage: {@code java ... vanban.LocalNeo4j <dataDir> <boltPort> [pageCacheMb]}. Prints exactly one line
 * {@code VANBAN_NEO4J_READY bolt://127.0.0.1:<port> <version>} once Bolt accepts connections, and shuts the
 * DBMS down cleanly on SIGTERM/SIGINT or when its standard input closes (so a parent that dies without
 * signalling still takes the database with it). Authentication is off, which is why it binds to 127.0.0.1
 * only.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: LocalNeo4j <dataDir> <boltPort> [pageCacheMb]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 256;

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
            .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(5))
            .build();

    Thread stopper =
        new Thread(
            () -> {
              try {
                dbms.shutdown();
              } catch (Throwable t) {
                System.err.println("neo4j shutdown: " + t);
              }
            },
            "vanban-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(stopper);

    String version = "5";
    try (var tx = dbms.database("system").beginTx();
        var result = tx.execute("CALL dbms.components() YIELD versions RETURN versions[0] AS v")) {
      if (result.hasNext()) version = String.valueOf(result.next().get("v"));
    }
    // Touch the default database so it is online before anyone connects.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000);
    System.out.println("VANBAN_NEO4J_READY bolt://127.0.0.1:" + port + " " + version);
    System.out.flush();

    // The parent holds our stdin open; EOF means it is gone. Exit runs the shutdown hook.
    Thread watcher =
        new Thread(
            () -> {
              try {
                while (System.in.read() != -1) {
                  // ignore input
                }
              } catch (Exception ignored) {
                // stdin closed or broken: same as EOF
              }
              System.exit(0);
            },
            "vanban-neo4j-stdin");
    watcher.setDaemon(true);
    watcher.start();
    Thread.currentThread().join();
  }
}
