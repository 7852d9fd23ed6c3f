package dev.mentra.chat.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** "Now" as chat stores it: from the application's {@link Clock}, in UTC, to the microsecond PostgreSQL keeps. */
final class Timestamps {

    private Timestamps() {
    }

    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
