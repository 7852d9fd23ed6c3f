package dev.mentra.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** What booking-service knows of a mentor, kept from {@code mentors.v1}. */
@Entity
@Table(name = "mentor")
public class BookableMentor {

    @Id
    @Column(name = "mentor_id")
    public String mentorId;

    @Column(name = "user_id")
    public String userId;

    /** HUMAN or AI; only human mentors are booked. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "session_minutes")
    public Integer sessionMinutes;

    @Column(name = "acuity_calendar_id")
    public String acuityCalendarId;

    @Column(name = "acuity_appointment_type_id")
    public String acuityAppointmentTypeId;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isBookable() {
        return active && "HUMAN".equals(kind) && userId != null;
    }

    /** Connected to Acuity: its calendar and the appointment type its sessions are booked as. */
    public boolean usesAcuity() {
        return acuityCalendarId != null && !acuityCalendarId.isBlank()
                && acuityAppointmentTypeId != null && !acuityAppointmentTypeId.isBlank();
    }
}
