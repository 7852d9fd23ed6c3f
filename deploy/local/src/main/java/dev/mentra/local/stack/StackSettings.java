package dev.mentra.local.stack;

import dev.mentra.local.net.Ports;
import dev.mentra.local.postgres.PostgresEndpoint;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the launcher needs to know, read from the environment (the run command) or chosen freely (tests).
 *
 * @param externalPostgres a PostgreSQL to use instead of the embedded one ({@code DB_HOST} is set)
 * @param externalKafka    Kafka bootstrap servers to use instead of the embedded broker
 * @param fresh            wipe the data directory before starting
 */
public record StackSettings(Path root, Path dataDir, Map<StackApp, Integer> ports, int postgresPort, int kafkaPort,
                            int kafkaControllerPort, Optional<PostgresEndpoint> externalPostgres,
                            Optional<String> externalKafka, boolean fresh) {

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;

    public static StackSettings fromEnvironment(Path root, Map<String, String> env, boolean fresh) {
        Map<StackApp, Integer> ports = new EnumMap<>(StackApp.class);
        for (StackApp app : StackApp.values()) {
            ports.put(app, intVar(env, app.portVariable(), app.defaultPort()));
        }
        Path dataDir = Optional.ofNullable(env.get("MENTRA_DATA_DIR")).map(Path::of)
                .orElse(root.resolve("deploy/local/data")).toAbsolutePath().normalize();
        int kafkaPort = intVar(env, "MENTRA_KAFKA_PORT", DEFAULT_KAFKA_PORT);
        Optional<PostgresEndpoint> externalPostgres = Optional.ofNullable(blankToNull(env.get("DB_HOST")))
                .map(host -> new PostgresEndpoint(host, intVar(env, "DB_PORT", 5432),
                        env.getOrDefault("DB_USER", "postgres"), env.getOrDefault("DB_PASSWORD", "")));
        return new StackSettings(root, dataDir, ports, intVar(env, "MENTRA_POSTGRES_PORT", DEFAULT_POSTGRES_PORT),
                kafkaPort, intVar(env, "MENTRA_KAFKA_CONTROLLER_PORT", kafkaPort + 1), externalPostgres,
                Optional.ofNullable(blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS"))), fresh);
    }

    /** Every port chosen free, data in {@code dataDir}: for tests that must not collide with anything. */
    public static StackSettings isolated(Path root, Path dataDir) {
        Map<StackApp, Integer> ports = new EnumMap<>(StackApp.class);
        for (StackApp app : StackApp.values()) {
            ports.put(app, Ports.free());
        }
        return new StackSettings(root, dataDir, ports, Ports.free(), Ports.free(), Ports.free(), Optional.empty(),
                Optional.empty(), false);
    }

    public int port(StackApp app) {
        return ports.get(app);
    }

    public String url(StackApp app) {
        return "http://localhost:" + port(app);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Where the applications' pid files are (a later start stops what a killed launcher left behind). */
    public Path runDir() {
        return dataDir.resolve("run");
    }

    private static int intVar(Map<String, String> env, String name, int fallback) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new StackStartException(name + " must be a port number, not '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
