package dev.mentra.booking.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.booking.Availability;
import dev.mentra.booking.BookableMentor;
import dev.mentra.booking.BookingRules;
import dev.mentra.booking.MentorAvailability;
import dev.mentra.booking.TimeRange;
import dev.mentra.booking.WeeklySchedule;
import dev.mentra.booking.repository.AvailabilityRepository;
import dev.mentra.booking.repository.MentorRepository;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A human mentor's weekly hours, date overrides and booking rules: only they set their own. */
@ApplicationScoped
public class AvailabilityService {

    /** Until a mentor sets their rules: an hour (or the profile's length), half-hourly starts, 12 h notice. */
    static final int DEFAULT_NOTICE_MINUTES = 12 * 60;
    static final int DEFAULT_HORIZON_DAYS = 60;
    static final int DEFAULT_MAX_PER_DAY = 8;
    static final int DEFAULT_STEP_MINUTES = 30;

    private static final TypeReference<Map<DayOfWeek, List<TimeRange>>> WEEKLY = new TypeReference<>() {
    };
    private static final TypeReference<Map<LocalDate, List<TimeRange>>> OVERRIDES = new TypeReference<>() {
    };

    private final AvailabilityRepository availabilities;
    private final MentorRepository mentors;
    private final ObjectMapper json;
    private final Clock clock;

    public AvailabilityService(AvailabilityRepository availabilities, MentorRepository mentors, ObjectMapper json,
                               Clock clock) {
        this.availabilities = availabilities;
        this.mentors = mentors;
        this.json = json;
        this.clock = clock;
    }

    /** The human mentor profile of the caller: availability belongs to mentors only. */
    @WithSession
    public Uni<BookableMentor> mentorOf(String userId) {
        return mentors.findByUserId(userId).onItem().ifNull().failWith(() -> ProblemException.forbidden(
                "Only mentors have availability: you have no active human mentor profile"));
    }

    @WithSession
    public Uni<MentorAvailability> of(BookableMentor mentor) {
        return availabilities.findById(mentor.mentorId)
                .map(saved -> saved != null ? toDomain(saved) : defaults(mentor));
    }

    /** Saves a schedule whose hours were checked where they arrived (each day's ranges valid and apart). */
    @WithTransaction
    public Uni<MentorAvailability> save(BookableMentor mentor, WeeklySchedule schedule, BookingRules rules) {
        return availabilities.findById(mentor.mentorId).flatMap(existing -> {
            Availability a = existing != null ? existing : new Availability();
            a.mentorId = mentor.mentorId;
            a.timeZone = schedule.zone().getId();
            a.weekly = write(new TreeMap<>(schedule.weekly()));
            a.overrides = write(new TreeMap<>(schedule.overrides()));
            a.sessionMinutes = (int) rules.sessionLength().toMinutes();
            a.bufferBeforeMinutes = (int) rules.bufferBefore().toMinutes();
            a.bufferAfterMinutes = (int) rules.bufferAfter().toMinutes();
            a.minimumNoticeMinutes = (int) rules.minimumNotice().toMinutes();
            a.horizonDays = (int) rules.horizon().toDays();
            a.maxPerDay = rules.maxPerDay();
            a.slotStepMinutes = (int) rules.step().toMinutes();
            a.updatedAt = Instant.now(clock).atOffset(ZoneOffset.UTC);
            return existing != null ? Uni.createFrom().item(a) : availabilities.persist(a);
        }).map(this::toDomain);
    }

    private MentorAvailability toDomain(Availability a) {
        WeeklySchedule schedule = new WeeklySchedule(ZoneId.of(a.timeZone), read(a.weekly, WEEKLY),
                read(a.overrides, OVERRIDES));
        BookingRules rules = new BookingRules(Duration.ofMinutes(a.sessionMinutes),
                Duration.ofMinutes(a.bufferBeforeMinutes), Duration.ofMinutes(a.bufferAfterMinutes),
                Duration.ofMinutes(a.minimumNoticeMinutes), Duration.ofDays(a.horizonDays), a.maxPerDay,
                Duration.ofMinutes(a.slotStepMinutes));
        return new MentorAvailability(a.mentorId, schedule, rules, true, a.updatedAt);
    }

    static MentorAvailability defaults(BookableMentor mentor) {
        ZoneId zone;
        try {
            zone = mentor.timeZone != null ? ZoneId.of(mentor.timeZone) : ZoneOffset.UTC;
        } catch (RuntimeException e) {
            zone = ZoneOffset.UTC;
        }
        int minutes = mentor.sessionMinutes != null ? mentor.sessionMinutes : 60;
        BookingRules rules = new BookingRules(Duration.ofMinutes(minutes), Duration.ZERO, Duration.ZERO,
                Duration.ofMinutes(DEFAULT_NOTICE_MINUTES), Duration.ofDays(DEFAULT_HORIZON_DAYS), DEFAULT_MAX_PER_DAY,
                Duration.ofMinutes(DEFAULT_STEP_MINUTES));
        return new MentorAvailability(mentor.mentorId, new WeeklySchedule(zone, new EnumMap<>(DayOfWeek.class),
                Map.of()), rules, false, null);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored availability is not readable", e);
        }
    }
}
