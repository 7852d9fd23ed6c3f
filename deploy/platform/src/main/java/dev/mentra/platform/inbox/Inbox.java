package dev.mentra.platform.inbox;

import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.event.MalformedEventException;
import dev.mentra.platform.tracing.TraceHeaders;
import dev.mentra.platform.tracing.Traced;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Applies each consumed event once, and never lets one event stop the events behind it.
 *
 * <p>Delivery from Kafka is at-least-once; the inbox records the event id in the same transaction as the event's
 * effect, so a redelivered event is recognised and skipped. An effect that fails {@link Failure#TRANSIENT
 * transiently} is retried with bounded back-off ({@link InboxConfig}); one that fails {@link Failure#DETERMINISTIC
 * deterministically}, or still fails after the last retry, is <b>parked</b> in {@link ParkedEvents} and the record is
 * acknowledged, so the partition moves on. A parked event is replayed through {@link #attempt} again, which keeps
 * the effect exactly-once.
 *
 * <p>Each event is applied in an {@code apply <type>} span, a child of the record's trace context (the span the
 * Kafka connector started from the record's headers, else those headers themselves), and is the current span while
 * the effect runs: the events the effect writes to the outbox continue the same trace.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private static final String RECORD = """
            INSERT INTO mentra_inbox (consumer, event_id, event_type) VALUES (?1, ?2, ?3)
            ON CONFLICT DO NOTHING""";

    /** What became of one attempt to apply an event. */
    public enum Status {
        APPLIED,
        /** this consumer had applied the event before: nothing was done */
        ALREADY_APPLIED,
        FAILED
    }

    /** The outcome of {@link #attempt}: on failure, the last error and how it was classified. */
    public record Outcome(Status status, int attempts, Throwable failure, Failure kind) {
    }

    private final EventCodec codec;
    private final ParkedEvents parked;
    private final InboxConfig config;
    private final Tracer tracer;

    public Inbox(EventCodec codec, ParkedEvents parked, InboxConfig config, Tracer tracer) {
        this.codec = codec;
        this.parked = parked;
        this.config = config;
        this.tracer = tracer;
    }

    /**
     * Handles one record of a topic for {@code consumer}: applies the event once, or parks it. The returned Uni
     * never fails, so the record is always acknowledged and the channel never fails because of one record. Only
     * while the event can neither be applied nor parked (the service's own database is down) does it wait, retrying
     * both, since then nothing else could be applied either.
     */
    public Uni<Void> handle(InboxConsumer consumer, ConsumerRecord<String, String> record) {
        return handle(consumer, Delivery.of(record), traceOf(record));
    }

    /** The connector's span for the record when tracing is on, else the trace context the record's headers carry. */
    private static Context traceOf(ConsumerRecord<String, String> record) {
        if (Span.current().getSpanContext().isValid()) {
            return Context.current();
        }
        TraceHeaders headers = TraceHeaders.of(record.headers());
        return headers == null ? Context.root() : headers.context();
    }

    private Uni<Void> handle(InboxConsumer consumer, Delivery delivery, Context trace) {
        return Uni.createFrom().deferred(() -> applyOrPark(consumer, delivery, trace))
                .onFailure().invoke(e -> LOG.warnf("%s can neither apply nor park a record (%s); retrying",
                        consumer.consumerName(), e.toString()))
                .onFailure().retry().withBackOff(config.backoff(), config.maxBackoff()).indefinitely();
    }

    private Uni<Void> applyOrPark(InboxConsumer consumer, Delivery delivery, Context trace) {
        EventEnvelope event;
        try {
            event = codec.read(delivery.value() == null ? "" : delivery.value());
        } catch (MalformedEventException e) {
            return park(consumer, delivery, null, new Outcome(Status.FAILED, 1, e, Failure.DETERMINISTIC));
        }
        Span span = tracer.spanBuilder("apply " + event.type())
                .setParent(trace)
                .setAttribute("mentra.consumer", consumer.consumerName())
                .setAttribute("mentra.event.id", event.id().toString())
                .setAttribute("mentra.event.type", event.type())
                .setAttribute("messaging.destination.name", delivery.topic())
                .startSpan();
        return Traced.within(trace.with(span), () -> attempt(consumer, event))
                .invoke(outcome -> {
                    span.setAttribute("mentra.inbox.outcome", outcome.status().name());
                    if (outcome.status() == Status.FAILED) {
                        span.recordException(outcome.failure());
                        span.setStatus(StatusCode.ERROR);
                    }
                })
                .flatMap(outcome -> outcome.status() == Status.FAILED
                        ? park(consumer, delivery, event, outcome)
                        : Uni.createFrom().voidItem())
                .onTermination().invoke(span::end);
    }

    /**
     * Applies {@code event} for {@code consumer} unless it was applied before, retrying transient failures up to
     * {@code mentra.inbox.max-attempts}. Never fails: a failure is its {@link Outcome}.
     */
    public Uni<Outcome> attempt(InboxConsumer consumer, EventEnvelope event) {
        AtomicInteger attempts = new AtomicInteger();
        Uni<Boolean> once = Uni.createFrom().deferred(() -> {
            attempts.incrementAndGet();
            return once(consumer.consumerName(), event.id(), event.type(), () -> consumer.apply(event));
        });
        Uni<Boolean> retried = config.maxAttempts() <= 1 ? once : once
                .onFailure(e -> Failure.of(e) == Failure.TRANSIENT).invoke(e -> LOG.infof(
                        "%s: event %s (%s) failed, attempt %d of %d: %s", consumer.consumerName(), event.id(),
                        event.type(), attempts.get(), config.maxAttempts(), e.toString()))
                .onFailure(e -> Failure.of(e) == Failure.TRANSIENT)
                .retry().withBackOff(config.backoff(), config.maxBackoff()).atMost(config.maxAttempts() - 1L);
        return retried
                .map(applied -> new Outcome(applied ? Status.APPLIED : Status.ALREADY_APPLIED, attempts.get(), null,
                        null))
                .onFailure().recoverWithItem(e -> new Outcome(Status.FAILED, attempts.get(), e, Failure.of(e)));
    }

    private Uni<Void> park(InboxConsumer consumer, Delivery delivery, EventEnvelope event, Outcome outcome) {
        String what = event == null ? "a record that is not an event" : "event " + event.id() + " (" + event.type() + ")";
        return parked.park(consumer.consumerName(), delivery, event, outcome.failure(), outcome.attempts(),
                        outcome.kind())
                .invoke(id -> LOG.errorf("%s parked %s as #%d after %d attempt(s) (%s): %s", consumer.consumerName(),
                        what, id, outcome.attempts(), outcome.kind(), outcome.failure().toString()))
                .onFailure(e -> Failure.of(e) == Failure.DETERMINISTIC).recoverWithItem(e -> {
                    // the table refuses the row itself: never expected; say everything, and let the partition go on
                    LOG.errorf(e, "%s could not park a record it cannot apply; dropped. Record: %s",
                            consumer.consumerName(), delivery);
                    return null;
                })
                .replaceWithVoid();
    }

    /**
     * Runs {@code effect} once per {@code key} of any form, e.g. a webhook's delivery id ({@link InboxKey}).
     *
     * @return true when the effect ran, false when the key had been recorded before
     */
    public Uni<Boolean> once(String consumer, String key, String eventType, Supplier<Uni<?>> effect) {
        return once(consumer, InboxKey.of(key), eventType, effect);
    }

    /** Runs {@code effect} in a transaction together with recording {@code eventId}, unless already recorded. */
    public Uni<Boolean> once(String consumer, UUID eventId, String eventType, Supplier<Uni<?>> effect) {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(RECORD)
                        .setParameter(1, consumer)
                        .setParameter(2, eventId)
                        .setParameter(3, eventType)
                        .executeUpdate())
                .flatMap(inserted -> inserted == 1
                        ? effect.get().replaceWith(Boolean.TRUE)
                        : Uni.createFrom().item(Boolean.FALSE)));
    }
}
