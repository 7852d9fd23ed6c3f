package dev.mentra.booking.rest;

import dev.mentra.platform.problem.Problem;
import dev.mentra.platform.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The window a slot list covers, from the {@code from}/{@code to} query parameters: dates in {@code zone}
 * ({@code to} inclusive) or date-times with an offset; by default the next 14 days, never longer than
 * {@code longest}; {@code now} is where a window without {@code from} starts. Shared by the mentee's slots and the mentor's preview, so both read a window alike.
 */
record SlotRange(Instant from, Instant to) {

    static final Duration DEFAULT = Duration.ofDays(14);

    static SlotRange of(String from, String to, ZoneId zone, Duration longest, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Instant start = from == null ? now : instant(from, zone, false, "from", errors);
        Instant end = to == null ? (start == null ? null : start.plus(DEFAULT)) : instant(to, zone, true, "to", errors);
        if (errors.isEmpty() && !end.isAfter(start)) {
            errors.add(new Problem.FieldError("to", "must be after from"));
        }
        if (errors.isEmpty() && Duration.between(start, end).compareTo(longest) > 0) {
            errors.add(new Problem.FieldError("to", "at most " + longest.toDays() + " days after from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new SlotRange(start, end);
    }

    /** A date (its start in {@code zone}, or the next day's for an inclusive end) or a date-time with offset. */
    static Instant instant(String text, ZoneId zone, boolean endOfDay, String field, List<Problem.FieldError> errors) {
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a date (2026-03-02) or a date-time with offset"));
            return null;
        }
    }
}
