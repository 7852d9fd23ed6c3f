package dev.mentra.identity.service;

import dev.mentra.identity.config.IdentityConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Slows password guessing: after {@code max-failures} failed sign-ins for one email, or from one client address,
 * within the window, further attempts are refused until the lockout passes. Kept in the database so every
 * replica sees the same counts.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final String RECORD_FAILURE = """
            INSERT INTO sign_in_throttle (throttle_key, failures, window_start, locked_until)
            VALUES (?1, 1, ?2, NULL)
            ON CONFLICT (throttle_key) DO UPDATE SET
              failures = CASE WHEN sign_in_throttle.window_start < ?3 THEN 1 ELSE sign_in_throttle.failures + 1 END,
              window_start = CASE WHEN sign_in_throttle.window_start < ?3 THEN ?2 ELSE sign_in_throttle.window_start END,
              locked_until = CASE WHEN sign_in_throttle.window_start >= ?3 AND sign_in_throttle.failures + 1 >= ?4
                                  THEN ?5 ELSE sign_in_throttle.locked_until END""";

    private final IdentityConfig.Throttle config;

    public SignInThrottle(IdentityConfig config) {
        this.config = config.throttle();
    }

    /** How long the caller must wait, if any of these keys is locked. */
    public Uni<Optional<Duration>> lockedFor(List<String> keys) {
        OffsetDateTime now = now();
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                                "SELECT max(locked_until) FROM sign_in_throttle WHERE throttle_key = ANY(?1) AND locked_until > ?2",
                                OffsetDateTime.class)
                        .setParameter(1, keys.toArray(String[]::new))
                        .setParameter(2, now)
                        .getSingleResultOrNull())
                .map(until -> Optional.ofNullable(until).map(u -> Duration.between(now, u)));
    }

    public Uni<Void> recordFailure(List<String> keys) {
        OffsetDateTime now = now();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (String key : keys) {
            all = all.flatMap(v -> Panache.getSession().flatMap(s -> s.createNativeQuery(RECORD_FAILURE)
                    .setParameter(1, key)
                    .setParameter(2, now)
                    .setParameter(3, now.minus(config.window()))
                    .setParameter(4, config.maxFailures())
                    .setParameter(5, now.plus(config.lockout()))
                    .executeUpdate()).replaceWithVoid());
        }
        return all;
    }

    /** A successful sign-in clears the email's count (the address keeps its own). */
    public Uni<Void> clear(String key) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("DELETE FROM sign_in_throttle WHERE throttle_key = ?1")
                .setParameter(1, key).executeUpdate()).replaceWithVoid();
    }

    public static String emailKey(String email) {
        return "email:" + email.trim().toLowerCase();
    }

    public static String addressKey(String address) {
        return "ip:" + address;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
