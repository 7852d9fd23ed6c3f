package dev.mentra.bench.live;

import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.Population;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps held sockets signed in as the web client does: tokens live two minutes, so every {@code interval} each
 * person gets a fresh token from their session cookie and sends it on each of their sockets ({@code auth} frame;
 * chat-service answers {@code ready} again). People are spread evenly over the interval, so renewals are a steady
 * trickle rather than a wave.
 */
public final class TokenRenewals implements AutoCloseable {

    /** One person and the sockets open as them. */
    public record Holder(Account account, List<ChatConnection> sockets) {
    }

    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(4, r -> {
        Thread t = new Thread(r, "token-renewal");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<Holder> holders;

    private TokenRenewals(List<Holder> holders) {
        this.holders = holders;
    }

    public static TokenRenewals start(Population population, List<Holder> holders, Duration interval) {
        TokenRenewals renewals = new TokenRenewals(List.copyOf(holders));
        long gap = interval.toNanos() / Math.max(1, holders.size());
        for (int i = 0; i < holders.size(); i++) {
            Holder holder = holders.get(i);
            renewals.pool.scheduleAtFixedRate(() -> renewals.renew(population, holder), gap * i + gap,
                    interval.toNanos(), TimeUnit.NANOSECONDS);
        }
        return renewals;
    }

    /** Groups sockets by the person they are open as. */
    public static List<Holder> holders(Map<Account, List<ChatConnection>> socketsByAccount) {
        List<Holder> holders = new ArrayList<>();
        socketsByAccount.forEach((account, sockets) -> holders.add(new Holder(account, sockets)));
        return holders;
    }

    private void renew(Population population, Holder holder) {
        try {
            String token = population.token(holder.account());
            for (ChatConnection socket : holder.sockets()) {
                if (socket.isOpen()) {
                    socket.renew(token);
                    sent.incrementAndGet();
                }
            }
        } catch (RuntimeException e) {
            failed.incrementAndGet();
        }
    }

    /** {@code auth} frames sent with a fresh token. */
    public long sent() {
        return sent.get();
    }

    /** Fresh tokens that could not be had (identity or the gateway refused, or did not answer). */
    public long failed() {
        return failed.get();
    }

    /** {@code ready} frames that answered renewals, over all the given sockets. */
    public long confirmed() {
        return holders.stream().flatMap(h -> h.sockets().stream())
                .mapToLong(s -> Math.max(0, s.readyFrames() - 1)).sum();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
