package dev.mentra.chat.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.chat.config.ChatConfig;
import dev.mentra.chat.messaging.ChatEvents;
import dev.mentra.chat.repository.ParticipantRepository;
import dev.mentra.chat.service.AiReplies;
import dev.mentra.chat.service.MessageService;
import dev.mentra.platform.input.StorableText;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The live chat socket ({@code /api/chat/ws}; the gateway routes it). Frames are JSON objects with a {@code type}
 * (see {@link Frames}). A socket authenticates with the {@code access_token} query parameter on the upgrade or
 * with a first {@code auth} frame, and is closed (4401) when its token expires unless a fresh {@code auth} frame
 * came in time. A bad frame is answered with an {@code error} frame and the socket stays open.
 */
@WebSocket(path = "/api/chat/ws", endpointId = ChatSocket.ENDPOINT_ID)
public class ChatSocket {

    static final String ENDPOINT_ID = "chat";

    private static final Logger LOG = Logger.getLogger(ChatSocket.class);

    private final LiveSockets sockets;
    private final TokenVerifier verifier;
    private final MessageService messages;
    private final ParticipantRepository participants;
    private final AiReplies ai;
    private final ChatEvents events;
    private final ChatConfig config;
    private final ObjectMapper json;
    private final Vertx vertx;

    public ChatSocket(LiveSockets sockets, TokenVerifier verifier, MessageService messages,
                      ParticipantRepository participants, AiReplies ai, ChatEvents events, ChatConfig config,
                      ObjectMapper json, Vertx vertx) {
        this.sockets = sockets;
        this.verifier = verifier;
        this.messages = messages;
        this.participants = participants;
        this.ai = ai;
        this.events = events;
        this.config = config;
        this.json = json;
        this.vertx = vertx;
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        LiveSocket socket = sockets.open(connection);
        if (sockets.closing()) {
            socket.close(LiveShutdown.CLOSE_SERVICE_RESTART, "service restart");
            return Uni.createFrom().voidItem();
        }
        JsonWebToken token = connection.userData().get(SocketAuthCheck.TOKEN);
        if (token != null) {
            return authenticated(socket, token);
        }
        socket.authTimer = vertx.setTimer(config.socket().authTimeout().toMillis(), id -> {
            if (!socket.authenticated()) {
                socket.close(LiveSocket.CLOSE_UNAUTHORIZED, "authentication required");
            }
        });
        return Uni.createFrom().voidItem();
    }

    @OnTextMessage
    public Uni<Void> frame(WebSocketConnection connection, String text) {
        LiveSocket socket = sockets.get(connection);
        if (socket == null) {
            return Uni.createFrom().voidItem();
        }
        if (text.length() > config.socket().maxFrameBytes()) {
            socket.close(1009, "frame too large");
            return Uni.createFrom().voidItem();
        }
        if (!socket.allowFrame()) {
            socket.sendError("rate-limited", "Too many frames: slow down");
            return Uni.createFrom().voidItem();
        }
        JsonNode frame = parse(text);
        boolean wellFormed = frame != null && frame.isObject() && frame.path("type").isTextual();
        String type = wellFormed ? frame.get("type").asText() : null;
        if (!socket.authenticated() && !"auth".equals(type)) {
            // the first frame of a socket opened without a token must be its auth frame
            socket.close(LiveSocket.CLOSE_UNAUTHORIZED, "authentication required");
            return Uni.createFrom().voidItem();
        }
        if (!wellFormed) {
            socket.sendError("bad-frame", "A frame is a JSON object with a type");
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(() -> handle(socket, type, frame))
                .onFailure().recoverWithItem(e -> {
                    reportFailure(socket, frame, e);
                    return null;
                });
    }

    private Uni<Void> handle(LiveSocket socket, String type, JsonNode frame) {
        return switch (type) {
            case "auth" -> auth(socket, frame);
            case "subscribe" -> subscribe(socket, frame);
            case "send" -> send(socket, frame);
            case "typing" -> typing(socket, frame);
            case "read" -> read(socket, frame);
            default -> {
                socket.sendError("unknown-type", "Unknown frame type " + abbreviate(type));
                yield Uni.createFrom().voidItem();
            }
        };
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    @OnClose
    public Uni<Void> close(WebSocketConnection connection) {
        LiveSockets.Departure left = sockets.closed(connection);
        if (left != null) {
            cancelTimers(left.socket());
            if (left.lastOfUser()) {
                announcePresence(left.socket().userId(), false);
            }
        }
        return Uni.createFrom().voidItem();
    }

    /** Transport failures; a frame over the size limit is reported here by the server, and ends the socket (1009). */
    @OnError
    public Uni<Void> error(WebSocketConnection connection, Throwable failure) {
        LiveSocket socket = sockets.get(connection);
        String message = String.valueOf(failure.getMessage());
        if (socket != null && failure instanceof IllegalStateException && message.contains("size")) {
            socket.close(1009, "frame too large");
        } else {
            LOG.infof("Socket %s failed: %s", connection.id(), failure.toString());
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> auth(LiveSocket socket, JsonNode frame) {
        String raw = frame.path("token").asText(null);
        return verifier.verify(raw)
                .flatMap(token -> {
                    if (socket.authenticated() && !socket.userId().equals(token.getSubject())) {
                        socket.close(LiveSocket.CLOSE_UNAUTHORIZED, "token of another user");
                        return Uni.createFrom().voidItem();
                    }
                    return authenticated(socket, token);
                })
                .onFailure(TokenVerifier.InvalidToken.class).recoverWithItem(e -> {
                    if (socket.authenticated()) {
                        // a bad renewal does not end a session whose token is still good
                        socket.sendError("invalid-token", e.getMessage());
                    } else {
                        socket.close(LiveSocket.CLOSE_UNAUTHORIZED, e.getMessage());
                    }
                    return null;
                });
    }

    private Uni<Void> authenticated(LiveSocket socket, JsonWebToken token) {
        boolean first = !socket.authenticated();
        socket.authenticate(token.getSubject(), token.getClaim("name"), token.getRawToken(), token.getExpirationTime());
        cancelTimers(socket);
        long millis = Math.max(0, token.getExpirationTime() * 1000 - System.currentTimeMillis());
        socket.expiryTimer = vertx.setTimer(Math.max(1, millis), id -> {
            if (socket.expiresAtSeconds() * 1000 <= System.currentTimeMillis()) {
                socket.close(LiveSocket.CLOSE_UNAUTHORIZED, "token expired");
            }
        });
        socket.send(json.createObjectNode().put("type", "ready").put("userId", socket.userId())
                .put("expiresAt", socket.expiresAtSeconds()));
        if (first && sockets.joined(socket)) {
            announcePresence(socket.userId(), true);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> subscribe(LiveSocket socket, JsonNode frame) {
        String conversationId = text(frame, "conversationId");
        long afterSeq = Math.max(0, frame.path("afterSeq").asLong(0));
        return member(socket, conversationId).invoke(members -> sockets.feed(socket, conversationId).subscribe(afterSeq,
                () -> socket.send(json.createObjectNode().put("type", "subscribed")
                        .put("conversationId", conversationId)))).replaceWithVoid();
    }

    private Uni<Void> send(LiveSocket socket, JsonNode frame) {
        String conversationId = text(frame, "conversationId");
        String clientId = frame.path("clientId").asText(null);
        if (!StorableText.isStorable(clientId)) {
            throw new BadFrame("send needs a clientId without NUL characters or unpaired surrogates");
        }
        String token = socket.token();
        if (!frame.path("text").isTextual()) {
            throw new BadFrame("send needs text");
        }
        return messages.post(conversationId, socket.userId(), socket.name(), frame.get("text").asText(), clientId)
                .invoke(posted -> {
                    var ack = json.createObjectNode().put("type", "ack").put("conversationId", conversationId)
                            .put("seq", posted.message().seq()).put("id", posted.message().id());
                    ack.put("clientId", clientId);
                    socket.send(ack);
                    ai.answer(posted, token);
                })
                .replaceWithVoid();
    }

    private Uni<Void> typing(LiveSocket socket, JsonNode frame) {
        String conversationId = text(frame, "conversationId");
        return member(socket, conversationId)
                .flatMap(members -> events.typing(conversationId, socket.userId(), members));
    }

    private Uni<Void> read(LiveSocket socket, JsonNode frame) {
        String conversationId = text(frame, "conversationId");
        if (!frame.path("seq").canConvertToLong() || frame.path("seq").asLong() < 0) {
            throw new BadFrame("read needs a seq");
        }
        return messages.markRead(conversationId, socket.userId(), frame.get("seq").asLong()).replaceWithVoid();
    }

    /** The conversation's participants, once this socket's user is known to be one of them. */
    private Uni<List<String>> member(LiveSocket socket, String conversationId) {
        List<String> known = socket.participants(conversationId);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return messages.participantOrNotFound(conversationId, socket.userId())
                .flatMap(me -> messages.recipients(conversationId))
                .invoke(members -> socket.knownParticipant(conversationId, members));
    }

    private void announcePresence(String userId, boolean online) {
        dev.mentra.platform.concurrent.Detached.run(vertx, () -> participants.contactsOf(userId))
                .flatMap(contacts -> contacts.isEmpty() ? Uni.createFrom().voidItem()
                        : events.presence(userId, online, contacts))
                .subscribe().with(done -> {
                }, e -> LOG.debugf("Presence of %s not announced: %s", userId, e.toString()));
    }

    private void reportFailure(LiveSocket socket, JsonNode frame, Throwable e) {
        var error = json.createObjectNode().put("type", "error");
        if (e instanceof ProblemException problem) {
            String type = problem.toProblem().type().toString();
            error.put("code", type.substring(type.lastIndexOf('/') + 1)).put("detail", problem.getMessage());
        } else if (e instanceof BadFrame) {
            error.put("code", "bad-frame").put("detail", e.getMessage());
        } else {
            LOG.errorf(e, "Frame %s on socket %s failed", frame.path("type").asText(), socket.id());
            error.put("code", "internal").put("detail", "Something went wrong on our side");
        }
        // which frame it answers, so a client can match it
        if (frame.hasNonNull("clientId")) {
            error.put("clientId", frame.get("clientId").asText());
        }
        if (frame.hasNonNull("conversationId")) {
            error.put("conversationId", frame.get("conversationId").asText());
        }
        error.put("frame", frame.path("type").asText());
        socket.send(error);
    }

    private void cancelTimers(LiveSocket socket) {
        if (socket.authTimer >= 0) {
            vertx.cancelTimer(socket.authTimer);
            socket.authTimer = -1;
        }
        if (socket.expiryTimer >= 0) {
            vertx.cancelTimer(socket.expiryTimer);
            socket.expiryTimer = -1;
        }
    }

    private static String text(JsonNode frame, String field) {
        JsonNode value = frame.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank() || !StorableText.isStorable(value.asText())) {
            throw new BadFrame(frame.path("type").asText() + " needs " + field);
        }
        return value.asText();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** A frame that lacks what its type needs. */
    static final class BadFrame extends RuntimeException {
        BadFrame(String message) {
            super(message);
        }
    }
}
