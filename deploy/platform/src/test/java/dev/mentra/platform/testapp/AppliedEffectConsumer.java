package dev.mentra.platform.testapp;

import dev.mentra.platform.inbox.Inbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer whose effect is countable: each applied event adds one to its subject's counter. */
@ApplicationScoped
public class AppliedEffectConsumer {

    private final Inbox inbox;

    public AppliedEffectConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("test-events")
    public Uni<Void> consume(String record) {
        return inbox.handle("applied-effect", record, event -> Panache.getSession()
                .flatMap(s -> s.createNativeQuery("""
                                INSERT INTO applied_effect (subject, times) VALUES (?1, 1)
                                ON CONFLICT (subject) DO UPDATE SET times = applied_effect.times + 1""")
                        .setParameter(1, event.subject())
                        .executeUpdate()))
                .replaceWithVoid();
    }
}
