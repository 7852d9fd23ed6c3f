package dev.mentra.platform.metrics;

import dev.mentra.platform.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.WebApplicationException;

import java.util.function.Supplier;

/**
 * Counts the deliveries of one outside webhook ({@code mentra.webhook.deliveries{webhook, outcome}}): {@code accepted}
 * (answered 2xx), {@code refused} (a 4xx: bad signature, malformed body; the sender should not retry) and
 * {@code failed} (a 5xx: we could not handle it now; the sender retries). All three exist from the start, at zero.
 */
public final class WebhookDeliveries {

    public static final String METRIC = "mentra.webhook.deliveries";

    private final Counter accepted;
    private final Counter refused;
    private final Counter failed;

    public WebhookDeliveries(MeterRegistry registry, String webhook) {
        this.accepted = counter(registry, webhook, "accepted");
        this.refused = counter(registry, webhook, "refused");
        this.failed = counter(registry, webhook, "failed");
    }

    /** Handles one delivery and counts how it ended; a failure thrown before the handling's Uni exists counts too. */
    public <T> Uni<T> counted(Supplier<Uni<? extends T>> handling) {
        return Uni.createFrom().<T>deferred(handling)
                .invoke(() -> accepted.increment())
                .onFailure().invoke(e -> (refusal(e) ? refused : failed).increment());
    }

    private static boolean refusal(Throwable e) {
        return e instanceof ProblemException p && p.status() < 500
                || e instanceof WebApplicationException w && w.getResponse().getStatus() < 500;
    }

    private static Counter counter(MeterRegistry registry, String webhook, String outcome) {
        return Counter.builder(METRIC).description("Deliveries of an outside webhook, by how they ended")
                .tag("webhook", webhook).tag("outcome", outcome).register(registry);
    }
}
