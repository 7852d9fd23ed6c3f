package dev.mentra.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A browser's chat socket, as a test sees it: JSON frames in, every received frame kept in order. */
final class LiveClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final LinkedBlockingQueue<JsonNode> inbox;
    private final List<JsonNode> seen = new ArrayList<>();

    private LiveClient(WebSocket socket, LinkedBlockingQueue<JsonNode> inbox) {
        this.socket = socket;
        this.inbox = inbox;
    }

    /** Opens {@code ws://…/api/chat/ws?access_token=…}, as a browser must (it cannot set headers on a socket). */
    static LiveClient connect(String httpBase, String token) throws Exception {
        String ws = httpBase.replaceFirst("^http", "ws") + "/api/chat/ws"
                + (token == null ? "" : "?access_token=" + token);
        // the server speaks first ("ready"): frames may arrive before buildAsync completes
        LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(ws), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            try {
                                inbox.add(JSON.readTree(partial.toString()));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(15, TimeUnit.SECONDS);
        return new LiveClient(socket, inbox);
    }

    void send(Map<String, Object> frame) throws Exception {
        socket.sendText(JSON.writeValueAsString(frame), true).get(5, TimeUnit.SECONDS);
    }

    /** The next frame (skipping none) that matches, waiting up to {@code timeout}. */
    JsonNode await(Predicate<JsonNode> match, Duration timeout) throws InterruptedException {
        for (JsonNode frame : seen) {
            if (match.test(frame)) {
                seen.remove(frame);
                return frame;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode frame = inbox.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (frame == null) {
                break;
            }
            if (match.test(frame)) {
                return frame;
            }
            seen.add(frame);
        }
        throw new AssertionError("No matching frame within " + timeout + "; received: " + seen);
    }

    JsonNode await(String type, Duration timeout) throws InterruptedException {
        return await(f -> type.equals(f.path("type").asText()), timeout);
    }

    /** Every frame received so far that matches (for counting). */
    List<JsonNode> received(Predicate<JsonNode> match) {
        inbox.drainTo(seen);
        return seen.stream().filter(match).toList();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
}
