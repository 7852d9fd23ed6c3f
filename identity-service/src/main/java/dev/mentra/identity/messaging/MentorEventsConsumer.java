package dev.mentra.identity.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.mentra.identity.User;
import dev.mentra.identity.service.UserService;
import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.inbox.Inbox;
import dev.mentra.platform.inbox.InboxConsumer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code mentors.v1}: a human mentor's profile published grants the {@code mentor} role, retired takes it away.
 */
@ApplicationScoped
public class MentorEventsConsumer implements InboxConsumer {

    private final Inbox inbox;
    private final EventCodec codec;
    private final UserService users;

    public MentorEventsConsumer(Inbox inbox, EventCodec codec, UserService users) {
        this.inbox = inbox;
        this.codec = codec;
        this.users = users;
    }

    /** What identity reads of a mentor event; other fields are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record MentorData(String kind, String userId) {
    }

    @Override
    public String consumerName() {
        return "identity-service.mentors";
    }

    @Incoming("mentors")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.handle(this, record);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        MentorData mentor = codec.data(event, MentorData.class);
        if (!"HUMAN".equalsIgnoreCase(mentor.kind()) || mentor.userId() == null) {
            return Uni.createFrom().voidItem();
        }
        return switch (event.type()) {
            case "mentor.published" -> users.grant(mentor.userId(), User.MENTOR, true);
            case "mentor.retired" -> users.grant(mentor.userId(), User.MENTOR, false);
            default -> Uni.createFrom().voidItem();
        };
    }
}
