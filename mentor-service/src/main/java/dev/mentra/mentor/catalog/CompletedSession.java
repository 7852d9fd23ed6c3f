package dev.mentra.mentor.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A session booking-service reported completed: what entitles a mentee to review that mentor. */
@Entity
@Table(name = "completed_session")
public class CompletedSession {

    @Id
    @Column(name = "booking_id")
    public String bookingId;

    @Column(name = "mentor_id", nullable = false)
    public String mentorId;

    @Column(name = "mentee_id", nullable = false)
    public String menteeId;

    @Column(name = "completed_at", nullable = false)
    public OffsetDateTime completedAt;
}
