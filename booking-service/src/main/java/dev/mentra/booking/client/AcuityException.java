package dev.mentra.booking.client;

import java.time.Duration;

/** Acuity said no, or could not be asked. */
public abstract sealed class AcuityException extends RuntimeException {

    AcuityException(String message) {
        super(message);
    }

    /** A 4xx: the request itself was refused (slot not available, unknown appointment …). Retrying will not help. */
    public static final class Refused extends AcuityException {
        private final int status;
        private final String error;

        public Refused(int status, String error, String message) {
            super(message);
            this.status = status;
            this.error = error;
        }

        public int status() {
            return status;
        }

        /** Acuity's error code, e.g. {@code not_available}. */
        public String error() {
            return error;
        }
    }

    /** Acuity is down, slow, or limiting us: the outcome of the request is unknown or it was not made. */
    public static sealed class Unavailable extends AcuityException permits RetryLater {

        public Unavailable(String message) {
            super(message);
        }
    }

    /**
     * Acuity turned the request away before acting on it and said when to come back: a 429, or a 503 with
     * {@code Retry-After}. Safe to repeat even for a booking.
     */
    public static final class RetryLater extends Unavailable {
        private final Duration after;

        public RetryLater(String message, Duration after) {
            super(message);
            this.after = after;
        }

        /** How long Acuity asked us to wait. */
        public Duration after() {
            return after;
        }
    }
}
