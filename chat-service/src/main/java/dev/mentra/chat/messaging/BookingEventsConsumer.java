package dev.mentra.chat.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.mentra.chat.service.ConversationService;
import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.event.MalformedEventException;
import dev.mentra.platform.inbox.Inbox;
import dev.mentra.platform.inbox.InboxConsumer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * {@code bookings.v1}: a confirmed booking opens its SESSION conversation for the mentee and the mentor (one per
 * booking, however often the event comes); a rescheduled, cancelled or completed one leaves a system message there.
 * A no-show the mentor marked leaves a system message too. A guest's booking (made in Acuity by someone without a Mentra account) opens no conversation: there is nobody to
 * talk to in it, and the mentor has the booking in their list.
 */
@ApplicationScoped
public class BookingEventsConsumer implements InboxConsumer {

    private final Inbox inbox;
    private final EventCodec codec;
    private final ConversationService conversations;

    public BookingEventsConsumer(Inbox inbox, EventCodec codec, ConversationService conversations) {
        this.inbox = inbox;
        this.codec = codec;
        this.conversations = conversations;
    }

    private static final Set<String> SESSION_EVENTS =
            Set.of("booking.confirmed", "booking.rescheduled", "booking.cancelled", "booking.completed",
                    "booking.no-show");

    /** What chat reads of a booking event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record BookingData(String bookingId, String mentorId, String mentorUserId, String menteeId,
                              OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, String status,
                              String reason) {
    }

    @Override
    public String consumerName() {
        return "chat-service.bookings";
    }

    @Incoming("bookings")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.handle(this, record);
    }

    @Override
    public Uni<?> apply(EventEnvelope event) {
        if (!SESSION_EVENTS.contains(event.type())) {
            return Uni.createFrom().voidItem();
        }
        BookingData data = codec.data(event, BookingData.class);
        if (data.mentorUserId() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no mentor user");
        }
        if (isGuest(data)) {
            return Uni.createFrom().voidItem();
        }
        var booking = new ConversationService.Booking(data.bookingId() != null ? data.bookingId() : event.subject(),
                data.mentorId(), data.mentorUserId(), data.menteeId(), data.startsAt(), data.timeZone());
        String reason = data.reason() == null || data.reason().isBlank() ? "" : " Reason: " + data.reason().strip();
        return switch (event.type()) {
            case "booking.confirmed" -> conversations.openSession(booking);
            case "booking.rescheduled" -> conversations.sessionNotice(booking,
                    "The session moved to " + ConversationService.when(data.startsAt(), data.timeZone()) + "." + reason);
            case "booking.cancelled" -> conversations.sessionNotice(booking, "The session was cancelled." + reason);
            case "booking.completed" -> conversations.sessionNotice(booking, "The session is complete.");
            // the mentor marked it: the mentee learns it where they talk to the mentor
            case "booking.no-show" -> conversations.sessionNotice(booking,
                    "The mentor marked this session as missed: the mentee did not come.");
            default -> Uni.createFrom().voidItem();
        };
    }

    /**
     * No Mentra mentee: a guest, or, in events from before booking-service treated them as guests, someone who
     * booked the mentor in Acuity with the mentor's own email (the mentor cannot be their own mentee).
     */
    static boolean isGuest(BookingData data) {
        return data.menteeId() == null || data.menteeId().isBlank() || data.menteeId().equals(data.mentorUserId());
    }
}
