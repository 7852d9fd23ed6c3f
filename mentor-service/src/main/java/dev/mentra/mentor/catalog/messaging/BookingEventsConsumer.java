package dev.mentra.mentor.catalog.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.mentra.mentor.catalog.CompletedSession;
import dev.mentra.mentor.catalog.service.ReviewService;
import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.inbox.Inbox;
import dev.mentra.platform.inbox.InboxConsumer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;

/**
 * {@code bookings.v1}: a completed booking lets its mentee review its mentor. A guest's booking (made in Acuity by
 * someone without a Mentra account: no mentee) unlocks no review.
 */
@ApplicationScoped
public class BookingEventsConsumer implements InboxConsumer {

    private final Inbox inbox;
    private final EventCodec codec;
    private final ReviewService reviews;

    public BookingEventsConsumer(Inbox inbox, EventCodec codec, ReviewService reviews) {
        this.inbox = inbox;
        this.codec = codec;
        this.reviews = reviews;
    }

    /** What mentor-service reads of a booking event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record BookingData(String bookingId, String mentorId, String menteeId, OffsetDateTime endsAt) {
    }

    @Override
    public String consumerName() {
        return "mentor-service.bookings";
    }

    @Incoming("bookings")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.handle(this, record);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        if (!"booking.completed".equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        BookingData booking = codec.data(event, BookingData.class);
        if (booking.menteeId() == null || booking.menteeId().isBlank()) {
            return Uni.createFrom().voidItem();
        }
        CompletedSession session = new CompletedSession();
        session.bookingId = booking.bookingId() != null ? booking.bookingId() : event.subject();
        session.mentorId = booking.mentorId();
        session.menteeId = booking.menteeId();
        session.completedAt = booking.endsAt() != null ? booking.endsAt() : event.occurredAt();
        return reviews.sessionCompleted(session);
    }
}
