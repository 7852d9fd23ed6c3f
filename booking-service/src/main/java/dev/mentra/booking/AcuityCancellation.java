package dev.mentra.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * An appointment to cancel in Acuity because its booking was cancelled here by an event (a retired mentor, a closed
 * account): recorded in that event's transaction, carried out later with retries.
 */
@Entity
@Table(name = "acuity_cancellation")
public class AcuityCancellation {

    public enum Status {
        PENDING,
        /** cancelled in Acuity (or found cancelled there already) */
        DONE,
        /** Acuity refused and the appointment is still there: someone has to look */
        REFUSED
    }

    @Id
    @Column(name = "booking_id")
    public String bookingId;

    @Column(name = "appointment_id", nullable = false)
    public long appointmentId;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "done_at")
    public OffsetDateTime doneAt;
}
