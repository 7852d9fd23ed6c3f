package dev.mentra.mentor.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A mentor in the catalog: a human (a user who was approved) or an AI persona. */
@Entity
@Table(name = "mentor")
public class Mentor {

    public enum Kind { HUMAN, AI }

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** HUMAN: the user behind the profile (token {@code sub}). */
    @Column(name = "user_id")
    public String userId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String headline;

    @Column(nullable = false)
    public String bio;

    @Column(nullable = false)
    public String[] expertise = {};

    @Column(nullable = false)
    public String[] languages = {"en"};

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "session_minutes")
    public Integer sessionMinutes;

    @Column(name = "price_cents")
    public Integer priceCents;

    public String currency;

    @Column(name = "acuity_calendar_id")
    public String acuityCalendarId;

    @Column(name = "acuity_appointment_type_id")
    public String acuityAppointmentTypeId;

    /** AI: how the persona speaks. */
    public String voice;

    /** AI: the persona's instructions to the model; never shown to users. */
    @Column(name = "system_prompt")
    public String systemPrompt;

    @Column(nullable = false)
    public boolean active = true;

    /** Published on mentors.v1 at least once (false for the starter catalog until start-up announces it). */
    @Column(nullable = false)
    public boolean announced = true;

    @Column(name = "rating_average")
    public BigDecimal ratingAverage;

    @Column(name = "rating_count", nullable = false)
    public int ratingCount;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isHuman() {
        return kind == Kind.HUMAN;
    }
}
