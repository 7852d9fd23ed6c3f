package dev.mentra.gateway.health;

import dev.mentra.gateway.config.GatewayConfig;
import dev.mentra.gateway.routing.Upstream;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The services behind the gateway, as its readiness reports them: each service's own {@code /q/health/ready} is
 * asked, in parallel, with a short timeout, and its state is listed ({@code UP}, {@code DOWN (503)},
 * {@code DOWN (unreachable: …)}), so an operator sees which one is missing.
 *
 * <p>The check itself is always UP: the gateway's readiness is its own ability to serve. A service that is down
 * is answered with 503 on its own routes while the others' routes keep working; taking the gateway out of
 * rotation for it would take every other service's routes (and the web client) with it.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    private final GatewayConfig config;
    private final HttpClient client;

    public UpstreamsReadiness(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.healthTimeout().toMillis()));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Map.Entry<Upstream, String>>> checks = config.upstreams().entrySet().stream()
                .map(e -> status(e.getValue()).map(s -> Map.entry(e.getKey(), s)))
                .toList();
        return Uni.join().all(checks).andFailFast().map(results -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("Services behind the gateway").up();
            for (Map.Entry<Upstream, String> result : results) {
                builder.withData(result.getKey().serviceName(), result.getValue());
            }
            return builder.build();
        });
    }

    private Uni<String> status(URI base) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(base.getHost())
                .setPort(base.getPort())
                .setURI("/q/health/ready")
                .setTimeout(config.healthTimeout().toMillis());
        return Uni.createFrom().completionStage(() -> client.request(request)
                        .compose(r -> r.send())
                        .map(response -> response.statusCode() == 200 ? "UP" : "DOWN (" + response.statusCode() + ")")
                        .toCompletionStage())
                .onFailure().recoverWithItem(e -> "DOWN (unreachable: " + e.getClass().getSimpleName() + ")");
    }
}
