package dev.mentra.platform.security;

import dev.mentra.platform.http.ProblemBody;
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
        return Response.status(401).type(ProblemBody.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(unauthorized(request.path()).encode()).build();
    }

    @ServerExceptionMapper
    public Response forbiddenResource(ForbiddenException e, HttpServerRequest request) {
        return Response.status(403).type(ProblemBody.MEDIA_TYPE).entity(forbidden(request.path()).encode()).build();
    }

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
            ProblemBody.send(rc.response(), unauthorized(rc.normalizedPath()));
        } else if (failure instanceof ForbiddenException) {
            ProblemBody.send(rc.response(), forbidden(rc.normalizedPath()));
        } else {
            rc.next();
        }
    }

    public static JsonObject unauthorized(String path) {
        return ProblemBody.of("unauthorized", "Unauthorized", 401,
                "A valid session token is required: sign in, or renew the token", path);
    }

    public static JsonObject forbidden(String path) {
        return ProblemBody.of("forbidden", "Forbidden", 403, "Your account may not do this", path);
    }
}
