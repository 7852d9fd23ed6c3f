package dev.mentra.identity.rest;

import dev.mentra.identity.User;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** What the API shows of a user: everything to its owner (and admins), the public part to everyone else. */
public final class UserViews {

    private UserViews() {
    }

    @Schema(requiredProperties = {"id", "email", "displayName", "avatarUrl", "timeZone", "roles", "createdAt"})
    public record PrivateProfile(String id, String email, String displayName, @Schema(nullable = true) String avatarUrl,
                                 String timeZone, List<String> roles, OffsetDateTime createdAt) {
        public static PrivateProfile of(User user) {
            return new PrivateProfile(user.id, user.email, user.displayName, user.avatarUrl, user.timeZone,
                    List.of(user.roles), user.createdAt);
        }
    }

    @Schema(requiredProperties = {"id", "displayName", "avatarUrl", "mentor"})
    public record PublicProfile(String id, String displayName, @Schema(nullable = true) String avatarUrl,
                                boolean mentor) {
        public static PublicProfile of(User user) {
            return new PublicProfile(user.id, user.displayName, user.avatarUrl, user.hasRole(User.MENTOR));
        }
    }
}
