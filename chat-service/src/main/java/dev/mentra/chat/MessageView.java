package dev.mentra.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * A message as every reader sees it: in REST answers, in {@code message} frames and in {@code message.posted}
 * events. {@code text} is plain text; clients must render it as text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"conversationId", "seq", "id", "author", "text", "createdAt"})
public record MessageView(String conversationId, long seq, String id, Author author, String text,
                          OffsetDateTime createdAt,
                          @Schema(description = "The sender's own id for the message, if it gave one") String clientId,
                          @Schema(implementation = Object.class, type = SchemaType.OBJECT,
                                  additionalProperties = Schema.True.class,
                                  description = "AI and system messages: how the message was made") JsonNode metadata) {

    /** Who wrote it: a user ({@code USER}, id = user id), an AI mentor ({@code AI}, id = mentor id) or {@code SYSTEM}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = "kind")
    public record Author(@Schema(type = SchemaType.STRING, implementation = Message.AuthorKind.class) String kind,
                         @Schema(description = "USER: the user id; AI: the mentor id; absent for SYSTEM") String id,
                         String name) {
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
