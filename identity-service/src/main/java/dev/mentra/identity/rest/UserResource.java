package dev.mentra.identity.rest;

import dev.mentra.identity.service.UserService;
import dev.mentra.platform.security.Caller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Set;

/** Other people's profiles: public fields only, except for admins; roles are set by admins. */
@Path("/api/users")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserService users;
    private final Caller caller;

    public UserResource(UserService users, Caller caller) {
        this.users = users;
        this.caller = caller;
    }

    public record RolesChange(@NotNull @NotEmpty @Size(max = 3) Set<@NotBlank @Size(max = 20) String> roles) {
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "The public profile; the private one for admins",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {UserViews.PublicProfile.class, UserViews.PrivateProfile.class})))
    public Uni<Object> profile(@PathParam("id") String id) {
        return users.find(id).map(user -> caller.isAdmin()
                ? UserViews.PrivateProfile.of(user)
                : UserViews.PublicProfile.of(user));
    }

    @PUT
    @Path("/{id}/roles")
    @RolesAllowed(Caller.ADMIN)
    public Uni<UserViews.PrivateProfile> setRoles(@PathParam("id") String id, @Valid @NotNull RolesChange change) {
        return users.setRoles(id, change.roles()).map(UserViews.PrivateProfile::of);
    }
}
