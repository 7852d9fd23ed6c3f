package dev.mentra.local.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server started from the binaries in a Maven artifact (no Docker, no installed server).
 * As root, zonky runs initdb/postgres in a user namespace as an unprivileged user, so CI works too.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    /** The embedded server trusts local connections; any password is accepted. */
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * @param port    the port to listen on
     * @param dataDir where the cluster lives; an existing cluster there is reused (kept data), a missing one created
     */
    public static LocalPostgres start(int port, Path dataDir) throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // four services with a reactive pool and a migration pool each, plus tests
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "on")
                .start();
        return new LocalPostgres(server);
    }

    public int port() {
        return server.getPort();
    }

    public PostgresEndpoint endpoint() {
        return new PostgresEndpoint("localhost", port(), USER, PASSWORD);
    }

    /** Stops the server with a fast, clean shutdown (a checkpoint is written; nothing half-written remains). */
    @Override
    public void close() throws IOException {
        server.close();
    }
}
