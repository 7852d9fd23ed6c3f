package dev.mentra.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * When a mentor is available, in their own IANA time zone: hours per weekday, and date overrides that replace a
 * day's hours (an empty list is a day off; other ranges are extra or different hours that day).
 */
public record WeeklySchedule(ZoneId zone, Map<DayOfWeek, List<TimeRange>> weekly, Map<LocalDate, List<TimeRange>> overrides) {

    public WeeklySchedule {
        weekly = Map.copyOf(weekly);
        overrides = Map.copyOf(overrides);
    }

    /** The hours of one local date: its override if there is one, else its weekday's. */
    public List<TimeRange> hoursOn(LocalDate date) {
        return overrides.getOrDefault(date, weekly.getOrDefault(date.getDayOfWeek(), List.of()));
    }
}
