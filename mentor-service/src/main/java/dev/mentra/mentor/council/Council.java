package dev.mentra.mentor.council;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** AI mentors who answer together, one of them chairing. Public (curated) or private to the user who made it. */
@Entity
@Table(name = "council")
public class Council {

    public static final int MIN_MEMBERS = 2;
    public static final int MAX_MEMBERS = 5;

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "chair_mentor_id", nullable = false)
    public String chairMentorId;

    /** Null for public councils. */
    @Column(name = "owner_user_id")
    public String ownerUserId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Loaded with the council ({@code join fetch}): a reactive session cannot load lazily. */
    @OneToMany(mappedBy = "councilId", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CouncilMember> members = new ArrayList<>();

    public boolean visibleTo(String userId) {
        return ownerUserId == null || ownerUserId.equals(userId);
    }
}
