package dev.mentra.identity.service;

import dev.mentra.platform.metrics.WebhookDeliveries;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Map;

/**
 * Identity's business metrics on {@code /q/metrics}, present from the start at zero: Clerk's webhook deliveries
 * ({@code mentra.webhook.deliveries{webhook="clerk"}}) and local sign-ins ({@code mentra.sign.ins{outcome}}:
 * {@code succeeded}, {@code refused} (wrong email or password), {@code throttled} (answered 429)) and which limit
 * throttled them ({@code mentra.sign.in.throttled{limit}}: the account's or the client address's).
 */
@Startup // the series exist from the start, before anyone signs in
@ApplicationScoped
public class IdentityMetrics {

    /** The sign-in limits of {@link SignInThrottle}. */
    public enum Limit { ACCOUNT, ADDRESS }

    private final WebhookDeliveries clerkWebhooks;
    private final Counter signedIn;
    private final Counter refused;
    private final Counter throttled;
    private final Map<Limit, Counter> throttledBy = new EnumMap<>(Limit.class);

    public IdentityMetrics(MeterRegistry registry) {
        this.clerkWebhooks = new WebhookDeliveries(registry, "clerk");
        this.signedIn = signIns(registry, "succeeded");
        this.refused = signIns(registry, "refused");
        this.throttled = signIns(registry, "throttled");
        for (Limit limit : Limit.values()) {
            throttledBy.put(limit, Counter.builder("mentra.sign.in.throttled").description("Sign-in attempts answered 429")
                    .tag("limit", limit.name().toLowerCase()).register(registry));
        }
    }

    public WebhookDeliveries clerkWebhooks() {
        return clerkWebhooks;
    }

    void signedIn() {
        signedIn.increment();
    }

    /** A sign-in answered with {@code status}: 429 is throttled, anything else refused. */
    void signInRefused(int status) {
        (status == 429 ? throttled : refused).increment();
    }

    /** An attempt refused 429 by {@code limit}. */
    void throttled(Limit limit) {
        throttledBy.get(limit).increment();
    }

    private static Counter signIns(MeterRegistry registry, String outcome) {
        return Counter.builder("mentra.sign.ins").description("Sign-ins with email and password, by outcome")
                .tag("outcome", outcome).register(registry);
    }
}
