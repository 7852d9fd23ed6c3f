package dev.mentra.gateway.routing;

import dev.mentra.gateway.config.GatewayConfig;
import dev.mentra.gateway.ratelimit.RateLimiter;
import dev.mentra.platform.http.ProblemBody;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyOptions;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Forwards each route of the {@link RouteTable} to its service with Vert.x's reverse proxy (streaming bodies;
 * WebSockets through the {@link WebSocketRelay}), once the caller is within its {@link RateLimiter rate limit}. Adds a request id
 * and forwarding headers; a service that cannot be reached is answered with 503 problem+json at once rather than
 * a hanging request.
 */
@ApplicationScoped
public class ProxyRoutes {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";
    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    void install(@Observes Router router, Vertx vertx, GatewayConfig config, RateLimiter rateLimiter) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(config.maxConnectionsPerService())
                .setKeepAlive(true));
        Map<Upstream, HttpProxy> proxies = new EnumMap<>(Upstream.class);
        for (Upstream upstream : Upstream.values()) {
            proxies.put(upstream, proxy(client, upstream, config, null));
        }
        WebSocketRelay sockets = new WebSocketRelay(vertx, config.connectTimeout(), config.socketKeepAlive(),
                config.maxSocketsPerService());
        for (RouteTable.Route route : RouteTable.ROUTES) {
            HttpProxy proxy = route.upstreamPrefix().equals(route.prefix())
                    ? proxies.get(route.upstream())
                    : proxy(client, route.upstream(), config, route);
            URI base = config.upstreams().get(route.upstream());
            // tokens are already verified here (Quarkus security runs first), so the limiter knows the user
            io.vertx.core.Handler<io.vertx.ext.web.RoutingContext> forward = rc -> {
                if (rc.response().closed()) {
                    // the caller left while its token was checked: nothing to forward, nobody to answer
                    return;
                }
                if (WebSocketRelay.isUpgrade(rc.request())) {
                    sockets.relay(rc, base, route.upstream());
                } else {
                    proxy.handle(rc.request());
                }
            };
            router.route(route.prefix()).handler(rateLimiter).handler(forward);
            router.route(route.prefix() + "/*").handler(rateLimiter).handler(forward);
        }
    }

    /** A reverse proxy to {@code upstream}; with a route, requests are rewritten to the path the service knows. */
    private static HttpProxy proxy(HttpClient client, Upstream upstream, GatewayConfig config, RouteTable.Route rewrite) {
        URI base = config.upstreams().get(upstream);
        if (base == null) {
            throw new IllegalStateException("mentra.gateway.upstreams." + upstream.name().toLowerCase()
                    + " is not configured");
        }
        // WebSockets are relayed frame by frame (WebSocketRelay), never as raw bytes
        HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                .origin(ctx -> originRequest(ctx, base, config));
        if (rewrite != null) {
            proxy.addInterceptor(new ProxyInterceptor() {
                @Override
                public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
                    ctx.request().setURI(rewrite.toUpstream(ctx.request().getURI()));
                    return ctx.sendRequest();
                }
            });
        }
        return proxy.addInterceptor(new ForwardingHeaders())
                .addInterceptor(new UnavailableUpstream(upstream));
    }

    private static Future<io.vertx.core.http.HttpClientRequest> originRequest(ProxyContext ctx, URI base,
                                                                            GatewayConfig config) {
        return ctx.client().request(new RequestOptions()
                        .setServer(SocketAddress.inetSocketAddress(base.getPort(), base.getHost()))
                        .setIdleTimeout(config.idleTimeout().toMillis()))
                .onSuccess(upstream -> abandonWithCaller(ctx.request().proxiedRequest().response(), upstream));
    }

    /**
     * A caller that hung up (a page closed, a fetch aborted) while its request waited for a connection to the
     * service takes that request with it: otherwise a response nobody reads can hold its connection to the service
     * until the idle timeout. Once the request is on its way, the proxy itself resets it if the caller goes; a
     * second reset of our own (on the caller's close) released a pooled connection's buffer twice and broke the
     * connection for the next request that took it (503 "Connection was closed").
     */
    private static void abandonWithCaller(io.vertx.core.http.HttpServerResponse caller,
                                          io.vertx.core.http.HttpClientRequest upstream) {
        if (caller.closed()) {
            upstream.reset();
        }
    }

    /** Headers a service needs to know who called and to correlate logs across services. */
    private static final class ForwardingHeaders implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
            HttpServerRequest original = ctx.request().proxiedRequest();
            var headers = ctx.request().headers();
            if (headers.get(REQUEST_ID) == null || headers.get(REQUEST_ID).isBlank()) {
                headers.set(REQUEST_ID, UUID.randomUUID().toString());
            }
            ctx.set(REQUEST_ID, headers.get(REQUEST_ID));
            // The gateway's span already continues the caller's trace context, and the HTTP client adds its own
            // span's: the caller's copy would come first and make the service skip the gateway in the trace.
            headers.remove(TRACEPARENT);
            headers.remove(TRACESTATE);
            // The gateway is the services' only trusted proxy: they take the first X-Forwarded-For entry as the
            // caller, so it is replaced by the address the gateway saw, never appended to what the caller sent.
            String client = original.remoteAddress() == null ? "unknown" : original.remoteAddress().hostAddress();
            headers.set("X-Forwarded-For", client);
            headers.set("X-Forwarded-Proto", original.scheme());
            if (original.authority() != null) {
                headers.set("X-Forwarded-Host", original.authority().toString());
            }
            return ctx.sendRequest();
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext ctx) {
            String requestId = ctx.get(REQUEST_ID, String.class);
            if (requestId != null) {
                ctx.response().putHeader(REQUEST_ID, requestId);
            }
            if (ctx.response().headers().contains(HttpHeaders.CONTENT_ENCODING)) {
                // With compression on, Quarkus marks every answer "Content-Encoding: identity" and the proxy only
                // adds the service's own: a body the service encoded must carry that encoding alone.
                ctx.request().proxiedRequest().response().headers().remove(HttpHeaders.CONTENT_ENCODING);
            }
            return ctx.sendResponse();
        }
    }

    /** Connection refused, reset or timed out: a 503 the web client can show and retry, not a bare 502. */
    private static final class UnavailableUpstream implements ProxyInterceptor {
        private final Upstream upstream;

        UnavailableUpstream(Upstream upstream) {
            this.upstream = upstream;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
            return ctx.sendRequest().recover(error -> {
                // the path, not the URI: the chat socket's query may carry a token
                if (error instanceof io.vertx.core.http.StreamResetException
                        || ctx.request().proxiedRequest().response().closed()) {
                    // the caller went away (a page closed, a request aborted): the service was fine
                    LOG.debugf("%s %s abandoned by the caller", ctx.request().getMethod(),
                            ctx.request().proxiedRequest().path());
                } else {
                    LOG.warnf("%s unreachable for %s %s: %s", upstream.serviceName(), ctx.request().getMethod(),
                            ctx.request().proxiedRequest().path(), error.toString());
                }
                String body = ProblemBody.of("service-unavailable", "Service unavailable", 503,
                        upstream.serviceName() + " cannot be reached right now; try again in a few seconds",
                        ctx.request().proxiedRequest().path()).encode();
                ProxyResponse response = ctx.request().response()
                        .setStatusCode(503)
                        .setBody(Body.body(io.vertx.core.buffer.Buffer.buffer(body)));
                response.headers().clear();
                response.putHeader(HttpHeaders.CONTENT_TYPE, ProblemBody.MEDIA_TYPE)
                        .putHeader(HttpHeaders.RETRY_AFTER, "5");
                return Future.succeededFuture(response);
            });
        }
    }
}
