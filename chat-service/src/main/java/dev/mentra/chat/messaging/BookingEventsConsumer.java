package dev.mentra.chat.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.mentra.chat.service.ConversationService;
import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;

/**
 * {@code bookings.v1}: a confirmed booking opens its SESSION conversation for the mentee and the mentor (one per
 * booking, however often the event comes); a rescheduled, cancelled or completed one leaves a system message there.
 */
@ApplicationScoped
public class BookingEventsConsumer {

    private final Inbox inbox;
    private final EventCodec codec;
    private final ConversationService conversations;

    public BookingEventsConsumer(Inbox inbox, EventCodec codec, ConversationService conversations) {
        this.inbox = inbox;
        this.codec = codec;
        this.conversations = conversations;
    }

    /** What chat reads of a booking event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BookingData(String bookingId, String mentorId, String mentorUserId, String menteeId,
                              OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, String status,
                              String reason) {
    }

    @Incoming("bookings")
    public Uni<Void> consume(String record) {
        return inbox.handle("chat-service.bookings", record, this::apply).replaceWithVoid();
    }

    private Uni<?> apply(EventEnvelope event) {
        BookingData data = codec.data(event, BookingData.class);
        if (data.menteeId() == null || data.mentorUserId() == null) {
            throw new dev.mentra.platform.event.MalformedEventException(event.type() + " " + event.id()
                    + " names no mentee or mentor user");
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
            default -> Uni.createFrom().voidItem();
        };
    }
}
