package dev.mentra.booking.rest;

import dev.mentra.booking.BookingRules;
import dev.mentra.booking.TimeRange;
import dev.mentra.booking.WeeklySchedule;
import dev.mentra.booking.config.BookingConfig;
import dev.mentra.booking.service.AcuityStatus;
import dev.mentra.booking.service.AvailabilityService;
import dev.mentra.booking.service.SlotService;
import dev.mentra.platform.problem.Problem;
import dev.mentra.platform.problem.ProblemException;
import dev.mentra.platform.security.Caller;
import dev.mentra.platform.validation.TimeZoneId;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A mentor's own weekly hours, date overrides and booking rules. */
@Path("/api/availability")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    private static final String HH_MM = "([01]\\d|2[0-3]):[0-5]\\d";

    private final AvailabilityService availability;
    private final SlotService slots;
    private final AcuityStatus acuityStatus;
    private final BookingConfig config;
    private final Caller caller;
    private final Clock clock;

    public AvailabilityResource(AvailabilityService availability, SlotService slots, AcuityStatus acuityStatus,
                                BookingConfig config, Caller caller, Clock clock) {
        this.availability = availability;
        this.slots = slots;
        this.acuityStatus = acuityStatus;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    public record Hours(@NotNull @Pattern(regexp = HH_MM, message = "must be a time like 09:30") String start,
                        @NotNull @Pattern(regexp = HH_MM, message = "must be a time like 17:00") String end) {
    }

    public record DayOverride(@NotNull LocalDate date, @NotNull @Size(max = 12) List<@Valid @NotNull Hours> hours) {
    }

    public record Rules(@NotNull @Min(15) @Max(480) Integer sessionMinutes,
                        @Min(0) @Max(240) int bufferBeforeMinutes,
                        @Min(0) @Max(240) int bufferAfterMinutes,
                        @Min(0) @Max(60 * 24 * 30) int minimumNoticeMinutes,
                        @NotNull @Min(1) @Max(365) Integer horizonDays,
                        @NotNull @Min(1) @Max(48) Integer maxPerDay,
                        @Min(5) @Max(240) Integer slotStepMinutes) {
    }

    public record AvailabilityBody(@NotNull @TimeZoneId String timeZone,
                                   @NotNull Map<DayOfWeek, @NotNull @Size(max = 12) List<@Valid @NotNull Hours>> weekly,
                                   @Size(max = 366) List<@Valid @NotNull DayOverride> overrides,
                                   @Valid @NotNull Rules rules) {
    }

    @GET
    public Uni<BookingViews.AvailabilityView> mine() {
        return availability.mentorOf(caller.id()).flatMap(availability::of).map(BookingViews.AvailabilityView::of);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<BookingViews.AvailabilityView> replace(@Valid @NotNull AvailabilityBody body) {
        WeeklySchedule schedule = schedule(body);
        BookingRules rules = rules(body.rules());
        return availability.mentorOf(caller.id())
                .flatMap(mentor -> availability.save(mentor, schedule, rules))
                .map(BookingViews.AvailabilityView::of);
    }

    /**
     * The slots this (unsaved) availability would offer, shown in {@code timeZone} (by default the body's own):
     * the same body as {@code PUT}, the same checks and field errors, the same slot computation mentees get.
     * {@code from}/{@code to} as for {@code GET /api/bookings/slots}; by default the next 14 days.
     */
    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<BookingViews.SlotsView> preview(@Valid @NotNull AvailabilityBody body,
                                               @QueryParam("from") @Size(max = 40) String from,
                                               @QueryParam("to") @Size(max = 40) String to,
                                               @QueryParam("timeZone") @TimeZoneId String timeZone) {
        WeeklySchedule schedule = schedule(body);
        BookingRules rules = rules(body.rules());
        ZoneId zone = timeZone != null ? ZoneId.of(timeZone) : schedule.zone();
        SlotRange range = SlotRange.of(from, to, zone, config.maxSlotRange(), Instant.now(clock));
        return availability.mentorOf(caller.id())
                .flatMap(mentor -> slots.preview(mentor, schedule, rules, range.from(), range.to()))
                .map(offer -> BookingViews.SlotsView.of(offer, slots.fromAcuity(offer.mentor()), zone));
    }

    /** The caller's own connection to Acuity Scheduling, read-only: an admin assigns the calendar. */
    @GET
    @Path("/acuity")
    public Uni<BookingViews.AcuityConnectionView> acuity() {
        return availability.mentorOf(caller.id())
                .flatMap(mentor -> acuityStatus.of(mentor)
                        .map(state -> BookingViews.AcuityConnectionView.of(mentor, slots.fromAcuity(mentor), state)));
    }

    private static BookingRules rules(Rules r) {
        return new BookingRules(Duration.ofMinutes(r.sessionMinutes()),
                Duration.ofMinutes(r.bufferBeforeMinutes()), Duration.ofMinutes(r.bufferAfterMinutes()),
                Duration.ofMinutes(r.minimumNoticeMinutes()), Duration.ofDays(r.horizonDays()), r.maxPerDay(),
                Duration.ofMinutes(r.slotStepMinutes() != null ? r.slotStepMinutes() : 30));
    }

    /**
     * Ranges must end after they start, a day's ranges must not overlap (a session could be offered twice or
     * across a gap), and a date is overridden once: named field by field, as the client sent them.
     */
    private static WeeklySchedule schedule(AvailabilityBody body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
        body.weekly().forEach((day, hours) -> weekly.put(day, ranges(hours, "weekly." + day, "weekly." + day, errors)));
        Map<LocalDate, List<TimeRange>> overrides = new HashMap<>();
        List<DayOverride> given = body.overrides() == null ? List.of() : body.overrides();
        for (int i = 0; i < given.size(); i++) {
            DayOverride o = given.get(i);
            String field = "overrides[" + i + "].hours";
            if (overrides.put(o.date(), ranges(o.hours(), field, field, errors)) != null) {
                errors.add(new Problem.FieldError("overrides[" + i + "].date", "date " + o.date() + " appears twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new WeeklySchedule(ZoneId.of(body.timeZone()), weekly, overrides);
    }

    private static List<TimeRange> ranges(List<Hours> hours, String field, String dayField,
                                          List<Problem.FieldError> errors) {
        List<TimeRange> ranges = new ArrayList<>();
        for (int i = 0; i < hours.size(); i++) {
            LocalTime start = LocalTime.parse(hours.get(i).start());
            LocalTime end = LocalTime.parse(hours.get(i).end());
            if (!end.isAfter(start)) {
                errors.add(new Problem.FieldError(field + "[" + i + "].end", "must be after the start"));
            } else {
                ranges.add(new TimeRange(start, end));
            }
        }
        overlap(ranges).ifPresent(r -> errors.add(new Problem.FieldError(dayField, "hours overlap at " + r.start())));
        return ranges;
    }

    private static Optional<TimeRange> overlap(List<TimeRange> hours) {
        List<TimeRange> sorted = hours.stream().sorted(Comparator.comparing(TimeRange::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                return Optional.of(sorted.get(i));
            }
        }
        return Optional.empty();
    }
}
