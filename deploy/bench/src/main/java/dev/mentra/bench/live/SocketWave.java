package dev.mentra.bench.live;

import dev.mentra.bench.core.Latencies;
import dev.mentra.bench.core.LatencySummary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Opens sockets at a steady rate (a reconnect storm after a deploy is thousands a second), then waits until each
 * is ready or has ended, and says how it went: how many got {@code ready}, how long that took, and how the others
 * ended (close code and reason, refused upgrade, timeout).
 */
public final class SocketWave {

    /** Who a socket is opened as: their id, where they connect from and a token taken just before. */
    public record Opener(String userId, String sourceAddress, String token) {
    }

    /** How the wave went. {@code failures}: how the sockets that never got ready ended, with their counts. */
    public record Outcome(int asked, int ready, double seconds, LatencySummary toReady, Map<String, Integer> failures) {
    }

    private final List<ChatConnection> sockets = new ArrayList<>();
    private Outcome outcome;

    private SocketWave() {
    }

    /**
     * Opens {@code count} sockets at {@code perSecond}, the {@code i}-th as {@code opener.apply(i)}, and waits until
     * every one has settled (the client's ready timeout bounds the wait).
     */
    public static SocketWave open(LiveClients clients, SocketTarget target, int count, int perSecond,
                                  IntFunction<Opener> opener, ChatListener listener) {
        SocketWave wave = new SocketWave();
        long begin = System.nanoTime();
        double gapNanos = 1e9 / Math.max(1, perSecond);
        for (int i = 0; i < count; i++) {
            long due = begin + Math.round(i * gapNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                sleepNanos(wait);
            }
            Opener who = opener.apply(i);
            wave.sockets.add(clients.open(target, who.sourceAddress(), who.userId(), who.token(), listener));
        }
        CompletableFuture<?>[] settled = wave.sockets.stream()
                .map(s -> s.ready().handle((ok, failure) -> null)).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(settled).orTimeout(10, TimeUnit.MINUTES).join();
        double seconds = (System.nanoTime() - begin) / 1e9;
        Latencies toReady = new Latencies();
        Map<String, Integer> failures = new TreeMap<>();
        int ready = 0;
        for (ChatConnection socket : wave.sockets) {
            if (socket.isReady()) {
                ready++;
                toReady.record(Math.round(socket.millisToReady() * 1e6));
            } else {
                failures.merge(String.valueOf(socket.outcome()), 1, Integer::sum);
            }
        }
        wave.outcome = new Outcome(count, ready, seconds, toReady.summary(), failures);
        return wave;
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<ChatConnection> sockets() {
        return List.copyOf(sockets);
    }

    public List<ChatConnection> readySockets() {
        return sockets.stream().filter(ChatConnection::isReady).toList();
    }

    /** Sockets that were ready and are still open now. */
    public long stillOpen() {
        return sockets.stream().filter(s -> s.isReady() && s.isOpen()).count();
    }

    /** How the sockets that were ready but have closed since ended, with their counts. */
    public Map<String, Integer> droppedSinceReady() {
        Map<String, Integer> dropped = new TreeMap<>();
        sockets.stream().filter(s -> s.isReady() && !s.isOpen())
                .forEach(s -> dropped.merge(String.valueOf(s.outcome()), 1, Integer::sum));
        return dropped;
    }

    /** Closes every socket (code 1000) and gives the peers a moment to see it. */
    public void closeAll(Duration settle) {
        sockets.forEach(ChatConnection::close);
        sleepNanos(settle.toNanos());
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
