package dev.mentra.bench.live;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens chat sockets for a benchmark: one Vert.x with few event loops for every socket of the run (ten thousand
 * sockets cost file descriptors and memory, not threads), one WebSocket client per source address so the load
 * comes from many 127.x addresses as from many people.
 */
public final class LiveClients implements AutoCloseable {

    private final Vertx vertx;
    private final Duration readyTimeout;
    private final Map<String, WebSocketClient> clients = new ConcurrentHashMap<>();

    public LiveClients(int eventLoops, Duration readyTimeout) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops).setWorkerPoolSize(2)
                .setInternalBlockingPoolSize(2));
        this.readyTimeout = readyTimeout;
    }

    public Vertx vertx() {
        return vertx;
    }

    /**
     * Opens a socket as {@code userId} from {@code sourceAddress} and returns at once; {@link ChatConnection#ready()}
     * completes with the first {@code ready} frame, or fails with how the socket ended (or after the ready timeout).
     */
    public ChatConnection open(SocketTarget target, String sourceAddress, String userId, String token,
                               ChatListener listener) {
        ChatConnection connection = new ChatConnection(userId, sourceAddress, listener);
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(target.host()).setPort(target.port())
                .setURI(target.uri(token)).setTimeout(readyTimeout.toMillis());
        clientFor(sourceAddress).connect(options).onComplete(result -> {
            if (result.succeeded()) {
                connection.connected(result.result());
            } else {
                connection.failed(result.cause());
            }
        });
        vertx.setTimer(readyTimeout.toMillis(), id -> connection.timedOut());
        return connection;
    }

    private WebSocketClient clientFor(String sourceAddress) {
        return clients.computeIfAbsent(sourceAddress, address -> vertx.createWebSocketClient(new WebSocketClientOptions()
                .setLocalAddress(address)
                // Vert.x's default is 50 sockets per server: a benchmark opens thousands
                .setMaxConnections(1_000_000)
                .setConnectTimeout((int) readyTimeout.toMillis())
                .setTcpNoDelay(true)
                .setMaxFrameSize(1 << 20)
                .setMaxMessageSize(1 << 20)));
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
    }
}
