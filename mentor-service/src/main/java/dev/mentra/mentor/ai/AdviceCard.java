package dev.mentra.mentor.ai;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One piece of an AI mentor's curated knowledge; the engine retrieves the most relevant to ground answers. */
@Entity
@Table(name = "advice_card")
public class AdviceCard {

    @Id
    public String id;

    @Column(name = "mentor_id", nullable = false)
    public String mentorId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public String[] tags = {};

    /** Set when an admin retires the card: it is kept (and can be restored) but no longer grounds answers. */
    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);

    public boolean isRetired() {
        return retiredAt != null;
    }
}
