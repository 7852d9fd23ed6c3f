package dev.mentra.bench.live;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * The baseline of the gateway's socket relay: the least a WebSocket relay does. It opens the service's socket
 * first and accepts the client's upgrade only once the service accepted (so a refusal reaches the client as the
 * same status), then copies text frames both ways, frame for frame, with back-pressure, and passes close codes on.
 * No token check, no rate limit, no routing table.
 */
public final class BareRelay {

    private final Vertx vertx;
    private final String upstreamHost;
    private final int upstreamPort;
    private WebSocketClient client;
    private HttpServer server;

    public BareRelay(Vertx vertx, String upstreamHost, int upstreamPort) {
        this.vertx = vertx;
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
    }

    public Future<Integer> listen(int port) {
        client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(1_000_000)
                .setTcpNoDelay(true).setConnectTimeout(10_000).setMaxFrameSize(1 << 20).setMaxMessageSize(1 << 20));
        server = vertx.createHttpServer(BareServers.serverOptions()).webSocketHandler(this::relay);
        return server.listen(port, "127.0.0.1").map(HttpServer::actualPort);
    }

    private void relay(ServerWebSocket inbound) {
        Promise<Integer> handshake = Promise.promise();
        inbound.setHandshake(handshake.future());
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(upstreamHost).setPort(upstreamPort)
                .setURI(inbound.uri());
        client.connect(options).onComplete(result -> {
            if (result.failed()) {
                handshake.complete(result.cause() instanceof UpgradeRejectedException rejected
                        ? rejected.getStatus() : 502);
                return;
            }
            WebSocket upstream = result.result();
            copy(upstream, inbound);
            copy(inbound, upstream);
            handshake.complete(101);
        });
    }

    /** Text frames from one side to the other; a full write queue pauses the reader until it drains. */
    private static void copy(WebSocketBase from, WebSocketBase to) {
        from.textMessageHandler(text -> {
            to.writeTextMessage(text);
            if (to.writeQueueFull()) {
                from.pause();
                to.drainHandler(v -> from.resume());
            }
        });
        from.closeHandler(v -> {
            if (!to.isClosed()) {
                Short code = from.closeStatusCode();
                // 1005 (no code) and 1006 (dropped) may not be sent in a close frame
                to.close(code == null || code == 1005 || code == 1006 ? (short) 1000 : code, from.closeReason());
            }
        });
    }

    public Future<Void> close() {
        return server == null ? Future.succeededFuture() : server.close().compose(v -> client.close());
    }
}
