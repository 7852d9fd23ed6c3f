package dev.mentra.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Tokens this replica has verified in full, each remembered by its whole text until its {@code exp} (at most five
 * minutes, whatever it claims), within a bounded number of entries. See {@link VerifiedTokens}.
 */
@ApplicationScoped
public class VerifiedTokenCache {

    private static final Duration LONGEST = Duration.ofMinutes(5);

    private final Cache<String, JsonWebToken> verified;
    private final Clock clock;

    public VerifiedTokenCache(TokenPolicyConfig config, Clock clock) {
        this.clock = clock;
        this.verified = config.verifiedTokens() <= 0 ? null : Caffeine.newBuilder()
                .maximumSize(config.verifiedTokens())
                .expireAfter(Expiry.creating((String token, JsonWebToken jwt) -> lifetimeLeft(jwt)))
                // housekeeping on the calling thread: a few map operations, no pool hop per request
                .executor(Runnable::run)
                .build();
    }

    public Optional<JsonWebToken> get(String token) {
        return verified == null ? Optional.empty() : Optional.ofNullable(verified.getIfPresent(token));
    }

    public void remember(String token, JsonWebToken jwt) {
        if (verified != null && !lifetimeLeft(jwt).isZero()) {
            verified.put(token, jwt);
        }
    }

    private Duration lifetimeLeft(JsonWebToken jwt) {
        if (jwt.getExpirationTime() <= 0) {
            return Duration.ZERO;
        }
        long millis = jwt.getExpirationTime() * 1000 - clock.millis();
        return millis <= 0 ? Duration.ZERO : Duration.ofMillis(Math.min(millis, LONGEST.toMillis()));
    }
}
