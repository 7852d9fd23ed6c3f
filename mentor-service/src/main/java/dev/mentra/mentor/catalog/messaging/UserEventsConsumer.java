package dev.mentra.mentor.catalog.messaging;

import dev.mentra.mentor.catalog.service.CatalogService;
import dev.mentra.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code identity.users.v1}: a deleted user's human mentor profile is retired. */
@ApplicationScoped
public class UserEventsConsumer {

    private final Inbox inbox;
    private final CatalogService catalog;

    public UserEventsConsumer(Inbox inbox, CatalogService catalog) {
        this.inbox = inbox;
        this.catalog = catalog;
    }

    @Incoming("users")
    public Uni<Void> consume(String record) {
        return inbox.handle("mentor-service.users", record, event -> "user.deleted".equals(event.type())
                ? catalog.retireUser(event.subject())
                : Uni.createFrom().voidItem()).replaceWithVoid();
    }
}
