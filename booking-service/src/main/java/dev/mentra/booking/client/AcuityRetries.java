package dev.mentra.booking.client;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * When a call to Acuity is tried again, and after how long: the SmallRye Fault Tolerance strategies named by
 * {@link AcuityScheduling}'s annotations (instantiated by Fault Tolerance, hence public with no-argument
 * constructors).
 */
public final class AcuityRetries {

    /** Acuity asking for a longer wait than this is not waited for: the caller hears "unavailable" at once. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    private AcuityRetries() {
    }

    /** Any call that may be repeated: Acuity down, slow, or asking us to come back soon. Never a refusal. */
    public static final class WhenRepeatable implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable failure) {
            if (failure instanceof AcuityException.RetryLater later) {
                return soonEnough(later);
            }
            return failure instanceof AcuityException.Unavailable || failure instanceof TimeoutException;
        }
    }

    /**
     * A booking: only when Acuity turned it away before acting (and asks for a short wait). After a 5xx or a
     * timeout the appointment may have been made; the caller settles that instead of booking twice.
     */
    public static final class WhenTurnedAway implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable failure) {
            return failure instanceof AcuityException.RetryLater later && soonEnough(later);
        }
    }

    /**
     * Waits as long as Acuity's {@code Retry-After} says; without one (a 5xx, a timeout) the wait doubles from
     * {@code @Retry}'s delay, as {@code @ExponentialBackoff} would (Fault Tolerance takes one back-off per method).
     */
    public static final class RetryAfterBackoff implements CustomBackoffStrategy {
        private long next;

        @Override
        public void init(long initialDelayInMillis) {
            next = initialDelayInMillis;
        }

        @Override
        public long nextDelayInMillis(Throwable cause) {
            if (cause instanceof AcuityException.RetryLater later) {
                return later.after().toMillis();
            }
            long wait = next;
            next = Math.min(next * 2, LONGEST_WAIT.toMillis());
            return wait;
        }
    }

    private static boolean soonEnough(AcuityException.RetryLater later) {
        return later.after().compareTo(LONGEST_WAIT) <= 0;
    }
}
