package dev.mentra.bench.faults;

import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.Population;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token per account, taken again from the session cookie once it is a minute old (tokens live two minutes). A fault
 * can make identity unable to renew for a while (PostgreSQL restarting): the token in hand then serves until it
 * expires, as in a browser.
 */
final class FreshTokens {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(1);

    private record Held(String token, long takenNanos) {
    }

    private final Population population;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    FreshTokens(Population population) {
        this.population = population;
    }

    /** Takes a token for each account now, in parallel. */
    void prefetch(List<Account> accounts) throws Exception {
        List<String> tokens = population.tokens(accounts);
        long now = System.nanoTime();
        for (int i = 0; i < accounts.size(); i++) {
            held.put(accounts.get(i).userId(), new Held(tokens.get(i), now));
        }
    }

    /** A token young enough to use; renews it when it is not (and keeps the old one if renewal fails). */
    String of(Account account) {
        Held current = held.get(account.userId());
        if (current != null && System.nanoTime() - current.takenNanos() < RENEW_AFTER.toNanos()) {
            return current.token();
        }
        try {
            String token = population.token(account);
            held.put(account.userId(), new Held(token, System.nanoTime()));
            return token;
        } catch (RuntimeException e) {
            if (current == null) {
                throw e;
            }
            return current.token();
        }
    }
}
