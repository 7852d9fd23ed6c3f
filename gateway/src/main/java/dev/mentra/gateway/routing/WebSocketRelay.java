package dev.mentra.gateway.routing;

import dev.mentra.platform.shutdown.UpgradedRequests;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Relays a browser's WebSocket to its service frame by frame: the browser's socket is accepted while its request
 * is handled and the service's is opened alongside (a refusal or an unreachable service closes the browser's with a
 * code that says what to do). Frames keep their kind (text stays text), each side's close code and reason reach the other (4401
 * means "renew your token"), a slow reader slows its writer instead of filling memory, and the browser's side
 * is pinged so idle connections are not dropped on the way.
 *
 * <p>Frame by frame rather than byte by byte: the service speaks first ({@code ready}), and a byte relay attached
 * only once both upgrades completed could lose what it said in between.
 */
final class WebSocketRelay {

    private static final Logger LOG = Logger.getLogger(WebSocketRelay.class);
    /** Headers the service needs to know who called and to correlate logs; the token travels in the URI or here. */
    private static final List<String> FORWARDED = List.of("Authorization", "Origin", "User-Agent", "Accept-Language");

    private final Vertx vertx;
    private final WebSocketClient client;
    private final Duration connectTimeout;
    private final Duration keepAlive;

    WebSocketRelay(Vertx vertx, Duration connectTimeout, Duration keepAlive, int maxSocketsPerService) {
        this.vertx = vertx;
        this.connectTimeout = connectTimeout;
        this.keepAlive = keepAlive;
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                // a relayed socket holds its connection for life: Vert.x's default of 50 per service capped the
                // gateway at 50 live sockets, and the 51st waited for one to close
                .setMaxConnections(maxSocketsPerService)
                // the service enforces its own (smaller) limits and says so with a close code
                .setMaxFrameSize(1 << 20)
                .setMaxMessageSize(1 << 20));
    }

    static boolean isUpgrade(HttpServerRequest request) {
        return "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
    }

    void relay(RoutingContext rc, URI base, Upstream upstream) {
        HttpServerRequest request = rc.request();
        // The browser's side is accepted at once, while the request is still being handled: accepted later (once
        // the service answered), the request may have been read to its end and can no longer be upgraded.
        Future<ServerWebSocket> accepting;
        try {
            accepting = request.toWebSocket();
            // a relayed socket is not a request in flight for the shutdown's wait (deploy/platform: graceful shutdown)
            UpgradedRequests.notInFlight(request);
        } catch (IllegalStateException e) {
            LOG.debugf("Socket request could not be upgraded: %s", e.getMessage());
            if (!rc.response().ended()) {
                rc.response().setStatusCode(400).end();
            }
            return;
        }
        // what the service says before the browser's side is ready waits, in order, until both are joined
        Future<WebSocket> connecting = client.connect(connectOptions(request, base)).onSuccess(WebSocket::pause);
        accepting.onComplete(accepted -> {
            if (accepted.failed()) {
                // the browser left during the handshake
                connecting.onSuccess(WebSocket::close);
                return;
            }
            ServerWebSocket browser = accepted.result();
            browser.pause();
            connecting.onComplete(connected -> {
                if (connected.succeeded()) {
                    join(browser, connected.result());
                } else {
                    refuse(browser, upstream, connected.cause());
                }
            });
        });
    }

    private WebSocketConnectOptions connectOptions(HttpServerRequest request, URI base) {
        String requestId = request.getHeader(ProxyRoutes.REQUEST_ID);
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setServer(SocketAddress.inetSocketAddress(base.getPort(), base.getHost()))
                .setHost(base.getHost())
                .setPort(base.getPort())
                .setURI(request.uri())
                .setTimeout(connectTimeout.plusSeconds(5).toMillis())
                .setAllowOriginHeader(false)
                .addHeader(ProxyRoutes.REQUEST_ID, requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId)
                .addHeader("X-Forwarded-For", request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress())
                .addHeader("X-Forwarded-Proto", request.scheme());
        FORWARDED.forEach(name -> {
            String value = request.getHeader(name);
            if (value != null) {
                options.addHeader(name, value);
            }
        });
        String protocols = request.getHeader("Sec-WebSocket-Protocol");
        if (protocols != null) {
            options.setSubProtocols(List.of(protocols.split("\\s*,\\s*")));
        }
        return options;
    }

    private void join(ServerWebSocket browser, WebSocket service) {
        if (browser.isClosed() || service.isClosed()) {
            // one side left while the other was being opened
            if (!browser.isClosed()) {
                browser.close((short) 1001, "going away");
            }
            if (!service.isClosed()) {
                service.close((short) 1001, "going away");
            }
            return;
        }
        forward(service, browser);
        forward(browser, service);
        long pinger = vertx.setPeriodic(keepAlive.toMillis(), id -> {
            if (!browser.isClosed()) {
                browser.writePing(Buffer.buffer());
            }
        });
        closeTogether(service, browser, pinger);
        closeTogether(browser, service, pinger);
        service.resume();
        browser.resume();
    }

    /** Every message keeps its kind; when the reader falls behind, the writer waits for it to drain. */
    private static void forward(WebSocketBase from, WebSocketBase to) {
        from.textMessageHandler(text -> {
            if (!to.isClosed()) {
                to.writeTextMessage(text);
                throttle(from, to);
            }
        });
        from.binaryMessageHandler(data -> {
            if (!to.isClosed()) {
                to.writeBinaryMessage(data);
                throttle(from, to);
            }
        });
    }

    private static void throttle(WebSocketBase from, WebSocketBase to) {
        if (to.writeQueueFull()) {
            from.pause();
            to.drainHandler(v -> from.resume());
        }
    }

    /** A close on one side closes the other with the same code and reason (1006, no close frame, as 1001). */
    private void closeTogether(WebSocketBase closing, WebSocketBase other, long pinger) {
        closing.closeHandler(v -> {
            vertx.cancelTimer(pinger);
            if (!other.isClosed()) {
                Short code = closing.closeStatusCode();
                boolean sendable = code != null && code != 1005 && code != 1006 && code != 1015;
                other.close(sendable ? code : (short) 1001, sendable ? closing.closeReason() : "going away");
            }
        });
        closing.exceptionHandler(e -> LOG.debugf("Relayed socket failed: %s", e.toString()));
    }

    /**
     * The service refused its socket or could not be reached: the browser's socket, already open, is closed with
     * a code that says what to do: 4401 (sign in again / renew), 4404 (no such socket), 1013 (try again later).
     */
    private static void refuse(ServerWebSocket browser, Upstream upstream, Throwable failure) {
        if (failure instanceof UpgradeRejectedException rejected) {
            int status = rejected.getStatus();
            if (status == 401 || status == 403) {
                browser.close((short) 4401, "authentication required");
            } else if (status == 404) {
                browser.close((short) 4404, "not found");
            } else {
                browser.close((short) 1013, upstream.serviceName() + " refused the socket (" + status + ")");
            }
            return;
        }
        LOG.warnf("%s unreachable for its socket: %s", upstream.serviceName(), failure.toString());
        browser.close((short) 1013, upstream.serviceName() + " cannot be reached right now");
    }
}
