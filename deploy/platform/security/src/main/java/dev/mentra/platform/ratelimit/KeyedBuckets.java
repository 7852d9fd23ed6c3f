package dev.mentra.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * One bucket per key (a user id, a client address), in this replica's memory. Memory stays bounded: a bucket
 * untouched until it would be full again is dropped (a new one is identical), and beyond {@code maxKeys} the least
 * active keys are dropped first.
 */
public final class KeyedBuckets {

    private final Allowance allowance;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public KeyedBuckets(Allowance allowance, long maxKeys) {
        this(allowance, maxKeys, TimeMeter.SYSTEM_NANOTIME);
    }

    public KeyedBuckets(Allowance allowance, long maxKeys, TimeMeter time) {
        this.allowance = allowance;
        this.time = time;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(allowance.timeToRefill())
                // housekeeping on the calling thread: a few map operations, no pool hop per request
                .executor(Runnable::run)
                .build();
    }

    /**
     * Takes one token from the key's bucket.
     *
     * @return 0 when the key may go on, otherwise how many nanoseconds until it may
     */
    public long take(String key) {
        var probe = buckets.get(key, k -> allowance.newBucket(time)).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    /** Keys remembered now (after housekeeping). */
    public long tracked() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
