package dev.mentra.gateway.routing;

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
 * Relays a browser's WebSocket to its service frame by frame: the service's socket is opened first (a refusal is
 * answered with the service's own status and body, an unreachable service with 503), then the browser's is
 * accepted. Frames keep their kind (text stays text), each side's close code and reason reach the other (4401
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

    WebSocketRelay(Vertx vertx, Duration connectTimeout, Duration keepAlive) {
        this.vertx = vertx;
        this.connectTimeout = connectTimeout;
        this.keepAlive = keepAlive;
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                // the service enforces its own (smaller) limits and says so with a close code
                .setMaxFrameSize(1 << 20)
                .setMaxMessageSize(1 << 20));
    }

    static boolean isUpgrade(HttpServerRequest request) {
        return "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
    }

    void relay(RoutingContext rc, URI base, Upstream upstream) {
        HttpServerRequest request = rc.request();
        request.pause();
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
        client.connect(options).onComplete(connected -> {
            if (connected.failed()) {
                refuse(rc, upstream, connected.cause());
                return;
            }
            WebSocket service = connected.result();
            // what the service says before the browser's side is ready waits here, in order
            service.pause();
            request.toWebSocket().onComplete(accepted -> {
                if (accepted.failed()) {
                    // the browser left during the handshake
                    service.close();
                    return;
                }
                join(accepted.result(), service);
            });
        });
    }

    private void join(ServerWebSocket browser, WebSocket service) {
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

    /** The service refused the upgrade (its status and body, e.g. 401) or could not be reached (503). */
    private static void refuse(RoutingContext rc, Upstream upstream, Throwable failure) {
        var response = rc.response();
        if (response.ended()) {
            return;
        }
        if (failure instanceof UpgradeRejectedException rejected) {
            response.setStatusCode(rejected.getStatus());
            String type = rejected.getHeaders() == null ? null : rejected.getHeaders().get(HttpHeaders.CONTENT_TYPE);
            if (type != null) {
                response.putHeader(HttpHeaders.CONTENT_TYPE, type);
            }
            response.end(rejected.getBody() == null ? Buffer.buffer() : rejected.getBody());
            return;
        }
        LOG.warnf("%s unreachable for its socket: %s", upstream.serviceName(), failure.toString());
        response.setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, GatewayProblem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, "5")
                .end(GatewayProblem.of("service-unavailable", "Service unavailable", 503,
                        upstream.serviceName() + " cannot be reached right now; try again in a few seconds",
                        rc.normalizedPath()).encode());
    }
}
