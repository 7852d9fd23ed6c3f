package dev.mentra.mentor.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One AI mentor's seat on a council. */
@Entity
@Table(name = "council_member")
@IdClass(CouncilMember.Key.class)
public class CouncilMember {

    @Id
    @Column(name = "council_id")
    public String councilId;

    @Id
    @Column(name = "mentor_id")
    public String mentorId;

    @Column(nullable = false)
    public int position;

    public static class Key implements Serializable {
        public String councilId;
        public String mentorId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(councilId, k.councilId) && Objects.equals(mentorId, k.mentorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(councilId, mentorId);
        }
    }
}
