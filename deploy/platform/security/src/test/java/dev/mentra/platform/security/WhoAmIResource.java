package dev.mentra.platform.security;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import java.util.Map;
import java.util.TreeSet;

/** A service in miniature: one endpoint for any signed-in caller, one for admins. */
@Path("/whoami")
public class WhoAmIResource {

    private final Caller caller;

    public WhoAmIResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Authenticated
    public Map<String, Object> whoAmI() {
        return Map.of("id", caller.id(), "roles", new TreeSet<>(caller.roles()), "email", caller.email().orElse(""));
    }

    @GET
    @Path("/admin")
    @RolesAllowed(Caller.ADMIN)
    public String admin() {
        return "ok";
    }
}
