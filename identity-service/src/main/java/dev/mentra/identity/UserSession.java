package dev.mentra.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A signed-in session of the local issuer, as Clerk's: long-lived, behind an httpOnly cookie, renewing the
 * short-lived session token until it ends (sign-out) or expires.
 */
@Entity
@Table(name = "user_session")
public class UserSession {

    @Id
    public String id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    /** SHA-256 of the cookie's secret: a stolen database does not yield working cookies. */
    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "last_used_at", nullable = false)
    public OffsetDateTime lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    public boolean isActive(OffsetDateTime now) {
        return endedAt == null && expiresAt.isAfter(now);
    }
}
