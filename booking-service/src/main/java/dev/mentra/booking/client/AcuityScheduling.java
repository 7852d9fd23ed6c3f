package dev.mentra.booking.client;

import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one door to Acuity Scheduling. Each call is one or two {@link AcuityRequests} (timeout, retries, back-off);
 * the circuit breaker, declared once on this class (SmallRye Fault Tolerance; overridable under
 * {@code quarkus.fault-tolerance."dev.mentra.booking.client.AcuityScheduling"}), counts whole calls per method and
 * stops asking a dead Acuity. Failures leave as {@link AcuityException} ({@code Refused}: Acuity said no, never
 * counted against Acuity; {@code Unavailable}: down, limiting) or as Fault Tolerance's own
 * ({@code TimeoutException}, {@code CircuitBreakerOpenException}).
 */
@ApplicationScoped
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
        skipOn = AcuityException.Refused.class)
public class AcuityScheduling {

    private final AcuityRequests requests;

    AcuityScheduling(AcuityRequests requests) {
        this.requests = requests;
    }

    /** The start times Acuity offers on one date, cached briefly: slot lists are asked for often. */
    @CacheResult(cacheName = "acuity-times")
    public Uni<List<OffsetDateTime>> availableTimes(String calendarId, String appointmentTypeId, LocalDate date,
                                                    String timeZone) {
        return requests.times(appointmentTypeId, calendarId, date.toString(), timeZone)
                .map(times -> times.stream()
                        .filter(t -> t.slotsAvailable() == null || t.slotsAvailable() > 0)
                        .map(t -> AcuityTime.parse(t.time()))
                        .toList());
    }

    /** Books; repeated only when Acuity turned it away unread (see {@link AcuityRequests}). */
    public Uni<AcuityAppointment> book(String calendarId, String appointmentTypeId, OffsetDateTime start,
                                       String timeZone, String name, String email, String notes) {
        String first = name == null || name.isBlank() ? "Mentra" : name.trim().split("\\s+", 2)[0];
        String last = name == null || !name.trim().contains(" ") ? "Mentee" : name.trim().split("\\s+", 2)[1];
        return requests.create(new AcuityApi.NewAppointment(AcuityTime.format(start), Long.valueOf(appointmentTypeId),
                Long.valueOf(calendarId), first, last, email, notes, timeZone));
    }

    public Uni<AcuityAppointment> appointment(long id) {
        return requests.get(id);
    }

    /** One calendar's appointments with dates in a window, cancelled ones included. */
    public Uni<List<AcuityAppointment>> appointments(String calendarId, LocalDate minDate, LocalDate maxDate) {
        return requests.list(calendarId, minDate.toString(), maxDate.toString(), null)
                .flatMap(active -> requests.list(calendarId, minDate.toString(), maxDate.toString(), true)
                        .map(cancelled -> Stream.concat(active.stream(), cancelled.stream()).toList()));
    }

    public Uni<AcuityAppointment> reschedule(long id, OffsetDateTime start) {
        return requests.reschedule(id, new AcuityApi.Reschedule(AcuityTime.format(start)));
    }

    public Uni<AcuityAppointment> cancel(long id, String note) {
        return requests.cancel(id, new AcuityApi.Cancel(note));
    }
}
