package dev.mentra.platform.outbox;

import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.tracing.TraceHeaders;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Where a service records the events of a state change. Call it inside the transaction that makes the change
 * ({@code @WithTransaction}): the event is then stored if and only if the change is, and {@link OutboxRelay}
 * delivers it to Kafka afterwards, at least once, in the trace of the work that wrote it (its current span when
 * {@code publish} is called is kept with the event).
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec;
    private final Clock clock;

    public Outbox(EventCodec codec, Clock clock) {
        this.codec = codec;
        this.clock = clock;
    }

    /** Records an event about {@code subject} (also its Kafka key) for {@code topic}. */
    public Uni<EventEnvelope> publish(String topic, String type, String subject, Object data) {
        return publish(topic, codec.envelope(type, subject, data));
    }

    public Uni<EventEnvelope> publish(String topic, EventEnvelope event) {
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "Outbox.publish needs the transaction of the state change (@WithTransaction)"))
                .flatMap(tx -> {
                    OutboxMessage message = new OutboxMessage();
                    message.eventId = event.id();
                    message.topic = topic;
                    message.messageKey = event.subject();
                    message.eventType = event.type();
                    message.payload = codec.write(event);
                    message.createdAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
                    TraceHeaders trace = TraceHeaders.current();
                    if (trace != null) {
                        message.traceparent = trace.traceparent();
                        message.tracestate = trace.tracestate();
                    }
                    return message.persist();
                })
                .replaceWith(event);
    }
}
