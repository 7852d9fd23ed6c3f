package dev.mentra.booking;

import java.time.OffsetDateTime;

/** What a list of one's bookings (as mentee or mentor) asks for; null fields do not filter. */
public record BookingQuery(String userId, Booking.Status status, OffsetDateTime from, OffsetDateTime to, int page,
                           int size) {
}
