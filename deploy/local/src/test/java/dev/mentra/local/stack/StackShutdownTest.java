package dev.mentra.local.stack;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's stop order: every application asked at once, all gone before Kafka, Kafka before PostgreSQL. */
class StackShutdownTest {

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    /** An application that takes {@code drain} to exit after SIGTERM, or never does. */
    private final class FakeApp implements StackShutdown.Application {
        private final String name;
        private final Duration drain;
        private final CountDownLatch exited = new CountDownLatch(1);

        FakeApp(String name, Duration drain) {
            this.name = name;
            this.drain = drain;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void terminate() {
            events.add("terminate " + name);
            if (drain != null) {
                Thread exit = new Thread(() -> {
                    try {
                        Thread.sleep(drain.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                    events.add("exited " + name);
                    exited.countDown();
                });
                exit.setDaemon(true);
                exit.start();
            }
        }

        @Override
        public boolean awaitExit(Duration timeout) throws InterruptedException {
            return exited.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void kill() {
            events.add("killed " + name);
            exited.countDown();
        }
    }

    private StackShutdown shutdown(Duration grace) {
        return new StackShutdown(grace, new PrintStream(printed, true))
                .then("Kafka", () -> events.add("stop Kafka"))
                .then("PostgreSQL", () -> events.add("stop PostgreSQL"));
    }

    @Test
    void everyApplicationIsAskedAtOnceAndTheBrokerAndDatabaseStopOnlyOnceAllHaveExited() {
        // the slowest first: a sequential stop would ask the others only after it
        List<FakeApp> apps = List.of(new FakeApp("gateway", Duration.ofMillis(900)),
                new FakeApp("chat-service", Duration.ofMillis(500)), new FakeApp("booking-service", Duration.ofMillis(700)));
        shutdown(Duration.ofSeconds(10)).run(apps);

        // in parallel: every application is asked before any has exited (a sequential stop would wait for the
        // gateway's exit before asking chat-service); ordered by events, not by the clock
        assertThat(events.subList(0, 3)).containsExactly("terminate gateway", "terminate chat-service",
                "terminate booking-service");
        assertThat(events.subList(3, 6)).containsExactlyInAnyOrder("exited gateway", "exited chat-service",
                "exited booking-service");
        assertThat(events.subList(6, events.size())).containsExactly("stop Kafka", "stop PostgreSQL");
    }

    @Test
    void anApplicationThatOutlivesTheGraceIsKilledBeforeTheBrokerStops() {
        List<FakeApp> apps = List.of(new FakeApp("stuck", null), new FakeApp("identity-service", Duration.ofMillis(50)));
        shutdown(Duration.ofMillis(300)).run(apps);

        assertThat(events).containsSubsequence("killed stuck", "stop Kafka", "stop PostgreSQL");
        assertThat(events).doesNotContain("killed identity-service");
        assertThat(printed.toString()).contains("stuck did not stop within");
    }

    @Test
    void aPartThatFailsToStopDoesNotKeepTheNextFromStopping() {
        new StackShutdown(Duration.ofSeconds(1), new PrintStream(printed, true))
                .then("Kafka", () -> {
                    throw new IllegalStateException("broker already gone");
                })
                .then("PostgreSQL", () -> events.add("stop PostgreSQL"))
                .run(List.of());

        assertThat(events).containsExactly("stop PostgreSQL");
        assertThat(printed.toString()).contains("Kafka stop: broker already gone");
    }
}
