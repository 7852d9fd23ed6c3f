package dev.mentra.bench.core;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.concurrent.TimeUnit;

/**
 * Latencies recorded from any thread, in nanoseconds, summarised as percentiles. An HdrHistogram with 3
 * significant digits from 1 µs to 10 minutes: a percentile is within 0.1 % of the exact one.
 */
public final class Latencies {

    private static final long MAX_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final Histogram histogram = new ConcurrentHistogram(1_000, MAX_NANOS, 3);

    /** Records one latency; a longer one than 10 minutes is recorded as 10 minutes. */
    public void record(long nanos) {
        histogram.recordValue(Math.max(1_000, Math.min(nanos, MAX_NANOS)));
    }

    /** Times from {@code startNanos} (a {@link System#nanoTime()}) until now. */
    public void recordSince(long startNanos) {
        record(System.nanoTime() - startNanos);
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public LatencySummary summary() {
        if (histogram.getTotalCount() == 0) {
            return LatencySummary.NONE;
        }
        return new LatencySummary(histogram.getTotalCount(), millis(histogram.getValueAtPercentile(50)),
                millis(histogram.getValueAtPercentile(95)), millis(histogram.getValueAtPercentile(99)),
                millis(histogram.getMaxValue()));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
