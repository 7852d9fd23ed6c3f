package dev.mentra.chat.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.chat.config.ChatConfig;
import dev.mentra.chat.messaging.ChatEvents;
import dev.mentra.chat.service.AiReplies;
import dev.mentra.chat.service.ConversationService;
import dev.mentra.chat.service.MessageService;
import dev.mentra.platform.concurrent.Detached;
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
 * The live chat socket ({@code /api/chat/ws}; the gateway routes it). Frames are JSON objects with a {@code type},
 * decoded into {@link ClientFrame}s. A socket authenticates with the {@code access_token} query parameter on the
 * upgrade or with a first {@code auth} frame, and is closed (4401) when its token expires unless a fresh
 * {@code auth} frame came in time (the {@link LiveSocket} keeps those deadlines). A bad frame is answered with an
 * {@code error} frame and the socket stays open. A message over {@code quarkus.websockets-next.server.max-message-size}
 * never gets here: the server drops it and reports it, and the socket is closed (1009).
 */
@WebSocket(path = "/api/chat/ws", endpointId = ChatSocket.ENDPOINT_ID)
public class ChatSocket {

    static final String ENDPOINT_ID = "chat";
    /** RFC 6455: a message too big to process. */
    static final int CLOSE_TOO_BIG = 1009;

    private static final Logger LOG = Logger.getLogger(ChatSocket.class);

    private final LiveSockets sockets;
    private final ClientFrames frames;
    private final TokenVerifier verifier;
    private final MessageService messages;
    private final ConversationService conversations;
    private final AiReplies ai;
    private final ChatEvents events;
    private final ChatConfig config;
    private final ObjectMapper json;
    private final Vertx vertx;

    public ChatSocket(LiveSockets sockets, ClientFrames frames, TokenVerifier verifier, MessageService messages,
                      ConversationService conversations, AiReplies ai, ChatEvents events, ChatConfig config,
                      ObjectMapper json, Vertx vertx) {
        this.sockets = sockets;
        this.frames = frames;
        this.verifier = verifier;
        this.messages = messages;
        this.conversations = conversations;
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
        socket.awaitAuthentication(config.socket().authTimeout());
        return Uni.createFrom().voidItem();
    }

    @OnTextMessage
    public Uni<Void> frame(WebSocketConnection connection, String text) {
        LiveSocket socket = sockets.get(connection);
        if (socket == null) {
            return Uni.createFrom().voidItem();
        }
        if (!socket.allowFrame()) {
            socket.sendError("rate-limited", "Too many frames: slow down");
            return Uni.createFrom().voidItem();
        }
        JsonNode raw = frames.parse(text);
        String type = ClientFrames.typeOf(raw);
        if (!socket.authenticated() && !"auth".equals(type)) {
            // the first frame of a socket opened without a token must be its auth frame
            socket.close(LiveSocket.CLOSE_UNAUTHORIZED, "authentication required");
            return Uni.createFrom().voidItem();
        }
        if (type == null) {
            socket.sendError("bad-frame", ClientFrames.NOT_A_FRAME);
            return Uni.createFrom().voidItem();
        }
        ClientFrame frame;
        try {
            frame = frames.decode(raw);
        } catch (ClientFrames.UnknownType e) {
            socket.sendError("unknown-type", e.getMessage());
            return Uni.createFrom().voidItem();
        } catch (ClientFrame.BadFrame e) {
            if (socket.authenticated()) {
                reportFailure(socket, raw, e);
            } else {
                socket.close(LiveSocket.CLOSE_UNAUTHORIZED, "authentication required");
            }
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(() -> handle(socket, frame))
                .onFailure().recoverWithItem(e -> {
                    reportFailure(socket, raw, e);
                    return null;
                });
    }

    private Uni<Void> handle(LiveSocket socket, ClientFrame frame) {
        if (frame instanceof ClientFrame.Auth auth) {
            return auth(socket, auth);
        } else if (frame instanceof ClientFrame.Subscribe subscribe) {
            return subscribe(socket, subscribe);
        } else if (frame instanceof ClientFrame.Send send) {
            return send(socket, send);
        } else if (frame instanceof ClientFrame.Typing typing) {
            return member(socket, typing.conversationId())
                    .flatMap(members -> events.typing(typing.conversationId(), socket.userId(), members));
        } else if (frame instanceof ClientFrame.Read read) {
            return messages.markRead(read.conversationId(), socket.userId(), read.seq()).replaceWithVoid();
        }
        // not IllegalStateException: that type is reserved for the server's over-size report (see tooLarge)
        throw new UnsupportedOperationException("No handler for frame " + frame.type());
    }

    @OnClose
    public Uni<Void> close(WebSocketConnection connection) {
        LiveSockets.Departure left = sockets.closed(connection);
        if (left != null && left.lastOfUser()) {
            announcePresence(left.socket().userId(), false);
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * A message over the server's {@code max-message-size}: Vert.x drops it and reports it with this type (its only
     * failure of that type while reading; frame handling here answers its own failures with error frames). The
     * socket ends as RFC 6455 says for a message too big to process.
     */
    @OnError
    public Uni<Void> tooLarge(WebSocketConnection connection, IllegalStateException failure) {
        LiveSocket socket = sockets.get(connection);
        if (socket != null) {
            socket.close(CLOSE_TOO_BIG, "frame too large");
        }
        return Uni.createFrom().voidItem();
    }

    /** Other transport failures: the server closes the connection if it cannot go on. */
    @OnError
    public Uni<Void> error(WebSocketConnection connection, Throwable failure) {
        LOG.infof("Socket %s failed: %s", connection.id(), failure.toString());
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> auth(LiveSocket socket, ClientFrame.Auth frame) {
        return verifier.verify(frame.token())
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
        socket.send(json.createObjectNode().put("type", "ready").put("userId", socket.userId())
                .put("expiresAt", socket.expiresAtSeconds()));
        if (first && sockets.joined(socket)) {
            announcePresence(socket.userId(), true);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> subscribe(LiveSocket socket, ClientFrame.Subscribe frame) {
        String conversationId = frame.conversationId();
        return member(socket, conversationId).invoke(members -> sockets.feed(socket, conversationId).subscribe(
                frame.from(), () -> socket.send(json.createObjectNode().put("type", "subscribed")
                        .put("conversationId", conversationId)))).replaceWithVoid();
    }

    private Uni<Void> send(LiveSocket socket, ClientFrame.Send frame) {
        String token = socket.token();
        return messages.post(frame.conversationId(), socket.userId(), socket.name(), frame.text(), frame.clientId())
                .invoke(posted -> {
                    var ack = json.createObjectNode().put("type", "ack").put("conversationId", frame.conversationId())
                            .put("seq", posted.message().seq()).put("id", posted.message().id());
                    ack.put("clientId", frame.clientId());
                    socket.send(ack);
                    ai.answer(posted, token);
                })
                .replaceWithVoid();
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
        Detached.run(vertx, () -> conversations.contactsOf(userId))
                .flatMap(contacts -> contacts.isEmpty() ? Uni.createFrom().voidItem()
                        : events.presence(userId, online, contacts))
                .subscribe().with(done -> {
                }, e -> LOG.debugf("Presence of %s not announced: %s", userId, e.toString()));
    }

    /** An {@code error} frame naming the frame it answers (type, clientId, conversationId), so a client can match it. */
    private void reportFailure(LiveSocket socket, JsonNode raw, Throwable e) {
        var error = json.createObjectNode().put("type", "error");
        if (e instanceof ProblemException problem) {
            String type = problem.toProblem().type().toString();
            error.put("code", type.substring(type.lastIndexOf('/') + 1)).put("detail", problem.getMessage());
        } else if (e instanceof ClientFrame.BadFrame) {
            error.put("code", "bad-frame").put("detail", e.getMessage());
        } else {
            LOG.errorf(e, "Frame %s on socket %s failed", raw.path("type").asText(), socket.id());
            error.put("code", "internal").put("detail", "Something went wrong on our side");
        }
        if (raw.hasNonNull("clientId")) {
            error.put("clientId", raw.get("clientId").asText());
        }
        if (raw.hasNonNull("conversationId")) {
            error.put("conversationId", raw.get("conversationId").asText());
        }
        error.put("frame", raw.path("type").asText());
        socket.send(error);
    }
}
