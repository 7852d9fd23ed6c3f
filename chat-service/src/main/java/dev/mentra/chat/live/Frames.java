package dev.mentra.chat.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON frames the server sends, every one an object with a {@code type} (what clients send is
 * {@link ClientFrame}).
 * <p>Server to client: {@code ready {userId, expiresAt}}, {@code message {conversationId, seq, id, author, text,
 * createdAt, clientId?, metadata?}}, {@code subscribed {conversationId, lastSeq}}, {@code ack {conversationId,
 * clientId, seq, id}}, {@code typing {conversationId, userId}}, {@code presence {userId, online}},
 * {@code read {conversationId, userId, seq}}, {@code ai.delta {conversationId, replyTo, mentorId, stage, text}},
 * {@code conversation.created {conversation}}, {@code error {code, detail, ...}}.
 */
final class Frames {

    private Frames() {
    }

    /** {@code payload}'s fields with the frame type first. */
    static ObjectNode of(ObjectMapper json, String type, Object payload) {
        ObjectNode frame = json.createObjectNode().put("type", type);
        if (payload != null) {
            frame.setAll((ObjectNode) json.valueToTree(payload));
        }
        return frame;
    }

    static ObjectNode error(ObjectMapper json, String code, String detail) {
        return json.createObjectNode().put("type", "error").put("code", code).put("detail", detail);
    }
}
