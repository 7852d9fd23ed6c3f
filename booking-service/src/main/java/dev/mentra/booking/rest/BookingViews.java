package dev.mentra.booking.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mentra.booking.Booking;
import dev.mentra.booking.MentorAvailability;
import dev.mentra.booking.Slot;
import dev.mentra.booking.TimeRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the API shows: times with the offset of the zone they are meant for. */
final class BookingViews {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private BookingViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BookingView(String id, String mentorId, String mentorUserId, String menteeId, String guestName,
                       String guestEmail, String role, String status, String statusReason, OffsetDateTime startsAt,
                       OffsetDateTime endsAt, String timeZone, String note, OffsetDateTime previousStartsAt,
                       boolean syncedWithAcuity, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

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

    record SlotView(OffsetDateTime startsAt, OffsetDateTime endsAt, LocalDate date, String time) {
        static SlotView of(Slot slot, ZoneId zone) {
            OffsetDateTime start = slot.start().atZone(zone).toOffsetDateTime();
            return new SlotView(start, slot.end().atZone(zone).toOffsetDateTime(), start.toLocalDate(),
                    HOUR.format(start));
        }
    }

    record SlotsView(String mentorId, String timeZone, String mentorTimeZone, int sessionMinutes, String source,
                     List<SlotView> slots) {
    }

    record HoursView(String start, String end) {
        static HoursView of(TimeRange r) {
            return new HoursView(HOUR.format(r.start()), HOUR.format(r.end()));
        }
    }

    record OverrideView(LocalDate date, List<HoursView> hours) {
    }

    record RulesView(int sessionMinutes, int bufferBeforeMinutes, int bufferAfterMinutes, int minimumNoticeMinutes,
                     int horizonDays, int maxPerDay, int slotStepMinutes) {
    }

    record AvailabilityView(String mentorId, String timeZone, Map<DayOfWeek, List<HoursView>> weekly,
                            List<OverrideView> overrides, RulesView rules, boolean configured,
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

    private static OffsetDateTime in(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
