package dev.mentra.chat.live;

import dev.mentra.platform.ratelimit.Allowance;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * A token bucket (platform-security's {@link Allowance}, Bucket4j): {@code perSecond} frames sustained,
 * {@code burst} at once. One per connection.
 */
final class RateLimit {

    private final Bucket bucket;

    RateLimit(int perSecond, int burst) {
        this(perSecond, burst, TimeMeter.SYSTEM_NANOTIME);
    }

    RateLimit(int perSecond, int burst, TimeMeter time) {
        this.bucket = Allowance.perSecond(Math.max(1, perSecond), Math.max(1, burst)).newBucket(time);
    }

    boolean tryTake() {
        return bucket.tryConsume(1);
    }
}
