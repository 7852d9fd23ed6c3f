package dev.mentra.chat.live;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

    private long now;
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return now;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };

    @Test
    void aSocketMaySendItsBurstAtOnceThenIsRefused() {
        RateLimit limit = new RateLimit(20, 3, clock);
        assertThat(limit.tryTake()).isTrue();
        assertThat(limit.tryTake()).isTrue();
        assertThat(limit.tryTake()).isTrue();
        assertThat(limit.tryTake()).isFalse();
    }

    @Test
    void framesComeBackAtTheSustainedRateButNeverAboveTheBurst() {
        RateLimit limit = new RateLimit(20, 2, clock);
        limit.tryTake();
        limit.tryTake();
        now = TimeUnit.MILLISECONDS.toNanos(49);
        assertThat(limit.tryTake()).isFalse();
        now = TimeUnit.MILLISECONDS.toNanos(50);
        assertThat(limit.tryTake()).isTrue();
        assertThat(limit.tryTake()).isFalse();

        now = TimeUnit.HOURS.toNanos(1);
        assertThat(limit.tryTake()).isTrue();
        assertThat(limit.tryTake()).isTrue();
        assertThat(limit.tryTake()).isFalse();
    }

    @Test
    void aBurstBelowOneStillLetsOneFrameThrough() {
        RateLimit limit = new RateLimit(20, 0, clock);
        assertThat(limit.tryTake()).isTrue();
        assertThat(limit.tryTake()).isFalse();
    }
}
