package dev.mentra.bench.faults;

import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.BenchContext;
import dev.mentra.bench.core.BenchOptions;
import dev.mentra.bench.core.BenchStack;
import dev.mentra.bench.core.Http;
import dev.mentra.bench.core.Population;
import dev.mentra.bench.live.ChatLoad;
import dev.mentra.bench.live.LiveClients;
import dev.mentra.bench.live.MentraCalls;
import dev.mentra.bench.live.SocketTarget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** What the scenarios share: the stack, the population and its tokens, the socket clients, the outbox reader. */
final class FaultRig {

    final BenchContext context;
    final BenchStack stack;
    final Population population;
    final FreshTokens tokens;
    final LiveClients clients;
    final OutboxBacklog outbox;
    final MentraCalls calls;

    FaultRig(BenchContext context) throws Exception {
        this.context = context;
        this.stack = context.stack();
        this.population = context.population();
        this.tokens = new FreshTokens(population);
        this.clients = context.closeAtEnd(new LiveClients(2, Duration.ofSeconds(15)));
        this.outbox = new OutboxBacklog(stack.launcher().database());
        this.calls = new MentraCalls(context.http(), stack.gatewayUrl());
    }

    BenchOptions options() {
        return context.options();
    }

    Http http() {
        return context.http();
    }

    SocketTarget gateway() {
        return SocketTarget.of("gateway", stack.gatewayUrl());
    }

    void say(String format, Object... args) {
        context.out().printf("  " + format + "%n", args);
    }

    /** A short id that tells this run's messages from any other's. */
    static String runId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * {@code count} mentees each in their DIRECT conversation with a mentor (round robin), the conversations opened
     * (or found) through the gateway.
     */
    List<ChatLoad.Pair> pairs(int count) {
        List<Account> mentees = population.mentees();
        List<Account> mentors = population.mentors();
        if (mentees.size() < count) {
            throw new IllegalStateException("The population has " + mentees.size() + " mentees, " + count
                    + " are needed: run with -Dbench.mentees=" + count);
        }
        List<ChatLoad.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Account mentee = mentees.get(i);
            Account mentor = mentors.get(i % mentors.size());
            pairs.add(new ChatLoad.Pair(calls.directConversation(mentee, tokens.of(mentee), mentor.mentorId()), mentee,
                    mentor));
        }
        return pairs;
    }

    /** The people of the pairs, each once. */
    static List<Account> people(List<ChatLoad.Pair> pairs) {
        return new ChatLoad("", pairs).people();
    }

    /** Tells the traffic where each conversation stood before it starts (its last seq, as chat-service lists it). */
    void startingSeqs(ChatTraffic traffic, List<ChatLoad.Pair> pairs) {
        for (ChatLoad.Pair pair : pairs) {
            long lastSeq = calls.call(Http.Request.get(stack.gatewayUrl() + "/api/conversations/" + pair.conversationId())
                    .bearer(tokens.of(pair.mentee())).from(pair.mentee().address()), "read a conversation")
                    .path("lastSeq").asLong();
            traffic.startingAt(pair.conversationId(), lastSeq);
        }
    }

    /** Polls {@code condition} every 100 ms; the nanoseconds until it held, or empty after {@code timeout}. */
    static OptionalLong until(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long begin = System.nanoTime();
        long deadline = begin + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return OptionalLong.of(System.nanoTime() - begin);
            }
            if (System.nanoTime() > deadline) {
                return OptionalLong.empty();
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** "p50 42 ms, p99 85 ms, max 85 ms, 7 times" */
    static String millis(dev.mentra.bench.core.LatencySummary s) {
        return "p50 " + dev.mentra.bench.core.Format.number(s.p50()) + " ms, p99 "
                + dev.mentra.bench.core.Format.number(s.p99()) + " ms, max " + dev.mentra.bench.core.Format.number(s.max())
                + " ms, " + s.count() + " times";
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
