package dev.mentra.platform.ratelimit;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gateway's former TokenBucketTest, on Bucket4j buckets with a clock moved by hand. */
class KeyedBucketsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final HandClock clock = new HandClock();

    @Test
    void grantsTheBurstAtOnceThenSaysHowLongToWait() {
        KeyedBuckets buckets = new KeyedBuckets(new Allowance(3, 1, Duration.ofSeconds(2)), 100, clock);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(2 * SECOND);
        clock.now = SECOND;
        assertThat(buckets.take("a")).isEqualTo(SECOND);
    }

    @Test
    void refillsAtTheSustainedRateButNeverAboveTheBurst() {
        KeyedBuckets buckets = new KeyedBuckets(Allowance.perSecond(1, 2), 100, clock);
        buckets.take("a");
        buckets.take("a");
        clock.now = SECOND;
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();

        clock.now = 3_600 * SECOND;
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();
    }

    @Test
    void aClockReadEarlierByAnotherThreadTakesNothingBack() {
        clock.now = 10 * SECOND;
        KeyedBuckets buckets = new KeyedBuckets(Allowance.perSecond(1, 1), 100, clock);
        buckets.take("a");
        clock.now = 9 * SECOND;
        assertThat(buckets.take("a")).isEqualTo(SECOND);
    }

    @Test
    void callersAreLimitedEachOnTheirOwn() {
        KeyedBuckets buckets = new KeyedBuckets(Allowance.perMinute(60, 1), 100);
        assertThat(buckets.take("user_a")).isZero();
        assertThat(buckets.take("user_a")).isPositive();
        assertThat(buckets.take("user_b")).isZero();
    }

    @Test
    void memoryStaysBoundedWhateverTheNumberOfCallers() {
        KeyedBuckets buckets = new KeyedBuckets(Allowance.perMinute(60, 10), 1_000);
        for (int i = 0; i < 50_000; i++) {
            buckets.take("10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(buckets.tracked()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void aLimitOfNothingIsAConfigurationError() {
        assertThatThrownBy(() -> Allowance.perMinute(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allowance.perMinute(60, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUntouchedBucketIsForgottenOnceItWouldBeFullAgain() {
        assertThat(Allowance.perMinute(600, 100).timeToRefill()).isEqualTo(Duration.ofSeconds(10));
        assertThat(new Allowance(3, 1, Duration.ofSeconds(2)).timeToRefill()).isEqualTo(Duration.ofSeconds(6));
    }

    /** A monotonic clock the test moves. */
    static final class HandClock implements TimeMeter {
        long now;

        @Override
        public long currentTimeNanos() {
            return now;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
