package dev.mentra.chat.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.mentra.chat.service.DirectoryService;
import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.inbox.Inbox;
import dev.mentra.platform.inbox.InboxConsumer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code identity.users.v1}: the names shown in conversations. */
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

    /** What chat reads of a user event (identity-service's UserData). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record UserData(String userId, String displayName) {
    }

    @Override
    public String consumerName() {
        return "chat-service.users";
    }

    @Incoming("users")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.handle(this, record);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        UserData u = codec.data(event, UserData.class);
        String id = u.userId() != null ? u.userId() : event.subject();
        return directory.user(id, u.displayName(), "user.deleted".equals(event.type()));
    }
}
