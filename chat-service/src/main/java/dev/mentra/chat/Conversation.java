package dev.mentra.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A conversation between its participants: a booked session, a direct line to a mentor, an AI mentor or a council. */
@Entity
@Table(name = "conversation")
public class Conversation {

    public enum Kind { SESSION, DIRECT, AI_MENTOR, COUNCIL }

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    /** SESSION: the booking it belongs to. */
    @Column(name = "booking_id")
    public String bookingId;

    /** DIRECT and AI_MENTOR: the mentor spoken to. */
    @Column(name = "mentor_id")
    public String mentorId;

    /** COUNCIL: the council asked. */
    @Column(name = "council_id")
    public String councilId;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Written only by the database ({@code UPDATE ... RETURNING}), never by Hibernate. */
    @Column(name = "last_seq", insertable = false, updatable = false)
    public long lastSeq;

    public boolean isAi() {
        return kind == Kind.AI_MENTOR || kind == Kind.COUNCIL;
    }
}
