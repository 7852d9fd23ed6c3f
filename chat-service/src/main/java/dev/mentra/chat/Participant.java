package dev.mentra.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A person in a conversation: only participants see it or post to it. */
@Entity
@Table(name = "participant")
@IdClass(Participant.Key.class)
public class Participant {

    public enum Role { MENTEE, MENTOR, OWNER }

    @Id
    @Column(name = "conversation_id")
    public String conversationId;

    @Id
    @Column(name = "user_id")
    public String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    /** The newest seq this person has read. */
    @Column(name = "last_read_seq", nullable = false)
    public long lastReadSeq;

    @Column(name = "joined_at", nullable = false)
    public OffsetDateTime joinedAt;

    public static Participant of(String conversationId, String userId, Role role, OffsetDateTime at) {
        Participant p = new Participant();
        p.conversationId = conversationId;
        p.userId = userId;
        p.role = role;
        p.joinedAt = at;
        return p;
    }

    public static class Key implements Serializable {
        public String conversationId;
        public String userId;

        public Key() {
        }

        public Key(String conversationId, String userId) {
            this.conversationId = conversationId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(conversationId, k.conversationId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversationId, userId);
        }
    }
}
