package dev.mentra.booking.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mentra.booking.BookableMentor;
import dev.mentra.booking.Booking;
import dev.mentra.booking.MentorAvailability;
import dev.mentra.booking.Slot;
import dev.mentra.booking.TimeRange;
import dev.mentra.booking.service.AcuityStatus;
import dev.mentra.booking.service.SlotService;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What the API shows: times with the offset of the zone they are meant for. */
final class BookingViews {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private BookingViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"id", "mentorId", "role", "status", "startsAt", "endsAt", "timeZone",
            "syncedWithAcuity", "createdAt", "updatedAt"})
    record BookingView(String id, String mentorId, String mentorUserId,
                       @Schema(description = "Absent for a guest who booked in Acuity") String menteeId,
                       String guestName, @Schema(description = "Shown to the mentor only") String guestEmail,
                       @Schema(enumeration = {"MENTEE", "MENTOR"}, description = "The viewer's part in the session")
                       String role,
                       @Schema(type = SchemaType.STRING, implementation = Booking.Status.class) String status,
                       String statusReason, OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone,
                       String note, OffsetDateTime previousStartsAt, boolean syncedWithAcuity,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        /** As {@code viewer} sees it: the guest's contact is for the mentor only. */
        static BookingView of(Booking b, String viewer) {
            ZoneId zone = ZoneId.of(b.timeZone);
            boolean mentor = viewer != null && viewer.equals(b.mentorUserId);
            return new BookingView(b.id, b.mentorId, b.mentorUserId, b.menteeId, b.guestName,
                    mentor ? b.guestEmail : null, mentor ? "MENTOR" : "MENTEE", b.status.name(), b.statusReason,
                    in(b.startsAt, zone), in(b.endsAt, zone), b.timeZone, b.note, in(b.previousStartsAt, zone),
                    b.acuityAppointmentId != null, b.createdAt, b.updatedAt);
        }
    }

    @Schema(requiredProperties = {"startsAt", "endsAt", "date", "time"})
    record SlotView(OffsetDateTime startsAt, OffsetDateTime endsAt, LocalDate date, String time) {
        static SlotView of(Slot slot, ZoneId zone) {
            OffsetDateTime start = slot.start().atZone(zone).toOffsetDateTime();
            return new SlotView(start, slot.end().atZone(zone).toOffsetDateTime(), start.toLocalDate(),
                    HOUR.format(start));
        }
    }

    @Schema(requiredProperties = {"mentorId", "timeZone", "mentorTimeZone", "sessionMinutes", "source", "slots"})
    record SlotsView(String mentorId, String timeZone, String mentorTimeZone, int sessionMinutes,
                     @Schema(enumeration = {"mentra", "acuity"}, description = "Where the slots come from")
                     String source,
                     List<SlotView> slots) {
        static SlotsView of(SlotService.Offer offer, boolean fromAcuity, ZoneId zone) {
            return new SlotsView(offer.mentor().mentorId, zone.getId(), offer.availability().schedule().zone().getId(),
                    (int) offer.availability().rules().sessionLength().toMinutes(), fromAcuity ? "acuity" : "mentra",
                    offer.slots().stream().map(s -> SlotView.of(s, zone)).toList());
        }
    }

    @Schema(requiredProperties = {"start", "end"})
    record HoursView(String start, String end) {
        static HoursView of(TimeRange r) {
            return new HoursView(HOUR.format(r.start()), HOUR.format(r.end()));
        }
    }

    @Schema(requiredProperties = {"date", "hours"})
    record OverrideView(LocalDate date, List<HoursView> hours) {
    }

    @Schema(requiredProperties = {"sessionMinutes", "bufferBeforeMinutes", "bufferAfterMinutes", "minimumNoticeMinutes",
            "horizonDays", "maxPerDay", "slotStepMinutes"})
    record RulesView(int sessionMinutes, int bufferBeforeMinutes, int bufferAfterMinutes, int minimumNoticeMinutes,
                     int horizonDays, int maxPerDay, int slotStepMinutes) {
    }

    @Schema(requiredProperties = {"mentorId", "timeZone", "weekly", "overrides", "rules", "configured", "updatedAt"})
    record AvailabilityView(String mentorId, String timeZone,
                            @Schema(propertyNames = DayOfWeek.class) Map<DayOfWeek, List<HoursView>> weekly,
                            List<OverrideView> overrides, RulesView rules, boolean configured,
                            @Schema(implementation = String.class, format = "date-time", nullable = true,
                                    description = "Null until the mentor saves their availability")
                            OffsetDateTime updatedAt) {
        static AvailabilityView of(MentorAvailability a) {
            Map<DayOfWeek, List<HoursView>> weekly = new TreeMap<>();
            a.schedule().weekly().forEach((day, hours) -> weekly.put(day, hours.stream().map(HoursView::of).toList()));
            List<OverrideView> overrides = new TreeMap<>(a.schedule().overrides()).entrySet().stream()
                    .map(e -> new OverrideView(e.getKey(), e.getValue().stream().map(HoursView::of).toList()))
                    .toList();
            var r = a.rules();
            return new AvailabilityView(a.mentorId(), a.schedule().zone().getId(), weekly, overrides,
                    new RulesView((int) r.sessionLength().toMinutes(), (int) r.bufferBefore().toMinutes(),
                            (int) r.bufferAfter().toMinutes(), (int) r.minimumNotice().toMinutes(),
                            (int) r.horizon().toDays(), r.maxPerDay(), (int) r.step().toMinutes()),
                    a.configured(), a.updatedAt());
        }
    }

    @Schema(requiredProperties = {"connected", "scheduledByAcuity", "calendarId", "appointmentTypeId",
            "lastAttemptAt", "lastSyncedAt", "lastError", "problems"},
            description = "A mentor's own Acuity connection, read-only (an admin assigns the calendar)")
    record AcuityConnectionView(
            @Schema(description = "The profile names an Acuity calendar and appointment type") boolean connected,
            @Schema(description = "Slots and bookings go through Acuity now (connected, and Acuity is configured)")
            boolean scheduledByAcuity,
            @Schema(nullable = true) String calendarId, @Schema(nullable = true) String appointmentTypeId,
            @Schema(implementation = String.class, format = "date-time", nullable = true,
                    description = "The last reconciliation round over this calendar") OffsetDateTime lastAttemptAt,
            @Schema(implementation = String.class, format = "date-time", nullable = true,
                    description = "The last round that completed") OffsetDateTime lastSyncedAt,
            @Schema(nullable = true, description = "Why the last round failed; null when it completed") String lastError,
            @Schema(description = "Appointments the last completed round could not apply") List<String> problems) {
        static AcuityConnectionView of(BookableMentor mentor, boolean scheduledByAcuity,
                                       Optional<AcuityStatus.State> state) {
            boolean connected = mentor.usesAcuity();
            return new AcuityConnectionView(connected, scheduledByAcuity,
                    connected ? mentor.acuityCalendarId : null, connected ? mentor.acuityAppointmentTypeId : null,
                    state.map(AcuityStatus.State::lastAttemptAt).orElse(null),
                    state.map(AcuityStatus.State::lastSyncedAt).orElse(null),
                    state.map(AcuityStatus.State::lastError).orElse(null),
                    state.map(AcuityStatus.State::problems).orElse(List.of()));
        }
    }

    private static OffsetDateTime in(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
