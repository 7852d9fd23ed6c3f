package dev.mentra.booking.service;

import dev.mentra.booking.Booking;
import dev.mentra.booking.Slot;
import dev.mentra.booking.client.AcuityAppointment;
import dev.mentra.booking.client.AcuityException;
import dev.mentra.booking.client.AcuityScheduling;
import dev.mentra.booking.client.AcuityTime;
import dev.mentra.booking.messaging.BookingEvents;
import dev.mentra.booking.repository.MentorRepository;
import dev.mentra.booking.repository.PersonRepository;
import dev.mentra.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Bookings of mentors scheduled by Acuity: Acuity is asked between the database transactions, never inside one, so
 * no row or lock is held while Acuity answers (a slow Acuity never makes another booking wait). Acuity first, then
 * the change here ({@link BookingLifecycle}); nothing half-done: a booking Acuity may or may not have made is looked
 * up by its reference before it is given up, and one Acuity made for a failed booking is cancelled by
 * reconciliation.
 */
@ApplicationScoped
public class AcuityBookings {

    private final AcuityScheduling acuity;
    private final BookingLifecycle lifecycle;
    private final MentorRepository mentors;
    private final PersonRepository people;

    AcuityBookings(AcuityScheduling acuity, BookingLifecycle lifecycle, MentorRepository mentors,
                   PersonRepository people) {
        this.acuity = acuity;
        this.lifecycle = lifecycle;
        this.mentors = mentors;
        this.people = people;
    }

    /**
     * Books a reserved ({@code PENDING}) slot in Acuity: confirmed if Acuity accepts (or did book it although the
     * answer was lost), failed with a 409 if it refuses, failed with a 503 if it cannot be reached.
     */
    Uni<Booking> book(BookingReservations.Reservation reservation, BookingService.Mentee mentee, String key) {
        Booking b = reservation.booking();
        String notes = (b.note == null ? "" : b.note + "\n\n") + "Booked on Mentra " + AcuityTime.reference(b.id);
        return email(mentee)
                .flatMap(email -> acuity.book(reservation.mentor().acuityCalendarId,
                        reservation.mentor().acuityAppointmentTypeId,
                        b.startsAt.atZoneSameInstant(ZoneId.of(b.timeZone)).toOffsetDateTime(), b.timeZone,
                        mentee.name(), email, notes))
                .flatMap(appointment -> lifecycle.confirmPending(b.id, appointment))
                .onFailure(AcuityException.Refused.class).recoverWithUni(refusal -> lifecycle
                        .fail(b.id, key, refusal.getMessage())
                        .flatMap(x -> Uni.createFrom().failure(BookingProblems.refusedByAcuity(refusal.getMessage()))))
                // down or too slow: Acuity may or may not have booked it; look before giving up
                .onFailure(e -> !(e instanceof ProblemException)).recoverWithUni(down -> findInAcuity(b)
                        .flatMap(found -> found.isPresent()
                                ? lifecycle.confirmPending(b.id, found.get())
                                : lifecycle.fail(b.id, key, "Acuity could not be reached").flatMap(x -> Uni.createFrom()
                                .failure(SlotService.unavailable(new AcuityException.Unavailable(down.getMessage()))))));
    }

    /** Moves a session in Acuity first, then here as Acuity answered. */
    Uni<Booking> reschedule(Booking b, Slot slot) {
        return acuity.reschedule(b.acuityAppointmentId, SlotChecks.utc(slot.start()))
                .onFailure(AcuityException.Refused.class).transform(refusal -> BookingProblems.refusedByAcuity(
                        refusal.getMessage()))
                .onFailure(e -> !(e instanceof ProblemException)).transform(SlotService::unavailable)
                .flatMap(appointment -> lifecycle.applyFromAcuity(b.id, appointment, BookingEvents.Source.MENTRA));
    }

    /** Cancels an appointment in Acuity; one Acuity says is cancelled already counts as done. */
    Uni<Void> cancel(long appointmentId, String why) {
        return acuity.cancel(appointmentId, why).replaceWithVoid()
                // refused: perhaps already cancelled there, which is what we want
                .onFailure(AcuityException.Refused.class).recoverWithUni(refusal -> acuity.appointment(appointmentId)
                        .map(a -> {
                            if (!a.canceled()) {
                                throw ProblemException.conflict("cancel-refused",
                                        "The mentor's calendar refused the cancellation: " + refusal.getMessage());
                            }
                            return null;
                        }))
                .onFailure(e -> !(e instanceof ProblemException)).transform(SlotService::unavailable)
                .replaceWithVoid();
    }

    /** The appointment Acuity made for this booking, found by the reference in its notes, if any. */
    Uni<Optional<AcuityAppointment>> findInAcuity(Booking b) {
        return mentors.findById(b.mentorId)
                .flatMap(mentor -> acuity.appointments(mentor.acuityCalendarId,
                        b.startsAt.toLocalDate().minusDays(1), b.startsAt.toLocalDate().plusDays(1)))
                .map(list -> list.stream()
                        .filter(a -> !a.canceled() && a.mentraBookingId().filter(b.id::equals).isPresent())
                        .findFirst())
                .onFailure().recoverWithItem(Optional.empty());
    }

    /** Acuity wants an email for its client record: the token's, else the one identity told us. */
    private Uni<String> email(BookingService.Mentee mentee) {
        if (mentee.email() != null && !mentee.email().isBlank()) {
            return Uni.createFrom().item(mentee.email());
        }
        return people.findById(mentee.userId())
                .map(p -> p != null && p.email != null ? p.email : mentee.userId() + "@users.mentra.invalid");
    }
}
