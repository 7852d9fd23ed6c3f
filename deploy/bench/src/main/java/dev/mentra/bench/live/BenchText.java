package dev.mentra.bench.live;

import java.util.Optional;

/**
 * The text of a benchmark message: {@code bench <run> <number> <sentNanos>}. The receiver reads when it was meant to
 * be sent (the bench's own {@link System#nanoTime} clock: sender and receiver share one JVM) and which message it is,
 * so it times the delivery and notices loss and duplicates without asking anyone.
 */
public record BenchText(String run, long number, long sentNanos) {

    private static final String PREFIX = "bench ";

    public String text() {
        return PREFIX + run + " " + number + " " + sentNanos;
    }

    /** The bench message a text carries, if it is one of this run's. */
    public static Optional<BenchText> parse(String text, String run) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = text.split(" ");
        if (parts.length != 4 || !parts[1].equals(run)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BenchText(run, Long.parseLong(parts[2]), Long.parseLong(parts[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
