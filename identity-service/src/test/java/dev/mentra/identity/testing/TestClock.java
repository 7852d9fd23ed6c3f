package dev.mentra.identity.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The tests' replacement of the platform's {@code Clock} bean: the system's time, shifted by what a test sets, so a
 * test moves "now" for the application instead of waiting or shrinking schedules. Tests reset it when done.
 */
public final class TestClock extends Clock {

    static final TestClock INSTANCE = new TestClock();

    private volatile Duration shift = Duration.ZERO;

    /** From now on the application's time is the system's plus {@code by}. */
    public static void shift(Duration by) {
        INSTANCE.shift = by;
    }

    public static void reset() {
        INSTANCE.shift = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application's clock is UTC");
    }

    /** Replaces platform-security's SystemClock in every test of this module. */
    public static class Producer {

        @Produces
        @Singleton
        @Alternative
        @Priority(1)
        Clock clock() {
            return INSTANCE;
        }
    }
}
