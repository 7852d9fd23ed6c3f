package dev.mentra.booking;

import java.time.Duration;

/**
 * A mentor's booking rules.
 *
 * @param sessionLength how long a session lasts
 * @param bufferBefore  free time the mentor needs before a session
 * @param bufferAfter   free time the mentor needs after a session
 * @param minimumNotice how long before its start a session can still be booked
 * @param horizon       how far ahead sessions can be booked
 * @param maxPerDay     sessions per local day at most
 * @param step          how far apart offered start times are
 */
public record BookingRules(Duration sessionLength, Duration bufferBefore, Duration bufferAfter, Duration minimumNotice,
                           Duration horizon, int maxPerDay, Duration step) {

    public BookingRules {
        if (sessionLength.isZero() || sessionLength.isNegative() || step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("session length and step must be positive");
        }
        if (bufferBefore.isNegative() || bufferAfter.isNegative() || minimumNotice.isNegative()
                || horizon.isNegative() || maxPerDay < 1) {
            throw new IllegalArgumentException("buffers, notice and horizon cannot be negative; maxPerDay is at least 1");
        }
    }
}
