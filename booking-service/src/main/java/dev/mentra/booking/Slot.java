package dev.mentra.booking;

import java.time.Instant;

/** A bookable session time, as instants: shown to each person in their own zone. */
public record Slot(Instant start, Instant end) {

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
