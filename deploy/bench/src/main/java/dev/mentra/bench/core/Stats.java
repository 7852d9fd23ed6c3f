package dev.mentra.bench.core;

/**
 * What one leg of a benchmark measured.
 *
 * @param what                 the leg, in words ("GET /api/me through the gateway")
 * @param latency              per-request (or per-message) latency
 * @param throughputPerSecond  completed operations per second, NaN where a rate means nothing (a race)
 * @param errors               operations that failed or got an answer the leg did not expect
 * @param lost                 messages sent and never received (-1: not applicable)
 * @param duplicated           messages received more than once (-1: not applicable)
 */
public record Stats(String what, LatencySummary latency, double throughputPerSecond, long errors, long lost,
                    long duplicated) {

    /** A request/response leg: nothing can be lost or duplicated. */
    public static Stats of(String what, LatencySummary latency, double throughputPerSecond, long errors) {
        return new Stats(what, latency, throughputPerSecond, errors, -1, -1);
    }
}
