package dev.mentra.gateway.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The headers every answer of the gateway carries, and how long browsers may keep the web client's files:
 * Vite's hashed assets forever (a new build has new names), {@code index.html} (the SPA fallback included)
 * never, so a deployment reaches everyone on their next navigation. Written as the headers go out, after the
 * static handler and the proxy have set theirs.
 */
final class WebClientHeaders {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String NEVER = "no-store";
    static final String SHORT = "public, max-age=3600";

    private final String contentSecurityPolicy;

    WebClientHeaders(String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    void apply(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> write(rc));
        rc.next();
    }

    private void write(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        var headers = response.headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (secure(rc)) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = rc.normalizedPath();
        if (isApi(path)) {
            return;
        }
        headers.set("Content-Security-Policy", contentSecurityPolicy);
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.startsWith("text/html") || "/config.json".equals(path)) {
            headers.set(HttpHeaders.CACHE_CONTROL, NEVER);
            headers.remove(HttpHeaders.LAST_MODIFIED);
            headers.remove(HttpHeaders.ETAG);
        } else if (response.getStatusCode() == 200) {
            headers.set(HttpHeaders.CACHE_CONTROL, path.startsWith("/assets/") ? IMMUTABLE : SHORT);
        }
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/webhooks/") || path.startsWith("/q/");
    }

    private static boolean secure(RoutingContext rc) {
        String forwarded = rc.request().getHeader("X-Forwarded-Proto");
        return "https".equals(rc.request().scheme()) || "https".equalsIgnoreCase(forwarded);
    }
}
