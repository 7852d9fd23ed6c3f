package dev.mentra.platform.security;

import dev.mentra.platform.http.ProblemBody;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;

/**
 * Service-to-service routes ({@code /internal/...}, never routed by the gateway) answer only to Mentra's own
 * services: every request to such a path must carry a calling service's credential ({@link InternalCallers}),
 * checked here, once, before any resource or body handling. A user token alone is not enough; resources still
 * verify the user's token for who is asking. Without any caller configured every internal request is refused.
 */
@ApplicationScoped
public class InternalRouteGuard {

    /** Routing-context key holding the name of the service that called, once its credential was accepted. */
    public static final String CALLING_SERVICE = "mentra.calling-service";

    private static final String PATH = "/internal";

    private final InternalCallers callers;

    public InternalRouteGuard(InternalCallers callers) {
        this.callers = callers;
    }

    void register(@Observes Filters filters) {
        // after the service-name header (100), before everything else
        filters.register(this::guard, 90);
    }

    private void guard(RoutingContext rc) {
        if (!isInternal(rc.normalizedPath())) {
            rc.next();
            return;
        }
        Optional<String> caller = callers.identify(rc.request().getHeader(InternalCallers.HEADER));
        if (caller.isEmpty()) {
            ProblemBody.send(rc.response(), refusal(rc.normalizedPath()));
            return;
        }
        rc.put(CALLING_SERVICE, caller.get());
        rc.next();
    }

    static boolean isInternal(String path) {
        return path != null && (path.equals(PATH) || path.startsWith(PATH + "/"));
    }

    private static JsonObject refusal(String path) {
        return ProblemBody.of("service-credential-required", "Forbidden", 403,
                "This route answers only to Mentra's own services", path);
    }
}
