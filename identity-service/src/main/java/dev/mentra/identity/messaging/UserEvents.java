package dev.mentra.identity.messaging;

import dev.mentra.identity.User;
import dev.mentra.platform.outbox.Outbox;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * What identity-service tells the others on {@code identity.users.v1}: {@code user.created}, {@code user.updated},
 * {@code user.deleted}, keyed by user id, written through the outbox in the caller's transaction.
 */
@ApplicationScoped
public class UserEvents {

    public static final String TOPIC = "identity.users.v1";

    private final Outbox outbox;

    public UserEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The {@code data} of every user event. */
    @RegisterForReflection
    public record UserData(String userId, String email, String displayName, String avatarUrl, String timeZone,
                           List<String> roles) {

        static UserData of(User user) {
            return new UserData(user.id, user.email, user.displayName, user.avatarUrl, user.timeZone,
                    List.of(user.roles));
        }
    }

    public Uni<Void> created(User user) {
        return publish("user.created", user);
    }

    public Uni<Void> updated(User user) {
        return publish("user.updated", user);
    }

    public Uni<Void> deleted(User user) {
        return publish("user.deleted", user);
    }

    private Uni<Void> publish(String type, User user) {
        return outbox.publish(TOPIC, type, user.id, UserData.of(user)).replaceWithVoid();
    }
}
