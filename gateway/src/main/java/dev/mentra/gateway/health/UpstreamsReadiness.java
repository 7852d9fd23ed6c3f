package dev.mentra.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The services behind the gateway, as its readiness reports them ({@link UpstreamHealth}): each one's state is
 * listed ({@code UP}, {@code DOWN (503)}, {@code DOWN (unreachable: …)}), so an operator sees which one is missing.
 *
 * <p>The check itself is always UP: the gateway's readiness is its own ability to serve. A service that is down
 * is answered with 503 on its own routes while the others' routes keep working; taking the gateway out of
 * rotation for it would take every other service's routes (and the web client) with it.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    private final UpstreamHealth health;

    public UpstreamsReadiness(UpstreamHealth health) {
        this.health = health;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return health.check().map(results -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("Services behind the gateway").up();
            results.forEach(result -> builder.withData(result.service(), result.summary()));
            return builder.build();
        });
    }
}
