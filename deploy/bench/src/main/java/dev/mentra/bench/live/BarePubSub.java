package dev.mentra.bench.live;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline of chat delivery: a bare pub/sub server that speaks the subset of chat-service's socket protocol the
 * chat benchmark uses ({@code ready}, {@code auth}, {@code send} → {@code ack} + {@code message} to every socket of
 * every participant), in memory, with nothing stored and no broker. The user is read from the token's payload
 * without checking it; conversations are registered up front ({@code POST /bench/conversations}
 * {@code {id, participants}}).
 */
public final class BarePubSub {

    private final Vertx vertx;
    private final Map<String, List<String>> participants = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lastSeq = new ConcurrentHashMap<>();
    private final Map<String, Set<ServerWebSocket>> socketsOfUser = new ConcurrentHashMap<>();
    private HttpServer server;

    public BarePubSub(Vertx vertx) {
        this.vertx = vertx;
    }

    public Future<Integer> listen(int port) {
        server = vertx.createHttpServer(BareServers.serverOptions())
                .webSocketHandler(this::socket)
                .requestHandler(this::register);
        return server.listen(port, "127.0.0.1").map(HttpServer::actualPort);
    }

    private void register(HttpServerRequest request) {
        if (!"/bench/conversations".equals(request.path())) {
            request.response().setStatusCode(404).end();
            return;
        }
        request.body().onSuccess(body -> {
            JsonObject conversation = body.toJsonObject();
            JsonArray members = conversation.getJsonArray("participants");
            participants.put(conversation.getString("id"), members.stream().map(String::valueOf).toList());
            request.response().setStatusCode(204).end();
        });
    }

    private void socket(ServerWebSocket socket) {
        String userId = subjectOf(socket.query());
        if (userId == null) {
            socket.reject(401);
            return;
        }
        socketsOfUser.computeIfAbsent(userId, u -> ConcurrentHashMap.newKeySet()).add(socket);
        socket.closeHandler(v -> socketsOfUser.getOrDefault(userId, Set.of()).remove(socket));
        socket.textMessageHandler(text -> frame(socket, userId, new JsonObject(text)));
        ready(socket, userId);
    }

    private void frame(ServerWebSocket socket, String userId, JsonObject frame) {
        switch (frame.getString("type", "")) {
            case "auth" -> ready(socket, userId);
            case "send" -> post(socket, userId, frame);
            default -> {
                // typing, read, subscribe: the chat benchmark does not use them
            }
        }
    }

    private void post(ServerWebSocket sender, String userId, JsonObject frame) {
        String conversationId = frame.getString("conversationId");
        List<String> members = participants.get(conversationId);
        if (members == null || !members.contains(userId)) {
            sender.writeTextMessage(new JsonObject().put("type", "error").put("code", "not-found")
                    .put("conversationId", conversationId).encode());
            return;
        }
        long seq = lastSeq.computeIfAbsent(conversationId, c -> new AtomicLong()).incrementAndGet();
        String id = UUID.randomUUID().toString();
        String clientId = frame.getString("clientId");
        sender.writeTextMessage(new JsonObject().put("type", "ack").put("conversationId", conversationId)
                .put("clientId", clientId).put("seq", seq).put("id", id).encode());
        String message = new JsonObject().put("type", "message").put("conversationId", conversationId)
                .put("seq", seq).put("id", id)
                .put("author", new JsonObject().put("kind", "USER").put("id", userId))
                .put("text", frame.getString("text")).put("createdAt", Instant.now().toString())
                .put("clientId", clientId).encode();
        for (String member : members) {
            for (ServerWebSocket socket : socketsOfUser.getOrDefault(member, Set.of())) {
                socket.writeTextMessage(message);
            }
        }
    }

    private static void ready(ServerWebSocket socket, String userId) {
        socket.writeTextMessage(new JsonObject().put("type", "ready").put("userId", userId)
                .put("expiresAt", Instant.now().plusSeconds(120).getEpochSecond()).encode());
    }

    /** The {@code sub} of the {@code access_token} query parameter, read without verification. */
    static String subjectOf(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("access_token=")) {
                String[] parts = pair.substring("access_token=".length()).split("\\.");
                if (parts.length < 2) {
                    return null;
                }
                try {
                    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
                    return new JsonObject(payload).getString("sub");
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    public Future<Void> close() {
        return server == null ? Future.succeededFuture() : server.close();
    }
}
