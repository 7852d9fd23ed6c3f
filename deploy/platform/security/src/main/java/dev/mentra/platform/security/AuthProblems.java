package dev.mentra.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A refused token or a missing role is answered in the same RFC 9457 shape as every other error, on every route:
 * REST resources (exception mappers) and plain Vert.x routes such as the gateway's proxy (failure handler).
 */
@ApplicationScoped
public class AuthProblems {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorizedResource(HttpServerRequest request) {
        return Response.status(401).type(MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(unauthorized(request.path()).encode()).build();
    }

    @ServerExceptionMapper
    public Response forbiddenResource(ForbiddenException e, HttpServerRequest request) {
        return Response.status(403).type(MEDIA_TYPE).entity(forbidden(request.path()).encode()).build();
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (rc.response().ended() || rc.response().headWritten()) {
            rc.next();
            return;
        }
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            send(rc, unauthorized(rc.normalizedPath()));
        } else if (failure instanceof ForbiddenException) {
            send(rc, forbidden(rc.normalizedPath()));
        } else {
            rc.next();
        }
    }

    public static JsonObject unauthorized(String path) {
        return problem("unauthorized", "Unauthorized", 401,
                "A valid session token is required: sign in, or renew the token", path);
    }

    public static JsonObject forbidden(String path) {
        return problem("forbidden", "Forbidden", 403, "Your account may not do this", path);
    }

    private static JsonObject problem(String slug, String title, int status, String detail, String path) {
        return new JsonObject()
                .put("type", "https://mentra.dev/problems/" + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", path);
    }

    private static void send(RoutingContext rc, JsonObject problem) {
        rc.response().setStatusCode(problem.getInteger("status"))
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(problem.encode());
    }
}
