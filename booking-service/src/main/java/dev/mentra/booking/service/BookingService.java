package dev.mentra.booking.service;

import dev.mentra.booking.Booking;
import dev.mentra.booking.BookingQuery;
import dev.mentra.booking.client.AcuityAccount;
import dev.mentra.booking.client.AcuityTime;
import dev.mentra.booking.messaging.BookingEvents;
import dev.mentra.booking.repository.BookingRepository;
import dev.mentra.platform.problem.Problem;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What mentees and mentors ask of their sessions with human mentors: book, move, cancel, close, read. Each request
 * is a short database transaction ({@link BookingReservations}, {@link BookingLifecycle}) and, for a mentor on
 * Acuity, a call to Acuity made between transactions ({@link AcuityBookings}).
 *
 * <p>No double booking, and no waiting behind other people's bookings: the slot is checked without a lock, and the
 * database's exclusion constraint is the arbiter between bookings that arrive at once. People racing for one slot on
 * this replica wait for the first attempt ({@link SlotRaces}) and are answered from its result.
 */
@ApplicationScoped
public class BookingService {

    private final BookingReservations reservations;
    private final BookingLifecycle lifecycle;
    private final AcuityBookings acuityBookings;
    private final SlotChecks checks;
    private final SlotRaces races;
    private final BookingRepository bookings;
    private final AcuityAccount acuity;
    private final BookingMetrics metrics;

    BookingService(BookingReservations reservations, BookingLifecycle lifecycle, AcuityBookings acuityBookings,
                   SlotChecks checks, SlotRaces races, BookingRepository bookings, AcuityAccount acuity,
                   BookingMetrics metrics) {
        this.reservations = reservations;
        this.lifecycle = lifecycle;
        this.acuityBookings = acuityBookings;
        this.checks = checks;
        this.races = races;
        this.bookings = bookings;
        this.acuity = acuity;
        this.metrics = metrics;
    }

    /** Who books: the token's user, with the name and email Acuity needs for its client record. */
    public record Mentee(String userId, String name, String email) {
    }

    public record BookingRequest(String mentorId, OffsetDateTime startsAt, String timeZone, String note) {
    }

    /** The booking, and whether it was made by an earlier request with the same key. */
    public record Outcome(Booking booking, boolean replayed) {
    }

    public Uni<Outcome> book(Mentee mentee, BookingRequest request, String idempotencyKey) {
        return attempt(mentee, request, idempotencyKey)
                .onFailure(ProblemException.class).invoke(e -> metrics.refused(((ProblemException) e).slug()));
    }

    private Uni<Outcome> attempt(Mentee mentee, BookingRequest request, String idempotencyKey) {
        if (request.note() != null && AcuityTime.containsReference(request.note())) {
            // the note goes into the Acuity appointment's notes, where a reference binds an appointment to a booking
            return Uni.createFrom().failure(ProblemException.invalid(List.of(new Problem.FieldError("note",
                    "must not contain a Mentra booking reference ([mentra:…])"))));
        }
        String slot = request.mentorId() + "@" + request.startsAt().toInstant();
        return races.once(slot, mentee.userId() + " " + idempotencyKey,
                        () -> reservations.reserve(mentee, request, idempotencyKey),
                        first -> first.booking().status.holdsTime() ? BookingProblems.slotTaken(first.booking()) : null)
                // the reservation has committed: Acuity is asked with no transaction open
                .flatMap(r -> r.replayed() || r.booking().status != Booking.Status.PENDING
                        ? Uni.createFrom().item(new Outcome(r.booking(), r.replayed()))
                        : acuityBookings.book(r, mentee, idempotencyKey).map(b -> new Outcome(b, false)));
    }

    public Uni<Booking> reschedule(String userId, String bookingId, OffsetDateTime startsAt) {
        return lifecycle.move(userId, bookingId, startsAt)
                .onFailure(e -> SqlStates.is(e, SqlStates.EXCLUSION_VIOLATION))
                .recoverWithUni(e -> checks.takenAt(null, startsAt.toInstant(), bookingId))
                // the lock on the booking was released with that transaction: Acuity is asked without it
                .flatMap(move -> move.inAcuity() == null ? Uni.createFrom().item(move.booking())
                        : acuityBookings.reschedule(move.booking(), move.inAcuity()));
    }

    public Uni<Booking> cancel(String userId, String bookingId, String reason) {
        return lifecycle.cancellable(userId, bookingId).flatMap(b -> {
            if (b.status == Booking.Status.CANCELLED) {
                return Uni.createFrom().item(b); // cancelling twice is the same as once
            }
            String why = describe(userId.equals(b.mentorUserId) ? "the mentor" : "the mentee", reason);
            Uni<Void> inAcuity = b.acuityAppointmentId == null || !acuity.enabled()
                    ? Uni.createFrom().voidItem()
                    : acuityBookings.cancel(b.acuityAppointmentId, why);
            return inAcuity.flatMap(x -> lifecycle.markCancelled(b.id, why, BookingEvents.Source.MENTRA));
        });
    }

    public Uni<Booking> markNoShow(String userId, String bookingId) {
        return lifecycle.markNoShow(userId, bookingId);
    }

    public Uni<Booking> markCompleted(String userId, String bookingId) {
        return lifecycle.markCompleted(userId, bookingId);
    }

    @WithSession
    public Uni<Booking> find(String userId, boolean admin, String bookingId) {
        return bookings.findById(bookingId)
                .map(b -> admin && b != null ? b : BookingLifecycle.visibleTo(b, userId, bookingId));
    }

    @WithSession
    public Uni<List<Booking>> mine(BookingQuery query) {
        return bookings.involving(query);
    }

    private static String describe(String who, String reason) {
        return "Cancelled by " + who + (reason == null || reason.isBlank() ? "" : ": " + reason.trim());
    }
}
