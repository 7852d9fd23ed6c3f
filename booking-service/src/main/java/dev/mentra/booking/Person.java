package dev.mentra.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** What booking-service knows of a user, kept from {@code identity.users.v1}: enough to match Acuity's clients. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @Column(name = "user_id")
    public String userId;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
