package dev.mentra.chat.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mentra.chat.MessageView;
import dev.mentra.chat.service.ChatMetrics;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One open socket: who is on it (once authenticated), its feeds, its rate limit, its write queue, and its two
 * deadlines (authenticate in time, close when the token expires), whose timers it cancels when it closes.
 */
final class LiveSocket implements Feed.Sink {

    /** Authentication failed, expired or never came. */
    static final int CLOSE_UNAUTHORIZED = 4401;
    /** Too slow to read, or sending too much: reconnect and catch up with afterSeq. */
    static final int CLOSE_POLICY = 1008;

    private static final Logger LOG = Logger.getLogger(LiveSocket.class);

    final WebSocketConnection connection;
    private final ObjectMapper json;
    private final RateLimit rateLimit;
    private final int maxPending;
    private final ChatMetrics metrics;
    private final AtomicInteger pending = new AtomicInteger();
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    /** Conversations this user was checked to be in, with their participants (who hears typing). */
    private final Map<String, List<String>> conversations = new ConcurrentHashMap<>();

    private volatile String userId;
    private volatile String name;
    private volatile String token;
    private volatile long expiresAtSeconds;
    private final Vertx vertx;
    private final Clock clock;
    /** Vert.x timer ids, -1 when none is set; guarded by this. */
    private long authTimer = -1;
    private long expiryTimer = -1;
    private boolean released;

    LiveSocket(WebSocketConnection connection, ObjectMapper json, RateLimit rateLimit, int maxPending,
               ChatMetrics metrics, Vertx vertx, Clock clock) {
        this.connection = connection;
        this.vertx = vertx;
        this.clock = clock;
        this.metrics = metrics;
        this.json = json;
        this.rateLimit = rateLimit;
        this.maxPending = maxPending;
    }

    String id() {
        return connection.id();
    }

    boolean authenticated() {
        return userId != null;
    }

    String userId() {
        return userId;
    }

    String name() {
        return name;
    }

    /** The raw token of the last successful authentication: AI answers are asked for with it. */
    String token() {
        return token;
    }

    long expiresAtSeconds() {
        return expiresAtSeconds;
    }

    /**
     * Who is on the socket from now on, until their token expires: then the socket is closed (4401) unless a later
     * authentication moved the expiry. Ends the wait for authentication.
     */
    synchronized void authenticate(String userId, String name, String token, long expiresAtSeconds) {
        this.userId = userId;
        this.name = name;
        this.token = token;
        this.expiresAtSeconds = expiresAtSeconds;
        cancelTimers();
        if (released) {
            return;
        }
        Duration left = Duration.between(Instant.now(clock), Instant.ofEpochSecond(expiresAtSeconds));
        expiryTimer = vertx.setTimer(Math.max(1, left.toMillis()), id -> {
            if (!Instant.now(clock).isBefore(Instant.ofEpochSecond(this.expiresAtSeconds))) {
                close(CLOSE_UNAUTHORIZED, "token expired");
            }
        });
    }

    /** A socket opened without a token: closed (4401) unless it authenticates within {@code timeout}. */
    synchronized void awaitAuthentication(Duration timeout) {
        if (released) {
            return;
        }
        authTimer = vertx.setTimer(Math.max(1, timeout.toMillis()), id -> {
            if (!authenticated()) {
                close(CLOSE_UNAUTHORIZED, "authentication required");
            }
        });
    }

    /** The socket closed: its timers go with it. */
    synchronized void release() {
        released = true;
        cancelTimers();
    }

    /** Whether a timer of this socket is still set (for tests of the socket's life cycle). */
    synchronized boolean hasTimers() {
        return authTimer >= 0 || expiryTimer >= 0;
    }

    private void cancelTimers() {
        if (authTimer >= 0) {
            vertx.cancelTimer(authTimer);
            authTimer = -1;
        }
        if (expiryTimer >= 0) {
            vertx.cancelTimer(expiryTimer);
            expiryTimer = -1;
        }
    }

    boolean allowFrame() {
        return rateLimit.tryTake();
    }

    Feed feed(String conversationId, Function<String, Feed> create) {
        return feeds.computeIfAbsent(conversationId, create);
    }

    List<String> participants(String conversationId) {
        return conversations.get(conversationId);
    }

    void knownParticipant(String conversationId, List<String> participants) {
        conversations.put(conversationId, participants);
    }

    @Override
    public void sendMessage(MessageView message) {
        if (send(Frames.of(json, "message", message))) {
            metrics.delivered(message.author().kind());
        }
    }

    @Override
    public void sendError(String code, String detail) {
        send(Frames.error(json, code, detail));
    }

    /**
     * Queues a frame; false if the socket is closed or was closed for being too slow. Writes are asynchronous, so a slow reader never holds up anyone else; one that lets more
     * than the limit pile up is closed instead of being buffered without end.
     */
    boolean send(ObjectNode frame) {
        if (connection.isClosed()) {
            return false;
        }
        if (pending.incrementAndGet() > maxPending) {
            pending.decrementAndGet();
            close(CLOSE_POLICY, "too slow: reconnect and subscribe with afterSeq");
            return false;
        }
        String text;
        try {
            text = json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            pending.decrementAndGet();
            LOG.errorf(e, "Frame %s cannot be written", frame.path("type").asText());
            return false;
        }
        connection.sendText(text).subscribe().with(
                sent -> pending.decrementAndGet(),
                failure -> pending.decrementAndGet());
        return true;
    }

    void close(int code, String reason) {
        if (!connection.isClosed()) {
            connection.close(new CloseReason(code, reason)).subscribe().with(done -> {
            }, failure -> LOG.debugf("Closing socket %s: %s", id(), failure.toString()));
        }
    }
}
