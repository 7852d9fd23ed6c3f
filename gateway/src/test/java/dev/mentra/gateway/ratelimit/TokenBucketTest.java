package dev.mentra.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void grantsTheBurstAtOnceThenSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(3, 0.5, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(2 * SECOND);
        assertThat(bucket.take(SECOND)).isEqualTo(SECOND);
    }

    @Test
    void refillsAtTheSustainedRateButNeverAboveTheBurst() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        bucket.take(0);
        bucket.take(0);
        assertThat(bucket.take(SECOND)).isZero();
        assertThat(bucket.take(SECOND)).isPositive();

        long muchLater = 3_600 * SECOND;
        assertThat(bucket.take(muchLater)).isZero();
        assertThat(bucket.take(muchLater)).isZero();
        assertThat(bucket.take(muchLater)).isPositive();
    }

    @Test
    void aClockReadEarlierByAnotherThreadTakesNothingBack() {
        TokenBucket bucket = new TokenBucket(1, 1, 10 * SECOND);
        bucket.take(10 * SECOND);
        assertThat(bucket.take(9 * SECOND)).isEqualTo(SECOND);
    }

    @Test
    void callersAreLimitedEachOnTheirOwn() {
        CallerBuckets buckets = new CallerBuckets(60, 1, 100);
        assertThat(buckets.take("user_a")).isZero();
        assertThat(buckets.take("user_a")).isPositive();
        assertThat(buckets.take("user_b")).isZero();
    }

    @Test
    void memoryStaysBoundedWhateverTheNumberOfCallers() {
        CallerBuckets buckets = new CallerBuckets(60, 10, 1_000);
        for (int i = 0; i < 50_000; i++) {
            buckets.take("10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(buckets.tracked()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void aLimitOfNothingIsAConfigurationError() {
        assertThatThrownBy(() -> new CallerBuckets(0, 10, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallerBuckets(60, 0, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
