package dev.mentra.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** What chat knows of a mentor, from {@code mentors.v1}: who answers a DIRECT conversation, whether it is an AI. */
@Entity
@Table(name = "directory_mentor")
public class DirectoryMentor {

    public static final String HUMAN = "HUMAN";
    public static final String AI = "AI";

    @Id
    @Column(name = "mentor_id")
    public String mentorId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "user_id")
    public String userId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isAi() {
        return AI.equals(kind);
    }
}
