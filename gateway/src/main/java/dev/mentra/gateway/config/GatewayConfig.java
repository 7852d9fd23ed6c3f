package dev.mentra.gateway.config;

import dev.mentra.gateway.routing.Upstream;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "mentra.gateway")
public interface GatewayConfig {

    /** Base URL of each service, e.g. {@code mentra.gateway.upstreams.identity=http://identity-service:8081}. */
    Map<Upstream, URI> upstreams();

    /** A service that does not accept the connection by then is reported unavailable (503). */
    @WithDefault("2s")
    Duration connectTimeout();

    /** A request whose upstream stays silent this long is abandoned; WebSockets are exempt. */
    @WithDefault("60s")
    Duration idleTimeout();

    /** How often a browser's relayed WebSocket is pinged, so idle connections survive proxies on the way. */
    @WithDefault("30s")
    Duration socketKeepAlive();

    /**
     * Sockets relayed to one service at once, per gateway replica. Each holds one connection to the service for its
     * whole life, so this is the replica's socket capacity (bounded by its file descriptors: two per socket).
     */
    @WithDefault("20000")
    int maxSocketsPerService();

    /**
     * Pooled HTTP connections to one service. A request holds one only while it is in flight; more connections
     * than in-flight requests just cost the service sockets and memory.
     */
    @WithDefault("200")
    int maxConnectionsPerService();

    /** How long the readiness check waits for each service's own readiness. */
    @WithDefault("2s")
    Duration healthTimeout();

    /** Requests each caller may make through the gateway (per replica). */
    RateLimit rateLimit();

    /** The web client's runtime settings, served at {@code /config.json}. */
    Web web();

    interface Web {

        /** {@code local}: identity-service's own sign-in pages; {@code clerk}: Clerk's, with the publishable key. */
        @WithDefault("local")
        String authMode();

        /** Clerk's publishable key ({@code pk_live_…}/{@code pk_test_…}); it also names Clerk's Frontend API host. */
        Optional<String> clerkPublishableKey();
    }

    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** A signed-in caller, known by the verified token's {@code sub}. */
        Allowance perUser();

        /** An anonymous caller, known by its address. */
        Allowance perIp();

        /** Callers remembered at once, per kind; beyond it the least active are forgotten (memory stays bounded). */
        @WithDefault("100000")
        long maxTrackedCallers();

        /** A token bucket: {@code burst} requests at once, refilled at {@code requestsPerMinute}. */
        interface Allowance {

            int requestsPerMinute();

            int burst();
        }
    }
}
