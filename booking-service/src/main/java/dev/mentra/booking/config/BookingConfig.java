package dev.mentra.booking.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** booking-service settings ({@code mentra.booking.*}). */
@ConfigMapping(prefix = "mentra.booking")
public interface BookingConfig {

    Acuity acuity();

    /** How often ended sessions are completed (a scheduler interval such as {@code 30s}). */
    @WithDefault("30s")
    String completionEvery();

    /**
     * The local run only: a newly published human mentor opens weekdays 09:00-17:00 in their zone, so the demo
     * mentor can be booked at once. Never in production.
     */
    @WithDefault("false")
    boolean demoHours();

    /** The longest range one slots query may cover. */
    @WithDefault("62D")
    Duration maxSlotRange();

    /** Acuity Scheduling: unset credentials mean internal scheduling only (the local run's default). */
    interface Acuity {

        /** The Acuity account's user id (Basic auth user). */
        Optional<String> userId();

        /** The API key: Basic auth password and the key webhooks are signed with. */
        Optional<String> apiKey();

        /** How often reconciliation runs (a scheduler interval such as {@code 5m}). */
        @WithDefault("5m")
        String reconcileEvery();

        /** How long after start-up reconciliation first runs (a scheduler delay such as {@code 30s}). */
        @WithDefault("30s")
        String reconcileDelay();

        /** Reconciliation looks at appointments from this long ago … */
        @WithDefault("P1D")
        Duration reconcileBehind();

        /** … to this far ahead. */
        @WithDefault("P60D")
        Duration reconcileAhead();

        /** A PENDING booking older than this was interrupted (crash, timeout) and is settled by reconciliation. */
        @WithDefault("2M")
        Duration pendingGrace();

        /**
         * How often appointments of bookings cancelled by events (a retired mentor, a closed account) are cancelled
         * in Acuity (a scheduler interval such as {@code 10s}).
         */
        @WithDefault("10s")
        String cancelEvery();

        /** The wait after a failed cancellation in Acuity; it doubles with each further failure … */
        @WithDefault("15S")
        Duration cancelBackoff();

        /** … up to this. */
        @WithDefault("30M")
        Duration cancelMaxBackoff();

        /** How long a replica holds a cancellation it is carrying out before another may take it over. */
        @WithDefault("2M")
        Duration cancelLease();

        default boolean enabled() {
            return userId().filter(s -> !s.isBlank()).isPresent() && apiKey().filter(s -> !s.isBlank()).isPresent();
        }
    }
}
