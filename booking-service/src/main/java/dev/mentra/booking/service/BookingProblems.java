package dev.mentra.booking.service;

import dev.mentra.booking.Booking;
import dev.mentra.booking.MentorAvailability;
import dev.mentra.platform.problem.ProblemException;

import java.time.Instant;
import java.util.Map;

/** The answers a booking request can get when its time cannot be had, worded once for every path that meets them. */
final class BookingProblems {

    static final String SLOT_TAKEN = "slot-unavailable";

    private BookingProblems() {
    }

    /** 409 naming the session in the way. */
    static ProblemException slotTaken(Booking inTheWay) {
        return slotTaken().with("conflict", Map.of("startsAt", inTheWay.startsAt.toInstant().toString(),
                "endsAt", inTheWay.endsAt.toInstant().toString()));
    }

    /** 409 when the session in the way is no longer to be found. */
    static ProblemException slotTaken() {
        return ProblemException.conflict(SLOT_TAKEN, "That time is already taken: pick another slot");
    }

    static boolean isSlotTaken(Throwable failure) {
        return failure instanceof ProblemException p && SLOT_TAKEN.equals(p.slug());
    }

    /** 422: the mentor does not offer that time, and why. */
    static ProblemException notOffered(String why) {
        return new ProblemException(422, "slot-not-offered", "Slot not offered", why);
    }

    /** 409: the mentor's Acuity calendar refused the time, in Acuity's words. */
    static ProblemException refusedByAcuity(String acuitysMessage) {
        return new ProblemException(409, "slot-refused", "Slot not available",
                "The mentor's calendar did not accept this time: " + acuitysMessage);
    }

    /** Which of the mentor's rules a time outside their slots breaks, as the mentee reads it. */
    static String whyNot(MentorAvailability a, Instant start, Instant now) {
        if (!a.configured()) {
            return "This mentor has not opened any hours for booking yet";
        }
        if (start.isBefore(now.plus(a.rules().minimumNotice()))) {
            return "Sessions with this mentor must be booked at least "
                    + a.rules().minimumNotice().toMinutes() + " minutes ahead";
        }
        if (start.isAfter(now.plus(a.rules().horizon()))) {
            return "Sessions with this mentor can be booked at most " + a.rules().horizon().toDays() + " days ahead";
        }
        return "That time is outside the mentor's hours, not on the " + a.rules().step().toMinutes()
                + "-minute grid, or the day is fully booked";
    }
}
