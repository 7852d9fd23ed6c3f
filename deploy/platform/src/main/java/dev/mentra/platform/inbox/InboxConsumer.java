package dev.mentra.platform.inbox;

import dev.mentra.platform.event.EventEnvelope;
import io.smallrye.mutiny.Uni;

/**
 * One consumer of one topic, applied through the {@link Inbox}. A bean of this type: the inbox finds it by
 * {@link #consumerName()} to replay the events it parked.
 *
 * <pre>{@code
 * @Incoming("users")
 * public Uni<Void> consume(ConsumerRecord<String, String> record) {
 *     return inbox.handle(this, record);
 * }
 * }</pre>
 */
public interface InboxConsumer {

    /** Unique within the service, e.g. {@code booking-service.users}; recorded with every applied or parked event. */
    String consumerName();

    /**
     * The event's effect, run in the inbox's transaction. Throw (or fail the Uni) when it cannot be applied: the
     * inbox retries what may pass later and parks the rest. An event this consumer does not read is simply not
     * acted on.
     */
    Uni<?> apply(EventEnvelope event);
}
