package dev.mentra.booking.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.mentra.booking.service.DirectoryService;
import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.inbox.Inbox;
import dev.mentra.platform.inbox.InboxConsumer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code identity.users.v1}: emails (to match Acuity's clients) and deletions (a deleted user's sessions end). */
@ApplicationScoped
public class UserEventsConsumer implements InboxConsumer {

    private final Inbox inbox;
    private final EventCodec codec;
    private final DirectoryService directory;

    public UserEventsConsumer(Inbox inbox, EventCodec codec, DirectoryService directory) {
        this.inbox = inbox;
        this.codec = codec;
        this.directory = directory;
    }

    /** What booking-service reads of a user event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record UserData(String userId, String email, String displayName) {
    }

    @Override
    public String consumerName() {
        return "booking-service.users";
    }

    @Incoming("users")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.handle(this, record);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "user.created", "user.updated", "user.deleted" -> {
                UserData user = codec.data(event, UserData.class);
                yield directory.userChanged(event.subject(), user.email(), user.displayName(),
                        "user.deleted".equals(event.type()));
            }
            default -> Uni.createFrom().voidItem();
        };
    }
}
