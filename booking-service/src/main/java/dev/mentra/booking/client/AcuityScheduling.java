package dev.mentra.booking.client;

import dev.mentra.booking.config.BookingConfig;
import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one door to Acuity Scheduling. Each call has a timeout; a call Acuity answered with 429 (honouring its
 * {@code Retry-After}) or 5xx is retried with back-off, except a booking, which could have been made and is
 * settled by the caller instead; a circuit breaker stops asking a dead Acuity. Every failure leaves as an
 * {@link AcuityException}: {@code Refused} (Acuity said no) or {@code Unavailable} (down, slow, limiting).
 */
@ApplicationScoped
public class AcuityScheduling {

    private static final Logger LOG = Logger.getLogger(AcuityScheduling.class);

    private final AcuityApi api;
    private final BookingConfig.Acuity config;

    public AcuityScheduling(@RestClient AcuityApi api, BookingConfig config) {
        this.api = api;
        this.config = config.acuity();
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The start times Acuity offers on one date, cached briefly: slot lists are asked for often. */
    @CacheResult(cacheName = "acuity-times")
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = AcuityException.Refused.class)
    public Uni<List<OffsetDateTime>> availableTimes(String calendarId, String appointmentTypeId, LocalDate date,
                                                    String timeZone) {
        return call("availability", true, () -> api.times(auth(), appointmentTypeId, calendarId, date.toString(),
                timeZone))
                .map(times -> times.stream()
                        .filter(t -> t.slotsAvailable() == null || t.slotsAvailable() > 0)
                        .map(t -> AcuityTime.parse(t.time()))
                        .toList());
    }

    /** Books; never retried after Acuity may have acted (a 5xx or a timeout): the caller settles the outcome. */
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = AcuityException.Refused.class)
    public Uni<AcuityAppointment> book(String calendarId, String appointmentTypeId, OffsetDateTime start,
                                       String timeZone, String name, String email, String notes) {
        String first = name == null || name.isBlank() ? "Mentra" : name.trim().split("\\s+", 2)[0];
        String last = name == null || !name.trim().contains(" ") ? "Mentee" : name.trim().split("\\s+", 2)[1];
        AcuityApi.NewAppointment body = new AcuityApi.NewAppointment(AcuityTime.format(start),
                Long.valueOf(appointmentTypeId), Long.valueOf(calendarId), first, last, email, notes, timeZone);
        return call("booking", false, () -> api.create(auth(), body));
    }

    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = AcuityException.Refused.class)
    public Uni<AcuityAppointment> appointment(long id) {
        return call("appointment " + id, true, () -> api.get(auth(), id));
    }

    /** One calendar's appointments with dates in a window, cancelled ones included. */
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = AcuityException.Refused.class)
    public Uni<List<AcuityAppointment>> appointments(String calendarId, LocalDate minDate, LocalDate maxDate) {
        Uni<List<AcuityAppointment>> active = call("appointments", true,
                () -> api.list(auth(), calendarId, minDate.toString(), maxDate.toString(), null, 1000));
        Uni<List<AcuityAppointment>> cancelled = call("cancelled appointments", true,
                () -> api.list(auth(), calendarId, minDate.toString(), maxDate.toString(), true, 1000));
        return active.flatMap(a -> cancelled.map(c -> java.util.stream.Stream.concat(a.stream(), c.stream()).toList()));
    }

    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = AcuityException.Refused.class)
    public Uni<AcuityAppointment> reschedule(long id, OffsetDateTime start) {
        return call("reschedule " + id, true,
                () -> api.reschedule(auth(), id, new AcuityApi.Reschedule(AcuityTime.format(start))));
    }

    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = AcuityException.Refused.class)
    public Uni<AcuityAppointment> cancel(long id, String note) {
        return call("cancel " + id, true, () -> api.cancel(auth(), id, new AcuityApi.Cancel(note)));
    }

    /** The API key webhooks are signed with. */
    public String apiKey() {
        return config.apiKey().orElseThrow(() -> new IllegalStateException("ACUITY_API_KEY is not set"));
    }

    private <T> Uni<T> call(String what, boolean retryServerErrors, Supplier<Uni<T>> request) {
        if (!enabled()) {
            return Uni.createFrom().failure(new AcuityException.Unavailable("Acuity is not configured", null));
        }
        return attempt(what, retryServerErrors, request, 0);
    }

    private <T> Uni<T> attempt(String what, boolean retryServerErrors, Supplier<Uni<T>> request, int attempt) {
        return Uni.createFrom().<T>deferred(request::get)
                .ifNoItem().after(config.timeout())
                .failWith(() -> new AcuityException.Unavailable("Acuity did not answer " + what + " in time", null))
                .onFailure(t -> !(t instanceof AcuityException))
                .transform(t -> new AcuityException.Unavailable("Acuity could not be reached: " + t.getMessage(), null))
                .onFailure(AcuityException.Unavailable.class).recoverWithUni(failure -> {
                    AcuityException.Unavailable unavailable = (AcuityException.Unavailable) failure;
                    // a 429 was refused before Acuity acted: always safe to repeat; anything else only if idempotent
                    boolean limited = unavailable.retryAfter().isPresent();
                    Duration wait = unavailable.retryAfter().orElse(Duration.ofMillis(200L << attempt));
                    if (attempt >= config.retries() || (!limited && !retryServerErrors)
                            || wait.compareTo(config.maxRetryAfter()) > 0) {
                        return Uni.createFrom().failure(unavailable);
                    }
                    LOG.debugf("Acuity %s: %s; retrying in %d ms", what, unavailable.getMessage(), wait.toMillis());
                    return Uni.createFrom().voidItem().onItem().delayIt().by(wait)
                            .flatMap(x -> attempt(what, retryServerErrors, request, attempt + 1));
                });
    }

    private String auth() {
        String credentials = config.userId().orElse("") + ":" + config.apiKey().orElse("");
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
