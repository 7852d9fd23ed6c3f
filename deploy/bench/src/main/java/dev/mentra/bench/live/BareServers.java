package dev.mentra.bench.live;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;

/**
 * Runs a baseline server in a process of its own, as the gateway and chat-service run in theirs (its own file
 * descriptors, its own memory to measure, no share of the load generator's event loops):
 * {@code relay <port> <upstreamHost> <upstreamPort>} or {@code pubsub <port>}. Prints
 * {@code listening <port>} once it accepts connections.
 */
public final class BareServers {

    private BareServers() {
    }

    static HttpServerOptions serverOptions() {
        return new HttpServerOptions().setTcpNoDelay(true).setMaxWebSocketFrameSize(1 << 20)
                .setMaxWebSocketMessageSize(1 << 20).setAcceptBacklog(4096);
    }

    public static void main(String[] args) {
        // two event loops, like the services on this two-core machine
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        int port = Integer.parseInt(args[1]);
        var listening = switch (args[0]) {
            case "relay" -> new BareRelay(vertx, args[2], Integer.parseInt(args[3])).listen(port);
            case "pubsub" -> new BarePubSub(vertx).listen(port);
            default -> throw new IllegalArgumentException("relay or pubsub, not " + args[0]);
        };
        listening.onSuccess(actual -> System.out.println("listening " + actual))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }
}
