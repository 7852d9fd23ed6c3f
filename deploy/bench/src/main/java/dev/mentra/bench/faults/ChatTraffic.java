package dev.mentra.bench.faults;

import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.Latencies;
import dev.mentra.bench.live.BenchText;
import dev.mentra.bench.live.ChatConnection;
import dev.mentra.bench.live.ChatListener;
import dev.mentra.bench.live.ChatLoad;
import dev.mentra.bench.live.Deliveries;
import dev.mentra.bench.live.LiveClients;
import dev.mentra.bench.live.SocketTarget;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Chat kept running through a fault, by clients that behave as the web client does: one socket per person, mentees
 * posting to their mentors at a steady rate (open loop), every message timed and counted at the receiver's socket
 * ({@link Deliveries}). What makes it a fault client:
 * <ul>
 *   <li>a {@code send} without {@code ack} is sent again after {@link #RESEND_AFTER} with the <em>same</em> client id
 *       (chat-service stores a client id once: a resend must never make a second message);</li>
 *   <li>a socket that closes is opened again (to {@code reconnectTo}, e.g. the surviving replica) with a fresh token,
 *       and each of the person's conversations is resumed with {@code subscribe {afterSeq}} from the last seq their
 *       sockets received.</li>
 * </ul>
 * Lost = sent and never received; duplicated = received more than once at the receiver, over both sockets.
 * <p>Longer than our classes usually are because the sender, the resend watchdog, the reconnector and the listener
 * all keep one ledger (sent, acknowledged, received, per phase); split, each part would reach into the others'.
 */
final class ChatTraffic implements AutoCloseable {

    static final Duration RESEND_AFTER = Duration.ofSeconds(2);
    /** Tokens live two minutes: each socket gets a fresh one ({@code auth} frame) every minute, as the web client's. */
    private static final Duration RENEW_EVERY = Duration.ofMinutes(1);
    /**
     * Resends per socket per pass (a pass every 100 ms: 10 a second): chat-service lets a socket send 20 frames a
     * second, bursts of 40, and the mentee sends new messages meanwhile (at most 10 a second).
     */
    private static final int RESENDS_PER_PASS = 1;

    /** A person and their socket now; the socket is replaced when it drops. */
    private static final class Person {
        final Account account;
        final List<String> conversations = new ArrayList<>();
        /** The highest seq of each conversation any of the person's sockets received: where a new one resumes. */
        final Map<String, Long> seen = new ConcurrentHashMap<>();
        volatile ChatConnection socket;
        volatile SocketTarget target;
        volatile long droppedAtNanos;
        volatile long renewedAtNanos = System.nanoTime();
        final AtomicBoolean reconnecting = new AtomicBoolean();

        Person(Account account) {
            this.account = account;
        }
    }

    /** A message not acknowledged yet. */
    private record Outgoing(long number, ChatLoad.Pair pair, String text, long lastTryNanos) {
    }

    private final String run;
    private final List<ChatLoad.Pair> pairs;
    private final LiveClients clients;
    private final FreshTokens tokens;
    private final ChatListener also;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Long> startSeq = new ConcurrentHashMap<>();
    private final Deliveries deliveries = new Deliveries();
    private final Map<Long, Outgoing> unacked = new ConcurrentHashMap<>();
    private final Set<Long> acked = ConcurrentHashMap.newKeySet();
    private final Map<Long, Long> intendedAt = new ConcurrentHashMap<>();
    private final Set<Long> received = ConcurrentHashMap.newKeySet();
    private final Latencies sendToAck = new Latencies();
    private final Map<Long, String> phaseOf = new ConcurrentHashMap<>();
    private final Map<String, Latencies> sendToAckByPhase = new ConcurrentHashMap<>();
    private volatile String phase = "before the fault";
    private final Latencies reconnects = new Latencies();
    private final Map<String, Integer> errorFrames = new ConcurrentHashMap<>();
    private final AtomicLong resends = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong reconnectAttempts = new AtomicLong();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "chat-watchdog"));
    private final ExecutorService reconnector = Executors.newFixedThreadPool(4, r -> daemon(r, "chat-reconnect"));
    private volatile Function<Account, SocketTarget> reconnectTo;
    private volatile Thread sender;
    private volatile boolean sending;
    private volatile boolean closed;

    /**
     * @param watchers people who only hold a socket (to see their session rooms appear), besides the pairs' people
     * @param also     hears every frame too (rooms, for instance)
     */
    ChatTraffic(String run, List<ChatLoad.Pair> pairs, List<Account> watchers, LiveClients clients, FreshTokens tokens,
                ChatListener also) {
        this.run = run;
        this.pairs = List.copyOf(pairs);
        this.clients = clients;
        this.tokens = tokens;
        this.also = also;
        for (ChatLoad.Pair pair : pairs) {
            people.computeIfAbsent(pair.mentee().userId(), id -> new Person(pair.mentee())).conversations
                    .add(pair.conversationId());
            people.computeIfAbsent(pair.mentor().userId(), id -> new Person(pair.mentor())).conversations
                    .add(pair.conversationId());
        }
        watchers.forEach(a -> people.putIfAbsent(a.userId(), new Person(a)));
    }

    /**
     * Where each conversation stood before the run (its last seq): a socket that drops before it saw any message of
     * a conversation resumes from there, not from the conversation's first message.
     */
    void startingAt(String conversationId, long lastSeq) {
        startSeq.put(conversationId, lastSeq);
    }

    /**
     * Opens everyone's socket ({@code target} per person), waits until all are ready, and from then on reopens any
     * that drops, to {@code reconnectTo}. Fails if a socket does not get ready.
     */
    void connect(Function<Account, SocketTarget> target, Function<Account, SocketTarget> reconnectTo,
                 int socketsPerSecond) {
        this.reconnectTo = reconnectTo;
        long gap = TimeUnit.SECONDS.toNanos(1) / Math.max(1, socketsPerSecond);
        for (Person person : people.values()) {
            person.target = target.apply(person.account);
            person.socket = open(person.target, person.account);
            sleepNanos(gap);
        }
        for (Person person : people.values()) {
            person.socket.ready().orTimeout(60, TimeUnit.SECONDS).join();
        }
        watchdog.scheduleWithFixedDelay(this::watch, 100, 100, TimeUnit.MILLISECONDS);
    }

    private ChatConnection open(SocketTarget target, Account account) {
        return clients.open(target, account.address(), account.userId(), tokens.of(account), listener());
    }

    /** Starts posting at {@code perSecond} over the pairs, until {@link #stopSending}. */
    void startSending(int perSecond) {
        sending = true;
        sender = new Thread(() -> send(perSecond), "chat-sender");
        sender.setDaemon(true);
        sender.start();
    }

    void stopSending() {
        sending = false;
        Thread s = sender;
        if (s != null) {
            try {
                s.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void send(int perSecond) {
        double gapNanos = 1e9 / perSecond;
        long begin = System.nanoTime();
        long number = 0;
        while (sending) {
            long due = (long) ((System.nanoTime() - begin) / gapNanos) + 1;
            for (; number < due && sending; number++) {
                ChatLoad.Pair pair = pairs.get((int) (number % pairs.size()));
                long intended = begin + Math.round(number * gapNanos);
                String text = new BenchText(run, number, intended).text();
                deliveries.sent(number, intended);
                intendedAt.put(number, intended);
                phaseOf.put(number, phase);
                unacked.put(number, new Outgoing(number, pair, text, System.nanoTime()));
                write(pair, number, text);
            }
            sleepNanos(Math.max(200_000, begin + Math.round(number * gapNanos) - System.nanoTime()));
        }
    }

    /** Writes on the mentee's socket if it is open; otherwise the resend pass sends it once it is back. */
    private void write(ChatLoad.Pair pair, long number, String text) {
        ChatConnection socket = people.get(pair.mentee().userId()).socket;
        if (socket != null && socket.isReady() && socket.isOpen()) {
            socket.send(pair.conversationId(), run + "-" + number, text);
        }
    }

    /** Every 100 ms: reopen dropped sockets, resend what was not acknowledged in time. */
    private void watch() {
        try {
            long now = System.nanoTime();
            for (Person person : people.values()) {
                ChatConnection socket = person.socket;
                if (!closed && socket != null && socket.isReady() && !socket.isOpen()
                        && person.reconnecting.compareAndSet(false, true)) {
                    dropped.incrementAndGet();
                    person.droppedAtNanos = now;
                    reconnector.execute(() -> reconnect(person));
                }
            }
            for (Person person : people.values()) {
                ChatConnection socket = person.socket;
                if (!closed && socket != null && socket.isOpen() && now - person.renewedAtNanos > RENEW_EVERY.toNanos()) {
                    person.renewedAtNanos = now;
                    reconnector.execute(() -> socket.renew(tokens.of(person.account)));
                }
            }
            Map<String, Integer> resentOn = new java.util.HashMap<>();
            for (Outgoing out : unacked.values()) {
                if (now - out.lastTryNanos() < RESEND_AFTER.toNanos()) {
                    continue;
                }
                String sender = out.pair().mentee().userId();
                if (resentOn.merge(sender, 1, Integer::sum) > RESENDS_PER_PASS) {
                    continue;
                }
                ChatConnection socket = people.get(sender).socket;
                if (socket != null && socket.isReady() && socket.isOpen()) {
                    unacked.replace(out.number(), out, new Outgoing(out.number(), out.pair(), out.text(), now));
                    resends.incrementAndGet();
                    socket.send(out.pair().conversationId(), run + "-" + out.number(), out.text());
                }
            }
        } catch (RuntimeException e) {
            // the watchdog must keep running; a failed pass is retried 100 ms later
        }
    }

    /** Opens a new socket until one is ready, then resumes each conversation after the last seq the person's sockets received. */
    private void reconnect(Person person) {
        try {
            while (!closed) {
                reconnectAttempts.incrementAndGet();
                SocketTarget target = reconnectTo.apply(person.account);
                ChatConnection fresh = null;
                try {
                    fresh = open(target, person.account);
                    fresh.ready().get(15, TimeUnit.SECONDS);
                    for (String conversation : person.conversations) {
                        fresh.subscribe(conversation, person.seen.getOrDefault(conversation,
                                startSeq.getOrDefault(conversation, 0L)));
                    }
                    person.socket = fresh;
                    person.renewedAtNanos = System.nanoTime();
                    person.target = target;
                    reconnects.record(System.nanoTime() - person.droppedAtNanos);
                    return;
                } catch (Exception notYet) {
                    if (fresh != null) {
                        fresh.close();
                    }
                    sleepNanos(TimeUnit.MILLISECONDS.toNanos(500));
                }
            }
        } finally {
            person.reconnecting.set(false);
        }
    }

    private ChatListener listener() {
        return new ChatListener() {
            @Override
            public void message(ChatConnection socket, JsonObject frame, long receivedNanos) {
                Person person = people.get(socket.userId());
                if (person != null) {
                    person.seen.merge(frame.getString("conversationId"), frame.getLong("seq", 0L), Math::max);
                }
                JsonObject author = frame.getJsonObject("author");
                if (author != null && !socket.userId().equals(author.getString("id"))) {
                    BenchText.parse(frame.getString("text"), run).ifPresent(m -> {
                        deliveries.received(m, receivedNanos);
                        received.add(m.number());
                    });
                }
                also.message(socket, frame, receivedNanos);
            }

            @Override
            public void ack(ChatConnection socket, JsonObject frame, long receivedNanos) {
                String clientId = frame.getString("clientId", "");
                if (clientId.startsWith(run + "-")) {
                    long number = Long.parseLong(clientId.substring(run.length() + 1));
                    if (unacked.remove(number) != null && acked.add(number)) {
                        long nanos = receivedNanos - intendedAt.getOrDefault(number, receivedNanos);
                        sendToAck.record(nanos);
                        sendToAckByPhase.computeIfAbsent(phaseOf.getOrDefault(number, "?"), p -> new Latencies())
                                .record(nanos);
                    }
                }
            }

            @Override
            public void conversationCreated(ChatConnection socket, JsonObject conversation, long receivedNanos) {
                also.conversationCreated(socket, conversation, receivedNanos);
            }

            @Override
            public void error(ChatConnection socket, JsonObject frame, long receivedNanos) {
                errorFrames.merge(frame.getString("code", "?"), 1, Integer::sum);
            }
        };
    }

    /**
     * Waits until every message sent has been received and acknowledged, at most {@code timeout}; the time it took,
     * or empty if it did not happen in time.
     */
    Optional<Duration> awaitAllDelivered(Duration timeout) {
        long begin = System.nanoTime();
        long deadline = begin + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (allDelivered()) {
                return Optional.of(Duration.ofNanos(System.nanoTime() - begin));
            }
            sleepNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        return Optional.empty();
    }

    /** Every message sent so far has reached its receiver and its sender has the {@code ack}. */
    boolean allDelivered() {
        return deliveries.delivered() == deliveries.sent() && unacked.isEmpty();
    }

    /** Every message meant to leave before {@code nanos} ({@link System#nanoTime}) has reached its receiver. */
    boolean deliveredAllSentBefore(long nanos) {
        return intendedAt.entrySet().stream().filter(e -> e.getValue() < nanos)
                .allMatch(e -> received.contains(e.getKey()));
    }

    /** Every socket that dropped has been opened again (and its conversations resumed). */
    boolean allConnected() {
        return people.values().stream().noneMatch(p -> p.reconnecting.get());
    }

    Deliveries deliveries() {
        return deliveries;
    }

    long acked() {
        return acked.size();
    }

    Latencies sendToAck() {
        return sendToAck;
    }

    /** Names the phase the messages sent from now on belong to ("during the outage"), for {@link #sendToAckByPhase}. */
    void phase(String name) {
        phase = name;
    }

    /** Send → ack by the phase the message was sent in: does the fault slow down what does not need it? */
    Map<String, Latencies> sendToAckByPhase() {
        return Map.copyOf(sendToAckByPhase);
    }

    /** From a socket's drop being noticed to its replacement being ready (conversations resumed). */
    Latencies reconnects() {
        return reconnects;
    }

    long resends() {
        return resends.get();
    }

    long dropped() {
        return dropped.get();
    }

    long reconnectAttempts() {
        return reconnectAttempts.get();
    }

    Map<String, Integer> errorFrames() {
        return Map.copyOf(errorFrames);
    }

    int sockets() {
        return people.size();
    }

    /** How many people have an open socket on {@code target} now. */
    long socketsOn(SocketTarget target) {
        return people.values().stream().filter(p -> p.socket != null && p.socket.isOpen() && target.equals(p.target))
                .count();
    }

    @Override
    public void close() {
        closed = true;
        stopSending();
        watchdog.shutdownNow();
        reconnector.shutdownNow();
        people.values().forEach(p -> {
            if (p.socket != null) {
                p.socket.close();
            }
        });
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
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
