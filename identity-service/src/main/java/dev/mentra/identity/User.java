package dev.mentra.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** A person in Mentra's user directory. The id is the token's {@code sub} (Clerk's {@code user_…} format). */
@Entity
@Table(name = "app_user")
public class User {

    public static final String MENTEE = "mentee";
    public static final String MENTOR = "mentor";
    public static final String ADMIN = "admin";
    public static final Set<String> ROLES = Set.of(MENTEE, MENTOR, ADMIN);

    /** The longest email address (RFC 5321); longer text also breaks the email's unique index. */
    public static final int MAX_EMAIL = 254;
    public static final int MAX_DISPLAY_NAME = 100;
    public static final int MAX_AVATAR_URL = 2048;

    @Id
    public String id;

    @Column(nullable = false)
    public String email;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "avatar_url")
    public String avatarUrl;

    /** IANA zone id, e.g. {@code Europe/Lisbon}. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone = "UTC";

    @Column(nullable = false)
    public String[] roles = {MENTEE};

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Column(name = "clerk_updated_at")
    public Long clerkUpdatedAt;

    @Column(name = "clerk_roles_pending", nullable = false)
    public boolean clerkRolesPending;

    public Set<String> roleSet() {
        return new LinkedHashSet<>(Arrays.asList(roles));
    }

    public void setRoles(Set<String> newRoles) {
        this.roles = newRoles.stream().sorted().toArray(String[]::new);
    }

    public boolean hasRole(String role) {
        return roleSet().contains(role);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
