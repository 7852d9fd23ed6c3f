package dev.mentra.chat.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client (the JDK's) that keeps every frame it receives, for tests to wait on. */
public final class ChatClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Why the server closed the socket. */
    public record Closed(int code, String reason) {
    }

    private final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private ChatClient(URI uri) {
        this.socket = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener()).join();
    }

    /** Connects to {@code base} (http://host:port) with the token as the access_token query parameter (or none). */
    public static ChatClient connect(String base, String token) {
        String ws = base.replaceFirst("^http", "ws").replaceAll("/$", "") + "/api/chat/ws"
                + (token == null ? "" : "?access_token=" + token);
        return new ChatClient(URI.create(ws));
    }

    /** Connects, authenticated, and waits until the server says it is ready. */
    public static ChatClient ready(String base, String token) {
        ChatClient client = connect(base, token);
        client.await(f -> f.path("type").asText().equals("ready"));
        return client;
    }

    public ChatClient send(Map<String, ?> frame) {
        try {
            return sendRaw(JSON.writeValueAsString(frame));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public ChatClient sendRaw(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    /** One text message sent in fragments (continuation frames), each fragment a frame of its own. */
    public ChatClient sendFragments(String... parts) {
        for (int i = 0; i < parts.length; i++) {
            socket.sendText(parts[i], i == parts.length - 1).join();
        }
        return this;
    }

    public JsonNode await(Predicate<JsonNode> match) {
        return awaitAll(1, match, Duration.ofSeconds(20)).get(0);
    }

    public JsonNode await(String type, Predicate<JsonNode> match) {
        return await(f -> f.path("type").asText().equals(type) && match.test(f));
    }

    /** Waits until {@code count} frames match; fails with what did arrive if they do not. */
    public List<JsonNode> awaitAll(int count, Predicate<JsonNode> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<JsonNode> found = matching(match);
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + count + " matching frames, got " + found.size() + "; all frames: " + frames);
            }
            sleep(20);
        }
    }

    /** What arrived in {@code window} that matches: to assert that something did not come (or came once). */
    public List<JsonNode> during(Duration window, Predicate<JsonNode> match) {
        sleep(window.toMillis());
        return matching(match);
    }

    public List<JsonNode> matching(Predicate<JsonNode> match) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode f : frames) {
            if (match.test(f)) {
                found.add(f);
            }
        }
        return found;
    }

    /** The {@code message} frames of a conversation, in arrival order. */
    public List<JsonNode> messages(String conversationId) {
        return matching(f -> f.path("type").asText().equals("message")
                && f.path("conversationId").asText().equals(conversationId));
    }

    public Closed awaitClosed() {
        try {
            return closed.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("The server did not close the socket; frames: " + frames, e);
        }
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!closed.isDone() && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        socket.abort();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    frames.add(JSON.createObjectNode().put("type", "unparseable").put("text", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Closed(-1, String.valueOf(error)));
        }
    }
}
