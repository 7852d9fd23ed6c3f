package dev.mentra.bench.faults;

import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.Format;
import dev.mentra.bench.core.Stats;
import dev.mentra.bench.live.ChatListener;
import dev.mentra.bench.live.ChatLoad;
import dev.mentra.bench.live.SocketTarget;
import dev.mentra.local.stack.StackApp;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Two chat-service replicas on one database and broker, half the people on each (mentees and mentors alternate, so
 * most conversations cross replicas through {@code chat.messages.v1}); one replica is killed with SIGKILL while
 * messages flow. Its clients reconnect to the other, resume each conversation with {@code afterSeq} and resend what
 * was not acknowledged: nothing may be lost or arrive twice.
 */
final class ReplicaKill implements FaultScenario {

    @Override
    public String name() {
        return "replica";
    }

    @Override
    public ScenarioReport run(FaultRig rig) throws Exception {
        int rate = rig.options().integer("bench.faults.messages-per-second", 20);
        Duration lead = rig.options().duration("bench.faults.lead", Duration.ofSeconds(5));
        Duration drain = rig.options().duration("bench.faults.drain", Duration.ofSeconds(120));
        ScenarioReport report = new ScenarioReport("replica", "a chat-service replica killed with SIGKILL");

        String run = FaultRig.runId();
        rig.say("starting a second chat-service (instance id bench-%s) …", run);
        ChatReplica second = rig.context.closeAtEnd(ChatReplica.start(rig.stack, "bench-" + run,
                rig.context.workDir("faults"), rig.http()));
        try {
            SocketTarget first = SocketTarget.of("chat-service replica 1", rig.stack.url(StackApp.CHAT));
            SocketTarget doomed = second.target();
            List<ChatLoad.Pair> pairs = rig.pairs(FaultsBenchmark.pairCount(rig, rate));
            List<Account> people = FaultRig.people(pairs);
            Map<String, SocketTarget> placed = new HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                placed.put(people.get(i).userId(), i % 2 == 0 ? first : doomed);
            }
            rig.tokens.prefetch(people);
            try (ChatTraffic chat = new ChatTraffic(run, pairs, List.of(), rig.clients, rig.tokens, ChatListener.NONE)) {
                rig.startingSeqs(chat, pairs);
                chat.connect(a -> placed.get(a.userId()), a -> first, 50);
                long onDoomed = chat.socketsOn(doomed);
                rig.say("%d sockets straight to the replicas (%d on replica 2); chat at %d msg/s; SIGKILL at %d s …",
                        chat.sockets(), onDoomed, rate, lead.toSeconds());
                chat.startSending(rate);
                Thread.sleep(lead.toMillis());

                long killAt = System.nanoTime();
                second.kill();
                rig.say("replica 2 killed");
                RecoveryWatch watch = new RecoveryWatch(killAt)
                        .sign("every cut socket open again on replica 1", () -> chat.dropped() >= onDoomed
                                && chat.allConnected() && chat.socketsOn(doomed) == 0)
                        .sign("chat: every message sent before the kill delivered",
                                () -> chat.deliveredAllSentBefore(killAt));
                var watching = watch.watch(drain);
                Thread.sleep(lead.toMillis());
                chat.stopSending();
                watching.get();
                OptionalLong settled = FaultRig.until(chat::allDelivered, drain);

                var d = chat.deliveries();
                report.tried = d.sent();
                report.faults = 1;
                report.lost = d.lost();
                report.duplicated = d.duplicated();
                report.recoverySeconds = watch.seconds();
                report.recoveredWhen = "every socket of the killed replica reopened on the other (conversations resumed "
                        + "with afterSeq) and every message from before the kill arrived, counted from the kill";
                report.detail("sockets cut by the kill", onDoomed)
                        .detail("recovery signs (seconds after the kill)", watch.times())
                        .detail("reconnect, drop noticed → ready on replica 1", FaultRig.millis(chat.reconnects().summary()))
                        .detail("reconnect attempts", chat.reconnectAttempts())
                        .detail("everything settled after the load stopped",
                                settled.isPresent() ? Format.number(FaultRig.seconds(settled.getAsLong())) + " s" : "no")
                        .detail("messages sent / acked / delivered", d.sent() + " / " + chat.acked() + " / "
                                + d.delivered())
                        .detail("messages lost / duplicated", d.lost() + " / " + d.duplicated())
                        .detail("messages resent (no ack in " + ChatTraffic.RESEND_AFTER.toSeconds() + " s)",
                                chat.resends())
                        .detail("error frames", chat.errorFrames());
                double seconds = FaultRig.seconds(System.nanoTime() - killAt);
                report.figures.add(new Stats("replica: post → mentor's socket", d.postToReceive().summary(),
                        d.delivered() / seconds,
                        chat.errorFrames().values().stream().mapToLong(Integer::longValue).sum(), d.lost(),
                        d.duplicated()));
                report.figures.add(Stats.of("replica: socket dropped → ready on the other replica",
                        chat.reconnects().summary(), Double.NaN, onDoomed - chat.reconnects().count()));
                report.notes.add("replica: the gateway routes to one chat-service URL only, so the clients reach "
                        + "the two replicas directly (a load balancer in front of replicas is outside the stack)");
                return report;
            }
        } finally {
            second.close();
        }
    }
}
