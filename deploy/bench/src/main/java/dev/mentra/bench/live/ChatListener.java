package dev.mentra.bench.live;

import io.vertx.core.json.JsonObject;

/**
 * What a benchmark wants to hear from its sockets. Every call carries the {@link System#nanoTime} at which the frame
 * reached the socket (taken before the frame is parsed), and runs on the socket's event loop: keep it short.
 */
public interface ChatListener {

    ChatListener NONE = new ChatListener() {
    };

    default void message(ChatConnection socket, JsonObject frame, long receivedNanos) {
    }

    default void ack(ChatConnection socket, JsonObject frame, long receivedNanos) {
    }

    default void conversationCreated(ChatConnection socket, JsonObject conversation, long receivedNanos) {
    }

    default void aiDelta(ChatConnection socket, JsonObject frame, long receivedNanos) {
    }

    default void error(ChatConnection socket, JsonObject frame, long receivedNanos) {
    }
}
