package dev.mentra.booking.service;

import dev.mentra.platform.concurrent.CallerContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * People racing for one slot on this replica: the first to ask makes its attempt; the others wait for it rather
 * than each repeating the checks and queries of a booking only to lose at the database's exclusion constraint. If
 * the first attempt took the slot, the others are answered at once (409, naming it); if it did not, they try
 * themselves. The database stays the arbiter (other replicas, other paths to the same time): this spares the
 * losers' work, which is what made a popular slot's losers wait seconds for their answer.
 */
@ApplicationScoped
public class SlotRaces {

    /** The attempt running for a slot, and whose it is. */
    private record Attempt(String caller, CompletableFuture<Object> outcome) {
    }

    private final Map<String, Attempt> running = new ConcurrentHashMap<>();

    /**
     * Runs {@code attempt} for {@code slot}, or waits for the one running. One caller's own repeated request (a
     * double click with the same idempotency key) is never answered from another's: it goes its own way.
     *
     * @param lostTo the answer for a waiting caller given the first attempt's result (null: the slot is still free)
     */
    public <T> Uni<T> once(String slot, String caller, Supplier<Uni<T>> attempt, Function<T, RuntimeException> lostTo) {
        Attempt first = new Attempt(caller, new CompletableFuture<>());
        Attempt ahead = running.putIfAbsent(slot, first);
        if (ahead == null) {
            return attempt.get().onTermination().invoke((item, failure, cancelled) -> {
                running.remove(slot, first);
                first.outcome().complete(failure == null && !cancelled ? item : null);
            });
        }
        if (ahead.caller().equals(caller)) {
            return attempt.get();
        }
        // back on this request's own context: its attempt, if any, uses its own database session
        Executor ownContext = CallerContext.capture();
        return Uni.createFrom().<Object>emitter(waiting -> ahead.outcome()
                        .whenComplete((item, failure) -> ownContext.execute(() -> waiting.complete(item))))
                .flatMap(item -> {
                    @SuppressWarnings("unchecked")
                    RuntimeException lost = item == null ? null : lostTo.apply((T) item);
                    return lost != null ? Uni.createFrom().failure(lost) : attempt.get();
                });
    }

    /** Slots with an attempt running now (for tests). */
    int running() {
        return running.size();
    }
}
