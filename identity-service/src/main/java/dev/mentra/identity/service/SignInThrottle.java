package dev.mentra.identity.service;

import dev.mentra.identity.config.IdentityConfig;
import dev.mentra.platform.crypto.Sha256;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing without locking out an office. Kept in the database so every replica sees the same
 * counts; every decision is one SQL statement, so parallel requests cannot slip between a check and a count.
 * <ul>
 *   <li>Per account: an attempt is claimed <em>before</em> the password is checked, and the claim pushes the next
 *   allowed attempt out by a delay that doubles with each unsuccessful attempt (1 s, 2 s, 4 s … up to
 *   {@code max-delay}). A claim that comes too early is refused without a password check. Success clears it.</li>
 *   <li>Per client address: failures only, with a much higher limit. Past it, failures from that address are
 *   answered 429 instead of 401; a right password from it still signs in, so colleagues behind one NAT address are
 *   never refused for someone else's failures.</li>
 * </ul>
 */
@ApplicationScoped
public class SignInThrottle {

    /**
     * Claims an attempt when the account's next allowed attempt has come (or it has none): a row comes back only
     * then. A row untouched for {@code forget-after} starts over from the first delay.
     */
    private static final String CLAIM = """
            INSERT INTO sign_in_account_throttle AS t (email_hash, attempts, last_attempt_at, next_attempt_at)
            VALUES (?1, 1, now(), now() + ?2 * interval '1 millisecond')
            ON CONFLICT (email_hash) DO UPDATE SET
              attempts = CASE WHEN t.last_attempt_at < now() - ?4 * interval '1 millisecond'
                              THEN 1 ELSE t.attempts + 1 END,
              last_attempt_at = now(),
              next_attempt_at = now() + interval '1 millisecond' *
                  CASE WHEN t.last_attempt_at < now() - ?4 * interval '1 millisecond' THEN ?2
                       ELSE least(?3, ?2 * power(2, least(t.attempts, 40))) END
            WHERE t.next_attempt_at <= now()
            RETURNING t.attempts""";

    private static final String WAIT = """
            SELECT greatest(0, ceil(extract(epoch FROM next_attempt_at - now()) * 1000))::bigint
            FROM sign_in_account_throttle WHERE email_hash = ?1""";

    /** Counts a failure from an address in its window and answers the count and the window's remaining time. */
    private static final String ADDRESS_FAILURE = """
            INSERT INTO sign_in_address_failures AS a (address, failures, window_start) VALUES (?1, 1, now())
            ON CONFLICT (address) DO UPDATE SET
              failures = CASE WHEN a.window_start <= now() - ?2 * interval '1 millisecond'
                              THEN 1 ELSE a.failures + 1 END,
              window_start = CASE WHEN a.window_start <= now() - ?2 * interval '1 millisecond'
                                  THEN now() ELSE a.window_start END
            RETURNING a.failures,
              greatest(0, ceil(extract(epoch FROM a.window_start + ?2 * interval '1 millisecond' - now()) * 1000))::bigint""";

    private final IdentityConfig.Throttle config;
    private final IdentityMetrics metrics;

    public SignInThrottle(IdentityConfig config, IdentityMetrics metrics) {
        this.config = config.throttle();
        this.metrics = metrics;
    }

    /**
     * Claims an attempt at this account's password, in its own short transaction so that parallel attempts see it
     * at once. Empty: go ahead and check the password; present: refused, wait this long.
     */
    public Uni<Optional<Duration>> claimAttempt(String email) {
        String key = emailHash(email);
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.createNativeQuery(CLAIM, Integer.class)
                        .setParameter(1, key)
                        .setParameter(2, config.firstDelay().toMillis())
                        .setParameter(3, config.maxDelay().toMillis())
                        .setParameter(4, config.forgetAfter().toMillis())
                        .getResultList()))
                .flatMap(claimed -> claimed.isEmpty() ? waitFor(key) : Uni.createFrom().item(Optional.<Duration>empty()));
    }

    /** A successful sign-in: the account's next attempt is free again. Runs in the caller's transaction. */
    public Uni<Void> succeeded(String email) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "DELETE FROM sign_in_account_throttle WHERE email_hash = ?1")
                .setParameter(1, emailHash(email)).executeUpdate()).replaceWithVoid();
    }

    /**
     * A failed sign-in from this address (the account's share was counted by its claim). Present: the address is
     * past its limit, answer 429 and wait this long.
     */
    public Uni<Optional<Duration>> failedFrom(String address) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.createNativeQuery(ADDRESS_FAILURE, Object[].class)
                        .setParameter(1, address)
                        .setParameter(2, config.addressWindow().toMillis())
                        .getSingleResult()))
                .map(row -> {
                    int failures = ((Number) row[0]).intValue();
                    if (failures <= config.addressFailures()) {
                        return Optional.<Duration>empty();
                    }
                    metrics.throttled(IdentityMetrics.Limit.ADDRESS);
                    return Optional.of(Duration.ofMillis(((Number) row[1]).longValue()));
                });
    }

    /** Rows nobody needs any more: accounts quiet for {@code forget-after}, address windows long past. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetQuietRows() {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.createNativeQuery(
                                "DELETE FROM sign_in_account_throttle WHERE last_attempt_at < now() - ?1 * interval '1 millisecond'")
                        .setParameter(1, Math.max(config.forgetAfter().toMillis(), config.maxDelay().toMillis()))
                        .executeUpdate()
                        .flatMap(n -> s.createNativeQuery(
                                        "DELETE FROM sign_in_address_failures WHERE window_start < now() - ?1 * interval '1 millisecond'")
                                .setParameter(1, config.addressWindow().toMillis())
                                .executeUpdate())))
                .replaceWithVoid();
    }

    private Uni<Optional<Duration>> waitFor(String key) {
        metrics.throttled(IdentityMetrics.Limit.ACCOUNT);
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createNativeQuery(WAIT, Long.class)
                        .setParameter(1, key)
                        .getResultList()))
                // the row may have gone meanwhile (a success elsewhere): the first delay is still an honest answer
                .map(rows -> Optional.of(rows.isEmpty() ? config.firstDelay() : Duration.ofMillis(rows.get(0))));
    }

    /** The throttle's key for an email: a hash of its normalised form, so typed addresses are not kept. */
    public static String emailHash(String email) {
        return Sha256.hex(email.trim().toLowerCase(Locale.ROOT));
    }
}
