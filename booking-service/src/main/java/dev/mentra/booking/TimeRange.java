package dev.mentra.booking;

import java.time.LocalTime;
import java.util.Objects;

/** Opening hours within a day, in the mentor's local time: from {@code start} (inclusive) to {@code end}. */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A range must end after it starts: " + start + "–" + end);
        }
    }

    public static TimeRange of(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }
}
