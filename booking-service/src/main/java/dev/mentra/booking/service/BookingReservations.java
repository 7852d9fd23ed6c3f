package dev.mentra.booking.service;

import dev.mentra.booking.BookableMentor;
import dev.mentra.booking.Booking;
import dev.mentra.booking.IdempotencyKey;
import dev.mentra.booking.MentorAvailability;
import dev.mentra.booking.Slot;
import dev.mentra.booking.messaging.BookingEvents;
import dev.mentra.booking.repository.BookingRepository;
import dev.mentra.booking.repository.IdempotencyKeyRepository;
import dev.mentra.platform.crypto.Sha256;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Reserving a slot for a booking, once per idempotency key. The key is written before the booking, so the same key
 * sent twice at once books once; the exclusion constraint decides between different people racing for one time;
 * only the daily cap takes a lock (the mentor's day). With a mentor on Acuity the reservation is {@code PENDING},
 * and {@link AcuityBookings} asks Acuity after this transaction has committed.
 */
@ApplicationScoped
class BookingReservations {

    /** A reserved slot (still to be booked in Acuity if it is PENDING), or the booking an earlier request made. */
    record Reservation(Booking booking, BookableMentor mentor, boolean replayed) {
    }

    private final BookingRepository bookings;
    private final IdempotencyKeyRepository keys;
    private final SlotService slots;
    private final AvailabilityService availability;
    private final SlotChecks checks;
    private final BookingEvents events;
    private final Clock clock;

    BookingReservations(BookingRepository bookings, IdempotencyKeyRepository keys, SlotService slots,
                        AvailabilityService availability, SlotChecks checks, BookingEvents events, Clock clock) {
        this.bookings = bookings;
        this.keys = keys;
        this.slots = slots;
        this.availability = availability;
        this.checks = checks;
        this.events = events;
        this.clock = clock;
    }

    Uni<Reservation> reserve(BookingService.Mentee mentee, BookingService.BookingRequest request, String key) {
        return reserve(mentee, request, key, hash(request), true);
    }

    private Uni<Reservation> reserve(BookingService.Mentee mentee, BookingService.BookingRequest request, String key,
                                     String hash, boolean firstTry) {
        return reserveInTransaction(mentee, request, key, hash)
                .onFailure(e -> SqlStates.is(e, SqlStates.EXCLUSION_VIOLATION))
                // the check passed but the database saw a concurrent booking: it wins, we say which
                .recoverWithUni(e -> checks.takenAt(request.mentorId(), request.startsAt().toInstant(), null))
                .onFailure(e -> firstTry && SqlStates.is(e, SqlStates.UNIQUE_VIOLATION))
                // the same key arrived twice at once: the second answers with the first's booking
                .recoverWithUni(e -> reserve(mentee, request, key, hash, false))
                // the slot may be taken by this very request, sent twice (a double click): that is a replay
                .onFailure(BookingProblems::isSlotTaken)
                .recoverWithUni(e -> replayOf(mentee.userId(), key, hash)
                        .onItem().ifNull().failWith(() -> e));
    }

    @WithTransaction
    Uni<Reservation> reserveInTransaction(BookingService.Mentee mentee, BookingService.BookingRequest request,
                                          String key, String hash) {
        return keys.findById(new IdempotencyKey.Id(mentee.userId(), key)).flatMap(known -> {
            if (known != null) {
                return replay(known, hash);
            }
            return slots.bookableMentor(request.mentorId()).flatMap(mentor -> {
                if (mentor.userId.equals(mentee.userId())) {
                    throw ProblemException.badRequest("own-session", "Mentors cannot book sessions with themselves");
                }
                return availability.of(mentor).flatMap(a -> checks.offered(mentor, a, request.startsAt().toInstant(), null)
                        .flatMap(slot -> create(mentee, request, mentor, a, slot, key, hash)));
            });
        });
    }

    /** The booking an earlier request with this key made, or null if the key is unknown. */
    @WithSession
    Uni<Reservation> replayOf(String callerId, String key, String hash) {
        return keys.findById(new IdempotencyKey.Id(callerId, key))
                .flatMap(known -> known == null ? Uni.createFrom().nullItem() : replay(known, hash));
    }

    private Uni<Reservation> replay(IdempotencyKey known, String hash) {
        if (!known.requestHash.equals(hash)) {
            throw ProblemException.conflict("idempotency-key-reused",
                    "This Idempotency-Key was already used for a different booking request");
        }
        return bookings.findById(known.bookingId).map(b -> {
            if (b.status == Booking.Status.PENDING) {
                throw ProblemException.conflict("request-in-progress",
                        "A booking with this Idempotency-Key is still being made; try again in a moment");
            }
            return new Reservation(b, null, true);
        });
    }

    private Uni<Reservation> create(BookingService.Mentee mentee, BookingService.BookingRequest request,
                                    BookableMentor mentor, MentorAvailability a, Slot slot, String key, String hash) {
        OffsetDateTime now = Instant.now(clock).atOffset(ZoneOffset.UTC);
        Booking b = new Booking();
        b.id = "bkg_" + UUID.randomUUID().toString().replace("-", "");
        b.mentorId = mentor.mentorId;
        b.mentorUserId = mentor.userId;
        b.menteeId = mentee.userId();
        b.startsAt = SlotChecks.utc(slot.start());
        b.endsAt = SlotChecks.utc(slot.end());
        b.blockedFrom = b.startsAt.minus(a.rules().bufferBefore());
        b.blockedUntil = b.endsAt.plus(a.rules().bufferAfter());
        b.timeZone = request.timeZone();
        b.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        b.status = slots.fromAcuity(mentor) ? Booking.Status.PENDING : Booking.Status.CONFIRMED;
        b.createdAt = now;
        b.updatedAt = now;
        IdempotencyKey k = new IdempotencyKey();
        k.id = new IdempotencyKey.Id(mentee.userId(), key);
        k.requestHash = hash;
        k.bookingId = b.id;
        k.createdAt = now;
        // The key first: the same key sent twice at once waits here for the first request and then replays it
        // (a unique violation, retried), instead of losing the slot race to itself. Then the booking, flushed so
        // the exclusion constraint decides the race before anything else is done.
        return keys.persist(k)
                .call(keys::flush)
                .flatMap(x -> bookings.persist(b))
                .call(bookings::flush)
                .call(x -> checks.withinDailyCap(mentor, a, b))
                .flatMap(x -> b.status == Booking.Status.CONFIRMED
                        ? events.confirmed(b, BookingEvents.Source.MENTRA)
                        : Uni.createFrom().voidItem())
                .call(bookings::flush)
                .replaceWith(new Reservation(b, mentor, false));
    }

    /** What an idempotency key remembers of its request: same key and same hash is the same request. */
    static String hash(BookingService.BookingRequest r) {
        return Sha256.hex(r.mentorId() + "|" + r.startsAt().toInstant() + "|" + r.timeZone() + "|"
                + (r.note() == null ? "" : r.note().trim()));
    }
}
