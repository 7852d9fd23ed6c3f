package dev.mentra.chat;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;

/** A conversation as one of its participants sees it, with their unread count and the newest message. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationView(String id, String kind, String title, String mentorId, String councilId,
                               String bookingId, OffsetDateTime createdAt, long lastSeq,
                               List<Member> participants, Long lastReadSeq, Long unread, MessageView lastMessage) {

    public record Member(String userId, String role, String name) {
    }

    public static ConversationView of(Conversation c, List<Member> members, Long lastReadSeq, Long unread,
                                      MessageView lastMessage) {
        return new ConversationView(c.id, c.kind.name(), c.title, c.mentorId, c.councilId, c.bookingId, c.createdAt,
                c.lastSeq, members, lastReadSeq, unread, lastMessage);
    }
}
