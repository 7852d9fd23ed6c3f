package dev.mentra.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** A conversation as one of its participants sees it, with their unread count and the newest message. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"id", "kind", "title", "createdAt", "lastSeq", "participants", "lastReadSeq", "unread"})
public record ConversationView(String id,
                               @Schema(type = SchemaType.STRING, implementation = Conversation.Kind.class) String kind,
                               String title,
                               @Schema(description = "DIRECT, AI_MENTOR and SESSION: the mentor") String mentorId,
                               @Schema(description = "COUNCIL: the council") String councilId,
                               @Schema(description = "SESSION: the booking") String bookingId,
                               OffsetDateTime createdAt, long lastSeq, List<Member> participants,
                               @Schema(description = "Left out in the conversation.created socket frame")
                               Long lastReadSeq,
                               Long unread,
                               @Schema(description = "The newest message; left out when there is none and when opening")
                               MessageView lastMessage) {

    @Schema(requiredProperties = {"userId", "role", "name"})
    public record Member(String userId,
                         @Schema(type = SchemaType.STRING, implementation = Participant.Role.class) String role,
                         @Schema(nullable = true) String name) {
    }

    public static ConversationView of(Conversation c, List<Member> members, Long lastReadSeq, Long unread,
                                      MessageView lastMessage) {
        return new ConversationView(c.id, c.kind.name(), c.title, c.mentorId, c.councilId, c.bookingId, c.createdAt,
                c.lastSeq, members, lastReadSeq, unread, lastMessage);
    }
}
