package dev.mentra.platform.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;

/**
 * A token-bucket limit: {@code burst} at once, refilled continuously at {@code refill} per {@code period}. Makes
 * Bucket4j buckets, the one token-bucket implementation of Mentra (the gateway's per-caller limits, chat's
 * per-socket frame limit).
 */
public record Allowance(long burst, long refill, Duration period) {

    public Allowance {
        if (burst < 1 || refill < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a burst and a refill of at least 1");
        }
    }

    public static Allowance perMinute(int requestsPerMinute, int burst) {
        return new Allowance(burst, requestsPerMinute, Duration.ofMinutes(1));
    }

    public static Allowance perSecond(int perSecond, int burst) {
        return new Allowance(burst, perSecond, Duration.ofSeconds(1));
    }

    /** A full bucket on the system's monotonic clock. */
    public Bucket newBucket() {
        return newBucket(TimeMeter.SYSTEM_NANOTIME);
    }

    /** A full bucket on the given clock (tests move it by hand). */
    public Bucket newBucket(TimeMeter time) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(refill, period))
                .withCustomTimePrecision(time)
                .build();
    }

    /** How long an emptied bucket takes to fill up again: after that, forgetting an untouched one loses nothing. */
    public Duration timeToRefill() {
        return Duration.ofNanos((long) Math.ceil((double) burst / refill * period.toNanos()));
    }
}
