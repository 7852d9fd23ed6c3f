package dev.mentra.booking.service;

import dev.mentra.booking.Booking;
import dev.mentra.booking.Slot;
import dev.mentra.booking.client.AcuityAppointment;
import dev.mentra.booking.messaging.BookingEvents;
import dev.mentra.booking.repository.BookingRepository;
import dev.mentra.booking.repository.IdempotencyKeyRepository;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A booking's statuses and the changes between them, each in one transaction under the booking's row lock and
 * announced by the outbox in that transaction: pending → confirmed or failed, confirmed → moved, cancelled,
 * completed or no-show. Nothing here calls Acuity; {@link AcuityBookings} does, between these transactions.
 */
@ApplicationScoped
public class BookingLifecycle {

    /** A booking moved here, or (with a slot) still to be moved in Acuity first. */
    record Move(Booking booking, Slot inAcuity) {
    }

    private final BookingRepository bookings;
    private final IdempotencyKeyRepository keys;
    private final SlotService slots;
    private final AvailabilityService availability;
    private final SlotChecks checks;
    private final BookingEvents events;
    private final AcuityCancellations acuityCancellations;
    private final Clock clock;

    BookingLifecycle(BookingRepository bookings, IdempotencyKeyRepository keys, SlotService slots,
                     AvailabilityService availability, SlotChecks checks, BookingEvents events,
                     AcuityCancellations acuityCancellations, Clock clock) {
        this.bookings = bookings;
        this.keys = keys;
        this.slots = slots;
        this.availability = availability;
        this.checks = checks;
        this.events = events;
        this.acuityCancellations = acuityCancellations;
        this.clock = clock;
    }

    /** A pending booking Acuity has booked becomes confirmed and is announced; settling twice changes nothing. */
    @WithTransaction
    public Uni<Booking> confirmPending(String bookingId, AcuityAppointment appointment) {
        return bookings.lockById(bookingId).flatMap(b -> {
            if (b.status != Booking.Status.PENDING) {
                return Uni.createFrom().item(b);
            }
            b.acuityAppointmentId = appointment.id();
            if (!b.startsAt.isEqual(appointment.start())) {
                b.moveTo(utc(appointment.start()), utc(appointment.end()));
                b.previousStartsAt = null;
                b.previousEndsAt = null;
            }
            b.status = Booking.Status.CONFIRMED;
            b.updatedAt = now();
            return events.confirmed(b, BookingEvents.Source.MENTRA).replaceWith(b);
        });
    }

    /** Nothing was booked: the slot is free again and the idempotency key (if given) may be used once more. */
    @WithTransaction
    public Uni<Void> fail(String bookingId, String key, String reason) {
        return bookings.lockById(bookingId).flatMap(b -> {
            if (b.status != Booking.Status.PENDING) {
                return Uni.createFrom().voidItem();
            }
            b.status = Booking.Status.FAILED;
            b.statusReason = reason;
            b.updatedAt = now();
            return key == null ? Uni.createFrom().voidItem()
                    : keys.delete("id.callerId = ?1 and id.key = ?2", b.menteeId, key).replaceWithVoid();
        });
    }

    /**
     * Moves a confirmed upcoming session to another offered slot, or, for a session booked in Acuity, checks the
     * slot and hands it back to be moved in Acuity first (outside this transaction).
     */
    @WithTransaction
    Uni<Move> move(String userId, String bookingId, OffsetDateTime startsAt) {
        return bookings.lockById(bookingId).map(b -> visibleTo(b, userId, bookingId)).flatMap(b -> {
            if (b.status != Booking.Status.CONFIRMED || !b.startsAt.toInstant().isAfter(Instant.now(clock))) {
                throw ProblemException.conflict("not-reschedulable", "Only an upcoming confirmed session can be moved");
            }
            return slots.bookableMentor(b.mentorId).flatMap(mentor -> availability.of(mentor)
                    .flatMap(a -> checks.offered(mentor, a, startsAt.toInstant(), b.id).flatMap(slot -> {
                        if (slots.fromAcuity(mentor) && b.acuityAppointmentId != null) {
                            return Uni.createFrom().item(new Move(b, slot));
                        }
                        b.moveTo(SlotChecks.utc(slot.start()), SlotChecks.utc(slot.end()));
                        b.updatedAt = now();
                        return bookings.flush()
                                .call(x -> checks.withinDailyCap(mentor, a, b))
                                .flatMap(x -> events.rescheduled(b, BookingEvents.Source.MENTRA))
                                .replaceWith(new Move(b, null));
                    })));
        });
    }

    /** The booking if its person may cancel it now (an upcoming confirmed session, or one already cancelled). */
    @WithTransaction
    Uni<Booking> cancellable(String userId, String bookingId) {
        return bookings.lockById(bookingId).map(b -> visibleTo(b, userId, bookingId)).map(b -> {
            if (b.status != Booking.Status.CANCELLED
                    && (b.status != Booking.Status.CONFIRMED || !b.startsAt.toInstant().isAfter(Instant.now(clock)))) {
                throw ProblemException.conflict("not-cancellable", "Only an upcoming confirmed session can be cancelled");
            }
            return b;
        });
    }

    /** Frees the time a booking held; announced if it had been confirmed. Twice is the same as once. */
    @WithTransaction
    Uni<Booking> markCancelled(String bookingId, String why, BookingEvents.Source source) {
        return bookings.lockById(bookingId).flatMap(b -> {
            if (!b.status.holdsTime()) {
                return Uni.createFrom().item(b);
            }
            boolean announced = b.status == Booking.Status.CONFIRMED;
            b.status = Booking.Status.CANCELLED;
            b.statusReason = why;
            b.updatedAt = now();
            return announced ? events.cancelled(b, source).replaceWith(b) : Uni.createFrom().item(b);
        });
    }

    /** The mentor says the mentee did not come: from the session's start until a day after its end. */
    @WithTransaction
    public Uni<Booking> markNoShow(String userId, String bookingId) {
        return bookings.lockById(bookingId).map(b -> visibleTo(b, userId, bookingId)).flatMap(b -> {
            if (!userId.equals(b.mentorUserId)) {
                throw ProblemException.forbidden("Only the mentor of a session can mark a no-show");
            }
            if (b.status == Booking.Status.NO_SHOW) {
                return Uni.createFrom().item(b);
            }
            Instant now = Instant.now(clock);
            boolean open = (b.status == Booking.Status.CONFIRMED || b.status == Booking.Status.COMPLETED)
                    && !now.isBefore(b.startsAt.toInstant())
                    && now.isBefore(b.endsAt.toInstant().plus(Duration.ofDays(1)));
            if (!open) {
                throw ProblemException.conflict("not-markable",
                        "A no-show can be marked from the session's start until a day after its end");
            }
            b.status = Booking.Status.NO_SHOW;
            b.updatedAt = now();
            return events.noShow(b).replaceWith(b);
        });
    }

    /**
     * The mentor closes a session that has started (it ended early, or the job has not come round yet) and it is
     * announced as {@code booking.completed}, as the job would; completing twice is the same as once.
     */
    @WithTransaction
    public Uni<Booking> markCompleted(String userId, String bookingId) {
        return bookings.lockById(bookingId).map(b -> visibleTo(b, userId, bookingId)).flatMap(b -> {
            if (!userId.equals(b.mentorUserId)) {
                throw ProblemException.forbidden("Only the mentor of a session can mark it completed");
            }
            if (b.status == Booking.Status.COMPLETED) {
                return Uni.createFrom().item(b);
            }
            if (b.status != Booking.Status.CONFIRMED || Instant.now(clock).isBefore(b.startsAt.toInstant())) {
                throw ProblemException.conflict("not-completable",
                        "Only a confirmed session that has started can be marked completed");
            }
            b.status = Booking.Status.COMPLETED;
            b.updatedAt = now();
            return events.completed(b).replaceWith(b);
        });
    }

    /**
     * Applies what Acuity says an appointment is now (after our own change, or a webhook, or reconciliation):
     * cancelled there → cancelled here; another time there → moved here. The same state twice changes nothing, so
     * duplicated and reordered notifications converge.
     */
    @WithTransaction
    public Uni<Booking> applyFromAcuity(String bookingId, AcuityAppointment a, BookingEvents.Source source) {
        return bookings.lockById(bookingId).flatMap(b -> {
            if (b.status == Booking.Status.PENDING) {
                return a.canceled() ? fail(b.id, null, "Cancelled in Acuity before it was confirmed").replaceWith(b)
                        : confirmPending(b.id, a);
            }
            if (b.status != Booking.Status.CONFIRMED) {
                return Uni.createFrom().item(b);
            }
            if (a.canceled()) {
                return markCancelled(b.id, "Cancelled in the mentor's calendar", source);
            }
            if (b.startsAt.isEqual(a.start()) && b.endsAt.isEqual(a.end())) {
                return Uni.createFrom().item(b);
            }
            b.moveTo(utc(a.start()), utc(a.end()));
            b.updatedAt = now();
            return events.rescheduled(b, source).replaceWith(b);
        });
    }

    /**
     * Ends the upcoming sessions of a mentor who left or of a user who closed their account, in the caller's
     * transaction (an event's). Acuity is not asked here: the appointments are recorded for {@link
     * AcuityCancellations} to cancel there, so an event never waits for Acuity.
     */
    public Uni<Void> cancelUpcoming(String mentorId, String userId, String why) {
        Uni<List<Booking>> upcoming = mentorId != null
                ? bookings.list("mentorId = ?1 and status = ?2 and startsAt > ?3", mentorId,
                Booking.Status.CONFIRMED, now())
                : bookings.list("(menteeId = ?1 or mentorUserId = ?1) and status = ?2 and startsAt > ?3", userId,
                Booking.Status.CONFIRMED, now());
        return upcoming.onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(b -> markCancelled(b.id, why, BookingEvents.Source.MENTRA)
                        .flatMap(cancelled -> acuityCancellations.record(b.id, b.acuityAppointmentId, why)))
                .collect().last().replaceWithVoid();
    }

    /** Another person's booking is as invisible as one that does not exist (404), and so is a failed one. */
    static Booking visibleTo(Booking b, String userId, String bookingId) {
        if (b == null || !b.involves(userId) || b.status == Booking.Status.FAILED) {
            throw ProblemException.notFound("Booking " + bookingId);
        }
        return b;
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
