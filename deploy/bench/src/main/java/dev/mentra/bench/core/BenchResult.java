package dev.mentra.bench.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run found: the sizes it ran with, its figures (each beside its baseline) and the targets of
 * issue 13 it checks. Written as JSON by {@link ResultFile} and printed by {@link ConsoleTable}.
 *
 * @param notes things a reader must know to trust the figures (e.g. how many users the rate limit required)
 */
public record BenchResult(String benchmark, Instant startedAt, Machine machine, Map<String, Object> sizes,
                          List<Figure> figures, List<Target> targets, List<String> notes) {

    public static Builder builder(String benchmark) {
        return new Builder(benchmark);
    }

    /** Collects a result as the benchmark goes. */
    public static final class Builder {
        private final String benchmark;
        private final Instant startedAt = Instant.now();
        private final Machine machine = Machine.current();
        private final Map<String, Object> sizes = new LinkedHashMap<>();
        private final List<Figure> figures = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String benchmark) {
            this.benchmark = benchmark;
        }

        public Builder size(String name, Object value) {
            sizes.put(name, value);
            return this;
        }

        public Builder figure(Figure figure) {
            figures.add(figure);
            return this;
        }

        public Builder target(Target target) {
            targets.add(target);
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public BenchResult build() {
            return new BenchResult(benchmark, startedAt, machine, Collections.unmodifiableMap(new LinkedHashMap<>(sizes)),
                    List.copyOf(figures), List.copyOf(targets), List.copyOf(notes));
        }
    }
}
