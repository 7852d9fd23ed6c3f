package dev.mentra.chat.live;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.mentra.platform.input.StrictJson;

/**
 * A frame a client sends, decoded by Jackson from its {@code type} ({@link ClientFrames} reads them). Fields arrive
 * as the application's strict JSON reads them (no scalar coercion, no unstorable text); what a frame needs beyond
 * its types is checked by {@link #validate()}, so each type says in one place what makes it a bad frame.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ClientFrame.Auth.class, name = "auth"),
        @JsonSubTypes.Type(value = ClientFrame.Subscribe.class, name = "subscribe"),
        @JsonSubTypes.Type(value = ClientFrame.Send.class, name = "send"),
        @JsonSubTypes.Type(value = ClientFrame.Typing.class, name = "typing"),
        @JsonSubTypes.Type(value = ClientFrame.Read.class, name = "read")
})
@JsonIgnoreProperties(ignoreUnknown = true)
sealed interface ClientFrame {

    /** The frame's {@code type}, as the client wrote it. */
    String type();

    /** @throws BadFrame when a field the frame needs is missing or unusable */
    default void validate() {
    }

    /** Why a frame of {@code type} lacking {@code field} (or carrying it in a form that cannot be read) is refused. */
    static String needs(String type, String field) {
        if ("send".equals(type) && "clientId".equals(field)) {
            return "send needs a clientId without NUL characters or unpaired surrogates";
        }
        return "read".equals(type) && "seq".equals(field) ? "read needs a seq" : type + " needs " + field;
    }

    /** Authenticate, or renew the token of an authenticated socket. A missing token is refused by the verifier. */
    record Auth(String token) implements ClientFrame {
        @Override
        public String type() {
            return "auth";
        }
    }

    /** Replay what came after {@code afterSeq} (none or negative: from the start), then live. */
    record Subscribe(String conversationId, Long afterSeq) implements ClientFrame {
        @Override
        public String type() {
            return "subscribe";
        }

        @Override
        public void validate() {
            requireText(this, "conversationId", conversationId);
        }

        long from() {
            return afterSeq == null ? 0 : Math.max(0, afterSeq);
        }
    }

    /** Post a message; the text is cleaned (not refused) as over HTTP. */
    record Send(String conversationId, String clientId,
                @JsonDeserialize(using = StrictJson.Cleaned.class) String text) implements ClientFrame {
        @Override
        public String type() {
            return "send";
        }

        @Override
        public void validate() {
            requireText(this, "conversationId", conversationId);
            if (text == null) {
                throw new BadFrame(needs(type(), "text"));
            }
        }
    }

    /** Tell the conversation's other participants that this user is typing. */
    record Typing(String conversationId) implements ClientFrame {
        @Override
        public String type() {
            return "typing";
        }

        @Override
        public void validate() {
            requireText(this, "conversationId", conversationId);
        }
    }

    /** Move this user's read mark to {@code seq}. */
    record Read(String conversationId, Long seq) implements ClientFrame {
        @Override
        public String type() {
            return "read";
        }

        @Override
        public void validate() {
            requireText(this, "conversationId", conversationId);
            if (seq == null || seq < 0) {
                throw new BadFrame(needs(type(), "seq"));
            }
        }
    }

    private static void requireText(ClientFrame frame, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadFrame(needs(frame.type(), field));
        }
    }

    /** A frame that lacks what its type needs: answered with a {@code bad-frame} error, the socket stays open. */
    final class BadFrame extends RuntimeException {
        BadFrame(String message) {
            super(message);
        }
    }
}
