package dev.mentra.gateway.health;

import dev.mentra.gateway.config.GatewayConfig;
import dev.mentra.gateway.routing.Upstream;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Each service's readiness as the gateway sees it: its own {@code /q/health/ready} asked in parallel with a short
 * timeout. Read by the gateway's readiness check (for operators' probes) and by admins in the web client.
 */
@ApplicationScoped
public class UpstreamHealth {

    /** One of a service's own readiness checks (its database, the broker, …). */
    public record Check(String name, String status) {
    }

    /**
     * A service's readiness: {@code UP} or {@code DOWN}; {@code detail} says why it is down (its 503, or that it
     * could not be reached); {@code checks} are its own checks when it answered.
     */
    public record ServiceHealth(String service, String status, String detail, List<Check> checks, long responseMillis) {

        /** As the readiness data shows it: {@code UP}, {@code DOWN (503)}, {@code DOWN (unreachable: …)}. */
        public String summary() {
            return detail == null ? status : status + " (" + detail + ")";
        }
    }

    private final GatewayConfig config;
    private final HttpClient client;

    public UpstreamHealth(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.healthTimeout().toMillis()));
    }

    /** Every service behind the gateway, in the order of {@link Upstream}. */
    public Uni<List<ServiceHealth>> check() {
        List<Uni<ServiceHealth>> checks = new ArrayList<>();
        for (Upstream upstream : Upstream.values()) {
            URI base = config.upstreams().get(upstream);
            if (base != null) {
                checks.add(check(upstream, base));
            }
        }
        return Uni.join().all(checks).andFailFast();
    }

    private Uni<ServiceHealth> check(Upstream upstream, URI base) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(base.getHost())
                .setPort(base.getPort())
                .setURI("/q/health/ready")
                .setTimeout(config.healthTimeout().toMillis());
        long started = System.nanoTime();
        return Uni.createFrom().completionStage(() -> client.request(request)
                        .compose(r -> r.send())
                        .compose(response -> response.body().map(body -> {
                            long millis = (System.nanoTime() - started) / 1_000_000;
                            boolean up = response.statusCode() == 200;
                            return new ServiceHealth(upstream.serviceName(), up ? "UP" : "DOWN",
                                    up ? null : String.valueOf(response.statusCode()), checks(body.toString()), millis);
                        }))
                        .toCompletionStage())
                .onFailure().recoverWithItem(e -> new ServiceHealth(upstream.serviceName(), "DOWN",
                        "unreachable: " + e.getClass().getSimpleName(), List.of(),
                        (System.nanoTime() - started) / 1_000_000));
    }

    /** The names and states of a SmallRye Health answer's checks; nothing if the body is not one. */
    static List<Check> checks(String body) {
        try {
            JsonArray checks = new JsonObject(body).getJsonArray("checks", new JsonArray());
            List<Check> list = new ArrayList<>();
            for (Object o : checks) {
                if (o instanceof JsonObject c && c.getString("name") != null) {
                    list.add(new Check(c.getString("name"), c.getString("status", "DOWN")));
                }
            }
            return list;
        } catch (RuntimeException notJson) {
            return List.of();
        }
    }
}
