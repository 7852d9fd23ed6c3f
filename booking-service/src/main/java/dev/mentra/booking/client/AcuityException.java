package dev.mentra.booking.client;

import java.time.Duration;
import java.util.Optional;

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
    public static final class Unavailable extends AcuityException {
        private final Duration retryAfter;

        public Unavailable(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        /** Set for 429: how long Acuity asked us to wait. */
        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }
}
