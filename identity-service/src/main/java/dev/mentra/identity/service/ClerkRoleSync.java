package dev.mentra.identity.service;

import dev.mentra.identity.User;
import dev.mentra.identity.client.ClerkUsers;
import dev.mentra.identity.config.IdentityConfig;
import dev.mentra.identity.repository.UserRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Clerk mode: writes role changes made here (admin, mentor events) to Clerk's public_metadata. The change is
 * first recorded in our transaction ({@code clerk_roles_pending}); this job sends it and clears the mark, so a
 * Clerk outage delays the sync but never loses it.
 */
@ApplicationScoped
public class ClerkRoleSync {

    private static final Logger LOG = Logger.getLogger(ClerkRoleSync.class);

    private final UserRepository users;
    private final ClerkUsers clerk;
    private final IdentityConfig config;

    public ClerkRoleSync(UserRepository users, ClerkUsers clerk, IdentityConfig config) {
        this.users = users;
        this.clerk = clerk;
        this.config = config;
    }

    @Scheduled(every = "${mentra.identity.clerk.role-sync-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> syncPending() {
        if (config.mode() != IdentityConfig.Mode.CLERK || config.clerk().secretKey().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withSession(() -> users.list("clerkRolesPending = true order by updatedAt", new Object[0]))
                .onItem().transformToMulti(pending -> Multi.createFrom().iterable(pending))
                .onItem().transformToUniAndConcatenate(this::sync)
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> sync(User user) {
        List<String> roles = List.of(user.roles);
        return clerk.writeRoles(user.id, roles)
                // clear the mark only if the roles did not change again meanwhile
                .flatMap(v -> Panache.withTransaction(() -> users.update(
                        "clerkRolesPending = false where id = ?1 and roles = ?2", user.id, user.roles)))
                .replaceWithVoid()
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("Roles of %s not yet written to Clerk (%s); retrying later", user.id, e.toString());
                    return null;
                });
    }
}
