package dev.mentra.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.OffsetDateTime;

/**
 * A message as every reader sees it: in REST answers, in {@code message} frames and in {@code message.posted}
 * events. {@code text} is plain text; clients must render it as text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(String conversationId, long seq, String id, Author author, String text,
                          OffsetDateTime createdAt, String clientId, JsonNode metadata) {

    /** Who wrote it: a user ({@code USER}, id = user id), an AI mentor ({@code AI}, id = mentor id) or {@code SYSTEM}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Author(String kind, String id, String name) {
    }

    public static MessageView of(Message m, ObjectMapper json) {
        return new MessageView(m.conversationId, m.seq, m.id, new Author(m.authorKind.name(), m.authorId, m.authorName),
                m.text, m.createdAt, m.clientId, metadata(m.metadata, json));
    }

    private static JsonNode metadata(String stored, ObjectMapper json) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
