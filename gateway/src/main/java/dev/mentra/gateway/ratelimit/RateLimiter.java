package dev.mentra.gateway.ratelimit;

import dev.mentra.gateway.config.GatewayConfig;
import dev.mentra.platform.http.ProblemBody;
import dev.mentra.platform.ratelimit.Allowance;
import dev.mentra.platform.ratelimit.KeyedBuckets;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Keeps one caller from starving the others: a token bucket (platform-security's {@link KeyedBuckets}, Bucket4j)
 * per signed-in user (the verified token's {@code sub}) and, for anonymous callers, per client address. Runs on the proxied routes after token verification, so the
 * user is known; an exhausted bucket is answered 429 problem+json with {@code Retry-After}, never forwarded.
 * Limits hold per gateway replica.
 */
@ApplicationScoped
public class RateLimiter implements Handler<RoutingContext> {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final boolean enabled;
    private final KeyedBuckets users;
    private final KeyedBuckets addresses;

    public RateLimiter(GatewayConfig config) {
        GatewayConfig.RateLimit limits = config.rateLimit();
        this.enabled = limits.enabled();
        this.users = buckets(limits.perUser(), limits.maxTrackedCallers());
        this.addresses = buckets(limits.perIp(), limits.maxTrackedCallers());
    }

    private static KeyedBuckets buckets(GatewayConfig.RateLimit.Allowance allowance, long maxCallers) {
        return new KeyedBuckets(Allowance.perMinute(allowance.requestsPerMinute(), allowance.burst()), maxCallers);
    }

    @Override
    public void handle(RoutingContext rc) {
        if (!enabled) {
            rc.next();
            return;
        }
        String user = userOf(rc);
        long waitNanos = user != null ? users.take(user) : addresses.take(addressOf(rc));
        if (waitNanos == 0) {
            rc.next();
            return;
        }
        long retryAfter = Math.max(1, (waitNanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        ProblemBody.send(rc.response(), ProblemBody.of("rate-limited", "Too many requests", 429,
                "Too many requests from you; try again in " + retryAfter + " s", rc.normalizedPath()));
    }

    /** The verified caller's user id, or null for an anonymous caller. */
    private static String userOf(RoutingContext rc) {
        if (!(rc.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity.isAnonymous()) {
            return null;
        }
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getSubject() : identity.getPrincipal().getName();
    }

    /**
     * The client's address as Quarkus's forwarded-header support resolves it: the socket's peer, or behind a
     * trusted load balancer ({@code MENTRA_BEHIND_PROXY}, {@code MENTRA_TRUSTED_PROXIES}) the address it forwarded.
     */
    private static String addressOf(RoutingContext rc) {
        var address = rc.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
