package dev.mentra.identity.rest;

import dev.mentra.identity.service.UserService;
import dev.mentra.platform.security.Caller;
import dev.mentra.platform.validation.TimeZoneId;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Optional;

/** The caller's own profile: the only place where a user's email and time zone are shown. */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final UserService users;
    private final Caller caller;

    public MeResource(UserService users, Caller caller) {
        this.users = users;
        this.caller = caller;
    }

    /** Fields a person may change; absent fields stay as they are. An empty avatarUrl removes the avatar. */
    public record ProfilePatch(@Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
                               String displayName,
                               @Size(max = 2048) @Pattern(regexp = "^$|^https://\\S+$", message = "must be an https URL")
                               String avatarUrl,
                               @TimeZoneId String timeZone) {
    }

    @GET
    public Uni<UserViews.PrivateProfile> me() {
        return users.me(claims()).map(UserViews.PrivateProfile::of);
    }

    @PATCH
    public Uni<UserViews.PrivateProfile> update(@Valid @NotNull ProfilePatch patch) {
        return users.me(claims())
                .flatMap(user -> users.updateProfile(user.id, new UserService.ProfileChange(
                        Optional.ofNullable(patch.displayName()),
                        Optional.ofNullable(patch.avatarUrl()),
                        Optional.ofNullable(patch.timeZone()))))
                .map(UserViews.PrivateProfile::of);
    }

    private UserService.TokenClaims claims() {
        return new UserService.TokenClaims(caller.id(), caller.email(), caller.name());
    }
}
