package dev.mentra.chat.testing;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's {@link Clock} in tests (it replaces the platform's default bean): the system's time, unless a
 * test pins it. Tests share one application, so a test that pins the time releases it when done.
 */
@Singleton
public class TestClock extends Clock {

    private static volatile Instant pinned;

    /** From now on "now" is {@code instant}, until {@link #release()}. */
    public static void pin(Instant instant) {
        pinned = instant;
    }

    public static void release() {
        pinned = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = pinned;
        return fixed != null ? fixed : Instant.now();
    }
}
