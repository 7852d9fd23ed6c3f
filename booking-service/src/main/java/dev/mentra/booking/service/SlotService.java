package dev.mentra.booking.service;

import dev.mentra.booking.BookableMentor;
import dev.mentra.booking.Booking;
import dev.mentra.booking.BookingRules;
import dev.mentra.booking.MentorAvailability;
import dev.mentra.booking.Slot;
import dev.mentra.booking.WeeklySchedule;
import dev.mentra.booking.client.AcuityException;
import dev.mentra.booking.client.AcuityAccount;
import dev.mentra.booking.client.AcuityScheduling;
import dev.mentra.booking.repository.BookingRepository;
import dev.mentra.booking.repository.MentorRepository;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * The start times a mentee can book. For a mentor on Mentra's own scheduling they come from the mentor's
 * availability ({@link SlotCalculator}); for one connected to Acuity, from Acuity's availability API (Acuity applies
 * the mentor's rules there). Either way, time held by Mentra's own bookings is taken out.
 */
@ApplicationScoped
public class SlotService {

    /** Acuity answers one date per call: a slots query for an Acuity mentor covers at most this many days. */
    static final int ACUITY_MAX_DAYS = 31;

    private final MentorRepository mentors;
    private final BookingRepository bookings;
    private final AvailabilityService availability;
    private final AcuityScheduling acuity;
    private final AcuityAccount account;
    private final Clock clock;

    public SlotService(MentorRepository mentors, BookingRepository bookings, AvailabilityService availability,
                       AcuityScheduling acuity, AcuityAccount account, Clock clock) {
        this.mentors = mentors;
        this.bookings = bookings;
        this.availability = availability;
        this.acuity = acuity;
        this.account = account;
        this.clock = clock;
    }

    /** The slots of a mentor within {@code [from, to)}, and the availability they follow. */
    public record Offer(BookableMentor mentor, MentorAvailability availability, List<Slot> slots) {
    }

    @WithSession
    public Uni<Offer> offer(String mentorId, Instant from, Instant to) {
        return bookableMentor(mentorId).flatMap(mentor -> availability.of(mentor).flatMap(a -> bookings
                .holding(mentorId, from.minus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC),
                        to.plus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC))
                .flatMap(held -> slots(mentor, a, held, from, to, Instant.now(clock)))
                .map(slots -> new Offer(mentor, a, slots))));
    }

    /**
     * The slots a mentor's unsaved availability would offer within {@code [from, to)}: computed exactly as a
     * mentee's are (the sessions already booked held out), so the mentor's preview is what mentees will see.
     */
    @WithSession
    public Uni<Offer> preview(BookableMentor mentor, WeeklySchedule schedule, BookingRules rules, Instant from,
                              Instant to) {
        MentorAvailability draft = new MentorAvailability(mentor.mentorId, schedule, rules, true, null);
        return bookings.holding(mentor.mentorId, from.minus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC),
                        to.plus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC))
                .flatMap(held -> slots(mentor, draft, held, from, to, Instant.now(clock)))
                .map(slots -> new Offer(mentor, draft, slots));
    }

    /** A human mentor who can be booked, or a 404 (or 400 for an AI mentor, who answers in chat). */
    @WithSession
    public Uni<BookableMentor> bookableMentor(String mentorId) {
        return mentors.findById(mentorId).map(m -> {
            if (m == null || !m.active) {
                throw ProblemException.notFound("Mentor " + mentorId);
            }
            if (!m.isBookable()) {
                throw ProblemException.badRequest("not-bookable",
                        "AI mentors are not booked: start a conversation with them in chat");
            }
            return m;
        });
    }

    /** Whether the mentor's slots come from Acuity. */
    public boolean fromAcuity(BookableMentor mentor) {
        return mentor.usesAcuity() && account.enabled();
    }

    Uni<List<Slot>> slots(BookableMentor mentor, MentorAvailability a, List<Booking> held, Instant from, Instant to,
                          Instant now) {
        if (!fromAcuity(mentor)) {
            return Uni.createFrom().item(a.configured() ? ownSlots(a, held, from, to, now) : List.of());
        }
        List<SlotCalculator.Busy> busy = busy(held);
        ZoneId zone = a.schedule().zone();
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.minusNanos(1).atZone(zone).toLocalDate();
        if (first.plusDays(ACUITY_MAX_DAYS).isBefore(last)) {
            last = first.plusDays(ACUITY_MAX_DAYS);
        }
        Duration length = a.rules().sessionLength();
        return Multi.createFrom().iterable(first.datesUntil(last.plusDays(1)).toList())
                .onItem().transformToUni(date -> acuity.availableTimes(mentor.acuityCalendarId,
                        mentor.acuityAppointmentTypeId, date, zone.getId()))
                .merge(4)
                .onItem().transformToIterable(times -> times)
                .map(t -> new Slot(t.toInstant(), t.toInstant().plus(length)))
                .filter(s -> !s.start().isBefore(from) && s.start().isBefore(to) && s.start().isAfter(now))
                .collect().asList()
                .map(slots -> SlotCalculator.clearOf(slots.stream().distinct()
                        .sorted(Comparator.comparing(Slot::start)).toList(), a.rules(), busy))
                .onFailure().transform(SlotService::unavailable);
    }

    /** Slots on Mentra's own scheduling. */
    static List<Slot> ownSlots(MentorAvailability a, List<Booking> held, Instant from, Instant to, Instant now) {
        return SlotCalculator.slots(a.schedule(), a.rules(), busy(held), from, to, now);
    }

    private static List<SlotCalculator.Busy> busy(List<Booking> held) {
        return held.stream()
                .map(b -> new SlotCalculator.Busy(b.blockedFrom.toInstant(), b.blockedUntil.toInstant()))
                .toList();
    }

    /**
     * Acuity down, slow or its circuit open (Fault Tolerance's timeout and open-circuit exceptions) becomes a 503 the
     * mentee understands; its refusals stay what they are.
     */
    public static Throwable unavailable(Throwable failure) {
        if (failure instanceof AcuityException.Unavailable || failure instanceof FaultToleranceException) {
            return new ProblemException(503, "scheduling-unavailable", "Scheduling unavailable",
                    "The mentor's calendar cannot be reached right now; please try again in a minute")
                    .withRetryAfter(Duration.ofSeconds(30));
        }
        return failure;
    }
}
