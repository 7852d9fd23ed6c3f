package dev.mentra.platform.security;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache reads "now" from the application's Clock: tokens are remembered only until their exp by that clock. */
class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2031-05-01T10:00:00Z");

    private final VerifiedTokenCache cache = new VerifiedTokenCache(config(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenStillValidByTheClockIsRemembered() {
        JsonWebToken jwt = expiringAt(NOW.plusSeconds(60));
        cache.remember("valid", jwt);
        assertThat(cache.get("valid")).containsSame(jwt);
    }

    @Test
    void aTokenExpiredByTheClockIsNotRememberedEvenIfTheWallClockSaysOtherwise() {
        // 2031 by the application's clock; by this machine's clock the token would still be valid
        cache.remember("expired", expiringAt(NOW.minusSeconds(1)));
        assertThat(cache.get("expired")).isEmpty();
    }

    private static TokenPolicyConfig config() {
        return new TokenPolicyConfig() {
            @Override
            public List<String> authorizedParties() {
                return List.of();
            }

            @Override
            public long verifiedTokens() {
                return 100;
            }
        };
    }

    private static JsonWebToken expiringAt(Instant exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "user_1";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of(Claims.exp.name());
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return Claims.exp.name().equals(claim) ? (T) Long.valueOf(exp.getEpochSecond()) : null;
            }
        };
    }
}
