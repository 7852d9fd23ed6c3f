package dev.mentra.bench.core;

/** Percentiles of one set of latencies, in milliseconds. */
public record LatencySummary(long count, double p50, double p95, double p99, double max) {

    public static final LatencySummary NONE = new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
