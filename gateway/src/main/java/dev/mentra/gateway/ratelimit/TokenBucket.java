package dev.mentra.gateway.ratelimit;

/**
 * One caller's allowance: holds up to {@code capacity} requests and regains {@code perSecond} of them every
 * second. Times are {@link System#nanoTime()} values passed in, so the arithmetic is testable without waiting.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / NANOS_PER_SECOND;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /**
     * Takes one request from the bucket.
     *
     * @return 0 when the request may go, otherwise how many nanoseconds until one may
     */
    // synchronized for a few arithmetic operations only: never long enough to stall an event loop
    synchronized long take(long now) {
        if (now > refilledAt) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /** How long an untouched bucket takes to fill up again: after that, forgetting it loses nothing. */
    static long nanosToRefill(int capacity, double perSecond) {
        return (long) Math.ceil(capacity / perSecond * NANOS_PER_SECOND);
    }
}
