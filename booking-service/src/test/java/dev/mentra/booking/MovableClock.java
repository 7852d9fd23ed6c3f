package dev.mentra.booking;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' "now": the real time unless a test moves it (replaces the platform's default {@link Clock} bean). A test
 * that moves it puts it back in a {@code finally}, since every test of the module shares the application.
 */
@Singleton
public class MovableClock extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    /** From now on, the application's time reads {@code instant} (and goes on from there). */
    public void moveTo(Instant instant) {
        ahead.set(Duration.between(Instant.now(), instant));
    }

    public void reset() {
        ahead.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead.get());
    }
}
