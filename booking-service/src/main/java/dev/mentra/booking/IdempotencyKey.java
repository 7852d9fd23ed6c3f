package dev.mentra.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A caller's {@code Idempotency-Key} and the booking its first request made. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey {

    @Embeddable
    public record Id(@Column(name = "caller_id") String callerId, @Column(name = "key") String key)
            implements Serializable {
    }

    @EmbeddedId
    public Id id;

    /** A digest of the request body: the same key with another body is a client error. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "booking_id", nullable = false)
    public String bookingId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
