package dev.mentra.local.stack;

import java.nio.file.Path;
import java.util.Optional;

/** The five applications of the stack, with the defaults of the architecture contract. */
public enum StackApp {
    IDENTITY("identity-service", "identity", 8081),
    MENTOR("mentor-service", "mentor", 8082),
    BOOKING("booking-service", "booking", 8083),
    CHAT("chat-service", "chat", 8084),
    GATEWAY("gateway", null, 8080);

    private final String module;
    private final String database;
    private final int defaultPort;

    StackApp(String module, String database, int defaultPort) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
    }

    public String module() {
        return module;
    }

    /** The service's own database; the gateway has none. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Environment variable that overrides the port, e.g. {@code MENTOR_SERVICE_PORT}. */
    public String portVariable() {
        return envName() + "_PORT";
    }

    /** Environment variable through which the gateway finds this service, e.g. {@code MENTOR_SERVICE_URL}. */
    public String urlVariable() {
        return envName() + "_URL";
    }

    /** The packaged application (Quarkus fast-jar). */
    public Path jar(Path root) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private String envName() {
        return module.toUpperCase().replace('-', '_');
    }
}
