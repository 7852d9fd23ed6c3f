package dev.mentra.local.stack;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Waiting for the applications' readiness: each as it comes, an early exit at once, a time limit. */
class StackReadinessTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    /** Ready after {@code pollsUntilReady} checks, or exits at its {@code pollsUntilExit}-th (0: never). */
    private static final class FakeApp implements StackReadiness.Starting {
        private final String name;
        private final int pollsUntilReady;
        private final int pollsUntilExit;
        private int polls;

        FakeApp(String name, int pollsUntilReady, int pollsUntilExit) {
            this.name = name;
            this.pollsUntilReady = pollsUntilReady;
            this.pollsUntilExit = pollsUntilExit;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String url() {
            return "http://localhost:1/" + name;
        }

        @Override
        public Path log() {
            return Path.of("data/logs/" + name + ".log");
        }

        @Override
        public boolean isAlive() {
            polls++;
            return pollsUntilExit == 0 || polls < pollsUntilExit;
        }

        @Override
        public int exitCode() {
            return 1;
        }

        @Override
        public boolean isReady() {
            return pollsUntilReady > 0 && polls >= pollsUntilReady;
        }

        @Override
        public String logTail(int lines) {
            return "FATAL " + name + " could not reach its database";
        }
    }

    private StackReadiness readiness(Duration timeout) {
        return new StackReadiness(timeout, Duration.ofMillis(1), new PrintStream(printed, true));
    }

    @Test
    void returnsOnceEveryApplicationIsReadyAndReportsEachAsItComes() {
        List<FakeApp> apps = List.of(new FakeApp("gateway", 3, 0), new FakeApp("chat-service", 1, 0));
        Map<String, Duration> ready = new LinkedHashMap<>();
        readiness(Duration.ofMinutes(1)).await(apps, (app, took) -> ready.put(app.name(), took));

        assertThat(ready).containsOnlyKeys("chat-service", "gateway");
        assertThat(List.copyOf(ready.keySet())).containsExactly("chat-service", "gateway");
        assertThat(printed.toString()).contains("chat-service     ready on http://localhost:1/chat-service")
                .contains("gateway          ready on http://localhost:1/gateway");
    }

    @Test
    void anApplicationThatExitsFailsTheStartAtOnceWithTheEndOfItsLog() {
        List<FakeApp> apps = List.of(new FakeApp("identity-service", 0, 2));
        List<String> ready = new ArrayList<>();
        assertThatThrownBy(() -> readiness(Duration.ofMinutes(1)).await(apps, (app, took) -> ready.add(app.name())))
                .isInstanceOf(StackStartException.class)
                .hasMessageContaining("identity-service exited with code 1 before it was ready")
                .hasMessageContaining("Last lines of data/logs/identity-service.log")
                .hasMessageContaining("FATAL identity-service could not reach its database");
        assertThat(ready).isEmpty();
    }

    @Test
    void anApplicationNeverReadyFailsTheStartWhenTheTimeIsUp() {
        List<FakeApp> apps = List.of(new FakeApp("booking-service", 1, 0), new FakeApp("mentor-service", 0, 0));
        assertThatThrownBy(() -> readiness(Duration.ofMillis(50)).await(apps, (app, took) -> { }))
                .isInstanceOf(StackStartException.class)
                .hasMessageContaining("mentor-service was not ready after")
                .hasMessageContaining("FATAL mentor-service");
    }
}
