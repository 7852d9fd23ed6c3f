package dev.mentra.local.stack;

import dev.mentra.local.kafka.LocalKafka;
import dev.mentra.local.postgres.LocalPostgres;
import dev.mentra.local.postgres.PostgresEndpoint;

import java.io.IOException;
import java.io.PrintStream;

/**
 * The database and the broker the applications use: the embedded PostgreSQL and Kafka of this module, or external
 * ones named in the settings. Started before the applications, stopped after them ({@link StackShutdown}); the fault
 * benchmarks take the embedded ones away and bring them back (same port and data) under the running applications.
 */
final class StackInfrastructure {

    private final StackSettings settings;
    private final PrintStream out;
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private PostgresEndpoint database;
    private String kafkaBootstrap;

    StackInfrastructure(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Starts (or finds) PostgreSQL, with every service's database, then Kafka, with the contract's topics. */
    void start() {
        startPostgres();
        startKafka();
    }

    PostgresEndpoint database() {
        return database;
    }

    String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /** Whether anything embedded runs (something to stop). */
    synchronized boolean running() {
        return kafka != null || postgres != null;
    }

    private void startPostgres() {
        if (settings.externalPostgres().isPresent()) {
            database = settings.externalPostgres().get();
            out.println("PostgreSQL: using " + database.host() + ":" + database.port());
        } else {
            long begin = System.nanoTime();
            try {
                synchronized (this) {
                    postgres = LocalPostgres.start(settings.postgresPort(), settings.dataDir().resolve("postgres"),
                            false);
                }
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
            synchronized (this) {
                kafka = LocalKafka.start(settings.kafkaPort(), settings.kafkaControllerPort(),
                        settings.dataDir().resolve("kafka"));
            }
            kafka.createTopics(LocalStack.TOPICS, 3);
        } catch (IOException | RuntimeException e) {
            throw new StackStartException("Kafka did not start on port " + settings.kafkaPort() + ": "
                    + rootMessage(e), e);
        }
        kafkaBootstrap = kafka.bootstrapServers();
        out.printf("Kafka ready on %s (%.1f s)%n", kafkaBootstrap, (System.nanoTime() - begin) / 1e9);
    }

    synchronized void stopKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    synchronized void restartKafka() {
        if (kafka != null) {
            kafka.restart();
        }
    }

    synchronized void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    synchronized void restartPostgres() throws IOException {
        if (postgres != null) {
            postgres = LocalPostgres.start(settings.postgresPort(), settings.dataDir().resolve("postgres"), false);
        }
    }

    /** The shutdown's last steps: the broker, then the database; afterwards nothing embedded runs. */
    synchronized StackShutdown stopAfter(StackShutdown shutdown) {
        LocalKafka broker = kafka;
        LocalPostgres db = postgres;
        kafka = null;
        postgres = null;
        return shutdown
                .then("Kafka", () -> {
                    if (broker != null) {
                        broker.close();
                    }
                })
                .then("PostgreSQL", () -> {
                    if (db != null) {
                        db.close();
                    }
                });
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
