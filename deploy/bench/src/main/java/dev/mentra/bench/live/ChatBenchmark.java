package dev.mentra.bench.live;

import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.BenchContext;
import dev.mentra.bench.core.BenchResult;
import dev.mentra.bench.core.BenchStack;
import dev.mentra.bench.core.Benchmark;
import dev.mentra.bench.core.Figure;
import dev.mentra.bench.core.Http;
import dev.mentra.bench.core.Json;
import dev.mentra.bench.core.Population;
import dev.mentra.bench.core.Stats;
import dev.mentra.bench.core.Target;
import dev.mentra.local.net.Ports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code chat}: mentees post to their mentors at a target rate over live sockets through the gateway; each message
 * is timed from its intended send to its arrival at the mentor's socket (inbox channel), and from the send to its
 * {@code ack}; loss and duplicates are counted. Baseline in the same run: the same pattern through a bare pub/sub
 * server ({@link BarePubSub}, a process of its own) that delivers each post straight to the receiver's socket.
 */
public final class ChatBenchmark implements Benchmark {

    @Override
    public String name() {
        return "chat";
    }

    @Override
    public String description() {
        return "post → the mentor's socket at a target rate (loss, duplicates, p50/p99), beside a bare pub/sub";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        int rate = context.options().integer("bench.messages-per-second", 50);
        Duration duration = context.options().duration("bench.duration", Duration.ofSeconds(20));
        Duration drain = context.options().duration("bench.drain", Duration.ofSeconds(10));
        BenchStack stack = context.stack();
        Population population = context.population();
        List<Account> mentees = population.mentees();
        List<Account> mentors = population.mentors();
        // chat-service lets a socket send 20 frames a second: ten messages a second per mentee at most
        int pairCount = Math.min(mentees.size(), context.options().integer("bench.chat.pairs", Math.max(20, rate / 10)));
        if (rate / (double) pairCount > 15) {
            context.out().printf("Warning: %d msg/s over %d mentees is over chat-service's 20 frames/s per socket%n",
                    rate, pairCount);
        }
        MentraCalls calls = new MentraCalls(context.http(), stack.gatewayUrl());
        List<Account> people = new ArrayList<>(mentees.subList(0, pairCount));
        people.addAll(mentors);
        Map<String, String> tokens = tokensByUser(population, people);
        List<ChatLoad.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < pairCount; i++) {
            Account mentee = mentees.get(i);
            Account mentor = mentors.get(i % mentors.size());
            pairs.add(new ChatLoad.Pair(calls.directConversation(mentee, tokens.get(mentee.userId()), mentor.mentorId()),
                    mentee, mentor));
        }
        LiveClients clients = context.closeAtEnd(new LiveClients(2, Duration.ofSeconds(30)));
        String run = UUID.randomUUID().toString().substring(0, 8);

        context.out().printf("Chat through the gateway: %d msg/s for %d s over %d conversations …%n", rate,
                duration.toSeconds(), pairCount);
        ChatLoad.Result mentra = new ChatLoad(run + "g", pairs).run(clients,
                SocketTarget.of("gateway", stack.gatewayUrl()), population, tokens, 100, rate, duration, drain);
        print(context, "gateway + chat-service", mentra);

        int port = Ports.free();
        ChildJvm pubsub = context.closeAtEnd(ChildJvm.java("bare-pubsub", context.workDir(name()), 512,
                BareServers.class, "pubsub", Integer.toString(port))).awaitPort(port, Duration.ofSeconds(30));
        for (ChatLoad.Pair pair : pairs) {
            MentraCalls.ok(context.http().call(Http.Request.post("http://127.0.0.1:" + port + "/bench/conversations",
                    Json.write(Map.of("id", pair.conversationId(), "participants",
                            List.of(pair.mentee().userId(), pair.mentor().userId()))))), "register a conversation");
        }
        context.out().printf("Chat through the bare pub/sub: %d msg/s for %d s …%n", rate, duration.toSeconds());
        ChatLoad.Result bare = new ChatLoad(run + "b", pairs).run(clients, new SocketTarget("bare pub/sub",
                "127.0.0.1", port), population, tokensByUser(population, people), 100, rate, duration, drain);
        print(context, "bare pub/sub", bare);
        pubsub.close();

        Deliveries d = mentra.deliveries();
        Stats postToReceive = new Stats("post → mentor's socket, gateway + chat-service", d.postToReceive().summary(),
                mentra.deliveredPerSecond(), errors(mentra), d.lost(), d.duplicated());
        Stats barePostToReceive = new Stats("post → receiver's socket, bare pub/sub",
                bare.deliveries().postToReceive().summary(), bare.deliveredPerSecond(), errors(bare),
                bare.deliveries().lost(), bare.deliveries().duplicated());
        Stats ack = Stats.of("send → ack, gateway + chat-service", d.sendToAck().summary(), d.acked() / mentra.sendSeconds(),
                d.sent() - d.acked());
        Stats bareAck = Stats.of("send → ack, bare pub/sub", bare.deliveries().sendToAck().summary(),
                bare.deliveries().acked() / bare.sendSeconds(), bare.deliveries().sent() - bare.deliveries().acked());
        BenchResult.Builder result = BenchResult.builder(name())
                .size("messages per second", rate).size("duration seconds", duration.toSeconds())
                .size("conversations (mentee → mentor)", pairCount).size("mentors receiving", mentors.size())
                .size("sockets ready (gateway)", mentra.sockets().ready() + " of " + mentra.sockets().asked())
                .size("sent / acked / delivered (gateway)", d.sent() + " / " + d.acked() + " / " + d.delivered())
                .size("error frames (gateway)", mentra.errorFrames())
                .size("sent / acked / delivered (bare)", bare.deliveries().sent() + " / " + bare.deliveries().acked()
                        + " / " + bare.deliveries().delivered())
                .figure(Figure.against(postToReceive, barePostToReceive))
                .figure(Figure.against(ack, bareAck))
                .target(Target.exactly("lost", d.lost(), "", 0))
                .target(Target.exactly("duplicated", d.duplicated(), "", 0))
                .target(Target.atMost("post → receive p99", d.postToReceive().summary().p99(), "ms", 50))
                .note("Latency from the moment each message was due (open loop, k / rate), so a sender that falls "
                        + "behind counts; received = the mentor's socket got the message frame (inbox channel, "
                        + "no subscribe); lost = sent and not received within " + drain.toSeconds() + " s of the end")
                .note("Baseline: deploy/bench BarePubSub, its own JVM with 2 event loops: ack and deliver from memory, "
                        + "no database, no broker, no token check");
        context.report(result.build());
    }

    static Map<String, String> tokensByUser(Population population, List<Account> people) throws Exception {
        List<String> tokens = population.tokens(people);
        Map<String, String> byUser = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            byUser.put(people.get(i).userId(), tokens.get(i));
        }
        return byUser;
    }

    private static long errors(ChatLoad.Result result) {
        return result.errorFrames().values().stream().mapToLong(Integer::longValue).sum()
                + result.sockets().asked() - result.sockets().ready();
    }

    private static void print(BenchContext context, String what, ChatLoad.Result result) {
        Deliveries d = result.deliveries();
        context.out().printf("  %s: sockets %d/%d ready; sent %d, acked %d, delivered %d, lost %d, dup %d; "
                        + "post→receive %s; errors %s%n", what, result.sockets().ready(), result.sockets().asked(),
                d.sent(), d.acked(), d.delivered(), d.lost(), d.duplicated(), d.postToReceive().summary(),
                result.errorFrames());
    }
}
