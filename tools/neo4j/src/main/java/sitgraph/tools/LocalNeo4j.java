package sitgraph.tools;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * A local Neo4j Community DBMS for sitgraph: Bolt only, on 127.0.0.1, auth always on.
 *
 * <pre>
 * java --add-opens ... -jar sitgraph-local-neo4j.jar --data DIR [--port 7687]
 *      [--allow-file-import] [--allow-url-load]
 * </pre>
 *
 * The password of user neo4j (8+ characters) comes from the environment variable
 * SITGRAPH_NEO4J_PASSWORD (not the command line, where every local user could read it).
 * LOAD CSV may read neither local files nor URLs unless --allow-file-import (files under
 * DIR/import only) or --allow-url-load says so; no procedure runs unrestricted.
 * Prints one line "sitgraph-neo4j ready bolt://127.0.0.1:PORT" on stdout once Bolt answers,
 * and shuts the DBMS down cleanly on SIGTERM / SIGINT. Exit codes: 2 usage, 3 port taken,
 * 4 start failed.
 */
public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1";
    private static final String USAGE =
            "usage: LocalNeo4j --data DIR [--port N] [--allow-file-import] [--allow-url-load]"
            + "  (password from SITGRAPH_NEO4J_PASSWORD)";
    private static final int MIN_PASSWORD = 8;
    // Every IPv4 and IPv6 address: LOAD CSV may fetch from no host at all.
    private static final String BLOCK_ALL_ADDRESSES = "0.0.0.0/0,::/0";

    private LocalNeo4j() {}

    public static void main(String[] args) throws Exception {
        Path data = null;
        int port = 7687;
        boolean allowFileImport = false;
        boolean allowUrlLoad = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data") && i + 1 < args.length) {
                data = Path.of(args[++i]).toAbsolutePath();
            } else if (a.equals("--port") && i + 1 < args.length) {
                try {
                    port = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    fail(2, "--port must be a number, not " + args[i]);
                }
            } else if (a.equals("--allow-file-import")) {
                allowFileImport = true;
            } else if (a.equals("--allow-url-load")) {
                allowUrlLoad = true;
            } else {
                fail(2, USAGE);
            }
        }
        if (data == null) {
            fail(2, USAGE);
        }
        if (port < 1 || port > 65535) {
            fail(2, "--port must be between 1 and 65535");
        }
        // Fail early and clearly rather than deep inside the Bolt connector's startup.
        if (!portFree(port)) {
            fail(3, "port " + port + " on " + HOST + " is already in use");
        }
        String password = System.getenv("SITGRAPH_NEO4J_PASSWORD");
        if (password == null || password.length() < MIN_PASSWORD) {
            fail(2, "SITGRAPH_NEO4J_PASSWORD must hold the password of user neo4j ("
                    + MIN_PASSWORD + "+ characters)");
        }
        Files.createDirectories(data);

        Map<String, String> config = new LinkedHashMap<>();
        config.put("server.default_listen_address", HOST);
        config.put("server.default_advertised_address", HOST);
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", HOST + ":" + port);
        config.put("server.bolt.advertised_address", HOST + ":" + port);
        config.put("server.bolt.tls_level", "DISABLED");
        config.put("server.http.enabled", "false");
        config.put("server.https.enabled", "false");
        // Server-side routing would open a second port; a single local instance needs none.
        config.put("dbms.routing.enabled", "false");
        config.put("server.memory.pagecache.size", "256m");
        // Usage reporting phones home; this server must not touch the network.
        config.put("dbms.usage_report.enabled", "false");
        // Preallocating transaction logs costs seconds and disk for nothing on a local store.
        config.put("db.tx_log.preallocate", "false");
        config.put("dbms.security.auth_enabled", "true");
        // LOAD CSV is a way out of the graph: local files and any URL. Both are closed unless
        // the user opens them; then files are read from DATA/import only.
        config.put("dbms.security.allow_csv_import_from_file_urls", Boolean.toString(allowFileImport));
        if (allowFileImport) {
            Path importDir = data.resolve("import");
            Files.createDirectories(importDir);
            config.put("server.directories.import", importDir.toString());
        }
        if (!allowUrlLoad) {
            config.put("internal.dbms.cypher_ip_blocklist", BLOCK_ALL_ADDRESSES);
        }
        config.put("dbms.security.procedures.unrestricted", "");

        // The builder takes typed settings or a properties file; the file keeps this class
        // free of internal setting classes and shows the user what the server ran with.
        Path conf = data.resolve("sitgraph-neo4j.conf");
        StringBuilder text = new StringBuilder("# Written by sitgraph-neo4j on every start.\n");
        config.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(conf, text.toString());

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(data).loadPropertiesFromFile(conf).build();
        } catch (RuntimeException e) {
            fail(4, "Neo4j failed to start: " + rootMessage(e));
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
            } finally {
                stopped.countDown();
            }
        }, "sitgraph-neo4j-shutdown"));

        try {
            GraphDatabaseService db = dbms.database("neo4j");
            if (!db.isAvailable(120_000)) {
                fail(4, "database neo4j did not become available within 120 s");
            }
            setPassword(dbms.database("system"), password);
        } catch (RuntimeException e) {
            fail(4, "Neo4j failed to start: " + rootMessage(e));
        }
        System.out.println("sitgraph-neo4j ready bolt://" + HOST + ":" + port);
        System.out.flush();
        stopped.await();
    }

    /** Sets neo4j's password (also on a data directory that already has one). */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Re-starting on the same directory with the same password is not an error.
            String msg = rootMessage(e).toLowerCase();
            if (!msg.contains("same")) {
                throw e;
            }
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return (m == null ? t.getClass().getSimpleName() : m).replace('\n', ' ');
    }

    private static void fail(int code, String message) {
        System.err.println("sitgraph-neo4j: " + message);
        System.err.flush();
        // halt, not exit: a shutdown hook may be waiting on a half-started DBMS.
        Runtime.getRuntime().halt(code);
    }
}
