package dev.mentra.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;

/**
 * The buckets of one kind of caller (signed-in users, or anonymous client addresses), in this replica's memory.
 * Memory stays bounded: a bucket untouched until it would be full again is dropped (a new one is identical), and
 * beyond {@code maxCallers} the least active callers are dropped first.
 */
final class CallerBuckets {

    private final int burst;
    private final double perSecond;
    private final Cache<String, TokenBucket> buckets;

    CallerBuckets(int requestsPerMinute, int burst, long maxCallers) {
        if (requestsPerMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs requests-per-minute and burst of at least 1");
        }
        this.burst = burst;
        this.perSecond = requestsPerMinute / 60d;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxCallers)
                .expireAfterAccess(Duration.ofNanos(TokenBucket.nanosToRefill(burst, perSecond)))
                // housekeeping on the calling thread: a few map operations, no pool hop per request
                .executor(Runnable::run)
                .build();
    }

    /** @return 0 when the caller may go on, otherwise how many nanoseconds until it may */
    long take(String caller) {
        long now = System.nanoTime();
        return buckets.get(caller, key -> new TokenBucket(burst, perSecond, now)).take(now);
    }

    long tracked() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
