package dev.mentra.local.stack;

import java.nio.file.Path;
import java.util.Optional;

/** The five applications of the stack, with the defaults of the architecture contract. */
public enum StackApp {
    IDENTITY("identity-service", "identity", 8081, 320),
    /** Runs the sentence-embedding model in-process (its 90 MB live in ONNX Runtime's native memory). */
    MENTOR("mentor-service", "mentor", 8082, 384),
    BOOKING("booking-service", "booking", 8083, 320),
    CHAT("chat-service", "chat", 8084, 320),
    GATEWAY("gateway", null, 8080, 320);

    private final String module;
    private final String database;
    private final int defaultPort;
    private final int heapMegabytes;

    StackApp(String module, String database, int defaultPort, int heapMegabytes) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
        this.heapMegabytes = heapMegabytes;
    }

    /** The JVM's maximum heap for the local run. */
    public int heapMegabytes() {
        return heapMegabytes;
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
