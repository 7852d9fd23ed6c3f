package dev.mentra.booking.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;

/**
 * An appointment as Acuity documents it (https://developers.acuityscheduling.com/reference/get-appointments-id):
 * ids are numbers, {@code datetime} is {@code 2026-03-02T10:15:00-0700}, duration and price are strings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcuityAppointment(long id, String firstName, String lastName, String email, String datetime,
                                String duration, String price, Long calendarID, Long appointmentTypeID,
                                String timezone, String notes, boolean canceled) {

    public OffsetDateTime start() {
        return AcuityTime.parse(datetime);
    }

    public OffsetDateTime end() {
        return start().plusMinutes(durationMinutes());
    }

    public int durationMinutes() {
        try {
            return Integer.parseInt(duration.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Acuity appointment " + id + " has no readable duration: " + duration);
        }
    }

    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }

    /** The Mentra booking this appointment was made for, from the reference Mentra writes into its notes. */
    public java.util.Optional<String> mentraBookingId() {
        if (notes == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = AcuityTime.REFERENCE.matcher(notes);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }
}
