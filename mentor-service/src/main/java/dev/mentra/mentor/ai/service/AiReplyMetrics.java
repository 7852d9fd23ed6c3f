package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.config.LlmConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Multi;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code mentra.ai.replies{engine, kind, outcome}}: a timer per answer the AI engine streams, from the request to its
 * last piece, with a histogram for percentiles. {@code engine} is the mode this replica answers in ({@code offline}
 * or {@code llm}), {@code kind} {@code mentor} (one AI mentor) or {@code council} (a whole session: answers, rankings,
 * synthesis), {@code outcome} {@code answered} or {@code failed}. A stream the caller abandons is not counted.
 */
@Startup // the series exist from the start, at zero, for dashboards and alerts
@ApplicationScoped
public class AiReplyMetrics {

    private final Map<String, Timer> timers = new HashMap<>();

    public AiReplyMetrics(MeterRegistry registry, LlmConfig config) {
        String engine = MentorEngines.mode(config);
        for (String kind : new String[]{"mentor", "council"}) {
            for (String outcome : new String[]{"answered", "failed"}) {
                timers.put(kind + outcome, Timer.builder("mentra.ai.replies")
                        .description("AI answers, from the request to the last piece streamed")
                        .tag("engine", engine).tag("kind", kind).tag("outcome", outcome)
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(10))
                        .maximumExpectedValue(Duration.ofMinutes(3))
                        .register(registry));
            }
        }
    }

    /** One AI mentor's answer, timed. */
    public <T> Multi<T> mentor(Multi<T> answer) {
        return timed("mentor", answer);
    }

    /** A council session, timed. */
    public <T> Multi<T> council(Multi<T> session) {
        return timed("council", session);
    }

    private <T> Multi<T> timed(String kind, Multi<T> stream) {
        return Multi.createFrom().deferred(() -> {
            long started = System.nanoTime();
            return stream.onTermination().invoke((failure, cancelled) -> {
                if (!cancelled) {
                    timers.get(kind + (failure == null ? "answered" : "failed"))
                            .record(Duration.ofNanos(System.nanoTime() - started));
                }
            });
        });
    }
}
