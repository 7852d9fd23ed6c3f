package dev.mentra.chat.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.mentra.chat.service.DirectoryService;
import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code mentors.v1} and {@code identity.users.v1}: who a mentor is (human behind a DIRECT conversation, or an AI)
 * and the names shown in conversations.
 */
@ApplicationScoped
public class DirectoryEventsConsumer {

    private final Inbox inbox;
    private final EventCodec codec;
    private final DirectoryService directory;

    public DirectoryEventsConsumer(Inbox inbox, EventCodec codec, DirectoryService directory) {
        this.inbox = inbox;
        this.codec = codec;
        this.directory = directory;
    }

    /** What chat reads of a mentor event (mentor-service's MentorData). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MentorData(String mentorId, String kind, String userId, String displayName, boolean active) {
    }

    /** What chat reads of a user event (identity-service's UserData). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UserData(String userId, String displayName) {
    }

    @Incoming("mentors")
    public Uni<Void> mentors(String record) {
        return inbox.handle("chat-service.mentors", record, this::applyMentor).replaceWithVoid();
    }

    @Incoming("users")
    public Uni<Void> users(String record) {
        return inbox.handle("chat-service.users", record, this::applyUser).replaceWithVoid();
    }

    private Uni<Void> applyMentor(EventEnvelope event) {
        MentorData m = codec.data(event, MentorData.class);
        String id = m.mentorId() != null ? m.mentorId() : event.subject();
        boolean active = m.active() && !"mentor.retired".equals(event.type());
        return directory.mentor(id, m.kind(), m.userId(), m.displayName(), active);
    }

    private Uni<Void> applyUser(EventEnvelope event) {
        UserData u = codec.data(event, UserData.class);
        String id = u.userId() != null ? u.userId() : event.subject();
        return directory.user(id, u.displayName(), "user.deleted".equals(event.type()));
    }
}
