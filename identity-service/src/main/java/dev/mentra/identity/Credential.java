package dev.mentra.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A local-issuer password, as a bcrypt hash. */
@Entity
@Table(name = "credential")
public class Credential {

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
