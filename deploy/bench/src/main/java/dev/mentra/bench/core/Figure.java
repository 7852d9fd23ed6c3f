package dev.mentra.bench.core;

/**
 * One line of a result: what was measured, and the same work measured on its baseline in the same run (a bare
 * relay, nginx, a direct call), with the ratios measured / baseline. No baseline: {@code baseline} is null and
 * the ratios NaN.
 */
public record Figure(Stats measured, Stats baseline, double throughputRatio, double p50Ratio, double p99Ratio) {

    public static Figure alone(Stats measured) {
        return new Figure(measured, null, Double.NaN, Double.NaN, Double.NaN);
    }

    public static Figure against(Stats measured, Stats baseline) {
        return new Figure(measured, baseline, ratio(measured.throughputPerSecond(), baseline.throughputPerSecond()),
                ratio(measured.latency().p50(), baseline.latency().p50()),
                ratio(measured.latency().p99(), baseline.latency().p99()));
    }

    /** {@code a / b}, NaN when either is unknown or {@code b} is zero. */
    public static double ratio(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            return Double.NaN;
        }
        return a / b;
    }
}
