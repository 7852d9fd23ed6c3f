package dev.mentra.identity.service;

import dev.mentra.identity.User;
import dev.mentra.identity.config.IdentityConfig;
import dev.mentra.identity.messaging.UserEvents;
import dev.mentra.identity.repository.SessionRepository;
import dev.mentra.identity.repository.UserRepository;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The user directory: profiles and roles, every change announced on {@code identity.users.v1}. */
@ApplicationScoped
public class UserService {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final UserEvents events;
    private final IdentityConfig config;
    private final Clock clock;

    public UserService(UserRepository users, SessionRepository sessions, UserEvents events, IdentityConfig config,
                       Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** What a verified token knows about its user, for accounts Clerk created before its webhook arrived. */
    public record TokenClaims(String userId, Optional<String> email, Optional<String> name) {
    }

    /**
     * The caller's own profile. In Clerk mode the token can arrive before Clerk's {@code user.created} webhook:
     * the account is then created from the token and completed by the webhook. Every later call is a plain read:
     * no transaction is opened for the most frequent request of the web client.
     */
    @WithSession
    public Uni<User> me(TokenClaims claims) {
        return users.findById(claims.userId()).flatMap(user -> user != null
                ? existing(user)
                : Panache.withTransaction(() -> users.findById(claims.userId()).flatMap(again -> again != null
                        ? existing(again)
                        : createFromToken(claims))));
    }

    private static Uni<User> existing(User user) {
        return user.isDeleted()
                ? Uni.createFrom().failure(ProblemException.notFound("Your account"))
                : Uni.createFrom().item(user);
    }

    private Uni<User> createFromToken(TokenClaims claims) {
        User fresh = newUser(claims.userId(), claims.email().orElse(claims.userId() + "@users.invalid"),
                claims.name().orElse("New member"), now());
        return users.persist(fresh).call(events::created);
    }

    /** Changes what a person may change about themselves; fields left null stay as they are. */
    @WithTransaction
    public Uni<User> updateProfile(String userId, ProfileChange change) {
        return live(userId).flatMap(user -> {
            change.displayName().ifPresent(name -> user.displayName = name.trim());
            change.avatarUrl().ifPresent(url -> user.avatarUrl = url.isBlank() ? null : url.trim());
            change.timeZone().ifPresent(zone -> user.timeZone = zone);
            user.updatedAt = now();
            return events.updated(user).replaceWith(user);
        });
    }

    /** A profile change; empty means "leave as is". */
    public record ProfileChange(Optional<String> displayName, Optional<String> avatarUrl, Optional<String> timeZone) {
    }

    @WithSession
    public Uni<User> find(String userId) {
        return live(userId);
    }

    /** Replaces a user's roles (admins only; the resource checks the caller). */
    @WithTransaction
    public Uni<User> setRoles(String userId, Set<String> roles) {
        Set<String> wanted = new TreeSet<>(roles);
        if (wanted.isEmpty() || !User.ROLES.containsAll(wanted)) {
            return Uni.createFrom().failure(ProblemException.badRequest("invalid-roles",
                    "Roles must be a non-empty subset of " + new TreeSet<>(User.ROLES)));
        }
        return live(userId).flatMap(user -> changeRoles(user, wanted));
    }

    /** Grants or revokes one role, e.g. {@code mentor} when a human mentor profile is published or retired. */
    @WithTransaction
    public Uni<Void> grant(String userId, String role, boolean granted) {
        return users.findLive(userId).flatMap(user -> {
            if (user == null) {
                return Uni.createFrom().voidItem();
            }
            Set<String> roles = new TreeSet<>(user.roleSet());
            boolean changed = granted ? roles.add(role) : roles.remove(role);
            return changed ? changeRoles(user, roles).replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }

    /** Soft-deletes: the row stays for history, sessions end, the email is free again. */
    @WithTransaction
    public Uni<Boolean> delete(String userId) {
        return users.findLive(userId).flatMap(user -> {
            if (user == null) {
                return Uni.createFrom().item(false);
            }
            user.deletedAt = now();
            user.updatedAt = user.deletedAt;
            return sessions.endAllOf(user.id, user.deletedAt)
                    .flatMap(n -> events.deleted(user))
                    .replaceWith(true);
        });
    }

    private Uni<User> changeRoles(User user, Set<String> roles) {
        user.setRoles(roles);
        user.updatedAt = now();
        // Clerk puts roles in the next session token from public_metadata; ClerkRoleSync writes them there
        user.clerkRolesPending = config.mode() == IdentityConfig.Mode.CLERK;
        return events.updated(user).replaceWith(user);
    }

    private Uni<User> live(String userId) {
        return users.findLive(userId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("User " + userId));
    }

    static User newUser(String id, String email, String name, OffsetDateTime now) {
        User user = new User();
        user.id = id;
        user.email = email.trim();
        user.displayName = name.trim();
        user.createdAt = now;
        user.updatedAt = user.createdAt;
        return user;
    }

    private OffsetDateTime now() {
        return utcNow(clock);
    }

    /** The clock's time as the directory stores it (UTC). */
    static OffsetDateTime utcNow(Clock clock) {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
