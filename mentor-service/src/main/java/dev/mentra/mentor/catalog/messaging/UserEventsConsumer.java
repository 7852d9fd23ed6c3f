package dev.mentra.mentor.catalog.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.mentra.mentor.catalog.service.ApplicationService;
import dev.mentra.mentor.catalog.service.CatalogService;
import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.inbox.Inbox;
import dev.mentra.platform.inbox.InboxConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code identity.users.v1}: a deleted user's human mentor profile is retired. In the local run (demo mentors on)
 * the demo mentor account gets its mentor profile when it is created.
 */
@ApplicationScoped
public class UserEventsConsumer implements InboxConsumer {

    static final String DEMO_MENTOR_EMAIL = "mentor@mentra.local";

    private final Inbox inbox;
    private final EventCodec codec;
    private final CatalogService catalog;
    private final ApplicationService applications;
    private final boolean demoMentors;

    public UserEventsConsumer(Inbox inbox, EventCodec codec, CatalogService catalog, ApplicationService applications,
                              @ConfigProperty(name = "mentra.mentor.demo-mentors", defaultValue = "false")
                              boolean demoMentors) {
        this.inbox = inbox;
        this.codec = codec;
        this.catalog = catalog;
        this.applications = applications;
        this.demoMentors = demoMentors;
    }

    /** What mentor-service reads of a user event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UserData(String userId, String email, String displayName) {
    }

    @Override
    public String consumerName() {
        return "mentor-service.users";
    }

    @Incoming("users")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.handle(this, record);
    }

    @Override
    public Uni<?> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "user.deleted" -> catalog.retireUser(event.subject());
            case "user.created" -> {
                UserData user = codec.data(event, UserData.class);
                yield demoMentors && DEMO_MENTOR_EMAIL.equalsIgnoreCase(user.email())
                        ? applications.publishDemoMentor(event.subject(), user.displayName())
                        : Uni.createFrom().voidItem();
            }
            default -> Uni.createFrom().voidItem();
        };
    }
}
