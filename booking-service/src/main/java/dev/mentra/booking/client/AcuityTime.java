package dev.mentra.booking.client;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Acuity's date-time format, {@code 2026-03-02T10:15:00-0700} (offset without a colon). */
public final class AcuityTime {

    /** How Mentra marks the appointments it books, so they can be matched back after a timeout. */
    static final Pattern REFERENCE = Pattern.compile("\\[mentra:([A-Za-z0-9_]+)]");

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss")
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter();

    private AcuityTime() {
    }

    public static OffsetDateTime parse(String text) {
        try {
            return OffsetDateTime.parse(text.trim(), READ);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("Not an Acuity date-time: " + text);
        }
    }

    public static String format(OffsetDateTime time) {
        return WRITE.format(time);
    }

    public static String reference(String bookingId) {
        return "[mentra:" + bookingId + "]";
    }

    /** Whether text carries something that reads as a Mentra reference, in any letter case. */
    public static boolean containsReference(String text) {
        return text.toLowerCase(Locale.ROOT).contains("[mentra:");
    }
}
