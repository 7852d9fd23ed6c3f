package dev.mentra.gateway.web;

import dev.mentra.gateway.config.GatewayConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;

/**
 * What the gateway adds for the web client (whose files Quinoa serves, with the SPA fallback): the runtime
 * settings at {@code /config.json}, so one build runs with the local issuer or with Clerk, and the security and
 * caching headers of every answer.
 */
@ApplicationScoped
public class WebClientRoutes {

    /** Before every other route (Quinoa's at 1100, the proxy's at the default), so every answer gets the headers. */
    private static final int FIRST = -1000;

    void install(@Observes Router router, GatewayConfig config) {
        Optional<String> clerk = config.web().clerkPublishableKey().filter(key -> !key.isBlank());
        boolean clerkMode = "clerk".equalsIgnoreCase(config.web().authMode()) && clerk.isPresent();
        WebClientHeaders headers = new WebClientHeaders(contentSecurityPolicy(
                clerkMode ? clerk.flatMap(ClerkFrontendApi::originOf) : Optional.empty()));
        router.route().order(FIRST).handler(headers::apply);

        JsonObject settings = new JsonObject().put("authMode", clerkMode ? "clerk" : "local");
        clerk.filter(key -> clerkMode).ifPresent(key -> settings.put("clerkPublishableKey", key));
        String body = settings.encode();
        router.get("/config.json").handler(rc -> rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(body));
    }

    /**
     * Scripts only from this origin (no inline script, no eval); styles also inline, for the positions Radix
     * computes; images from https (people's avatars); connections to this origin (the API and the chat socket).
     * With Clerk, its Frontend API joins scripts, connections, images and frames (its bot protection).
     */
    static String contentSecurityPolicy(Optional<String> clerkOrigin) {
        String clerkScript = clerkOrigin.map(o -> " " + o).orElse("");
        String clerkConnect = clerkOrigin.map(o -> " " + o).orElse("");
        String clerkFrame = clerkOrigin.map(o -> "; frame-src " + o + " https://challenges.cloudflare.com").orElse("");
        String clerkWorker = clerkOrigin.map(o -> "; worker-src 'self' blob:").orElse("");
        return "default-src 'self'"
                + "; script-src 'self'" + clerkScript
                + "; style-src 'self' 'unsafe-inline'"
                + "; img-src 'self' https:"
                + "; font-src 'self'"
                + "; connect-src 'self'" + clerkConnect
                + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
                + clerkFrame + clerkWorker;
    }
}
