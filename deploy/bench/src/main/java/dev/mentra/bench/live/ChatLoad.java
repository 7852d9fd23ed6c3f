package dev.mentra.bench.live;

import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.Population;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The chat benchmark's message pattern, run the same way against chat-service (through the gateway) and against
 * the bare pub/sub baseline: one socket per person; each mentee posts in their conversation with their mentor at
 * an even share of the total rate (open loop: message {@code k} is due at {@code k / rate}); the mentor receives
 * through the inbox channel (every conversation of theirs, no {@code subscribe}). Each delivery is timed at the
 * mentor's socket, each {@code ack} at the mentee's.
 */
public final class ChatLoad {

    /** A mentee and their mentor in one conversation. */
    public record Pair(String conversationId, Account mentee, Account mentor) {
    }

    /** What a run of the pattern gave. */
    public record Result(SocketWave.Outcome sockets, Deliveries deliveries, double sendSeconds,
                         Map<String, Integer> errorFrames) {

        /** Messages delivered per second of sending. */
        public double deliveredPerSecond() {
            return sendSeconds <= 0 ? Double.NaN : deliveries.delivered() / sendSeconds;
        }
    }

    private final String run;
    private final List<Pair> pairs;
    private final Deliveries deliveries = new Deliveries();
    private final Map<String, Integer> errorFrames = new ConcurrentHashMap<>();

    public ChatLoad(String run, List<Pair> pairs) {
        this.run = run;
        this.pairs = List.copyOf(pairs);
    }

    /** The people of the pairs, each once, mentees first. */
    public List<Account> people() {
        Map<String, Account> people = new LinkedHashMap<>();
        pairs.forEach(p -> people.putIfAbsent(p.mentee().userId(), p.mentee()));
        pairs.forEach(p -> people.putIfAbsent(p.mentor().userId(), p.mentor()));
        return List.copyOf(people.values());
    }

    /**
     * Opens a socket per person on {@code target} at {@code socketsPerSecond}, sends at {@code messagesPerSecond}
     * for {@code duration}, then waits up to {@code drain} for the last deliveries. {@code tokens}: a fresh token
     * per user id; the sockets renew theirs from the population every minute, as the web client does.
     */
    public Result run(LiveClients clients, SocketTarget target, Population population, Map<String, String> tokens,
                      int socketsPerSecond, int messagesPerSecond, Duration duration, Duration drain) {
        List<Account> people = people();
        SocketWave wave = SocketWave.open(clients, target, people.size(), socketsPerSecond, i -> {
            Account a = people.get(i);
            return new SocketWave.Opener(a.userId(), a.address(), tokens.get(a.userId()));
        }, listener());
        Map<String, ChatConnection> socketOf = new ConcurrentHashMap<>();
        wave.readySockets().forEach(s -> socketOf.put(s.userId(), s));
        List<Pair> live = pairs.stream()
                .filter(p -> socketOf.containsKey(p.mentee().userId()) && socketOf.containsKey(p.mentor().userId()))
                .toList();
        Map<Account, List<ChatConnection>> holders = new LinkedHashMap<>();
        people.stream().filter(a -> socketOf.containsKey(a.userId()))
                .forEach(a -> holders.put(a, List.of(socketOf.get(a.userId()))));
        try (TokenRenewals renewals = TokenRenewals.start(population, TokenRenewals.holders(holders),
                Duration.ofMinutes(1))) {
            double seconds = live.isEmpty() ? 0 : send(live, socketOf, messagesPerSecond, duration);
            awaitDeliveries(drain);
            return new Result(wave.outcome(), deliveries, seconds, Map.copyOf(errorFrames));
        } finally {
            wave.closeAll(Duration.ofSeconds(1));
        }
    }

    private ChatListener listener() {
        return new ChatListener() {
            @Override
            public void message(ChatConnection socket, JsonObject frame, long receivedNanos) {
                JsonObject author = frame.getJsonObject("author");
                // the sender's own socket gets the message too (inbox channel): only the receiver's counts
                if (author != null && !socket.userId().equals(author.getString("id"))) {
                    BenchText.parse(frame.getString("text"), run).ifPresent(m -> deliveries.received(m, receivedNanos));
                }
            }

            @Override
            public void ack(ChatConnection socket, JsonObject frame, long receivedNanos) {
                String clientId = frame.getString("clientId", "");
                if (clientId.startsWith(run + "-")) {
                    deliveries.acked(Long.parseLong(clientId.substring(run.length() + 1)), receivedNanos);
                }
            }

            @Override
            public void error(ChatConnection socket, JsonObject frame, long receivedNanos) {
                errorFrames.merge(frame.getString("code", "?"), 1, Integer::sum);
            }
        };
    }

    /** Sends on schedule; returns the seconds it took (longer than {@code duration} if the sender fell behind). */
    private double send(List<Pair> live, Map<String, ChatConnection> socketOf, int perSecond, Duration duration) {
        long total = Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
        double gapNanos = 1e9 / perSecond;
        long begin = System.nanoTime();
        long next = 0;
        while (next < total) {
            long due = Math.min(total, (long) ((System.nanoTime() - begin) / gapNanos) + 1);
            for (long number = next; number < due; number++, next++) {
                Pair pair = live.get((int) (number % live.size()));
                long intended = begin + Math.round(number * gapNanos);
                deliveries.sent(number, intended);
                socketOf.get(pair.mentee().userId()).send(pair.conversationId(), run + "-" + number,
                        new BenchText(run, number, intended).text());
            }
            sleepNanos(Math.max(200_000, begin + Math.round(next * gapNanos) - System.nanoTime()));
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    private void awaitDeliveries(Duration drain) {
        long deadline = System.nanoTime() + drain.toNanos();
        while (deliveries.delivered() < deliveries.sent() && System.nanoTime() < deadline) {
            sleepNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
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
