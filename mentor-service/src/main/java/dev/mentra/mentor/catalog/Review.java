package dev.mentra.mentor.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A mentee's rating of a human mentor, one per completed booking. */
@Entity
@Table(name = "review")
public class Review {

    @Id
    public String id;

    @Column(name = "booking_id", nullable = false, unique = true)
    public String bookingId;

    @Column(name = "mentor_id", nullable = false)
    public String mentorId;

    @Column(name = "mentee_id", nullable = false)
    public String menteeId;

    @Column(nullable = false)
    public int rating;

    public String text;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
