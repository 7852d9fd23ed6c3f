package dev.mentra.bench.live;

import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.BenchContext;
import dev.mentra.bench.core.BenchResult;
import dev.mentra.bench.core.BenchStack;
import dev.mentra.bench.core.Benchmark;
import dev.mentra.bench.core.Figure;
import dev.mentra.bench.core.LatencySummary;
import dev.mentra.bench.core.Population;
import dev.mentra.bench.core.Stats;
import dev.mentra.bench.core.Target;
import dev.mentra.local.net.Ports;
import dev.mentra.local.stack.StackApp;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sockets}: N chat sockets opened through the gateway at R per second (a reconnect storm), how many get
 * {@code ready}, then held with token renewals over the socket while the gateway's and chat-service's memory is
 * read. Baseline in the same run: the same N at the same R through a bare Vert.x relay ({@link BareRelay}, a process
 * of its own) in front of the same chat-service, so the two differ only in the proxy.
 */
public final class SocketsBenchmark implements Benchmark {

    @Override
    public String name() {
        return "sockets";
    }

    @Override
    public String description() {
        return "N chat sockets opened through the gateway at R/s and held with renewals, beside a bare relay";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        int count = context.options().integer("bench.sockets", 200);
        int perSecond = context.options().integer("bench.rate", 100);
        Duration hold = context.options().duration("bench.hold", Duration.ofSeconds(30));
        Duration baselineHold = context.options().duration("bench.baseline-hold", Duration.ofSeconds(10));
        Duration renewEvery = context.options().duration("bench.renew-every", Duration.ofSeconds(60));
        Duration readyTimeout = context.options().duration("bench.ready-timeout", Duration.ofSeconds(30));

        BenchStack stack = context.stack();
        Population population = context.population();
        List<Account> people = population.mentees();
        LiveClients clients = context.closeAtEnd(new LiveClients(2, readyTimeout));
        long gatewayPid = stack.pid(StackApp.GATEWAY).orElse(-1);
        long chatPid = stack.pid(StackApp.CHAT).orElse(-1);

        context.out().printf("Opening %d sockets at %d/s through the gateway, held %d s …%n", count, perSecond,
                hold.toSeconds());
        Leg gateway = leg(context, population, people, clients, SocketTarget.of("gateway", stack.gatewayUrl()), count,
                perSecond, hold, renewEvery, List.of(new Watched("gateway", gatewayPid), new Watched("chat-service", chatPid)));

        int relayPort = Ports.free();
        ChildJvm relay = context.closeAtEnd(ChildJvm.java("bare-relay", context.workDir(name()), 512, BareServers.class,
                "relay", Integer.toString(relayPort), "127.0.0.1",
                Integer.toString(URI.create(stack.url(StackApp.CHAT)).getPort())))
                .awaitPort(relayPort, Duration.ofSeconds(30));
        context.out().printf("Opening %d sockets at %d/s through the bare relay, held %d s …%n", count, perSecond,
                baselineHold.toSeconds());
        Leg bare = leg(context, population, people, clients, new SocketTarget("bare relay", "127.0.0.1", relayPort),
                count, perSecond, baselineHold, renewEvery,
                List.of(new Watched("bare relay", relay.pid()), new Watched("chat-service", chatPid)));
        relay.close();

        Stats measured = gateway.stats("sockets ready through the gateway");
        Stats baseline = bare.stats("sockets ready through a bare relay");
        long peakGatewayAndChat = gateway.peakRss.getOrDefault("gateway", 0L) + gateway.peakRss.getOrDefault("chat-service", 0L);
        BenchResult.Builder result = BenchResult.builder(name())
                .size("sockets", count).size("opened per second", perSecond).size("hold seconds", hold.toSeconds())
                .size("people (sockets shared among them)", Math.min(count, people.size()))
                .size("renew every seconds", renewEvery.toSeconds())
                .figure(Figure.against(measured, baseline))
                .size("gateway: ready", gateway.wave.ready()).size("gateway: failures", gateway.wave.failures())
                .size("gateway: wave seconds", round(gateway.wave.seconds()))
                .size("gateway: open after hold", gateway.openAfterHold)
                .size("gateway: dropped during hold", gateway.dropped)
                .size("gateway: renewals sent / confirmed / token failures",
                        gateway.renewalsSent + " / " + gateway.renewalsConfirmed + " / " + gateway.renewalFailures)
                .size("gateway: peak RSS MB", gateway.peakRss).size("gateway: peak open files", gateway.peakFiles)
                .size("bare relay: ready", bare.wave.ready()).size("bare relay: failures", bare.wave.failures())
                .size("bare relay: wave seconds", round(bare.wave.seconds()))
                .size("bare relay: open after hold", bare.openAfterHold)
                .size("bare relay: peak RSS MB", bare.peakRss).size("bare relay: peak open files", bare.peakFiles)
                .target(Target.exactly("sockets ready through the gateway", gateway.wave.ready(), "", count))
                .target(Target.exactly("sockets still open after the hold", gateway.openAfterHold, "", count))
                .target(Target.atMost("gateway + chat-service peak RSS", peakGatewayAndChat, "MB", 1024))
                .note("Baseline: a bare Vert.x relay (deploy/bench BareRelay, its own JVM, 2 event loops, -Xmx512m) "
                        + "in front of the same chat-service, so both legs pay chat-service's token check and "
                        + "socket; the difference is the proxy")
                .note("Clients: one JVM, one Vert.x with 2 event loops, sockets bound to the accounts' 127.x "
                        + "addresses; ready = chat-service's ready frame reached the client socket")
                .note("Open-file limit here: " + ulimitNote());
        context.report(result.build());
    }

    private record Watched(String name, long pid) {
    }

    /** One leg's findings. */
    private static final class Leg {
        SocketWave.Outcome wave;
        long openAfterHold;
        Map<String, Integer> dropped;
        long renewalsSent;
        long renewalsConfirmed;
        long renewalFailures;
        final Map<String, Long> peakRss = new LinkedHashMap<>();
        final Map<String, Long> peakFiles = new LinkedHashMap<>();

        Stats stats(String what) {
            LatencySummary toReady = wave.toReady();
            return Stats.of(what + " (ms to ready)", toReady, wave.ready() / Math.max(0.001, wave.seconds()),
                    wave.asked() - wave.ready());
        }
    }

    private static Leg leg(BenchContext context, Population population, List<Account> people, LiveClients clients,
                           SocketTarget target, int count, int perSecond, Duration hold, Duration renewEvery,
                           List<Watched> watched) throws Exception {
        int persons = Math.min(count, people.size());
        List<Account> who = people.subList(0, persons);
        List<String> tokens = population.tokens(who);
        Leg leg = new Leg();
        SocketWave wave = SocketWave.open(clients, target, count, perSecond, i -> {
            Account a = who.get(i % persons);
            return new SocketWave.Opener(a.userId(), a.address(), tokens.get(i % persons));
        }, ChatListener.NONE);
        leg.wave = wave.outcome();
        context.out().printf("  %s: %d of %d ready in %.1f s%s%n", target.name(), leg.wave.ready(), count,
                leg.wave.seconds(), leg.wave.failures().isEmpty() ? "" : "; the others: " + leg.wave.failures());
        Map<Account, List<ChatConnection>> byAccount = new LinkedHashMap<>();
        List<ChatConnection> sockets = wave.sockets();
        for (int i = 0; i < sockets.size(); i++) {
            if (sockets.get(i).isReady()) {
                byAccount.computeIfAbsent(who.get(i % persons), a -> new ArrayList<>()).add(sockets.get(i));
            }
        }
        try (TokenRenewals renewals = TokenRenewals.start(population, TokenRenewals.holders(byAccount), renewEvery)) {
            long end = System.nanoTime() + hold.toNanos();
            do {
                for (Watched w : watched) {
                    ProcessMemory.rssMiB(w.pid()).ifPresent(mb -> leg.peakRss.merge(w.name(), mb, Math::max));
                    leg.peakFiles.merge(w.name(), ProcessMemory.openFiles(w.pid()), Math::max);
                }
                Thread.sleep(Math.min(2_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } while (System.nanoTime() < end);
            leg.renewalsSent = renewals.sent();
            leg.renewalsConfirmed = renewals.confirmed();
            leg.renewalFailures = renewals.failed();
        }
        leg.openAfterHold = wave.stillOpen();
        leg.dropped = wave.droppedSinceReady();
        context.out().printf("  %s: %d open after the hold; peak RSS MB %s%n", target.name(), leg.openAfterHold,
                leg.peakRss);
        wave.closeAll(Duration.ofSeconds(3));
        return leg;
    }

    private static String ulimitNote() {
        long limit = ProcessMemory.openFileLimit();
        return (limit < 0 ? "unknown" : limit + " per process")
                + "; a relay holds two descriptors per proxied socket (client side and service side)";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
