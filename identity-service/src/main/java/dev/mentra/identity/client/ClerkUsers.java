package dev.mentra.identity.client;

import dev.mentra.identity.config.IdentityConfig;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The one door to Clerk's Backend API: timeout, retries with back-off, and a circuit breaker so an outage at
 * Clerk costs little; callers keep their own record of what is still to send.
 */
@ApplicationScoped
public class ClerkUsers {

    private final ClerkBackendApi api;
    private final IdentityConfig config;

    public ClerkUsers(@RestClient ClerkBackendApi api, IdentityConfig config) {
        this.api = api;
        this.config = config;
    }

    /** Writes the roles into the user's public_metadata, so Clerk's next session token carries them. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200)
    @ExponentialBackoff(maxDelay = 2000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public Uni<Void> writeRoles(String userId, List<String> roles) {
        String secret = config.clerk().secretKey()
                .orElseThrow(() -> new IllegalStateException("CLERK_SECRET_KEY is not set"));
        return api.updateMetadata("Bearer " + secret, userId, ClerkBackendApi.MetadataUpdate.roles(roles))
                .replaceWithVoid();
    }
}
