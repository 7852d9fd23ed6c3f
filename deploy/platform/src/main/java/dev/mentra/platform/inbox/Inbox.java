package dev.mentra.platform.inbox;

import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.event.MalformedEventException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Applies each consumed event once. Delivery from Kafka is at-least-once; the inbox records the event id in the
 * same transaction as the event's effect, so a redelivered event is recognised and skipped.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private static final String RECORD = """
            INSERT INTO mentra_inbox (consumer, event_id, event_type) VALUES (?1, ?2, ?3)
            ON CONFLICT DO NOTHING""";

    private final EventCodec codec;

    public Inbox(EventCodec codec) {
        this.codec = codec;
    }

    /**
     * Handles one record of a topic for {@code consumer}: parses the envelope and applies {@code effect} in a
     * transaction unless this consumer has applied the event before. A record that is not an event is logged
     * and skipped (retrying cannot fix it); a failing effect is retried with back-off, so the partition waits
     * rather than loses the event.
     *
     * @return whether the effect ran
     */
    public Uni<Boolean> handle(String consumer, String record, Function<EventEnvelope, Uni<?>> effect) {
        EventEnvelope event;
        try {
            event = codec.read(record);
        } catch (MalformedEventException e) {
            LOG.errorf("%s skips a record that is not an event: %s", consumer, e.getMessage());
            return Uni.createFrom().item(false);
        }
        return once(consumer, event.id(), event.type(), () -> effect.apply(event))
                .onFailure(t -> !(t instanceof MalformedEventException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(30)).atMost(Long.MAX_VALUE)
                .onFailure(MalformedEventException.class).recoverWithItem(e -> {
                    LOG.errorf("%s skips event %s (%s): %s", consumer, event.id(), event.type(), e.getMessage());
                    return false;
                });
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
