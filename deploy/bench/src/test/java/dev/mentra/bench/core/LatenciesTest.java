package dev.mentra.bench.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatenciesTest {

    @Test
    void percentilesOfOneToAThousandMillisecondsAreTheNearestRanks() {
        Latencies latencies = new Latencies();
        for (int ms = 1000; ms >= 1; ms--) {
            latencies.record(ms * 1_000_000L);
        }
        LatencySummary summary = latencies.summary();
        assertThat(summary.count()).isEqualTo(1000);
        assertThat(summary.p50()).isCloseTo(500, within(0.5));
        assertThat(summary.p95()).isCloseTo(950, within(1.0));
        assertThat(summary.p99()).isCloseTo(990, within(1.0));
        assertThat(summary.max()).isCloseTo(1000, within(1.0));
    }

    @Test
    void subMillisecondLatenciesKeepTheirPrecision() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 100; i++) {
            latencies.record(250_000);
        }
        assertThat(latencies.summary().p99()).isCloseTo(0.25, within(0.001));
    }

    @Test
    void noLatencyGivesUnknownPercentiles() {
        assertThat(new Latencies().summary().p50()).isNaN();
    }
}
