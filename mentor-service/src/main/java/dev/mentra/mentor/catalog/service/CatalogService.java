package dev.mentra.mentor.catalog.service;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.MentorPage;
import dev.mentra.mentor.catalog.MentorSearch;
import dev.mentra.mentor.catalog.RosterSearch;
import dev.mentra.mentor.catalog.messaging.MentorEvents;
import dev.mentra.mentor.catalog.repository.MentorRepository;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Browsing and searching the catalog, and a human mentor's care of their own profile. */
@ApplicationScoped
public class CatalogService {

    private final MentorRepository mentors;
    private final MentorEvents events;

    private final Clock clock;

    public CatalogService(MentorRepository mentors, MentorEvents events, Clock clock) {
        this.mentors = mentors;
        this.events = events;
        this.clock = clock;
    }

    @WithSession
    public Uni<MentorPage> search(MentorSearch query) {
        return mentors.search(query);
    }

    /** Admins' list of mentors, retired ones included when asked for. */
    @WithSession
    public Uni<MentorPage> roster(RosterSearch query) {
        return mentors.roster(query);
    }

    /** An active mentor; retired ones are gone from the catalog. */
    @WithSession
    public Uni<Mentor> find(String id) {
        return mentors.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Mentor " + id))
                .invoke(m -> {
                    if (!m.active) {
                        throw ProblemException.notFound("Mentor " + id);
                    }
                });
    }

    /** The caller's own human mentor profile; 404 if they are not a mentor. */
    @WithSession
    public Uni<Mentor> ownProfile(String userId) {
        return mentors.findByUserId(userId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Your mentor profile"));
    }

    /** What a mentor may change about their profile; empty keeps the current value. */
    public record ProfileChange(Optional<String> headline, Optional<String> bio, Optional<List<String>> expertise,
                                Optional<List<String>> languages, Optional<String> timeZone,
                                Optional<Integer> sessionMinutes, Optional<Integer> priceCents,
                                Optional<String> currency, Optional<String> acuityCalendarId,
                                Optional<String> acuityAppointmentTypeId) {
    }

    @WithTransaction
    public Uni<Mentor> updateOwnProfile(String userId, ProfileChange change) {
        return mentors.findByUserId(userId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Your mentor profile"))
                .flatMap(m -> {
                    if (!m.active) {
                        return Uni.createFrom().failure(ProblemException.conflict("mentor-retired",
                                "This mentor profile is retired"));
                    }
                    change.headline().ifPresent(v -> m.headline = v.trim());
                    change.bio().ifPresent(v -> m.bio = v.trim());
                    change.expertise().ifPresent(v -> m.expertise = Tags.normalise(v));
                    change.languages().ifPresent(v -> m.languages = Tags.normalise(v));
                    change.timeZone().ifPresent(v -> m.timeZone = v);
                    change.sessionMinutes().ifPresent(v -> m.sessionMinutes = v);
                    change.priceCents().ifPresent(v -> m.priceCents = v);
                    change.currency().ifPresent(v -> m.currency = v.toUpperCase());
                    if (changes(change.acuityCalendarId(), m.acuityCalendarId)
                            || changes(change.acuityAppointmentTypeId(), m.acuityAppointmentTypeId)) {
                        // a calendar is the mentor's only if an admin says so: another's would take their clients
                        return Uni.createFrom().failure(new ProblemException(403, "acuity-admin-only", "Forbidden",
                                "Only an admin connects an Acuity calendar; ask one to connect yours"));
                    }
                    m.updatedAt = now();
                    return events.updated(m).replaceWith(m);
                });
    }

    /** The Acuity calendar a human mentor's sessions are booked in, and the appointment type they are booked as. */
    public record AcuityCalendar(String calendarId, String appointmentTypeId) {
    }

    /**
     * An admin connects a human mentor to their Acuity calendar, or disconnects them ({@code null}). A calendar and
     * an appointment type belong to one active mentor (partial unique indexes): one that is taken is a 409 naming
     * the mentor who holds it, also when two admins race for it.
     */
    @WithTransaction
    public Uni<Mentor> connectAcuity(String mentorId, AcuityCalendar calendar) {
        return mentors.findById(mentorId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Mentor " + mentorId))
                .flatMap(m -> {
                    if (!m.isHuman()) {
                        return Uni.createFrom().failure(ProblemException.badRequest("not-human",
                                "Only human mentors are booked, and so only they have an Acuity calendar"));
                    }
                    if (!m.active) {
                        return Uni.createFrom().failure(ProblemException.conflict("mentor-retired",
                                "This mentor profile is retired"));
                    }
                    Uni<Mentor> holder = calendar == null ? Uni.createFrom().nullItem()
                            : mentors.holdingAcuity(calendar.calendarId(), calendar.appointmentTypeId(), m.id);
                    return holder.flatMap(other -> {
                        if (other != null) {
                            return Uni.createFrom().failure(acuityTaken(other.id));
                        }
                        m.acuityCalendarId = calendar == null ? null : calendar.calendarId();
                        m.acuityAppointmentTypeId = calendar == null ? null : calendar.appointmentTypeId();
                        m.updatedAt = now();
                        return mentors.flush().flatMap(x -> events.updated(m)).replaceWith(m);
                    });
                })
                .onFailure(CatalogService::isUniqueViolation).transform(e -> acuityTaken(null));
    }

    private static ProblemException acuityTaken(String holder) {
        ProblemException taken = ProblemException.conflict("acuity-calendar-taken", "This Acuity calendar or "
                + "appointment type is connected to another mentor; a calendar belongs to one mentor");
        return holder == null ? taken : taken.with("mentorId", holder);
    }

    /** Whether a requested Acuity id (blank: none) differs from the current one; absent changes nothing. */
    private static boolean changes(Optional<String> requested, String current) {
        if (requested.isEmpty()) {
            return false;
        }
        String wanted = requested.get().isBlank() ? null : requested.get().trim();
        return !Objects.equals(wanted, current);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PgException pg) {
                return "23505".equals(pg.getSqlState());
            }
        }
        return false;
    }

    /** Takes a human mentor out of the catalog: their user was deleted. */
    @WithTransaction
    public Uni<Boolean> retireUser(String userId) {
        return mentors.findByUserId(userId).flatMap(m -> m == null
                ? Uni.createFrom().item(false)
                : retireLoaded(m));
    }

    /** Takes a mentor out of the catalog: an admin's decision. */
    @WithTransaction
    public Uni<Boolean> retireById(String mentorId) {
        return mentors.findById(mentorId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Mentor " + mentorId))
                .flatMap(this::retireLoaded);
    }

    private Uni<Boolean> retireLoaded(Mentor m) {
        if (!m.active) {
            return Uni.createFrom().item(false);
        }
        m.active = false;
        m.updatedAt = now();
        return events.retired(m).replaceWith(true);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
