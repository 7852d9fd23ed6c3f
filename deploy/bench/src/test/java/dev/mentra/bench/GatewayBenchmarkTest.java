package dev.mentra.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayBenchmarkTest {

    @Test
    void aUserMaySendItsBurstPlusTheRefillOfTheLeg() {
        assertThat(GatewayBenchmark.allowance(Duration.ofSeconds(25))).isEqualTo(100 + 250);
        assertThat(GatewayBenchmark.allowance(Duration.ZERO)).isEqualTo(100);
    }

    @Test
    void enoughUsersThatNoneExceedsItsAllowance() {
        // 5 000/s for 25 s = 125 000 requests; 350 each → 358 users
        int users = GatewayBenchmark.usersNeeded(5000, Duration.ofSeconds(25));
        assertThat(users).isEqualTo(358);
        assertThat(125_000.0 / users).isLessThanOrEqualTo(GatewayBenchmark.allowance(Duration.ofSeconds(25)));
        assertThat(GatewayBenchmark.usersNeeded(0.5, Duration.ofSeconds(1))).isEqualTo(1);
    }
}
