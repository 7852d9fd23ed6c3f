package dev.mentra.mentor.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A user's request to become a human mentor, decided by an admin. */
@Entity
@Table(name = "mentor_application")
public class MentorApplication {

    public enum Status { PENDING, APPROVED, DECLINED }

    @Id
    public String id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String headline;

    @Column(nullable = false)
    public String bio;

    @Column(nullable = false)
    public String[] expertise;

    @Column(nullable = false)
    public String[] languages;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "session_minutes", nullable = false)
    public int sessionMinutes;

    @Column(name = "price_cents")
    public Integer priceCents;

    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
