package dev.mentra.local.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A real PostgreSQL server started from the binaries in a Maven artifact (no Docker, no installed server).
 * As root, zonky runs initdb/postgres in a user namespace as an unprivileged user, so CI works too.
 *
 * <p>zonky creates the cluster with {@code initdb -A trust} (any password, or none, is accepted). Mentra's services
 * refuse PostgreSQL's default password in production, and the local run is a production run, so each cluster gets
 * a password of its own: generated when the cluster is first started here, kept in the cluster's directory
 * ({@value #PASSWORD_FILE}, readable by its owner only), and required for every TCP connection (scram-sha-256).
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    /** Where a cluster's password is kept, inside its data directory. */
    public static final String PASSWORD_FILE = "mentra-password";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_REQUIRED = """
            # Written by Mentra (deploy/local LocalPostgres): TCP connections need the cluster's password,
            # which is in the file mentra-password of this directory.
            host    all    all    127.0.0.1/32    scram-sha-256
            host    all    all    ::1/128         scram-sha-256
            """;

    private final EmbeddedPostgres server;
    private final String password;

    private LocalPostgres(EmbeddedPostgres server, String password) {
        this.server = server;
        this.password = password;
    }

    /**
     * @param port    the port to listen on
     * @param dataDir where the cluster lives; an existing cluster there is reused (kept data), a missing one created
     */
    public static LocalPostgres start(int port, Path dataDir) throws IOException {
        return start(port, dataDir, true);
    }

    /**
     * @param stopWithJvm whether the server stops when this JVM exits (zonky's shutdown hook). The launcher says
     *                    no: hooks run all at once, and PostgreSQL would stop while the services still drain; it
     *                    stops the server itself, last.
     */
    public static LocalPostgres start(int port, Path dataDir, boolean stopWithJvm) throws IOException {
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        String known = Files.isRegularFile(passwordFile)
                ? Files.readString(passwordFile, StandardCharsets.US_ASCII).trim()
                : null;
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // four services with a reactive pool and a migration pool each, plus tests
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "on")
                .setRegisterShutdownHook(stopWithJvm);
        if (known != null) {
            // runs before the server starts: a cluster that has its password never accepts TCP without it,
            // zonky's own readiness check included
            builder.setDataDirectoryCustomizer(dir -> requirePassword(dataDir))
                    .setConnectConfig("password", known);
        }
        EmbeddedPostgres server = builder.start();
        try {
            return new LocalPostgres(server, known != null ? known : givePassword(server, dataDir, passwordFile));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * A cluster without a password yet (new, or created before passwords): set one while it still trusts local
     * connections, keep it, then require it.
     */
    private static String givePassword(EmbeddedPostgres server, Path dataDir, Path passwordFile) throws IOException {
        // hex: nothing to quote in the SQL literal below
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        try (Connection c = DriverManager.getConnection(server.getJdbcUrl(USER, "postgres"), USER, "");
             Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            Files.writeString(passwordFile, password + System.lineSeparator(), StandardCharsets.US_ASCII);
            ownerOnly(passwordFile);
            requirePassword(dataDir);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not give PostgreSQL in " + dataDir + " its password: " + e.getMessage(), e);
        }
        return password;
    }

    /** Rewritten in place: the file keeps the owner and mode the server (possibly another user) reads it with. */
    private static void requirePassword(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), PASSWORD_REQUIRED, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not write pg_hba.conf in " + dataDir, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its default permissions apply
        }
    }

    public int port() {
        return server.getPort();
    }

    public PostgresEndpoint endpoint() {
        return new PostgresEndpoint("localhost", port(), USER, password);
    }

    /** Stops the server with a fast, clean shutdown (a checkpoint is written; nothing half-written remains). */
    @Override
    public void close() throws IOException {
        server.close();
    }
}
