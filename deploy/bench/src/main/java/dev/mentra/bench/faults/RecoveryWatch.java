package dev.mentra.bench.faults;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The signs that the system is back after a fault, each timed from the moment the fault ended to the first time it
 * held: requests answered again, every event through, the outbox drained. Recovery is the last of them.
 */
final class RecoveryWatch {

    private final long sinceNanos;
    private final Map<String, BooleanSupplier> signs = new LinkedHashMap<>();
    private final Map<String, Long> heldAfter = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param sinceNanos when the fault ended ({@link System#nanoTime}) */
    RecoveryWatch(long sinceNanos) {
        this.sinceNanos = sinceNanos;
    }

    RecoveryWatch sign(String what, BooleanSupplier holds) {
        signs.put(what, holds);
        return this;
    }

    /** {@link #await} on a thread of its own: the load goes on (and stops) meanwhile. */
    java.util.concurrent.CompletableFuture<Boolean> watch(Duration timeout) {
        java.util.concurrent.CompletableFuture<Boolean> done = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                done.complete(await(timeout));
            } catch (InterruptedException e) {
                done.complete(false);
            }
        }, "recovery-watch");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** Checks every sign every 200 ms until all have held once, or {@code timeout} from now; whether all did. */
    boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            signs.forEach((what, holds) -> {
                if (!heldAfter.containsKey(what) && holds.getAsBoolean()) {
                    heldAfter.put(what, System.nanoTime() - sinceNanos);
                }
            });
            if (heldAfter.size() == signs.size()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /** Seconds from the end of the fault until the last sign held; NaN if one never did. */
    double seconds() {
        if (heldAfter.size() < signs.size()) {
            return Double.NaN;
        }
        return heldAfter.values().stream().mapToLong(Long::longValue).max().orElse(0) / 1e9;
    }

    /** Each sign with its seconds, or "not within the drain time". */
    Map<String, Object> times() {
        Map<String, Object> times = new LinkedHashMap<>();
        signs.keySet().forEach(what -> times.put(what, heldAfter.containsKey(what)
                ? (Object) (Math.round(heldAfter.get(what) / 1e7) / 100.0) : "not within the drain time"));
        return times;
    }
}
