package dev.mentra.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** How a mentor's last reconciliation rounds with Acuity went (see {@code service.AcuityStatus}). */
@Entity
@Table(name = "acuity_sync_state")
public class AcuitySyncState {

    @Id
    @Column(name = "mentor_id")
    public String mentorId;

    @Column(name = "calendar_id", nullable = false)
    public String calendarId;

    @Column(name = "last_attempt_at", nullable = false)
    public OffsetDateTime lastAttemptAt;

    @Column(name = "last_synced_at")
    public OffsetDateTime lastSyncedAt;

    @Column(name = "last_error")
    public String lastError;

    /** JSON array of texts: the appointments the last completed round could not apply. */
    @Column(nullable = false)
    public String problems;
}
