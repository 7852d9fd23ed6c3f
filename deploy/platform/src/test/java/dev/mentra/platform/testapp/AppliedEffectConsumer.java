package dev.mentra.platform.testapp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.inbox.Inbox;
import dev.mentra.platform.inbox.InboxConsumer;
import dev.mentra.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A consumer whose effect is countable: each applied event adds one to its subject's counter. The event's data
 * can make it fail: {@code mustKnow} names a subject that must exist in {@code known_subject} (a foreign key, so an
 * unknown one is a deterministic failure until it is added), {@code transientFailures} makes the first attempts
 * fail as a serialization failure would. {@code publish} makes the effect write an event of its own to the outbox
 * (on {@link #TOPIC}), as consumers that tell others what they did.
 */
@ApplicationScoped
public class AppliedEffectConsumer implements InboxConsumer {

    public static final String NAME = "applied-effect";
    public static final String TOPIC = "platform.test.effects";

    private static final Map<UUID, Integer> ATTEMPTS = new ConcurrentHashMap<>();

    private final Inbox inbox;
    private final Outbox outbox;

    public AppliedEffectConsumer(Inbox inbox, Outbox outbox) {
        this.inbox = inbox;
        this.outbox = outbox;
    }

    @Override
    public String consumerName() {
        return NAME;
    }

    @Incoming("test-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.handle(this, record);
    }

    @Override
    public Uni<?> apply(EventEnvelope event) {
        JsonNode data = event.data() == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : event.data();
        int attempt = ATTEMPTS.merge(event.id(), 1, Integer::sum);
        if (attempt <= data.path("transientFailures").asInt(0)) {
            return Uni.createFrom().failure(new PgException(
                    "could not serialize access due to concurrent update", "ERROR", "40001", null));
        }
        return Panache.getSession()
                .flatMap(s -> data.hasNonNull("mustKnow")
                        ? s.createNativeQuery("INSERT INTO subject_reference (event_subject, known) VALUES (?1, ?2)")
                        .setParameter(1, event.subject())
                        .setParameter(2, data.get("mustKnow").asText())
                        .executeUpdate().replaceWith(s)
                        : Uni.createFrom().item(s))
                .flatMap(s -> s.createNativeQuery("""
                                INSERT INTO applied_effect (subject, times) VALUES (?1, 1)
                                ON CONFLICT (subject) DO UPDATE SET times = applied_effect.times + 1""")
                        .setParameter(1, event.subject())
                        .executeUpdate())
                .flatMap(applied -> data.path("publish").asBoolean(false)
                        ? outbox.publish(TOPIC, "effect.applied", event.subject(), Map.of("after", event.id()))
                        : Uni.createFrom().item(applied));
    }

    /** How many times the effect was attempted for this event (failed attempts included). */
    public static int attempts(UUID eventId) {
        return ATTEMPTS.getOrDefault(eventId, 0);
    }
}
