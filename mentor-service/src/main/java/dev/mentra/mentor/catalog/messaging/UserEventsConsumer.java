package dev.mentra.mentor.catalog.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.mentra.mentor.catalog.service.ApplicationService;
import dev.mentra.mentor.catalog.service.CatalogService;
import dev.mentra.mentor.config.MentorConfig;
import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.inbox.Inbox;
import dev.mentra.platform.inbox.InboxConsumer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code identity.users.v1}: a deleted user's human mentor profile is retired. In the local run (demo mentors on)
 * the demo mentor account gets its mentor profile when it is created. The demo mentor is known by the fixed user id
 * identity-service gives it (only while its demo accounts are on), never by its email: anyone may sign up with an
 * email, no one can choose their user id.
 */
@ApplicationScoped
public class UserEventsConsumer implements InboxConsumer {

    /** identity-service's demo mentor account ({@code mentor@mentra.local}, MENTRA_DEMO_ACCOUNTS on). */
    static final String DEMO_MENTOR_USER_ID = "user_mentraDemoMentor";

    private final Inbox inbox;
    private final EventCodec codec;
    private final CatalogService catalog;
    private final ApplicationService applications;
    private final boolean demoMentors;

    public UserEventsConsumer(Inbox inbox, EventCodec codec, CatalogService catalog, ApplicationService applications,
                              MentorConfig config) {
        this.inbox = inbox;
        this.codec = codec;
        this.catalog = catalog;
        this.applications = applications;
        this.demoMentors = config.demoMentors();
    }

    /** What mentor-service reads of a user event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record UserData(String userId, String displayName) {
    }

    /** Whether a new user is the local run's demo mentor: demo mentors on, and the demo mentor account's id. */
    static boolean isDemoMentor(boolean demoMentors, String userId) {
        return demoMentors && DEMO_MENTOR_USER_ID.equals(userId);
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
                yield isDemoMentor(demoMentors, event.subject())
                        ? applications.publishDemoMentor(event.subject(), user.displayName())
                        : Uni.createFrom().voidItem();
            }
            default -> Uni.createFrom().voidItem();
        };
    }
}
