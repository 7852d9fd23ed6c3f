package dev.mentra.local.stack;

import dev.mentra.local.kafka.LocalKafka;
import dev.mentra.local.net.Ports;
import dev.mentra.local.postgres.LocalPostgres;
import dev.mentra.local.postgres.PostgresEndpoint;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Starts the whole Mentra stack on this machine: PostgreSQL, a Kafka broker and the five applications, each in
 * its own process; waits until all are ready; stops everything, in order, on Ctrl-C.
 *
 * <p>The run command ({@code ./mvnw -Prun}) calls {@link #main}; the system test uses the same class with
 * {@link StackSettings#isolated} so it runs exactly what a developer runs.
 */
public final class LocalStack implements AutoCloseable {

    /** The topics of the architecture contract, created up front so consumers never race their producers. */
    public static final List<String> TOPICS = List.of(
            "identity.users.v1", "mentors.v1", "bookings.v1", "chat.messages.v1", "chat.events.v1");

    /** identity-service creates these accounts when MENTRA_DEMO_ACCOUNTS is on (the local run's default). */
    public static final String DEMO_PASSWORD = "mentra-demo-password";

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** Longer than an application's own shutdown (delay + {@code quarkus.shutdown.timeout}, deploy/platform). */
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    /**
     * The applications' shutdown delay (readiness DOWN before work stops, 5 s in production): nothing on one machine
     * routes by readiness, so a local run stops at once. {@code MENTRA_SHUTDOWN_DELAY} in the launcher's environment
     * wins.
     */
    static final String LOCAL_SHUTDOWN_DELAY = "0s";

    private final StackSettings settings;
    private final PrintStream out;
    /**
     * chat-service's credential for mentor-service's internal routes: drawn once per run (so a restarted service
     * gets the same), given to both, unless MENTRA_CHAT_SERVICE_CREDENTIAL is set.
     */
    private final String chatServiceCredential = newCredential();
    private final Map<StackApp, AppProcess> apps = new EnumMap<>(StackApp.class);
    private final List<AppProcess> replicas = new ArrayList<>();
    /** How long each application took from its launch to its first ready answer (the benchmarks report it). */
    private final Map<StackApp, Duration> readyAfter = new EnumMap<>(StackApp.class);
    private final Map<String, String> extraEnvironment = new java.util.HashMap<>();
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private PostgresEndpoint database;
    private String kafkaBootstrap;
    private LocalSecrets secrets;
    private boolean closed;

    public LocalStack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("mentra.root", ".")).toAbsolutePath().normalize();
        boolean fresh = Boolean.getBoolean("mentra.fresh") || List.of(args).contains("--fresh");
        LocalStack stack;
        try {
            stack = new LocalStack(StackSettings.fromEnvironment(root, System.getenv(), fresh), System.out);
        } catch (StackStartException e) {
            System.err.println("Mentra cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "mentra-stop"));
        try {
            stack.start();
        } catch (StackStartException e) {
            System.err.println();
            System.err.println("Mentra did not start: " + e.getMessage());
            stack.close();
            System.exit(1);
        }
        stack.printWelcome();
        // Ctrl-C: the shutdown hook stops the stack and prints "Stopped."; the JVM then exits with 130
        stack.awaitFailure().ifPresent(failure -> {
            System.err.println(failure);
            stack.close();
            System.exit(1);
        });
    }

    /** Starts every part and returns once all five applications are ready; on failure stops what it started. */
    public void start() {
        long begin = System.nanoTime();
        try {
            prepareDataDir();
            checkPortsFree();
            startPostgres();
            startKafka();
            launchApps();
            awaitReady();
            out.printf("Mentra is ready (%.1f s).%n", (System.nanoTime() - begin) / 1e9);
        } catch (StackStartException e) {
            close();
            throw e;
        } catch (IOException e) {
            close();
            throw new StackStartException(e.getMessage(), e);
        }
    }

    public String url(StackApp app) {
        return settings.url(app);
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap;
    }

    public PostgresEndpoint database() {
        return database;
    }

    /** The process id of a running application (for its memory in {@code /proc/<pid>/status}). */
    public synchronized OptionalLong pid(StackApp app) {
        AppProcess process = apps.get(app);
        return process == null ? OptionalLong.empty() : OptionalLong.of(process.pid());
    }

    /** How long the application took from its launch to answering {@code /q/health/ready} UP, once it has. */
    public synchronized Optional<Duration> readyAfter(StackApp app) {
        return Optional.ofNullable(readyAfter.get(app));
    }

    private void prepareDataDir() throws IOException {
        Path data = settings.dataDir();
        if (settings.fresh() && Files.exists(data)) {
            stopLeftovers();
            out.println("Wiping " + data);
            try (Stream<Path> files = Files.walk(data)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(data);
        stopLeftovers();
        secrets = LocalSecrets.in(data.resolve("secrets"));
    }

    /** A launcher killed with SIGKILL could not stop its children: stop them now rather than fail on their ports. */
    private void stopLeftovers() throws IOException {
        for (StackApp app : StackApp.values()) {
            AppProcess.stopLeftover(app, settings.root(), runDir())
                    .ifPresent(pid -> out.println("Stopped " + app.module() + " (pid " + pid + ") left from an earlier run"));
        }
        Path postmasterPid = settings.dataDir().resolve("postgres/postmaster.pid");
        if (Files.isRegularFile(postmasterPid)) {
            long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(p -> {
                out.println("Stopping PostgreSQL (pid " + pid + ") left from an earlier run");
                p.destroy();
                p.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
            });
        }
    }

    private void checkPortsFree() {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (StackApp app : StackApp.values()) {
            wanted.put(app.module() + " (" + app.portVariable() + ")", settings.port(app));
        }
        if (settings.externalPostgres().isEmpty()) {
            wanted.put("PostgreSQL (MENTRA_POSTGRES_PORT)", settings.postgresPort());
        }
        if (settings.externalKafka().isEmpty()) {
            wanted.put("Kafka (MENTRA_KAFKA_PORT)", settings.kafkaPort());
            wanted.put("Kafka controller (MENTRA_KAFKA_CONTROLLER_PORT)", settings.kafkaControllerPort());
        }
        List<String> taken = new ArrayList<>();
        wanted.forEach((who, port) -> {
            if (!Ports.isFree(port)) {
                taken.add("port " + port + " for " + who);
            }
        });
        if (!taken.isEmpty()) {
            throw new StackStartException("already in use: " + String.join(", ", taken)
                    + ". Stop what listens there (ss -ltnp shows it) or set the variable in brackets to another port.");
        }
    }

    private void startPostgres() {
        if (settings.externalPostgres().isPresent()) {
            database = settings.externalPostgres().get();
            out.println("PostgreSQL: using " + database.host() + ":" + database.port());
        } else {
            long begin = System.nanoTime();
            try {
                postgres = LocalPostgres.start(settings.postgresPort(), settings.dataDir().resolve("postgres"), false);
            } catch (IOException | RuntimeException e) {
                throw new StackStartException("PostgreSQL did not start on port " + settings.postgresPort() + ": "
                        + rootMessage(e), e);
            }
            database = postgres.endpoint();
            out.printf("PostgreSQL ready on localhost:%d (%.1f s)%n", database.port(), (System.nanoTime() - begin) / 1e9);
        }
        for (StackApp app : StackApp.values()) {
            app.database().ifPresent(database::ensureDatabase);
        }
    }

    private void startKafka() {
        if (settings.externalKafka().isPresent()) {
            kafkaBootstrap = settings.externalKafka().get();
            out.println("Kafka: using " + kafkaBootstrap);
            return;
        }
        long begin = System.nanoTime();
        try {
            kafka = LocalKafka.start(settings.kafkaPort(), settings.kafkaControllerPort(),
                    settings.dataDir().resolve("kafka"));
            kafka.createTopics(TOPICS, 3);
        } catch (IOException | RuntimeException e) {
            throw new StackStartException("Kafka did not start on port " + settings.kafkaPort() + ": "
                    + rootMessage(e), e);
        }
        kafkaBootstrap = kafka.bootstrapServers();
        out.printf("Kafka ready on %s (%.1f s)%n", kafkaBootstrap, (System.nanoTime() - begin) / 1e9);
    }

    private void launchApps() throws IOException {
        for (StackApp app : StackApp.values()) {
            apps.put(app, AppProcess.launch(app, settings.root(), settings.port(app), settings.logDir(), runDir(),
                    environmentOf(app)));
        }
        out.println("Starting " + apps.size() + " applications (logs in " + settings.logDir() + ")");
    }

    /**
     * What each application is told: where its database and the broker are, where the services are, the token
     * policy of the local issuer, and the service credential chat-service calls mentor-service with. Anything already set in the launcher's environment (real Clerk, say)
     * is passed through unchanged.
     */
    private Map<String, String> environmentOf(StackApp app) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        // data/logs/<module>.log is read by people: text, not the production JSON lines
        defaultTo(env, "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        defaultTo(env, "MENTRA_SHUTDOWN_DELAY", LOCAL_SHUTDOWN_DELAY);
        String gateway = settings.url(StackApp.GATEWAY);
        defaultTo(env, "MENTRA_JWKS_URL", settings.url(StackApp.IDENTITY) + "/.well-known/jwks.json");
        defaultTo(env, "MENTRA_TOKEN_ISSUER", gateway);
        defaultTo(env, "MENTRA_AUTHORIZED_PARTIES", gateway);
        defaultTo(env, "MENTRA_ALLOWED_ORIGINS", gateway);
        if (app == StackApp.IDENTITY) {
            defaultTo(env, "MENTRA_DEMO_ACCOUNTS", "true");
            // the signing keys in the local database are encrypted like production's, with a key of this data dir
            defaultTo(env, "MENTRA_KEY_ENCRYPTION_KEY", secrets.keyEncryptionKey());
            // MENTRA_COOKIE_SECURE stays on (its default): browsers accept Secure cookies on http://localhost
        }
        if (app == StackApp.CHAT) {
            // AI and council replies are streamed from mentor-service's internal API
            defaultTo(env, "MENTOR_SERVICE_URL", settings.url(StackApp.MENTOR));
        }
        if (app == StackApp.CHAT || app == StackApp.MENTOR) {
            // chat-service sends it, mentor-service's /internal routes answer only to it
            defaultTo(env, "MENTRA_CHAT_SERVICE_CREDENTIAL", chatServiceCredential);
        }
        if (app == StackApp.MENTOR || app == StackApp.BOOKING) {
            defaultTo(env, "MENTRA_DEMO_MENTORS", "true");
        }
        app.database().ifPresent(name -> {
            env.put("DB_HOST", database.host());
            env.put("DB_PORT", Integer.toString(database.port()));
            env.put("DB_NAME", name);
            env.put("DB_USER", database.user());
            env.put("DB_PASSWORD", database.password());
        });
        if (app == StackApp.GATEWAY) {
            for (StackApp service : StackApp.values()) {
                if (service != StackApp.GATEWAY) {
                    env.put(service.urlVariable(), settings.url(service));
                }
            }
        }
        env.putAll(extraEnvironment);
        return env;
    }

    /** Sets a variable for every application started from now on (tests: where to export traces, say). */
    public void putEnvironment(String name, String value) {
        extraEnvironment.put(name, value);
    }

    private static String newCredential() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void defaultTo(Map<String, String> env, String name, String value) {
        String given = System.getenv(name);
        env.put(name, given == null || given.isBlank() ? value : given);
    }

    /**
     * Stops the embedded Kafka broker and leaves everything else running (the fault benchmarks: a broker outage under
     * load); {@link #restartKafka} brings it back on the same port with the same log. No effect on an external broker.
     */
    public synchronized void stopKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    /** Starts the broker stopped by {@link #stopKafka} again and returns once it answers. */
    public synchronized void restartKafka() {
        if (kafka != null) {
            kafka.restart();
        }
    }

    /**
     * Stops the embedded PostgreSQL (a fast, clean shutdown) and leaves the applications running (the fault
     * benchmarks: a database restart under load); {@link #restartPostgres} brings it back. No effect on an external one.
     */
    public synchronized void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Starts the PostgreSQL stopped by {@link #stopPostgres} again: same port, data and password. */
    public synchronized void restartPostgres() throws IOException {
        if (postgres != null) {
            postgres = LocalPostgres.start(settings.postgresPort(), settings.dataDir().resolve("postgres"), false);
        }
    }

    /**
     * Stops one application and leaves the rest running: system tests use it to see what people see while a
     * service is down.
     */
    public synchronized void stopApp(StackApp app) {
        AppProcess process = apps.remove(app);
        if (process != null) {
            process.stop(STOP_GRACE);
        }
    }

    /** Starts an application stopped with {@link #stopApp} again, and returns once it is ready. */
    public synchronized void startApp(StackApp app) throws IOException {
        if (apps.containsKey(app)) {
            return;
        }
        AppProcess process = AppProcess.launch(app, settings.root(), settings.port(app), settings.logDir(), runDir(),
                environmentOf(app));
        apps.put(app, process);
        awaitReady(List.of(process));
    }

    /**
     * Starts one more replica of {@code app} on a free port, with the stack's environment plus {@code environment}
     * (for chat-service a {@code CHAT_INSTANCE_ID} of its own, as a second pod has), and returns once it is ready.
     * The stack stops it with the rest; the system tests stop it themselves to see what its clients see.
     */
    public synchronized AppReplica startReplica(StackApp app, String name, Map<String, String> environment)
            throws IOException {
        Map<String, String> env = environmentOf(app);
        env.putAll(environment);
        AppProcess process = AppProcess.launch(app, app.module() + "-" + name, settings.root(), Ports.free(),
                settings.logDir(), runDir(), env);
        replicas.add(process);
        try {
            awaitReady(List.of(process));
        } catch (StackStartException e) {
            process.stop(STOP_GRACE);
            throw e;
        }
        return new AppReplica(process);
    }

    private void awaitReady() {
        awaitReady(apps.values());
    }

    private void awaitReady(java.util.Collection<AppProcess> starting) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<AppProcess> waiting = new ArrayList<>(starting);
        long begin = System.nanoTime();
        while (!waiting.isEmpty()) {
            for (AppProcess app : List.copyOf(waiting)) {
                if (!app.isAlive()) {
                    throw new StackStartException(app.name() + " exited with code " + app.exitCode()
                            + " before it was ready. Last lines of " + app.log() + ":" + System.lineSeparator()
                            + app.logTail(25));
                }
                if (app.isReady()) {
                    waiting.remove(app);
                    if (apps.get(app.app()) == app) {
                        readyAfter.put(app.app(), Duration.ofNanos(System.nanoTime() - begin));
                    }
                    out.printf("  %-16s ready on %s (%.1f s)%n", app.name(), app.url(),
                            (System.nanoTime() - begin) / 1e9);
                }
            }
            if (System.nanoTime() > deadline) {
                AppProcess first = waiting.get(0);
                throw new StackStartException(first.name() + " was not ready after "
                        + READY_TIMEOUT.toSeconds() + " s. Last lines of " + first.log() + ":"
                        + System.lineSeparator() + first.logTail(25));
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private void printWelcome() {
        out.println();
        out.printf("  %-17s %s/%n", "Mentra", settings.url(StackApp.GATEWAY));
        out.printf("  %-17s %s/q/health/ready%n", "Health", settings.url(StackApp.GATEWAY));
        for (StackApp app : StackApp.values()) {
            if (app != StackApp.GATEWAY) {
                out.printf("  %-17s %s/q/openapi%n", app.module(), settings.url(app));
            }
        }
        out.printf("  %-17s %s  (./mvnw -Prun -Dfresh wipes it)%n", "Data", settings.dataDir());
        if (!"false".equals(System.getenv("MENTRA_DEMO_ACCOUNTS"))
                && !"clerk".equals(System.getenv("MENTRA_IDENTITY_MODE"))) {
            out.println();
            out.println("  Demo accounts (password " + DEMO_PASSWORD + "):");
            out.println("    mentee@mentra.local   a mentee");
            out.println("    mentor@mentra.local   a human mentor (with a profile in the catalog)");
            out.println("    admin@mentra.local    an admin");
        }
        out.println();
        out.println("Press Ctrl-C to stop.");
    }

    /**
     * Blocks while everything runs; returns a description of the first application that died on its own, or
     * nothing once the stack is being stopped.
     */
    public Optional<String> awaitFailure() {
        while (true) {
            synchronized (this) {
                if (closed) {
                    return Optional.empty();
                }
                for (AppProcess app : apps.values()) {
                    if (!app.isAlive()) {
                        return Optional.of(app.name() + " stopped unexpectedly (exit code " + app.exitCode()
                                + "); stopping the stack. Last lines of " + app.log() + ":" + System.lineSeparator()
                                + app.logTail(25));
                    }
                }
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    /**
     * Stops every application at once and waits for each to exit, then Kafka, then PostgreSQL ({@link StackShutdown}).
     * Safe to call twice.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean started = !apps.isEmpty() || !replicas.isEmpty() || kafka != null || postgres != null;
        if (started) {
            out.println("Stopping Mentra…");
        }
        List<AppProcess> running = new ArrayList<>(apps.values());
        running.addAll(replicas);
        LocalKafka broker = kafka;
        LocalPostgres database = postgres;
        new StackShutdown(STOP_GRACE, out)
                .then("Kafka", () -> {
                    if (broker != null) {
                        broker.close();
                    }
                })
                .then("PostgreSQL", () -> {
                    if (database != null) {
                        database.close();
                    }
                })
                .run(running);
        apps.clear();
        replicas.clear();
        kafka = null;
        postgres = null;
        if (started) {
            out.println("Stopped.");
        }
    }

    /** Whether {@link #close} has begun: applications ending now are being stopped, not failing. */
    public synchronized boolean closing() {
        return closed;
    }

    private Path runDir() {
        return settings.dataDir().resolve("run");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("interrupted");
        }
    }

}
