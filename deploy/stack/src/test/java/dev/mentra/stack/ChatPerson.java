package dev.mentra.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One person's chat client that behaves as the web client's (lib/live, features/chat/live): one socket at a time;
 * when the server closes it, it reconnects (within a second, to the address it is given), asks each of its
 * conversations for what came after the newest seq it holds, and sends again what was never acknowledged, with
 * the same clientId. It places messages by seq, and counts a seq it is sent twice.
 * <p>Just over our usual size: the socket, the reconnect and the resend share one person's state, as in the client.
 */
final class ChatPerson implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** An acknowledgement, where and when it came. */
    private record Ack(String url, long at) {
    }

    private final String name;
    private final String token;
    private final List<String> conversations;
    private final String reconnectTo;
    private final ScheduledExecutorService reconnects = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Set<Long>> seqs = new ConcurrentHashMap<>();
    /** clientId → conversation, until acknowledged. */
    private final Map<String, String> unacked = new ConcurrentHashMap<>();
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> closeCodes = Collections.synchronizedList(new ArrayList<>());
    private final List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger repeatsOnOneSocket = new AtomicInteger();
    private final AtomicInteger repeatsAcrossSockets = new AtomicInteger();
    private final AtomicInteger resent = new AtomicInteger();
    private volatile Connection current;
    private volatile long droppedAt;
    private volatile boolean closing;

    ChatPerson(String name, String token, List<String> conversations, String reconnectTo) {
        this.name = name;
        this.token = token;
        this.conversations = List.copyOf(conversations);
        this.reconnectTo = reconnectTo;
        conversations.forEach(c -> seqs.put(c, new ConcurrentSkipListSet<>()));
    }

    /** Opens a socket straight to a chat-service replica ({@code http://host:port}). */
    void connect(String url) {
        Connection connection = new Connection(url);
        String ws = url.replaceFirst("^http", "ws") + "/api/chat/ws?access_token=" + token;
        HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(ws), connection)
                .whenComplete((socket, failure) -> {
                    if (failure != null && !closing) {
                        reconnects.schedule(() -> connect(reconnectTo), 500, TimeUnit.MILLISECONDS);
                    }
                });
    }

    /** Sends a message in one of its conversations now, or, while no socket is ready, once one is. */
    void send(int conversation, String text) {
        String conversationId = conversations.get(conversation);
        String clientId = java.util.UUID.randomUUID().toString();
        sent.add(clientId);
        texts.put(clientId, text);
        unacked.put(clientId, conversationId);
        Connection c = current;
        if (c != null && c.ready) {
            c.sendMessage(conversationId, clientId, text);
        }
    }

    void awaitCaughtUp(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Connection c = current;
            if (c != null && c.caughtUp.isDone()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(this + " was not caught up within " + timeout + "; errors " + errors);
    }

    void awaitDropped(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (droppedAt == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (droppedAt == 0) {
            throw new AssertionError(this + "'s socket was not closed within " + timeout);
        }
    }

    boolean connectedTo(String url) {
        Connection c = current;
        return c != null && c.url.equals(url) && c.caughtUp.isDone();
    }

    /** When the server first closed a socket of this person ({@link System#nanoTime}). */
    long droppedAt() {
        return droppedAt;
    }

    List<Integer> closeCodes() {
        return List.copyOf(closeCodes);
    }

    /** Acknowledgements from {@code url} received between {@code from} and {@code to} ({@link System#nanoTime}). */
    long acksOn(String url, long from, long to) {
        synchronized (acks) {
            return acks.stream().filter(a -> a.url().equals(url) && a.at() > from && a.at() < to).count();
        }
    }

    boolean allAcknowledged() {
        return unacked.isEmpty();
    }

    List<String> sentClientIds() {
        return List.copyOf(sent);
    }

    List<String> conversations() {
        return conversations;
    }

    String token() {
        return token;
    }

    /** The seqs of a conversation this person holds, in order. */
    List<Long> seqs(String conversationId) {
        return List.copyOf(seqs.get(conversationId));
    }

    /** A seq sent twice on one socket: the server promises never to. */
    int repeatsOnOneSocket() {
        return repeatsOnOneSocket.get();
    }

    /** A seq held already and sent again on a later socket (placed by seq, it shows once). */
    int repeatsAcrossSockets() {
        return repeatsAcrossSockets.get();
    }

    /** Messages sent again after a reconnection because their ack never came. */
    int resent() {
        return resent.get();
    }

    @Override
    public void close() {
        closing = true;
        reconnects.shutdownNow();
        Connection c = current;
        if (c != null && c.socket != null) {
            c.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** One socket, to one replica. */
    private final class Connection implements WebSocket.Listener {
        private final String url;
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        private final StringBuilder partial = new StringBuilder();
        private final CompletableFuture<Void> caughtUp = new CompletableFuture<>();
        private final AtomicInteger subscribed = new AtomicInteger();
        /** Java's WebSocket takes one send at a time: each waits for the one before. */
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
        private volatile WebSocket socket;
        private volatile boolean ready;

        Connection(String url) {
            this.url = url;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            current = this;
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    handle(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    errors.add(e.toString());
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCodes.add(statusCode);
            if (droppedAt == 0) {
                droppedAt = System.nanoTime();
            }
            if (current == this) {
                current = null;
            }
            if (!closing) {
                // as the web client after 1012: any time within a second
                reconnects.schedule(() -> connect(reconnectTo), ThreadLocalRandom.current().nextInt(1000),
                        TimeUnit.MILLISECONDS);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            errors.add(error.toString());
            if (current == this) {
                current = null;
            }
            if (!closing) {
                reconnects.schedule(() -> connect(reconnectTo), 500, TimeUnit.MILLISECONDS);
            }
        }

        private void handle(JsonNode frame) {
            switch (frame.path("type").asText()) {
                case "ready" -> {
                    boolean again = !closeCodes.isEmpty();
                    for (String conversationId : conversations) {
                        Set<Long> held = seqs.get(conversationId);
                        sendFrame(Map.of("type", "subscribe", "conversationId", conversationId,
                                "afterSeq", held.isEmpty() ? 0L : Collections.max(held)));
                    }
                    ready = true;
                    for (Map.Entry<String, String> pending : Map.copyOf(unacked).entrySet()) {
                        if (again) {
                            resent.incrementAndGet();
                        }
                        sendMessage(pending.getValue(), pending.getKey(), texts.get(pending.getKey()));
                    }
                }
                case "subscribed" -> {
                    if (subscribed.incrementAndGet() == conversations.size()) {
                        caughtUp.complete(null);
                    }
                }
                case "message" -> {
                    String conversationId = frame.path("conversationId").asText();
                    long seq = frame.path("seq").asLong();
                    Set<Long> held = seqs.get(conversationId);
                    boolean heldAlready = held != null && !held.add(seq);
                    if (!seen.add(conversationId + "#" + seq)) {
                        repeatsOnOneSocket.incrementAndGet();
                    } else if (heldAlready) {
                        repeatsAcrossSockets.incrementAndGet();
                    }
                }
                case "ack" -> {
                    unacked.remove(frame.path("clientId").asText());
                    acks.add(new Ack(url, System.nanoTime()));
                }
                case "error" -> errors.add(frame.toString());
                default -> {
                    // presence, typing, read: not what this test is about
                }
            }
        }

        void sendMessage(String conversationId, String clientId, String text) {
            sendFrame(Map.of("type", "send", "conversationId", conversationId, "clientId", clientId, "text", text));
        }

        private synchronized void sendFrame(Map<String, Object> frame) {
            String text;
            try {
                text = JSON.writeValueAsString(frame);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            // a send that fails (the socket closing) is left unacknowledged and goes again after the reconnection
            sending = sending.handle((r, e) -> null).thenCompose(v -> socket.sendText(text, true));
        }
    }
}
