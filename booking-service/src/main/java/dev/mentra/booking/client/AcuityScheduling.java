package dev.mentra.booking.client;

import io.quarkus.cache.CacheResult;
import io.smallrye.faulttolerance.api.CustomBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The one door to Acuity Scheduling; its fault tolerance is declared once, on this class (SmallRye Fault
 * Tolerance; values overridable under {@code quarkus.fault-tolerance."dev.mentra.booking.client.AcuityScheduling"}):
 * each attempt has a timeout; a call that may be repeated is retried when Acuity is down, slow or asks us to come
 * back (honouring {@code Retry-After}, see {@link AcuityRetries}); a booking only when Acuity turned it away before
 * acting, since after a 5xx or a timeout it may have been made and the caller settles that; a circuit breaker (per
 * method) stops asking a dead Acuity. Failures leave as {@link AcuityException} ({@code Refused}: Acuity said no;
 * {@code Unavailable}: down, limiting) or as Fault Tolerance's own ({@code TimeoutException},
 * {@code CircuitBreakerOpenException}).
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 3, delay = 200, jitter = 0)
@RetryWhen(exception = AcuityRetries.WhenRepeatable.class)
@CustomBackoff(AcuityRetries.RetryAfterBackoff.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
        skipOn = AcuityException.Refused.class)
public class AcuityScheduling {

    private final AcuityApi api;
    private final AcuityAccount account;

    public AcuityScheduling(@RestClient AcuityApi api, AcuityAccount account) {
        this.api = api;
        this.account = account;
    }

    /** The start times Acuity offers on one date, cached briefly: slot lists are asked for often. */
    @CacheResult(cacheName = "acuity-times")
    public Uni<List<OffsetDateTime>> availableTimes(String calendarId, String appointmentTypeId, LocalDate date,
                                                    String timeZone) {
        return call(() -> api.times(account.authorization(), appointmentTypeId, calendarId, date.toString(),
                timeZone))
                .map(times -> times.stream()
                        .filter(t -> t.slotsAvailable() == null || t.slotsAvailable() > 0)
                        .map(t -> AcuityTime.parse(t.time()))
                        .toList());
    }

    /** Books; repeated only when Acuity turned it away unread (see the class comment). */
    @RetryWhen(exception = AcuityRetries.WhenTurnedAway.class)
    public Uni<AcuityAppointment> book(String calendarId, String appointmentTypeId, OffsetDateTime start,
                                       String timeZone, String name, String email, String notes) {
        String first = name == null || name.isBlank() ? "Mentra" : name.trim().split("\\s+", 2)[0];
        String last = name == null || !name.trim().contains(" ") ? "Mentee" : name.trim().split("\\s+", 2)[1];
        AcuityApi.NewAppointment body = new AcuityApi.NewAppointment(AcuityTime.format(start),
                Long.valueOf(appointmentTypeId), Long.valueOf(calendarId), first, last, email, notes, timeZone);
        return call(() -> api.create(account.authorization(), body));
    }

    public Uni<AcuityAppointment> appointment(long id) {
        return call(() -> api.get(account.authorization(), id));
    }

    /** One calendar's appointments with dates in a window, cancelled ones included. */
    public Uni<List<AcuityAppointment>> appointments(String calendarId, LocalDate minDate, LocalDate maxDate) {
        Uni<List<AcuityAppointment>> active = call(() -> api.list(account.authorization(), calendarId,
                minDate.toString(), maxDate.toString(), null, 1000));
        Uni<List<AcuityAppointment>> cancelled = call(() -> api.list(account.authorization(), calendarId,
                minDate.toString(), maxDate.toString(), true, 1000));
        return active.flatMap(a -> cancelled.map(c -> Stream.concat(a.stream(), c.stream()).toList()));
    }

    public Uni<AcuityAppointment> reschedule(long id, OffsetDateTime start) {
        return call(() -> api.reschedule(account.authorization(), id,
                new AcuityApi.Reschedule(AcuityTime.format(start))));
    }

    public Uni<AcuityAppointment> cancel(long id, String note) {
        return call(() -> api.cancel(account.authorization(), id, new AcuityApi.Cancel(note)));
    }

    /** One request; a connection that fails (refused, reset) is Acuity being unavailable. */
    private <T> Uni<T> call(Supplier<Uni<T>> request) {
        if (!account.enabled()) {
            // callers ask only for mentors on Acuity, which needs an account: a bug, not an outage
            return Uni.createFrom().failure(new IllegalStateException("Acuity is not configured"));
        }
        return Uni.createFrom().<T>deferred(request::get)
                .onFailure(t -> !(t instanceof AcuityException))
                .transform(t -> new AcuityException.Unavailable("Acuity could not be reached: " + t.getMessage()));
    }
}
