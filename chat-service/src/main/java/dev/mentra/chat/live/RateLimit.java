package dev.mentra.chat.live;

/** A token bucket: {@code perSecond} frames sustained, {@code burst} at once. One per connection. */
final class RateLimit {

    private final double perNano;
    private final double burst;
    private double tokens;
    private long last;

    RateLimit(int perSecond, int burst) {
        this.perNano = perSecond / 1_000_000_000d;
        this.burst = Math.max(1, burst);
        this.tokens = this.burst;
        this.last = System.nanoTime();
    }

    synchronized boolean tryTake() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
