package dev.mentra.identity.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.identity.User;
import dev.mentra.identity.config.IdentityConfig;
import dev.mentra.identity.messaging.UserEvents;
import dev.mentra.identity.repository.UserRepository;
import dev.mentra.platform.inbox.Inbox;
import dev.mentra.platform.input.StorableText;
import dev.mentra.platform.problem.Problem;
import dev.mentra.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the user directory in step with Clerk from its webhooks: {@code user.created}/{@code user.updated} upsert
 * the user from Clerk's User object, {@code user.deleted} soft-deletes. Verified by signature; applied once per
 * {@code svix-id} (recorded in the platform inbox as consumer {@value #CONSUMER}); a delivery older than what we hold (Clerk's {@code updated_at}) changes nothing.
 */
@ApplicationScoped
public class ClerkWebhooks {

    private static final Logger LOG = Logger.getLogger(ClerkWebhooks.class);

    /** The inbox's consumer name of Clerk's deliveries. */
    public static final String CONSUMER = "clerk-webhooks";

    private final IdentityConfig config;
    private final UserRepository users;
    private final UserService userService;
    private final UserEvents events;
    private final ObjectMapper json;
    private final Inbox inbox;
    private final Clock clock;

    public ClerkWebhooks(IdentityConfig config, UserRepository users, UserService userService, UserEvents events,
                         ObjectMapper json, Inbox inbox, Clock clock) {
        this.config = config;
        this.users = users;
        this.userService = userService;
        this.events = events;
        this.json = json;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** The three Svix headers. */
    public record Delivery(String svixId, String svixTimestamp, String svixSignature, String body) {
    }

    /** @return whether the delivery had an effect (false for a replay or an event we do not handle) */
    public Uni<Boolean> receive(Delivery delivery) {
        String secret = config.clerk().webhookSecret().orElseThrow(() -> new ProblemException(404,
                "clerk-webhooks-off", "Not available", "Clerk webhooks are not configured here"));
        String problem = new SvixSignature(secret).problemWith(delivery.svixId(), delivery.svixTimestamp(),
                delivery.svixSignature(), delivery.body(), Instant.now(clock));
        if (problem != null) {
            LOG.warnf("Refused a Clerk webhook: %s", problem);
            return Uni.createFrom().failure(new ProblemException(401, "invalid-signature", "Invalid signature",
                    "The webhook signature could not be verified"));
        }
        if (delivery.svixId().isBlank()) {
            return Uni.createFrom().failure(ProblemException.badRequest("malformed-body", "svix-id is blank"));
        }
        JsonNode event;
        try {
            event = json.readTree(delivery.body());
        } catch (IOException e) {
            return Uni.createFrom().failure(ProblemException.badRequest("malformed-body", "The body is not JSON"));
        }
        // read as a tree, not bound to a type: the platform's JSON check does not see it, so it is asked here
        Optional<Problem.FieldError> unstorable = StorableText.firstProblemIn(event, "");
        if (unstorable.isPresent()) {
            return Uni.createFrom().failure(ProblemException.invalid(List.of(unstorable.get())));
        }
        String type = event.path("type").asText();
        JsonNode data = event.path("data");
        AtomicBoolean changed = new AtomicBoolean();
        return inbox.once(CONSUMER, delivery.svixId(), type, () -> effect(type, data).invoke(changed::set))
                .map(first -> first && changed.get());
    }

    private Uni<Boolean> effect(String type, JsonNode data) {
        return switch (type) {
            case "user.created", "user.updated" -> upsert(data);
            case "user.deleted" -> userService.delete(data.path("id").asText());
            default -> Uni.createFrom().item(false);
        };
    }

    private Uni<Boolean> upsert(JsonNode clerkUser) {
        String id = clerkUser.path("id").asText(null);
        if (id == null || !id.startsWith("user_") || id.length() > 100) {
            return Uni.createFrom().failure(ProblemException.badRequest("malformed-body", "data.id is not a Clerk user id"));
        }
        long updatedAt = clerkUser.path("updated_at").asLong(0);
        return users.findById(id).flatMap(existing -> {
            if (existing != null && existing.clerkUpdatedAt != null && existing.clerkUpdatedAt > updatedAt) {
                return Uni.createFrom().item(false);
            }
            String email = primaryEmail(clerkUser);
            if (email.length() > User.MAX_EMAIL) {
                return Uni.createFrom().failure(ProblemException.invalid(List.of(new Problem.FieldError(
                        "data.email_addresses", "an email address has at most " + User.MAX_EMAIL + " characters"))));
            }
            boolean created = existing == null;
            User user = created ? UserService.newUser(id, email, name(clerkUser), UserService.utcNow(clock)) : existing;
            user.email = email;
            user.displayName = name(clerkUser);
            String avatar = clerkUser.path("image_url").asText(null);
            // Clerk's names and image addresses are kept within the limits a person's own profile edit has
            user.avatarUrl = avatar == null || avatar.length() > User.MAX_AVATAR_URL ? null : avatar;
            user.setRoles(roles(clerkUser));
            user.clerkUpdatedAt = updatedAt;
            user.deletedAt = null;
            user.updatedAt = UserService.utcNow(clock);
            return (created ? users.persist(user).flatMap(events::created) : events.updated(user)).replaceWith(true);
        });
    }

    private static String primaryEmail(JsonNode clerkUser) {
        String primaryId = clerkUser.path("primary_email_address_id").asText("");
        for (JsonNode address : clerkUser.path("email_addresses")) {
            if (address.path("id").asText().equals(primaryId)) {
                return address.path("email_address").asText();
            }
        }
        JsonNode first = clerkUser.path("email_addresses").path(0);
        return first.path("email_address").asText(clerkUser.path("id").asText() + "@users.invalid");
    }

    private static String name(JsonNode clerkUser) {
        String name = (clerkUser.path("first_name").asText("") + " " + clerkUser.path("last_name").asText("")).trim();
        name = name.isEmpty() ? clerkUser.path("username").asText("New member") : name;
        return name.codePointCount(0, name.length()) <= User.MAX_DISPLAY_NAME ? name
                : name.substring(0, name.offsetByCodePoints(0, User.MAX_DISPLAY_NAME));
    }

    /** Roles live in Clerk's public_metadata.roles; everyone is at least a mentee. */
    private static Set<String> roles(JsonNode clerkUser) {
        Set<String> roles = new TreeSet<>();
        roles.add(User.MENTEE);
        for (JsonNode role : clerkUser.path("public_metadata").path("roles")) {
            if (User.ROLES.contains(role.asText())) {
                roles.add(role.asText());
            }
        }
        return roles;
    }
}
