package dev.mentra.booking.service;

import dev.mentra.booking.BookableMentor;
import dev.mentra.booking.Booking;
import dev.mentra.booking.MentorAvailability;
import dev.mentra.booking.Slot;
import dev.mentra.booking.repository.BookingRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;

/**
 * Whether a session may take a time: clear of every other held session, offered by the mentor's rules, within the
 * day's cap. Runs in the caller's transaction (a booking's or a move's).
 */
@ApplicationScoped
class SlotChecks {

    private final BookingRepository bookings;
    private final SlotService slots;
    private final Clock clock;

    SlotChecks(BookingRepository bookings, SlotService slots, Clock clock) {
        this.bookings = bookings;
        this.slots = slots;
        this.clock = clock;
    }

    /**
     * The slot starting at {@code start} if the mentor offers it: clear of every other held session (409 naming
     * the one in the way) and, on Mentra's scheduling, within hours, notice, horizon and the day's cap (422).
     */
    Uni<Slot> offered(BookableMentor mentor, MentorAvailability a, Instant start, String movingId) {
        Instant end = start.plus(a.rules().sessionLength());
        Instant keptFrom = start.minus(a.rules().bufferBefore());
        Instant keptUntil = end.plus(a.rules().bufferAfter());
        return bookings.holding(mentor.mentorId, utc(start.minus(Duration.ofDays(2))), utc(end.plus(Duration.ofDays(2))))
                .map(held -> held.stream().filter(b -> !b.id.equals(movingId)).toList())
                .flatMap(held -> {
                    Optional<Booking> inTheWay = held.stream()
                            .filter(b -> b.blockedFrom.toInstant().isBefore(keptUntil)
                                    && b.blockedUntil.toInstant().isAfter(keptFrom))
                            .findFirst();
                    if (inTheWay.isPresent()) {
                        return Uni.createFrom().failure(BookingProblems.slotTaken(inTheWay.get()));
                    }
                    Slot slot = new Slot(start, end);
                    Instant now = Instant.now(clock);
                    if (slots.fromAcuity(mentor)) {
                        // Acuity applies the mentor's hours and rules
                        return start.isAfter(now) ? Uni.createFrom().item(slot)
                                : Uni.createFrom().failure(BookingProblems.notOffered("That time has passed"));
                    }
                    if (a.configured() && SlotService.ownSlots(a, held, start, start.plusSeconds(1), now).contains(slot)) {
                        return Uni.createFrom().item(slot);
                    }
                    return Uni.createFrom().failure(BookingProblems.notOffered(BookingProblems.whyNot(a, start, now)));
                });
    }

    /**
     * The day's cap, counted once this booking is written, under the lock of the mentor's day: the count (a new
     * snapshot, READ COMMITTED) sees every booking of that day committed before the lock was granted, so two
     * bookings of one day can never both take its last place. Acuity applies its own rules to its mentors.
     */
    Uni<Void> withinDailyCap(BookableMentor mentor, MentorAvailability a, Booking b) {
        if (slots.fromAcuity(mentor)) {
            return Uni.createFrom().voidItem();
        }
        ZoneId zone = a.schedule().zone();
        LocalDate day = b.blockedFrom.toInstant().atZone(zone).toLocalDate();
        OffsetDateTime from = utc(day.atStartOfDay(zone).toInstant());
        OffsetDateTime to = utc(day.plusDays(1).atStartOfDay(zone).toInstant());
        return bookings.lockMentorDay(mentor.mentorId, day)
                .flatMap(x -> bookings.holding(mentor.mentorId, from, to))
                .invoke(held -> {
                    long sameDay = held.stream()
                            .filter(h -> h.blockedFrom.toInstant().atZone(zone).toLocalDate().equals(day))
                            .count();
                    if (sameDay > a.rules().maxPerDay()) {
                        throw BookingProblems.notOffered("That day is fully booked: pick another day");
                    }
                })
                .replaceWithVoid();
    }

    /** After the database refused a time (exclusion constraint): a 409 naming the session now in the way. */
    <T> Uni<T> takenAt(String mentorId, Instant start, String movingId) {
        Uni<String> mentor = mentorId != null ? Uni.createFrom().item(mentorId)
                : bookings.findById(movingId).map(b -> b.mentorId);
        return mentor.flatMap(m -> bookings.holding(m, utc(start.minus(Duration.ofDays(1))),
                        utc(start.plus(Duration.ofDays(1)))))
                .flatMap(held -> {
                    Optional<Booking> nearest = held.stream().filter(b -> !b.id.equals(movingId))
                            .min(Comparator.comparing(b -> Duration.between(b.startsAt.toInstant(), start).abs()));
                    return Uni.createFrom().failure(nearest.map(BookingProblems::slotTaken)
                            .orElseGet(BookingProblems::slotTaken));
                });
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
