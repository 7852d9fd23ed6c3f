package dev.mentra.booking.service;

import dev.mentra.booking.BookingRules;
import dev.mentra.booking.Slot;
import dev.mentra.booking.TimeRange;
import dev.mentra.booking.WeeklySchedule;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SlotCalculatorTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final BookingRules HOURLY = new BookingRules(Duration.ofMinutes(60), Duration.ZERO, Duration.ZERO,
            Duration.ZERO, Duration.ofDays(365), 10, Duration.ofMinutes(60));

    @Test
    void slotsFollowTheWeeklyHoursInTheMentorsZone() {
        WeeklySchedule schedule = everyDay(LISBON, TimeRange.of("09:00", "12:00"));
        List<Slot> slots = SlotCalculator.slots(schedule, HOURLY, List.of(),
                at(LISBON, "2026-06-01T00:00"), at(LISBON, "2026-06-02T00:00"), at(LISBON, "2026-05-01T00:00"));
        assertThat(local(slots, LISBON)).containsExactly("2026-06-01T09:00", "2026-06-01T10:00", "2026-06-01T11:00");
    }

    @Test
    void aNineOClockSlotStaysAtNineLocalAcrossTheSpringChange() {
        // Lisbon moves from UTC+0 to UTC+1 on 2026-03-29
        WeeklySchedule schedule = everyDay(LISBON, TimeRange.of("09:00", "10:00"));
        List<Slot> slots = SlotCalculator.slots(schedule, HOURLY, List.of(),
                at(LISBON, "2026-03-28T00:00"), at(LISBON, "2026-03-30T00:00"), at(LISBON, "2026-03-01T00:00"));
        assertThat(local(slots, LISBON)).containsExactly("2026-03-28T09:00", "2026-03-29T09:00");
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-03-28T09:00:00Z"));
        assertThat(slots.get(1).start()).isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
    }

    @Test
    void aLocalTimeThatDoesNotExistIsNotOffered() {
        // New York skips 02:00-03:00 on 2026-03-08
        WeeklySchedule schedule = everyDay(NEW_YORK, TimeRange.of("01:00", "04:00"));
        BookingRules halfHours = new BookingRules(Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofDays(365), 20, Duration.ofMinutes(30));
        List<Slot> slots = SlotCalculator.slots(schedule, halfHours, List.of(),
                at(NEW_YORK, "2026-03-08T00:00"), at(NEW_YORK, "2026-03-09T00:00"), at(NEW_YORK, "2026-03-01T00:00"));
        assertThat(local(slots, NEW_YORK)).containsExactly(
                "2026-03-08T01:00", "2026-03-08T01:30", "2026-03-08T03:00", "2026-03-08T03:30");
    }

    @Test
    void aLocalTimeThatHappensTwiceIsOfferedOnceAtItsFirstOccurrence() {
        // New York repeats 01:00-02:00 on 2026-11-01
        WeeklySchedule schedule = everyDay(NEW_YORK, TimeRange.of("01:00", "02:00"));
        BookingRules halfHours = new BookingRules(Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofDays(365), 20, Duration.ofMinutes(30));
        List<Slot> slots = SlotCalculator.slots(schedule, halfHours, List.of(),
                at(NEW_YORK, "2026-11-01T00:00"), at(NEW_YORK, "2026-11-02T00:00"), at(NEW_YORK, "2026-10-01T00:00"));
        assertThat(slots).extracting(Slot::start).containsExactly(
                Instant.parse("2026-11-01T05:00:00Z"), Instant.parse("2026-11-01T05:30:00Z"));
    }

    @Test
    void buffersKeepSlotsClearOfExistingSessionsOnBothSides() {
        WeeklySchedule schedule = everyDay(LISBON, TimeRange.of("09:00", "14:00"));
        BookingRules buffered = new BookingRules(Duration.ofMinutes(60), Duration.ofMinutes(15), Duration.ofMinutes(15),
                Duration.ZERO, Duration.ofDays(365), 10, Duration.ofMinutes(30));
        // a 11:00-12:00 session booked with the same buffers keeps 10:45-12:15
        var session = new SlotCalculator.Busy(at(LISBON, "2026-06-01T10:45"), at(LISBON, "2026-06-01T12:15"));
        List<Slot> slots = SlotCalculator.slots(schedule, buffered, List.of(session),
                at(LISBON, "2026-06-01T00:00"), at(LISBON, "2026-06-02T00:00"), at(LISBON, "2026-05-01T00:00"));
        // 09:30-10:30 plus its buffer ends at 10:45 (fine); 10:00-11:00 would eat the buffers; after: 12:30 is the first
        assertThat(local(slots, LISBON)).containsExactly("2026-06-01T09:00", "2026-06-01T09:30",
                "2026-06-01T12:30", "2026-06-01T13:00");
    }

    @Test
    void minimumNoticeAndHorizonBoundWhatCanBeBooked() {
        WeeklySchedule schedule = everyDay(LISBON, TimeRange.of("09:00", "12:00"));
        BookingRules rules = new BookingRules(Duration.ofMinutes(60), Duration.ZERO, Duration.ZERO, Duration.ofHours(2),
                Duration.ofDays(1), 10, Duration.ofMinutes(60));
        Instant now = at(LISBON, "2026-06-01T08:30");
        List<Slot> slots = SlotCalculator.slots(schedule, rules, List.of(),
                at(LISBON, "2026-06-01T00:00"), at(LISBON, "2026-06-10T00:00"), now);
        // not before 10:30 today, not after 08:30 tomorrow
        assertThat(local(slots, LISBON)).containsExactly("2026-06-01T11:00");
    }

    @Test
    void aDayAtItsCapOffersNothingMoreAndOverridesReplaceTheWeeklyHours() {
        WeeklySchedule schedule = new WeeklySchedule(LISBON, allDays(TimeRange.of("09:00", "12:00")), Map.of(
                LocalDate.parse("2026-06-02"), List.of(),                                   // a day off
                LocalDate.parse("2026-06-03"), List.of(TimeRange.of("18:00", "19:00"))));   // evening only
        BookingRules capped = new BookingRules(Duration.ofMinutes(60), Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofDays(365), 1, Duration.ofMinutes(60));
        var booked = new SlotCalculator.Busy(at(LISBON, "2026-06-01T09:00"), at(LISBON, "2026-06-01T10:00"));
        List<Slot> slots = SlotCalculator.slots(schedule, capped, List.of(booked),
                at(LISBON, "2026-06-01T00:00"), at(LISBON, "2026-06-04T00:00"), at(LISBON, "2026-05-01T00:00"));
        assertThat(local(slots, LISBON)).containsExactly("2026-06-03T18:00");
    }

    private static WeeklySchedule everyDay(ZoneId zone, TimeRange hours) {
        return new WeeklySchedule(zone, allDays(hours), Map.of());
    }

    private static Map<DayOfWeek, List<TimeRange>> allDays(TimeRange hours) {
        Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day, List.of(hours));
        }
        return weekly;
    }

    private static Instant at(ZoneId zone, String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static List<String> local(List<Slot> slots, ZoneId zone) {
        return slots.stream().map(s -> ZonedDateTime.ofInstant(s.start(), zone).toLocalDateTime().toString()).toList();
    }

}
