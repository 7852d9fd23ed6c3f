package dev.mentra.booking.messaging;

import dev.mentra.booking.Booking;
import dev.mentra.booking.service.BookingMetrics;
import dev.mentra.platform.outbox.Outbox;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/**
 * {@code bookings.v1}, keyed by booking id: {@code booking.confirmed}, {@code booking.rescheduled},
 * {@code booking.cancelled}, {@code booking.completed}, and {@code booking.no-show}. Chat opens a session room
 * from them; mentor-service unlocks reviews on completion. Recorded in the transaction of the change (outbox).
 */
@ApplicationScoped
public class BookingEvents {

    public static final String TOPIC = "bookings.v1";

    private final Outbox outbox;
    private final BookingMetrics metrics;

    public BookingEvents(Outbox outbox, BookingMetrics metrics) {
        this.outbox = outbox;
        this.metrics = metrics;
    }

    /**
     * The {@code data} of every booking event. Times are UTC instants with offset; {@code timeZone} is the zone the
     * mentee booked in. {@code previousStartsAt} is set on a reschedule, {@code reason} on a cancellation.
     */
    @RegisterForReflection
    public record BookingData(String bookingId, String mentorId, String mentorUserId, String menteeId,
                              OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, String status,
                              OffsetDateTime previousStartsAt, String reason, String source) {

        static BookingData of(Booking b, String source) {
            return new BookingData(b.id, b.mentorId, b.mentorUserId, b.menteeId, b.startsAt, b.endsAt, b.timeZone,
                    b.status.name(), b.previousStartsAt, b.statusReason, source);
        }
    }

    /** Where a change came from: {@code mentra} (the API or a job) or {@code acuity} (made in Acuity). */
    public enum Source { MENTRA, ACUITY }

    public Uni<Void> confirmed(Booking booking, Source source) {
        return publish("booking.confirmed", booking, source).invoke(() -> metrics.made(source));
    }

    public Uni<Void> rescheduled(Booking booking, Source source) {
        return publish("booking.rescheduled", booking, source);
    }

    public Uni<Void> cancelled(Booking booking, Source source) {
        return publish("booking.cancelled", booking, source).invoke(() -> metrics.cancelled(source));
    }

    public Uni<Void> completed(Booking booking) {
        return publish("booking.completed", booking, Source.MENTRA);
    }

    public Uni<Void> noShow(Booking booking) {
        return publish("booking.no-show", booking, Source.MENTRA);
    }

    private Uni<Void> publish(String type, Booking booking, Source source) {
        return outbox.publish(TOPIC, type, booking.id, BookingData.of(booking, source.name().toLowerCase()))
                .replaceWithVoid();
    }
}
