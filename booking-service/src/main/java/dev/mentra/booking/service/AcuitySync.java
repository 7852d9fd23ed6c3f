package dev.mentra.booking.service;

import dev.mentra.booking.BookableMentor;
import dev.mentra.booking.Booking;
import dev.mentra.booking.Person;
import dev.mentra.booking.client.AcuityAppointment;
import dev.mentra.booking.client.AcuityAccount;
import dev.mentra.booking.client.AcuityScheduling;
import dev.mentra.booking.config.BookingConfig;
import dev.mentra.booking.messaging.BookingEvents;
import dev.mentra.booking.repository.BookingRepository;
import dev.mentra.booking.repository.MentorRepository;
import dev.mentra.booking.repository.PersonRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps Mentra's bookings equal to Acuity's appointments for mentors connected to Acuity. Webhooks carry only an
 * id, so every notice fetches the appointment and applies its current state: duplicates and reordering converge.
 * Reconciliation does the same for every appointment in a window, healing lost webhooks, and settles bookings
 * interrupted half-way (still PENDING, or FAILED while Acuity did book them).
 */
@ApplicationScoped
public class AcuitySync {

    private static final Logger LOG = Logger.getLogger(AcuitySync.class);

    private final AcuityScheduling acuity;
    private final AcuityAccount account;
    private final BookingLifecycle lifecycle;
    private final AcuityBookings acuityBookings;
    private final BookingEvents events;
    private final BookingRepository bookings;
    private final MentorRepository mentors;
    private final PersonRepository people;
    private final AcuityStatus status;
    private final BookingConfig.Acuity config;
    private final Clock clock;

    public AcuitySync(AcuityScheduling acuity, AcuityAccount account, BookingLifecycle lifecycle,
                      AcuityBookings acuityBookings, BookingEvents events, BookingRepository bookings,
                      MentorRepository mentors, PersonRepository people, AcuityStatus status, BookingConfig config,
                      Clock clock) {
        this.acuity = acuity;
        this.account = account;
        this.lifecycle = lifecycle;
        this.acuityBookings = acuityBookings;
        this.events = events;
        this.bookings = bookings;
        this.mentors = mentors;
        this.people = people;
        this.status = status;
        this.config = config.acuity();
        this.clock = clock;
    }

    /** A webhook said appointment {@code id} changed: fetch it and apply what it is now. */
    public Uni<Void> appointmentChanged(long id) {
        return acuity.appointment(id).flatMap(this::apply);
    }

    /** Applies one appointment's current state to its booking, creating one for an appointment made in Acuity. */
    public Uni<Void> apply(AcuityAppointment a) {
        return boundBooking(a)
                .flatMap(b -> {
                    if (b == null) {
                        return a.canceled() ? Uni.createFrom().voidItem() : createFromAcuity(a);
                    }
                    if (b.status == Booking.Status.FAILED && !a.canceled()) {
                        // we told the mentee it failed, but Acuity booked it after all: undo it there
                        LOG.infof("Cancelling Acuity appointment %d of failed booking %s", a.id(), b.id);
                        return acuity.cancel(a.id(), "Booking on Mentra did not complete").replaceWithVoid();
                    }
                    return lifecycle.applyFromAcuity(b.id, a, BookingEvents.Source.ACUITY).replaceWithVoid();
                });
    }

    /** The booking an appointment is bound to (by its id, else by the reference in its notes), or null. */
    @WithSession
    Uni<Booking> boundBooking(AcuityAppointment a) {
        return bookings.findByAcuityId(a.id())
                .flatMap(b -> b != null || a.mentraBookingId().isEmpty() ? Uni.createFrom().item(b)
                        : referencedBooking(a, a.mentraBookingId().get()));
    }

    /**
     * The booking an appointment's notes name, if the appointment may be it: in that booking's mentor's calendar,
     * and the booking not bound to an appointment yet. Anyone booking in Acuity writes their own notes, so a
     * reference alone proves nothing: an appointment naming another calendar's or an already bound booking is not
     * bound to it (it is an appointment made in Acuity like any other).
     */
    private Uni<Booking> referencedBooking(AcuityAppointment a, String bookingId) {
        return bookings.findById(bookingId).flatMap(b -> b == null ? Uni.createFrom().<Booking>nullItem()
                : mentors.findById(b.mentorId).map(mentor -> {
                    boolean sameCalendar = mentor != null && a.calendarID() != null
                            && String.valueOf(a.calendarID()).equals(mentor.acuityCalendarId);
                    if (sameCalendar && b.acuityAppointmentId == null) {
                        return b;
                    }
                    LOG.warnf("Acuity appointment %d names booking %s but %s; not bound to it", a.id(), b.id,
                            sameCalendar ? "that booking has its appointment" : "is not in its mentor's calendar");
                    return null;
                }));
    }

    /** An appointment booked in Acuity directly: a confirmed booking, with the Mentra user of that email if any. */
    @WithTransaction
    Uni<Void> createFromAcuity(AcuityAppointment a) {
        if (a.calendarID() == null) {
            return Uni.createFrom().voidItem();
        }
        return mentors.findByAcuityCalendar(String.valueOf(a.calendarID()))
                .flatMap(mentor -> mentor == null ? Uni.createFrom().voidItem() : people.findByEmail(a.email())
                        .flatMap(person -> bookings.holding(mentor.mentorId, a.start(), a.end()).flatMap(held -> {
                            if (!held.isEmpty()) {
                                LOG.errorf("Acuity appointment %d overlaps booking %s of mentor %s; not imported",
                                        a.id(), held.get(0).id, mentor.mentorId);
                                return Uni.createFrom().voidItem();
                            }
                            return persist(a, mentor, menteeOf(person, mentor));
                        })));
    }

    /**
     * The Mentra user an appointment's client is, by email; none for a client Mentra does not know, nor for the
     * mentor's own email (a mentor is never their own mentee: such an appointment is theirs to keep, as a guest's).
     */
    static String menteeOf(Person client, BookableMentor mentor) {
        return client == null || client.userId.equals(mentor.userId) ? null : client.userId;
    }

    private Uni<Void> persist(AcuityAppointment a, BookableMentor mentor, String menteeId) {
        OffsetDateTime now = Instant.now(clock).atOffset(ZoneOffset.UTC);
        Booking b = new Booking();
        b.id = "bkg_" + UUID.randomUUID().toString().replace("-", "");
        b.mentorId = mentor.mentorId;
        b.mentorUserId = mentor.userId;
        b.menteeId = menteeId;
        if (menteeId == null) {
            b.guestName = a.fullName();
            b.guestEmail = a.email();
        }
        b.startsAt = a.start().withOffsetSameInstant(ZoneOffset.UTC);
        b.endsAt = a.end().withOffsetSameInstant(ZoneOffset.UTC);
        // Acuity keeps its own padding around appointments; Mentra holds the session itself
        b.blockedFrom = b.startsAt;
        b.blockedUntil = b.endsAt;
        b.timeZone = a.timezone() != null ? a.timezone() : (mentor.timeZone != null ? mentor.timeZone : "UTC");
        b.note = a.notes() == null || a.notes().isBlank() ? null : a.notes().trim();
        b.status = Booking.Status.CONFIRMED;
        b.acuityAppointmentId = a.id();
        b.createdAt = now;
        b.updatedAt = now;
        return bookings.persist(b).flatMap(x -> events.confirmed(b, BookingEvents.Source.ACUITY));
    }

    /** Pulls every connected calendar's appointments in the window and applies them; settles interrupted bookings. */
    @Scheduled(every = "${mentra.booking.acuity.reconcile-every:5m}", delayed = "${mentra.booking.acuity.reconcile-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledReconcile() {
        return account.enabled() ? reconcile() : Uni.createFrom().voidItem();
    }

    public Uni<Void> reconcile() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate min = today.minusDays(config.reconcileBehind().toDays());
        LocalDate max = today.plusDays(config.reconcileAhead().toDays());
        return mentors.connectedToAcuity()
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(mentor -> reconcile(mentor, min, max)
                        .flatMap(problems -> status.completed(mentor, problems))
                        .onFailure().recoverWithUni(e -> {
                            LOG.warnf("Reconciling %s with Acuity failed (%s); next round retries", mentor.mentorId, e.toString());
                            return status.failed(mentor, e).onFailure().recoverWithNull();
                        }))
                .collect().last()
                .flatMap(x -> settleInterrupted())
                .replaceWithVoid();
    }

    /** One calendar's round; its item: the appointments that could not be applied (the mentor sees them). */
    private Uni<List<String>> reconcile(BookableMentor mentor, LocalDate min, LocalDate max) {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        return acuity.appointments(mentor.acuityCalendarId, min, max).flatMap(appointments -> {
            Set<Long> seen = appointments.stream().map(AcuityAppointment::id).collect(Collectors.toSet());
            return Multi.createFrom().iterable(appointments)
                    .onItem().transformToUniAndConcatenate(a -> apply(a).onFailure().recoverWithItem(e -> {
                        LOG.warnf("Acuity appointment %d not applied (%s)", a.id(), e.toString());
                        problems.add("Appointment " + a.id() + " at " + a.start() + " not applied: " + e.getMessage());
                        return null;
                    }))
                    .collect().last()
                    // our bookings Acuity did not list at all (deleted there?): ask for each one
                    .flatMap(x -> bookings.acuityBookings(mentor.mentorId, min.atStartOfDay().atOffset(ZoneOffset.UTC),
                            max.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)))
                    .map(local -> local.stream().filter(b -> b.status == Booking.Status.CONFIRMED
                            && !seen.contains(b.acuityAppointmentId)).toList())
                    .onItem().transformToMulti(missing -> Multi.createFrom().iterable(missing))
                    .onItem().transformToUniAndConcatenate(b -> appointmentChanged(b.acuityAppointmentId)
                            .onFailure().recoverWithItem(e -> {
                                problems.add("Booking " + b.id + " (appointment " + b.acuityAppointmentId
                                        + ") not checked: " + e.getMessage());
                                return null;
                            }))
                    .collect().last().map(x -> List.copyOf(problems));
        });
    }

    /** PENDING bookings whose request died half-way: confirmed if Acuity has them, failed otherwise. */
    private Uni<Void> settleInterrupted() {
        OffsetDateTime before = Instant.now(clock).atOffset(ZoneOffset.UTC).minus(config.pendingGrace());
        return bookings.stalePending(before)
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(b -> acuityBookings.findInAcuity(b).flatMap(found ->
                        found.isPresent() ? lifecycle.confirmPending(b.id, found.get()).replaceWithVoid()
                                : lifecycle.fail(b.id, null, "Interrupted before Acuity booked it")))
                .collect().last().replaceWithVoid();
    }

}
