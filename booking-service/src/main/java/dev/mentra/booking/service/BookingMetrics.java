package dev.mentra.booking.service;

import dev.mentra.booking.messaging.BookingEvents;
import dev.mentra.platform.metrics.WebhookDeliveries;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Booking's business metrics on {@code /q/metrics}, every series present from the start at zero:
 * {@code mentra.bookings.made{source}} and {@code mentra.bookings.cancelled{source}} (counted when the change is
 * written with its event, whichever path made it: the API, a job, an event, Acuity; a transaction that fails after
 * that, rarely, has counted it), {@code mentra.bookings.refused
 * {reason}} (a booking request answered with a problem; {@code reason} is its slug, from a fixed set, else
 * {@code other}), and Acuity's webhook deliveries ({@code mentra.webhook.deliveries{webhook="acuity"}}).
 */
@Startup // the series exist from the start, at zero, for dashboards and alerts
@ApplicationScoped
public class BookingMetrics {

    /** The problems a booking request can meet; anything else is counted as {@code other}. */
    static final Set<String> REFUSALS = Set.of("validation", "not-found", "not-bookable", "own-session",
            "idempotency-key-reused", "request-in-progress", "slot-unavailable", "slot-not-offered", "slot-refused",
            "scheduling-unavailable", "other");

    private final Map<BookingEvents.Source, Counter> made;
    private final Map<BookingEvents.Source, Counter> cancelled;
    private final Map<String, Counter> refused;
    private final WebhookDeliveries acuityWebhooks;

    public BookingMetrics(MeterRegistry registry) {
        this.made = bySource(source -> Counter.builder("mentra.bookings.made")
                .description("Bookings confirmed").tag("source", source).register(registry));
        this.cancelled = bySource(source -> Counter.builder("mentra.bookings.cancelled")
                .description("Confirmed bookings cancelled").tag("source", source).register(registry));
        this.refused = REFUSALS.stream().collect(Collectors.toUnmodifiableMap(reason -> reason,
                reason -> Counter.builder("mentra.bookings.refused").description("Booking requests refused")
                        .tag("reason", reason).register(registry)));
        this.acuityWebhooks = new WebhookDeliveries(registry, "acuity");
    }

    public void made(BookingEvents.Source source) {
        made.get(source).increment();
    }

    public void cancelled(BookingEvents.Source source) {
        cancelled.get(source).increment();
    }

    /** A booking request answered with the problem {@code slug}. */
    public void refused(String slug) {
        refused.getOrDefault(slug, refused.get("other")).increment();
    }

    public WebhookDeliveries acuityWebhooks() {
        return acuityWebhooks;
    }

    private static Map<BookingEvents.Source, Counter> bySource(Function<String, Counter> counter) {
        Map<BookingEvents.Source, Counter> counters = new EnumMap<>(BookingEvents.Source.class);
        for (BookingEvents.Source source : BookingEvents.Source.values()) {
            counters.put(source, counter.apply(source.name().toLowerCase()));
        }
        return counters;
    }
}
