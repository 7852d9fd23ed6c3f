package dev.mentra.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A mentor's availability as stored: the weekly hours and date overrides as JSON (see
 * {@code service.AvailabilityService} for the shape), and the booking rules.
 */
@Entity
@Table(name = "availability")
public class Availability {

    @Id
    @Column(name = "mentor_id")
    public String mentorId;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String weekly;

    @Column(nullable = false)
    public String overrides;

    @Column(name = "session_minutes", nullable = false)
    public int sessionMinutes;

    @Column(name = "buffer_before_minutes", nullable = false)
    public int bufferBeforeMinutes;

    @Column(name = "buffer_after_minutes", nullable = false)
    public int bufferAfterMinutes;

    @Column(name = "minimum_notice_minutes", nullable = false)
    public int minimumNoticeMinutes;

    @Column(name = "horizon_days", nullable = false)
    public int horizonDays;

    @Column(name = "max_per_day", nullable = false)
    public int maxPerDay;

    @Column(name = "slot_step_minutes", nullable = false)
    public int slotStepMinutes;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
