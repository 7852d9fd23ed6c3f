package dev.mentra.booking.client;

import io.smallrye.faulttolerance.api.CustomBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * Single requests to Acuity, each attempt with a timeout and repeated as {@link AcuityRetries} allows: when Acuity is
 * down, slow or asks us to come back (honouring {@code Retry-After}); a booking only when Acuity turned it away
 * before acting, since after a 5xx or a timeout it may have been made and the caller settles that. Declared once
 * here (SmallRye Fault Tolerance; overridable under
 * {@code quarkus.fault-tolerance."dev.mentra.booking.client.AcuityRequests"}). Only {@link AcuityScheduling} calls it.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 3, delay = 200, jitter = 0)
@RetryWhen(exception = AcuityRetries.WhenRepeatable.class)
@CustomBackoff(AcuityRetries.RetryAfterBackoff.class)
class AcuityRequests {

    private final AcuityApi api;
    private final AcuityAccount account;

    AcuityRequests(@RestClient AcuityApi api, AcuityAccount account) {
        this.api = api;
        this.account = account;
    }

    Uni<List<AcuityApi.AvailableTime>> times(String appointmentTypeId, String calendarId, String date,
                                             String timeZone) {
        return send(() -> api.times(account.authorization(), appointmentTypeId, calendarId, date, timeZone));
    }

    /**
     * Fault Tolerance wants a method's own {@code @RetryWhen} next to a {@code @Retry} of that method: the same
     * numbers as the class's, and overridden under this method's key.
     */
    @Retry(maxRetries = 3, delay = 200, jitter = 0)
    @RetryWhen(exception = AcuityRetries.WhenTurnedAway.class)
    Uni<AcuityAppointment> create(AcuityApi.NewAppointment appointment) {
        return send(() -> api.create(account.authorization(), appointment));
    }

    Uni<AcuityAppointment> get(long id) {
        return send(() -> api.get(account.authorization(), id));
    }

    Uni<List<AcuityAppointment>> list(String calendarId, String minDate, String maxDate, Boolean canceled) {
        return send(() -> api.list(account.authorization(), calendarId, minDate, maxDate, canceled, 1000));
    }

    Uni<AcuityAppointment> reschedule(long id, AcuityApi.Reschedule reschedule) {
        return send(() -> api.reschedule(account.authorization(), id, reschedule));
    }

    Uni<AcuityAppointment> cancel(long id, AcuityApi.Cancel cancel) {
        return send(() -> api.cancel(account.authorization(), id, cancel));
    }

    /** One attempt; a connection that fails (refused, reset) is Acuity being unavailable. */
    private <T> Uni<T> send(Supplier<Uni<T>> request) {
        if (!account.enabled()) {
            // callers ask only for mentors on Acuity, which needs an account: a bug, not an outage
            return Uni.createFrom().failure(new IllegalStateException("Acuity is not configured"));
        }
        return Uni.createFrom().<T>deferred(request::get)
                .onFailure(t -> !(t instanceof AcuityException))
                .transform(t -> new AcuityException.Unavailable("Acuity could not be reached: " + t.getMessage()));
    }
}
