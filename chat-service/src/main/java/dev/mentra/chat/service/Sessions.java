package dev.mentra.chat.service;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a session's time reads in the system messages of its conversation. */
final class Sessions {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Sessions() {
    }

    static String when(OffsetDateTime startsAt, String timeZone) {
        if (startsAt == null) {
            return "a time to be confirmed";
        }
        try {
            ZoneId zone = timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
            return FORMAT.format(startsAt.atZoneSameInstant(zone)) + " (" + zone.getId() + ")";
        } catch (DateTimeException e) {
            return FORMAT.format(startsAt) + " (UTC)";
        }
    }
}
