package dev.mentra.platform.security;

import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import java.util.Map;

/** A service-to-service route in miniature: says which service called, and for whom. */
@Path("/internal/echo")
public class InternalEchoResource {

    private final Caller caller;
    private final RoutingContext context;

    public InternalEchoResource(Caller caller, RoutingContext context) {
        this.caller = caller;
        this.context = context;
    }

    @GET
    public Map<String, String> service() {
        return Map.of("service", context.get(InternalRouteGuard.CALLING_SERVICE));
    }

    @POST
    @Authenticated
    public Map<String, String> forUser(String body) {
        return Map.of("service", context.get(InternalRouteGuard.CALLING_SERVICE), "user", caller.id());
    }
}
