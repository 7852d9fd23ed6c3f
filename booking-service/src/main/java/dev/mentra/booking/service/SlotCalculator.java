package dev.mentra.booking.service;

import dev.mentra.booking.BookingRules;
import dev.mentra.booking.Slot;
import dev.mentra.booking.TimeRange;
import dev.mentra.booking.WeeklySchedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bookable start times from a mentor's schedule, rules and existing sessions. Pure: no clock, no database.
 *
 * <p>Times are laid out in the mentor's zone date by date, so a 09:00 slot stays 09:00 local across daylight-saving
 * changes. A local time that does not exist (clocks jump forward) is not offered; one that happens twice (clocks
 * fall back) is offered once, at its first occurrence. A slot and its buffers must stay clear of the time each
 * existing session keeps, and a day that has reached its cap offers nothing more.
 */
public final class SlotCalculator {

    private SlotCalculator() {
    }

    /** Time the mentor already keeps: a session widened by the buffers it was booked with. */
    public record Busy(Instant start, Instant end) {
    }

    public static List<Slot> slots(WeeklySchedule schedule, BookingRules rules, List<Busy> busy,
                                   Instant from, Instant to, Instant now) {
        Instant earliest = max(from, now.plus(rules.minimumNotice()));
        Instant latest = min(to, now.plus(rules.horizon()));
        if (!earliest.isBefore(latest)) {
            return List.of();
        }
        Map<LocalDate, Long> sessionsPerDay = busy.stream().collect(Collectors.groupingBy(
                b -> b.start().atZone(schedule.zone()).toLocalDate(), Collectors.counting()));
        List<Slot> slots = new ArrayList<>();
        LocalDate last = latest.atZone(schedule.zone()).toLocalDate();
        for (LocalDate date = earliest.atZone(schedule.zone()).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            if (sessionsPerDay.getOrDefault(date, 0L) >= rules.maxPerDay()) {
                continue;
            }
            for (TimeRange hours : schedule.hoursOn(date)) {
                for (LocalTime t = hours.start(); fits(t, rules, hours); t = t.plus(rules.step())) {
                    Instant start = firstOccurrence(schedule, date, t);
                    if (start == null) {
                        continue;
                    }
                    Slot slot = new Slot(start, start.plus(rules.sessionLength()));
                    if (!start.isBefore(earliest) && start.isBefore(latest) && free(slot, rules, busy)
                            && !slots.contains(slot)) {
                        slots.add(slot);
                    }
                    if (t.plus(rules.step()).isBefore(t)) {
                        break; // wrapped past midnight
                    }
                }
            }
        }
        slots.sort(Comparator.comparing(Slot::start));
        return slots;
    }

    /** The session ends within the day's hours (by the wall clock). */
    private static boolean fits(LocalTime start, BookingRules rules, TimeRange hours) {
        LocalTime end = start.plus(rules.sessionLength());
        return !start.isBefore(hours.start()) && end.isAfter(start) && !end.isAfter(hours.end());
    }

    /** The instant of a local date-time, or null if clocks skip it; of two occurrences, the first. */
    private static Instant firstOccurrence(WeeklySchedule schedule, LocalDate date, LocalTime time) {
        LocalDateTime local = LocalDateTime.of(date, time);
        if (schedule.zone().getRules().getValidOffsets(local).isEmpty()) {
            return null;
        }
        return local.atZone(schedule.zone()).withEarlierOffsetAtOverlap().toInstant();
    }

    /** The slots whose time, buffers included, stays clear of the time the sessions keep. */
    public static List<Slot> clearOf(List<Slot> slots, BookingRules rules, List<Busy> busy) {
        return slots.stream().filter(slot -> free(slot, rules, busy)).toList();
    }

    /**
     * The slot, widened by its own buffers, stays clear of the time every session keeps: buffers add up (notes
     * after one session, preparation before the next), exactly as the database's exclusion constraint sees it.
     */
    private static boolean free(Slot slot, BookingRules rules, List<Busy> busy) {
        Slot kept = new Slot(slot.start().minus(rules.bufferBefore()), slot.end().plus(rules.bufferAfter()));
        return busy.stream().noneMatch(b -> kept.overlaps(b.start(), b.end()));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

}
