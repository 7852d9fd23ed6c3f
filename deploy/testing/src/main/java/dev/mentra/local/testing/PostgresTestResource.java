package dev.mentra.local.testing;

import dev.mentra.local.net.Ports;
import dev.mentra.local.postgres.LocalPostgres;
import dev.mentra.local.postgres.PostgresEndpoint;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Real PostgreSQL for a service's {@code @QuarkusTest}s: one server per test JVM (started on first use, stopped
 * when the JVM exits), one database per service named by the {@code database} init argument.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";

    private static LocalPostgres server;

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, database);
    }

    @Override
    public Map<String, String> start() {
        PostgresEndpoint pg = shared().endpoint();
        pg.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.jdbcUrl(database),
                "quarkus.datasource.reactive.url", pg.reactiveUrl(database),
                "quarkus.datasource.username", pg.user(),
                "quarkus.datasource.password", pg.password());
    }

    @Override
    public void stop() {
        // the server outlives application restarts between test profiles; it stops with the JVM
    }

    /** The JVM's server, for tests that read the database directly. */
    public static synchronized LocalPostgres shared() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("mentra-pg-");
                server = LocalPostgres.start(Ports.free(), dir.resolve("data"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is going away; the temp dir is reclaimed with it
                    }
                }, "embedded-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }
}
