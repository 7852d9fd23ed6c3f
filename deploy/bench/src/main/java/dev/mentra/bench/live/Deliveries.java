package dev.mentra.bench.live;

import dev.mentra.bench.core.Latencies;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The book of one chat run: every message sent (by number, with the time it was meant to leave), its {@code ack},
 * and each time it reached its receiver. Latencies are counted from the intended send time, so a sender that
 * falls behind shows up as latency instead of hiding it (no coordinated omission). Safe from any thread.
 */
public final class Deliveries {

    private final Map<Long, Long> sentNanos = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> receipts = new ConcurrentHashMap<>();
    private final AtomicLong acked = new AtomicLong();
    private final AtomicLong duplicated = new AtomicLong();
    private final AtomicLong strangers = new AtomicLong();
    private final Latencies postToReceive = new Latencies();
    private final Latencies sendToAck = new Latencies();

    /** A message about to be written to the sender's socket. */
    public void sent(long number, long intendedNanos) {
        sentNanos.put(number, intendedNanos);
    }

    public void acked(long number, long receivedNanos) {
        Long sent = sentNanos.get(number);
        if (sent != null) {
            acked.incrementAndGet();
            sendToAck.record(receivedNanos - sent);
        }
    }

    /** The message reached its receiver's socket (once, or again: a duplicate). */
    public void received(BenchText message, long receivedNanos) {
        if (!sentNanos.containsKey(message.number())) {
            strangers.incrementAndGet();
            return;
        }
        int times = receipts.computeIfAbsent(message.number(), n -> new AtomicInteger()).incrementAndGet();
        if (times == 1) {
            postToReceive.record(receivedNanos - message.sentNanos());
        } else {
            duplicated.incrementAndGet();
        }
    }

    public long sent() {
        return sentNanos.size();
    }

    public long acked() {
        return acked.get();
    }

    /** Messages received at least once. */
    public long delivered() {
        return receipts.size();
    }

    /** Sent and never received (so far). */
    public long lost() {
        return sent() - delivered();
    }

    /** Receipts beyond the first. */
    public long duplicated() {
        return duplicated.get();
    }

    /** Bench messages of this run nobody sent: should never happen. */
    public long strangers() {
        return strangers.get();
    }

    public Latencies postToReceive() {
        return postToReceive;
    }

    public Latencies sendToAck() {
        return sendToAck;
    }
}
