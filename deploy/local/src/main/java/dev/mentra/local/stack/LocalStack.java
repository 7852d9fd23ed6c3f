package dev.mentra.local.stack;

import dev.mentra.local.net.Ports;
import dev.mentra.local.postgres.PostgresEndpoint;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The whole Mentra stack on this machine: PostgreSQL, a Kafka broker and the five applications, each in its own
 * process. {@link #start} returns once all are ready; {@link #close} stops everything, in order.
 *
 * <p>The run command ({@link RunCommand}) drives it; the system tests and benchmarks use the same class with
 * {@link StackSettings#isolated}, so they run exactly what a developer runs. Its parts: {@link StackPreflight} (data
 * directory, leftovers, ports), {@link StackInfrastructure} (the database and the broker), {@link AppEnvironment}
 * (what each application is told), {@link StackReadiness} (waiting for health) and {@link StackShutdown} (the stop
 * order).
 */
public final class LocalStack implements AutoCloseable {

    /** The topics of the architecture contract, created up front so consumers never race their producers. */
    public static final List<String> TOPICS = List.of(
            "identity.users.v1", "mentors.v1", "bookings.v1", "chat.messages.v1", "chat.events.v1");

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration READY_POLL = Duration.ofMillis(500);
    /** Longer than an application's own shutdown (delay + {@code quarkus.shutdown.timeout}, deploy/platform). */
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final StackSettings settings;
    private final PrintStream out;
    private final StackInfrastructure infrastructure;
    private final AppEnvironment environment;
    private final StackReadiness readiness;
    private final Map<StackApp, AppProcess> apps = new EnumMap<>(StackApp.class);
    private final List<AppProcess> replicas = new ArrayList<>();
    /** How long each application took from its launch to its first ready answer (the benchmarks report it). */
    private final Map<StackApp, Duration> readyAfter = new EnumMap<>(StackApp.class);
    private boolean closed;

    public LocalStack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.infrastructure = new StackInfrastructure(settings, out);
        this.environment = new AppEnvironment(settings, System.getenv());
        this.readiness = new StackReadiness(READY_TIMEOUT, READY_POLL, out);
    }

    /** Starts every part and returns once all five applications are ready; on failure stops what it started. */
    public void start() {
        long begin = System.nanoTime();
        try {
            StackPreflight preflight = new StackPreflight(settings, out);
            LocalSecrets secrets = preflight.prepareDataDir();
            preflight.checkPortsFree();
            infrastructure.start();
            environment.infrastructure(infrastructure.database(), infrastructure.kafkaBootstrap(),
                    secrets.keyEncryptionKey());
            launchApps();
            awaitReady(apps.values());
            out.printf("Mentra is ready (%.1f s).%n", (System.nanoTime() - begin) / 1e9);
        } catch (StackStartException e) {
            close();
            throw e;
        } catch (IOException e) {
            close();
            throw new StackStartException(e.getMessage(), e);
        }
    }

    public StackSettings settings() {
        return settings;
    }

    public String url(StackApp app) {
        return settings.url(app);
    }

    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrap();
    }

    public PostgresEndpoint database() {
        return infrastructure.database();
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

    /** Sets a variable for every application started from now on (tests: where to export traces, say). */
    public void putEnvironment(String name, String value) {
        environment.put(name, value);
    }

    private synchronized void launchApps() throws IOException {
        for (StackApp app : StackApp.values()) {
            apps.put(app, launch(app));
        }
        out.println("Starting " + apps.size() + " applications (logs in " + settings.logDir() + ")");
    }

    private AppProcess launch(StackApp app) throws IOException {
        return AppProcess.launch(app, settings.root(), settings.port(app), settings.logDir(), settings.runDir(),
                environment.of(app));
    }

    private void awaitReady(Collection<AppProcess> starting) {
        readiness.await(starting, (app, took) -> {
            synchronized (this) {
                if (apps.get(app.app()) == app) {
                    readyAfter.put(app.app(), took);
                }
            }
        });
    }

    /**
     * Stops the embedded Kafka broker and leaves everything else running (the fault benchmarks: a broker outage under
     * load); {@link #restartKafka} brings it back on the same port with the same log. No effect on an external broker.
     */
    public void stopKafka() {
        infrastructure.stopKafka();
    }

    /** Starts the broker stopped by {@link #stopKafka} again and returns once it answers. */
    public void restartKafka() {
        infrastructure.restartKafka();
    }

    /**
     * Stops the embedded PostgreSQL (a fast, clean shutdown) and leaves the applications running (the fault
     * benchmarks: a database restart under load); {@link #restartPostgres} brings it back. No effect on an external one.
     */
    public void stopPostgres() throws IOException {
        infrastructure.stopPostgres();
    }

    /** Starts the PostgreSQL stopped by {@link #stopPostgres} again: same port, data and password. */
    public void restartPostgres() throws IOException {
        infrastructure.restartPostgres();
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
        AppProcess process = launch(app);
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
        Map<String, String> env = this.environment.of(app);
        env.putAll(environment);
        AppProcess process = AppProcess.launch(app, app.module() + "-" + name, settings.root(), Ports.free(),
                settings.logDir(), settings.runDir(), env);
        replicas.add(process);
        try {
            awaitReady(List.of(process));
        } catch (StackStartException e) {
            process.stop(STOP_GRACE);
            throw e;
        }
        return new AppReplica(process);
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
                                + "); stopping the stack. " + StackReadiness.lastLines(app));
                    }
                }
            }
            StackReadiness.sleep(Duration.ofSeconds(1));
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
        boolean started = !apps.isEmpty() || !replicas.isEmpty() || infrastructure.running();
        if (started) {
            out.println("Stopping Mentra…");
        }
        List<AppProcess> running = new ArrayList<>(apps.values());
        running.addAll(replicas);
        infrastructure.stopAfter(new StackShutdown(STOP_GRACE, out))
                .run(running);
        apps.clear();
        replicas.clear();
        if (started) {
            out.println("Stopped.");
        }
    }

    /** Whether {@link #close} has begun: applications ending now are being stopped, not failing. */
    public synchronized boolean closing() {
        return closed;
    }
}
