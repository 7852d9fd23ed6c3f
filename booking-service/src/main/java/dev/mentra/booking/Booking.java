package dev.mentra.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A session of a mentee with a human mentor. While {@code PENDING} or {@code CONFIRMED} it holds the mentor's time
 * from {@code blockedFrom} to {@code blockedUntil} (the session plus its buffers); the database refuses any other
 * held booking of the mentor overlapping it.
 */
@Entity
@Table(name = "booking")
public class Booking {

    public enum Status {
        /** Holding the slot while Acuity is asked; never shown, never announced. */
        PENDING,
        CONFIRMED,
        CANCELLED,
        COMPLETED,
        NO_SHOW,
        /** Acuity refused the slot or could not be reached: nothing was booked. */
        FAILED;

        public boolean holdsTime() {
            return this == PENDING || this == CONFIRMED;
        }
    }

    @Id
    public String id;

    @Column(name = "mentor_id", nullable = false)
    public String mentorId;

    @Column(name = "mentor_user_id")
    public String mentorUserId;

    /** The Mentra user who booked; null for a guest who booked in Acuity with an unknown email. */
    @Column(name = "mentee_id")
    public String menteeId;

    @Column(name = "guest_name")
    public String guestName;

    @Column(name = "guest_email")
    public String guestEmail;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(name = "blocked_from", nullable = false)
    public OffsetDateTime blockedFrom;

    @Column(name = "blocked_until", nullable = false)
    public OffsetDateTime blockedUntil;

    /** The zone the mentee booked in: how the session is shown to them. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "previous_starts_at")
    public OffsetDateTime previousStartsAt;

    @Column(name = "previous_ends_at")
    public OffsetDateTime previousEndsAt;

    @Column(name = "acuity_appointment_id")
    public Long acuityAppointmentId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean involves(String userId) {
        return userId != null && (userId.equals(menteeId) || userId.equals(mentorUserId));
    }

    /** Moves the session, keeping the buffers it was booked with, and remembers where it was. */
    public void moveTo(OffsetDateTime start, OffsetDateTime end) {
        java.time.Duration before = java.time.Duration.between(blockedFrom, startsAt);
        java.time.Duration after = java.time.Duration.between(endsAt, blockedUntil);
        previousStartsAt = startsAt;
        previousEndsAt = endsAt;
        startsAt = start;
        endsAt = end;
        blockedFrom = start.minus(before);
        blockedUntil = end.plus(after);
    }
}
