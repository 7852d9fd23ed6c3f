package dev.mentra.booking.service;

import dev.mentra.booking.BookableMentor;
import dev.mentra.booking.BookingRules;
import dev.mentra.booking.MentorAvailability;
import dev.mentra.booking.TimeRange;
import dev.mentra.booking.WeeklySchedule;
import dev.mentra.booking.config.BookingConfig;
import dev.mentra.booking.Person;
import dev.mentra.booking.repository.MentorRepository;
import dev.mentra.booking.repository.PersonRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * booking-service's copies of the mentors and people it books, kept from events. A retired mentor's and a deleted
 * user's upcoming sessions are cancelled: nobody would turn up.
 */
@ApplicationScoped
public class DirectoryService {

    private final MentorRepository mentors;
    private final PersonRepository people;
    private final BookingLifecycle bookings;
    private final AvailabilityService availability;
    private final boolean demoHours;
    private final Clock clock;

    public DirectoryService(MentorRepository mentors, PersonRepository people, BookingLifecycle bookings,
                            AvailabilityService availability, BookingConfig config, Clock clock) {
        this.mentors = mentors;
        this.people = people;
        this.bookings = bookings;
        this.availability = availability;
        this.demoHours = config.demoHours();
        this.clock = clock;
    }

    public record MentorChange(String mentorId, String kind, String userId, String displayName, String timeZone,
                               Integer sessionMinutes, String acuityCalendarId, String acuityAppointmentTypeId,
                               boolean active) {
    }

    @WithTransaction
    public Uni<Void> mentorChanged(MentorChange change) {
        return mentors.findById(change.mentorId()).flatMap(existing -> {
            BookableMentor m = existing != null ? existing : new BookableMentor();
            boolean wasActive = existing != null && existing.active;
            m.mentorId = change.mentorId();
            m.kind = change.kind() != null ? change.kind() : "HUMAN";
            m.userId = change.userId();
            m.displayName = change.displayName();
            m.timeZone = change.timeZone();
            m.sessionMinutes = change.sessionMinutes();
            m.acuityCalendarId = blankToNull(change.acuityCalendarId());
            m.acuityAppointmentTypeId = blankToNull(change.acuityAppointmentTypeId());
            m.active = change.active();
            m.updatedAt = now();
            Uni<?> saved = existing != null ? Uni.createFrom().item(m) : mentors.persist(m);
            if (existing == null && demoHours && m.isBookable()) {
                saved = saved.flatMap(x -> openDemoHours(m));
            }
            return saved.flatMap(x -> wasActive && !m.active
                    ? bookings.cancelUpcoming(m.mentorId, null, "The mentor is no longer available on Mentra")
                    : Uni.createFrom().voidItem());
        });
    }

    @WithTransaction
    public Uni<Void> userChanged(String userId, String email, String displayName, boolean deleted) {
        return people.findById(userId).flatMap(existing -> {
            Person p = existing != null ? existing : new Person();
            p.userId = userId;
            p.email = email;
            p.displayName = displayName;
            p.deleted = deleted;
            p.updatedAt = now();
            Uni<?> saved = existing != null ? Uni.createFrom().item(p) : people.persist(p);
            return saved.flatMap(x -> deleted
                    ? bookings.cancelUpcoming(null, userId, "The account was closed")
                    : Uni.createFrom().voidItem());
        });
    }

    private Uni<?> openDemoHours(BookableMentor mentor) {
        MentorAvailability defaults = AvailabilityService.defaults(mentor);
        Map<DayOfWeek, List<TimeRange>> weekdays = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekdays.put(day, List.of(TimeRange.of("09:00", "17:00")));
        }
        BookingRules r = defaults.rules();
        return availability.save(mentor, new WeeklySchedule(defaults.schedule().zone(), weekdays, Map.of()),
                new BookingRules(r.sessionLength(), r.bufferBefore(), r.bufferAfter(), Duration.ofHours(1),
                        r.horizon(), r.maxPerDay(), r.step()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }
}
