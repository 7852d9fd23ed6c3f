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

/** {@code mentors.v1}: who a mentor is (a human behind a DIRECT conversation, or an AI) and their name. */
@ApplicationScoped
public class MentorEventsConsumer implements InboxConsumer {

    private final Inbox inbox;
    private final EventCodec codec;
    private final DirectoryService directory;

    public MentorEventsConsumer(Inbox inbox, EventCodec codec, DirectoryService directory) {
        this.inbox = inbox;
        this.codec = codec;
        this.directory = directory;
    }

    /** What chat reads of a mentor event (mentor-service's MentorData). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record MentorData(String mentorId, String kind, String userId, String displayName, boolean active) {
    }

    @Override
    public String consumerName() {
        return "chat-service.mentors";
    }

    @Incoming("mentors")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.handle(this, record);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        MentorData m = codec.data(event, MentorData.class);
        String id = m.mentorId() != null ? m.mentorId() : event.subject();
        boolean active = m.active() && !"mentor.retired".equals(event.type());
        return directory.mentor(id, m.kind(), m.userId(), m.displayName(), active);
    }
}
