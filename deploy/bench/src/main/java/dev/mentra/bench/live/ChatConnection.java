package dev.mentra.bench.live;

import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One chat socket as a client sees it (chat-service's live protocol, see its README): opened with the token in the
 * query, {@code ready} after authentication and again after each renewal ({@code auth} frame), {@code send} answered
 * by {@code ack}, {@code message} frames remembered per conversation so a reconnect could resume with
 * {@code afterSeq}. How it ended (close code and reason, a refused upgrade, a timeout) is kept for the report.
 */
public final class ChatConnection {

    private final String userId;
    private final String sourceAddress;
    private final ChatListener listener;
    private final long openedNanos = System.nanoTime();
    private final CompletableFuture<ChatConnection> ready = new CompletableFuture<>();
    private final ConcurrentHashMap<String, Long> lastSeq = new ConcurrentHashMap<>();
    private final AtomicInteger readyFrames = new AtomicInteger();
    private final AtomicInteger errorFrames = new AtomicInteger();
    private final AtomicLong framesIn = new AtomicLong();
    private volatile WebSocket socket;
    private volatile long readyNanos;
    private volatile String outcome;

    ChatConnection(String userId, String sourceAddress, ChatListener listener) {
        this.userId = userId;
        this.sourceAddress = sourceAddress;
        this.listener = listener;
    }

    void connected(WebSocket socket) {
        this.socket = socket;
        socket.textMessageHandler(this::frame);
        socket.closeHandler(v -> ended("closed " + socket.closeStatusCode()
                + (socket.closeReason() == null || socket.closeReason().isBlank() ? "" : " " + socket.closeReason())));
        socket.exceptionHandler(e -> ended("error " + e.getClass().getSimpleName()));
    }

    void failed(Throwable e) {
        if (e instanceof UpgradeRejectedException rejected) {
            ended("upgrade refused " + rejected.getStatus());
        } else {
            ended("failed " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** Gives up on a socket that did not become ready in time. */
    void timedOut() {
        if (!ready.isDone()) {
            ended("no ready in time");
            close();
        }
    }

    private void ended(String how) {
        if (outcome == null) {
            outcome = how;
        }
        ready.completeExceptionally(new IllegalStateException(how));
    }

    private void frame(String text) {
        long now = System.nanoTime();
        framesIn.incrementAndGet();
        JsonObject frame = new JsonObject(text);
        switch (frame.getString("type", "")) {
            case "ready" -> {
                readyFrames.incrementAndGet();
                if (readyNanos == 0) {
                    readyNanos = now;
                }
                ready.complete(this);
            }
            case "message" -> {
                lastSeq.merge(frame.getString("conversationId"), frame.getLong("seq", 0L), Math::max);
                listener.message(this, frame, now);
            }
            case "ack" -> listener.ack(this, frame, now);
            case "conversation.created" -> listener.conversationCreated(this, frame.getJsonObject("conversation"), now);
            case "ai.delta" -> listener.aiDelta(this, frame, now);
            case "error" -> {
                errorFrames.incrementAndGet();
                listener.error(this, frame, now);
            }
            default -> {
                // typing, presence, read, subscribed: not measured
            }
        }
    }

    public CompletableFuture<ChatConnection> ready() {
        return ready;
    }

    public boolean isReady() {
        return ready.isDone() && !ready.isCompletedExceptionally();
    }

    public boolean isOpen() {
        WebSocket s = socket;
        return s != null && !s.isClosed();
    }

    /** Milliseconds from asking for the socket to its first {@code ready}; -1 if it never came. */
    public double millisToReady() {
        return readyNanos == 0 ? -1 : (readyNanos - openedNanos) / 1e6;
    }

    /** {@code ready} frames seen: the first plus one per accepted renewal. */
    public int readyFrames() {
        return readyFrames.get();
    }

    public int errorFrames() {
        return errorFrames.get();
    }

    public long framesIn() {
        return framesIn.get();
    }

    /** How the socket ended (close code and reason, refusal, timeout); null while it is open or was never ended. */
    public String outcome() {
        return outcome;
    }

    public String userId() {
        return userId;
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    /** The last seq seen of a conversation: what {@code subscribe {afterSeq}} resumes from after a reconnect. */
    public long lastSeq(String conversationId) {
        return lastSeq.getOrDefault(conversationId, 0L);
    }

    public void send(String conversationId, String clientId, String text) {
        write(new JsonObject().put("type", "send").put("conversationId", conversationId).put("clientId", clientId)
                .put("text", text));
    }

    /** Renews the socket's session with a fresh token; chat-service answers with {@code ready} again. */
    public void renew(String token) {
        write(new JsonObject().put("type", "auth").put("token", token));
    }

    public void subscribe(String conversationId, long afterSeq) {
        write(new JsonObject().put("type", "subscribe").put("conversationId", conversationId).put("afterSeq", afterSeq));
    }

    private void write(JsonObject frame) {
        WebSocket s = socket;
        if (s != null && !s.isClosed()) {
            s.writeTextMessage(frame.encode());
        }
    }

    public void close() {
        WebSocket s = socket;
        if (s != null && !s.isClosed()) {
            s.close((short) 1000);
        }
    }
}
