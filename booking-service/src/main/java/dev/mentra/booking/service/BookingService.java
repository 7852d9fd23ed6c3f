package dev.mentra.booking.service;

import dev.mentra.booking.BookableMentor;
import dev.mentra.booking.Booking;
import dev.mentra.booking.IdempotencyKey;
import dev.mentra.booking.MentorAvailability;
import dev.mentra.booking.Slot;
import dev.mentra.booking.client.AcuityAppointment;
import dev.mentra.booking.client.AcuityException;
import dev.mentra.booking.client.AcuityScheduling;
import dev.mentra.booking.client.AcuityTime;
import dev.mentra.booking.messaging.BookingEvents;
import dev.mentra.booking.repository.BookingRepository;
import dev.mentra.booking.repository.IdempotencyKeyRepository;
import dev.mentra.booking.repository.MentorRepository;
import dev.mentra.booking.repository.PersonRepository;
import dev.mentra.platform.problem.Problem;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking, rescheduling, cancelling and closing sessions with human mentors.
 *
 * <p>No double booking, and no waiting behind other people's bookings: the slot is checked without a lock, and the
 * database's exclusion constraint is the arbiter between bookings that arrive at once (the first to insert wins;
 * the others fail at their insert as soon as it commits). Only the daily cap needs a lock, on the mentor's day,
 * taken after the insert and held until the commit, so bookings of other days never wait. With a mentor on
 * Acuity, Acuity is asked before anything is announced: a booking holds its slot as {@code PENDING} while Acuity
 * books it, and becomes {@code CONFIRMED} or {@code FAILED} (nothing half-done: an appointment Acuity made for a
 * failed booking is cancelled again, here or by reconciliation).
 */
@ApplicationScoped
public class BookingService {

    private static final Logger LOG = Logger.getLogger(BookingService.class);
    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SLOT_TAKEN = "slot-unavailable";

    private final BookingRepository bookings;
    private final IdempotencyKeyRepository keys;
    private final PersonRepository people;
    private final MentorRepository mentors;
    private final SlotService slots;
    private final AvailabilityService availability;
    private final AcuityScheduling acuity;
    private final BookingEvents events;
    private final AcuityCancellations acuityCancellations;
    private final SlotRaces races;
    private final BookingMetrics metrics;

    public BookingService(BookingRepository bookings, IdempotencyKeyRepository keys, PersonRepository people,
                          MentorRepository mentors, SlotService slots, AvailabilityService availability, AcuityScheduling acuity,
                          BookingEvents events, AcuityCancellations acuityCancellations, SlotRaces races,
                          BookingMetrics metrics) {
        this.bookings = bookings;
        this.keys = keys;
        this.people = people;
        this.mentors = mentors;
        this.slots = slots;
        this.availability = availability;
        this.acuity = acuity;
        this.events = events;
        this.acuityCancellations = acuityCancellations;
        this.races = races;
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

    /** A booking moved here, or (with a slot) still to be moved in Acuity first. */
    private record Move(Booking booking, Slot inAcuity) {
    }

    /** A reserved slot, still to be booked in Acuity if the mentor uses it. */
    private record Reservation(Booking booking, BookableMentor mentor, boolean replayed) {
    }

    // ---- booking ----------------------------------------------------------------------------------------------

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
                        () -> reserveOnce(mentee, request, idempotencyKey, true),
                        first -> first.booking().status.holdsTime() ? slotTaken(first.booking()) : null)
                .flatMap(r -> r.replayed()
                || r.booking().status != Booking.Status.PENDING
                ? Uni.createFrom().item(new Outcome(r.booking(), r.replayed()))
                : bookInAcuity(r, mentee, idempotencyKey).map(b -> new Outcome(b, false)));
    }

    private Uni<Reservation> reserveOnce(Mentee mentee, BookingRequest request, String key, boolean firstTry) {
        String hash = hash(request);
        return Panache.withTransaction(() -> reserve(mentee, request, key, hash))
                .onFailure(e -> sqlState(e).isPresent()).recoverWithUni(e -> {
                    String state = sqlState(e).orElseThrow();
                    if (EXCLUSION_VIOLATION.equals(state)) {
                        // the check passed but the database saw a concurrent booking: it wins, we say which
                        return conflictAt(request.mentorId(), request.startsAt().toInstant(), null);
                    }
                    if (UNIQUE_VIOLATION.equals(state) && firstTry) {
                        // the same key arrived twice at once: the second answers with the first's booking
                        return reserveOnce(mentee, request, key, false);
                    }
                    return Uni.createFrom().failure(e);
                })
                // the slot may be taken by this very request, sent twice (a double click): that is a replay
                .onFailure(e -> e instanceof ProblemException p && SLOT_TAKEN.equals(p.slug()))
                .recoverWithUni(e -> Panache.withSession(() -> keys.findById(new IdempotencyKey.Id(mentee.userId(), key))
                        .flatMap(known -> known != null ? replay(known, hash) : Uni.createFrom().failure(e))));
    }

    private Uni<Reservation> reserve(Mentee mentee, BookingRequest request, String key, String hash) {
        return keys.findById(new IdempotencyKey.Id(mentee.userId(), key)).flatMap(known -> {
            if (known != null) {
                return replay(known, hash);
            }
            return slots.bookableMentor(request.mentorId()).flatMap(mentor -> {
                if (mentor.userId.equals(mentee.userId())) {
                    throw ProblemException.badRequest("own-session", "Mentors cannot book sessions with themselves");
                }
                return availability.of(mentor).flatMap(a -> checkOffered(mentor, a, request.startsAt().toInstant(), null)
                        .flatMap(slot -> create(mentee, request, mentor, a, slot, key, hash)));
            });
        });
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

    private Uni<Reservation> create(Mentee mentee, BookingRequest request, BookableMentor mentor,
                                    MentorAvailability a, Slot slot, String key, String hash) {
        OffsetDateTime now = now();
        Booking b = new Booking();
        b.id = "bkg_" + UUID.randomUUID().toString().replace("-", "");
        b.mentorId = mentor.mentorId;
        b.mentorUserId = mentor.userId;
        b.menteeId = mentee.userId();
        b.startsAt = utc(slot.start());
        b.endsAt = utc(slot.end());
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
                .call(x -> Panache.getSession().flatMap(s -> s.flush()))
                .flatMap(x -> bookings.persist(b))
                .call(x -> Panache.getSession().flatMap(s -> s.flush()))
                .call(x -> withinDailyCap(mentor, a, b))
                .flatMap(x -> b.status == Booking.Status.CONFIRMED
                        ? events.confirmed(b, BookingEvents.Source.MENTRA)
                        : Uni.createFrom().voidItem())
                .call(x -> Panache.getSession().flatMap(s -> s.flush()))
                .replaceWith(new Reservation(b, mentor, false));
    }

    private Uni<Booking> bookInAcuity(Reservation r, Mentee mentee, String key) {
        Booking b = r.booking();
        BookableMentor mentor = r.mentor();
        String notes = (b.note == null ? "" : b.note + "\n\n") + "Booked on Mentra " + AcuityTime.reference(b.id);
        return email(mentee)
                .flatMap(email -> acuity.book(mentor.acuityCalendarId, mentor.acuityAppointmentTypeId,
                        b.startsAt.atZoneSameInstant(java.time.ZoneId.of(b.timeZone)).toOffsetDateTime(), b.timeZone,
                        mentee.name(), email, notes))
                .flatMap(appointment -> confirmPending(b.id, appointment))
                .onFailure(AcuityException.Refused.class).recoverWithUni(refusal -> fail(b.id, key, refusal.getMessage())
                        .flatMap(x -> Uni.createFrom().failure(new ProblemException(409, "slot-refused",
                                "Slot not available", "The mentor's calendar did not accept this time: "
                                + refusal.getMessage()))))
                // down or too slow: Acuity may or may not have booked it; look before giving up
                .onFailure(e -> !(e instanceof ProblemException)).recoverWithUni(down -> findInAcuity(b)
                        .flatMap(found -> found.isPresent()
                                ? confirmPending(b.id, found.get())
                                : fail(b.id, key, "Acuity could not be reached").flatMap(x -> Uni.createFrom()
                                .failure(SlotService.unavailable(new AcuityException.Unavailable(down.getMessage(),
                                        null))))));
    }

    /** Acuity wants an email for its client record: the token's, else the one identity told us. */
    private Uni<String> email(Mentee mentee) {
        if (mentee.email() != null && !mentee.email().isBlank()) {
            return Uni.createFrom().item(mentee.email());
        }
        return Panache.withSession(() -> people.findById(mentee.userId()))
                .map(p -> p != null && p.email != null ? p.email : mentee.userId() + "@users.mentra.invalid");
    }

    /** The appointment Acuity made for this booking, found by the reference in its notes, if any. */
    Uni<Optional<AcuityAppointment>> findInAcuity(Booking b) {
        return Panache.withSession(() -> mentors.findById(b.mentorId))
                .flatMap(mentor -> acuity.appointments(mentor.acuityCalendarId,
                        b.startsAt.toLocalDate().minusDays(1), b.startsAt.toLocalDate().plusDays(1)))
                .map(list -> list.stream()
                        .filter(a -> !a.canceled() && a.mentraBookingId().filter(b.id::equals).isPresent())
                        .findFirst())
                .onFailure().recoverWithItem(Optional.empty());
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
                b.moveTo(utc(appointment.start().toInstant()), utc(appointment.end().toInstant()));
                b.previousStartsAt = null;
                b.previousEndsAt = null;
            }
            b.status = Booking.Status.CONFIRMED;
            b.updatedAt = now();
            return events.confirmed(b, BookingEvents.Source.MENTRA).replaceWith(b);
        });
    }

    /** Announces a booking made in Acuity directly (in the caller's transaction). */
    Uni<Void> confirmedFromAcuity(Booking b) {
        return events.confirmed(b, BookingEvents.Source.ACUITY);
    }

    /** Nothing was booked: the slot is free again and the key may be used once more. */
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

    // ---- changing ---------------------------------------------------------------------------------------------

    public Uni<Booking> reschedule(String userId, String bookingId, OffsetDateTime startsAt) {
        return Panache.withTransaction(() -> bookings.lockById(bookingId)
                        .map(b -> visibleTo(b, userId, bookingId))
                        .flatMap(b -> {
                            if (b.status != Booking.Status.CONFIRMED || !b.startsAt.toInstant().isAfter(Instant.now())) {
                                throw ProblemException.conflict("not-reschedulable",
                                        "Only an upcoming confirmed session can be moved");
                            }
                            return slots.bookableMentor(b.mentorId).flatMap(mentor -> availability.of(mentor)
                                    .flatMap(a -> checkOffered(mentor, a, startsAt.toInstant(), b.id)
                                    .flatMap(slot -> {
                                        if (slots.fromAcuity(mentor) && b.acuityAppointmentId != null) {
                                            return Uni.createFrom().item(new Move(b, slot)); // Acuity first
                                        }
                                        b.moveTo(utc(slot.start()), utc(slot.end()));
                                        b.updatedAt = now();
                                        return Panache.getSession().flatMap(s -> s.flush())
                                                .call(x -> withinDailyCap(mentor, a, b))
                                                .flatMap(x -> events.rescheduled(b, BookingEvents.Source.MENTRA))
                                                .replaceWith(new Move(b, null));
                                    })));
                        }))
                .onFailure(e -> sqlState(e).filter(EXCLUSION_VIOLATION::equals).isPresent())
                .recoverWithUni(e -> conflictAt(null, startsAt.toInstant(), bookingId))
                .flatMap(move -> move.inAcuity() == null ? Uni.createFrom().item(move.booking())
                        : rescheduleInAcuity(move.booking(), move.inAcuity()));
    }

    private Uni<Booking> rescheduleInAcuity(Booking b, Slot slot) {
        return acuity.reschedule(b.acuityAppointmentId, utc(slot.start()))
                .onFailure(AcuityException.Refused.class).transform(refusal -> new ProblemException(409, "slot-refused",
                        "Slot not available", "The mentor's calendar did not accept this time: " + refusal.getMessage()))
                .onFailure(e -> !(e instanceof ProblemException)).transform(SlotService::unavailable)
                .flatMap(appointment -> applyFromAcuity(b.id, appointment, BookingEvents.Source.MENTRA));
    }

    public Uni<Booking> cancel(String userId, String bookingId, String reason) {
        return Panache.withTransaction(() -> bookings.lockById(bookingId)
                        .map(b -> visibleTo(b, userId, bookingId))
                        .map(b -> {
                            if (b.status == Booking.Status.CANCELLED) {
                                return b; // cancelling twice is the same as once
                            }
                            if (b.status != Booking.Status.CONFIRMED || !b.startsAt.toInstant().isAfter(Instant.now())) {
                                throw ProblemException.conflict("not-cancellable",
                                        "Only an upcoming confirmed session can be cancelled");
                            }
                            return b;
                        }))
                .flatMap(b -> {
                    if (b.status == Booking.Status.CANCELLED) {
                        return Uni.createFrom().item(b);
                    }
                    String why = describe(userId.equals(b.mentorUserId) ? "the mentor" : "the mentee", reason);
                    Uni<Void> inAcuity = b.acuityAppointmentId == null || !acuity.enabled()
                            ? Uni.createFrom().voidItem()
                            : cancelInAcuity(b.acuityAppointmentId, why);
                    return inAcuity.flatMap(x -> markCancelled(b.id, why, BookingEvents.Source.MENTRA));
                });
    }

    private Uni<Void> cancelInAcuity(long appointmentId, String why) {
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
            Instant now = Instant.now();
            boolean open = (b.status == Booking.Status.CONFIRMED || b.status == Booking.Status.COMPLETED)
                    && !now.isBefore(b.startsAt.toInstant())
                    && now.isBefore(b.endsAt.toInstant().plus(Duration.ofDays(1)));
            if (b.status == Booking.Status.NO_SHOW) {
                return Uni.createFrom().item(b);
            }
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
            if (b.status != Booking.Status.CONFIRMED || Instant.now().isBefore(b.startsAt.toInstant())) {
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
            b.moveTo(utc(a.start().toInstant()), utc(a.end().toInstant()));
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

    // ---- reading ----------------------------------------------------------------------------------------------

    @WithSession
    public Uni<Booking> find(String userId, boolean admin, String bookingId) {
        return bookings.findById(bookingId).map(b -> admin && b != null ? b : visibleTo(b, userId, bookingId));
    }

    @WithSession
    public Uni<List<Booking>> mine(BookingRepository.Query query) {
        return bookings.involving(query);
    }

    // ---- rules ------------------------------------------------------------------------------------------------

    /**
     * The slot starting at {@code start} if the mentor offers it: clear of every other held session (409 naming
     * the one in the way) and, on Mentra's scheduling, within hours, notice, horizon and the day's cap (422).
     */
    private Uni<Slot> checkOffered(BookableMentor mentor, MentorAvailability a, Instant start, String movingId) {
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
                        return Uni.createFrom().failure(slotTaken(inTheWay.get()));
                    }
                    Slot slot = new Slot(start, end);
                    if (slots.fromAcuity(mentor)) {
                        if (!start.isAfter(Instant.now())) {
                            return Uni.createFrom().failure(notOffered("That time has passed"));
                        }
                        return Uni.createFrom().item(slot); // Acuity applies the mentor's hours and rules
                    }
                    Instant now = Instant.now();
                    if (a.configured() && SlotService.ownSlots(a, held, start, start.plusSeconds(1), now).contains(slot)) {
                        return Uni.createFrom().item(slot);
                    }
                    return Uni.createFrom().failure(notOffered(whyNot(a, start, now)));
                });
    }

    /**
     * The day's cap, counted once this booking is written, under the lock of the mentor's day: the count (a new
     * snapshot, READ COMMITTED) sees every booking of that day committed before the lock was granted, so two
     * bookings of one day can never both take its last place. Acuity applies its own rules to its mentors.
     */
    private Uni<Void> withinDailyCap(BookableMentor mentor, MentorAvailability a, Booking b) {
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
                        throw notOffered("That day is fully booked: pick another day");
                    }
                })
                .replaceWithVoid();
    }

    private static String whyNot(MentorAvailability a, Instant start, Instant now) {
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

    private static ProblemException notOffered(String why) {
        return new ProblemException(422, "slot-not-offered", "Slot not offered", why);
    }

    private static ProblemException slotTaken(Booking inTheWay) {
        return ProblemException.conflict(SLOT_TAKEN, "That time is already taken: pick another slot")
                .with("conflict", Map.of("startsAt", inTheWay.startsAt.toInstant().toString(),
                        "endsAt", inTheWay.endsAt.toInstant().toString()));
    }

    /** After the database refused a booking: the session now in the way. */
    private <T> Uni<T> conflictAt(String mentorId, Instant start, String movingId) {
        Uni<String> mentor = mentorId != null ? Uni.createFrom().item(mentorId)
                : Panache.withSession(() -> bookings.findById(movingId)).map(b -> b.mentorId);
        return mentor.flatMap(m -> Panache.withSession(() -> bookings.holding(m, utc(start.minus(Duration.ofDays(1))),
                        utc(start.plus(Duration.ofDays(1))))))
                .flatMap(held -> {
                    Optional<Booking> nearest = held.stream().filter(b -> !b.id.equals(movingId))
                            .min(java.util.Comparator.comparing(b -> Duration.between(b.startsAt.toInstant(), start).abs()));
                    return Uni.createFrom().failure(nearest.map(BookingService::slotTaken).orElseGet(() ->
                            ProblemException.conflict(SLOT_TAKEN, "That time is already taken: pick another slot")));
                });
    }

    private static Booking visibleTo(Booking b, String userId, String bookingId) {
        if (b == null || !b.involves(userId) || b.status == Booking.Status.FAILED) {
            // another person's booking is as invisible as one that does not exist
            throw ProblemException.notFound("Booking " + bookingId);
        }
        return b;
    }

    private static String describe(String who, String reason) {
        return "Cancelled by " + who + (reason == null || reason.isBlank() ? "" : ": " + reason.trim());
    }

    private static Optional<String> sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PgException pg) {
                return Optional.ofNullable(pg.getSqlState());
            }
            // what Hibernate Reactive raises from a flush: the driver's state in a JDBC-style exception
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    static String hash(BookingRequest r) {
        String canonical = r.mentorId() + "|" + r.startsAt().toInstant() + "|" + r.timeZone() + "|"
                + (r.note() == null ? "" : r.note().trim());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
