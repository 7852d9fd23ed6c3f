package dev.mentra.chat.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mentra.chat.ConversationView;
import dev.mentra.chat.MessageView;
import dev.mentra.chat.config.ChatConfig;
import dev.mentra.platform.concurrent.Detached;
import dev.mentra.chat.service.ChatMetrics;
import dev.mentra.chat.service.MessageService;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.Startup;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The sockets open on this replica, by connection and by user, and delivery to them. Whatever happens in a
 * conversation reaches every replica through Kafka and each delivers to its own sockets from here; every socket of
 * a participant gets it (the user's inbox channel), without subscribing conversation by conversation.
 */
// created at start-up, not at the first socket: its gauge (mentra.chat.sockets.open) exists from the start, at 0
@Startup
@ApplicationScoped
public class LiveSockets {

    private final Map<String, LiveSocket> byConnection = new ConcurrentHashMap<>();
    private final Map<String, Set<LiveSocket>> byUser = new ConcurrentHashMap<>();
    private final MessageService messages;
    private final ChatConfig config;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final ChatMetrics metrics;
    private final Tracer tracer;
    private final Clock clock;
    /** Set once the replica is handing its sockets over ({@link LiveShutdown}): no socket stays open here. */
    private volatile boolean closing;

    public LiveSockets(MessageService messages, ChatConfig config, ObjectMapper json, Vertx vertx,
                       MeterRegistry registry, ChatMetrics metrics, Tracer tracer, Clock clock) {
        registry.gaugeMapSize("mentra.chat.sockets.open", List.of(), byConnection);
        this.metrics = metrics;
        this.messages = messages;
        this.config = config;
        this.json = json;
        this.vertx = vertx;
        this.tracer = tracer;
        this.clock = clock;
    }

    LiveSocket open(WebSocketConnection connection) {
        LiveSocket socket = new LiveSocket(connection, json,
                new RateLimit(config.socket().framesPerSecond(), config.socket().burst()),
                config.socket().maxPendingFrames(), metrics, vertx, clock);
        byConnection.put(connection.id(), socket);
        return socket;
    }

    /** Whether sockets are being handed over to other replicas: a socket that opens now is closed at once. */
    boolean closing() {
        return closing;
    }

    int count() {
        return byConnection.size();
    }

    /** The sockets open on this replica now. */
    List<LiveSocket> open() {
        return List.copyOf(byConnection.values());
    }

    /** Closes every open socket with {@code code}, and every later one as it opens; returns how many were open. */
    int closeAll(int code, String reason) {
        closing = true;
        List<LiveSocket> open = List.copyOf(byConnection.values());
        open.forEach(socket -> socket.close(code, reason));
        return open.size();
    }

    LiveSocket get(WebSocketConnection connection) {
        return byConnection.get(connection.id());
    }

    /** @return whether this is the user's first socket on this replica (they came online) */
    boolean joined(LiveSocket socket) {
        AtomicBoolean first = new AtomicBoolean();
        // compute: joining and leaving one user's set never interleave (no socket lands in a dropped set)
        byUser.compute(socket.userId(), (user, mine) -> {
            Set<LiveSocket> set = mine != null ? mine : ConcurrentHashMap.newKeySet();
            first.set(set.isEmpty());
            set.add(socket);
            return set;
        });
        return first.get();
    }

    /** A socket that closed, and whether it was its user's last on this replica (they went offline). */
    record Departure(LiveSocket socket, boolean lastOfUser) {
    }

    /** @return null for a socket this replica did not know */
    Departure closed(WebSocketConnection connection) {
        LiveSocket socket = byConnection.remove(connection.id());
        if (socket == null) {
            return null;
        }
        socket.release();
        AtomicBoolean last = new AtomicBoolean();
        if (socket.authenticated()) {
            byUser.computeIfPresent(socket.userId(), (user, mine) -> {
                last.set(mine.remove(socket) && mine.isEmpty());
                return mine.isEmpty() ? null : mine;
            });
        }
        return new Departure(socket, last.get());
    }

    /** {@code conversationId} on {@code socket}, created on first use. */
    Feed feed(LiveSocket socket, String conversationId) {
        return socket.feed(conversationId, id -> new Feed(id, socket, this::catchUp, config.pageLimit()));
    }

    /** A posted message, to every socket of every participant, in seq order per socket. */
    public void deliver(MessageView message, Collection<String> recipients) {
        Span span = deliverySpan("message.posted", message.conversationId());
        int sockets = 0;
        for (String user : recipients) {
            for (LiveSocket socket : socketsOf(user)) {
                feed(socket, message.conversationId()).offer(message);
                sockets++;
            }
        }
        span.setAttribute("mentra.chat.sockets", sockets);
        span.end();
    }

    public void conversationCreated(ConversationView conversation, Collection<String> recipients) {
        Span span = deliverySpan("conversation.created", conversation.id());
        ObjectNode frame = json.createObjectNode().put("type", "conversation.created");
        frame.set("conversation", json.valueToTree(conversation));
        span.setAttribute("mentra.chat.sockets", toUsers(recipients, null, frame));
        span.end();
    }

    /** In the trace of the event being delivered (the fan-out consumer's current span). */
    private Span deliverySpan(String eventType, String conversationId) {
        return tracer.spanBuilder("deliver " + eventType)
                .setAttribute("mentra.conversation.id", conversationId)
                .startSpan();
    }

    public void read(String conversationId, String userId, long seq, Collection<String> recipients) {
        toUsers(recipients, null, json.createObjectNode().put("type", "read")
                .put("conversationId", conversationId).put("userId", userId).put("seq", seq));
    }

    public void typing(String conversationId, String userId, Collection<String> recipients) {
        toUsers(recipients, userId, json.createObjectNode().put("type", "typing")
                .put("conversationId", conversationId).put("userId", userId));
    }

    public void presence(String userId, boolean online, Collection<String> recipients) {
        toUsers(recipients, userId, json.createObjectNode().put("type", "presence")
                .put("userId", userId).put("online", online));
    }

    public void aiDelta(String conversationId, String replyTo, String mentorId, String stage, String text,
                        Collection<String> recipients) {
        toUsers(recipients, null, json.createObjectNode().put("type", "ai.delta")
                .put("conversationId", conversationId).put("replyTo", replyTo).put("mentorId", mentorId)
                .put("stage", stage).put("text", text));
    }

    /** @return to how many sockets the frame went */
    private int toUsers(Collection<String> users, String except, ObjectNode frame) {
        int sent = 0;
        for (String user : users) {
            if (!user.equals(except)) {
                for (LiveSocket socket : socketsOf(user)) {
                    socket.send(frame);
                    sent++;
                }
            }
        }
        return sent;
    }

    private Collection<LiveSocket> socketsOf(String userId) {
        Set<LiveSocket> sockets = byUser.get(userId);
        return sockets == null ? List.of() : List.copyOf(sockets);
    }

    private io.smallrye.mutiny.Uni<List<MessageView>> catchUp(String conversationId, long after, long before) {
        return Detached.run(vertx, () -> messages.catchUp(conversationId, after, before));
    }
}
