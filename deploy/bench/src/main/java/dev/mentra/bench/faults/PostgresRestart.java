package dev.mentra.bench.faults;

import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.Format;
import dev.mentra.bench.core.Stats;
import dev.mentra.bench.live.ChatLoad;
import dev.mentra.local.stack.StackApp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * PostgreSQL stopped and started again while people chat and every service is asked for something steadily: no
 * service is restarted, yet each must answer again, report ready again, relay its outbox again (its LISTEN connection
 * back), and chat must deliver every message sent meanwhile once (the clients resend what was not acknowledged, with
 * the same client id).
 */
final class PostgresRestart implements FaultScenario {

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public ScenarioReport run(FaultRig rig) throws Exception {
        int rate = rig.options().integer("bench.faults.messages-per-second", 20);
        Duration down = rig.options().duration("bench.faults.postgres-down", Duration.ofSeconds(3));
        Duration lead = rig.options().duration("bench.faults.lead", Duration.ofSeconds(5));
        Duration drain = rig.options().duration("bench.faults.drain", Duration.ofSeconds(120));
        ScenarioReport report = new ScenarioReport("postgres", "PostgreSQL stopped for " + down.toSeconds()
                + " s and started again");

        List<ChatLoad.Pair> pairs = rig.pairs(FaultsBenchmark.pairCount(rig, rate));
        Account prober = rig.population.mentees().get(rig.population.mentees().size() - 1);
        List<Account> everyone = new ArrayList<>(FaultRig.people(pairs));
        everyone.add(prober);
        rig.tokens.prefetch(everyone);
        Map<StackApp, String> services = new LinkedHashMap<>();
        for (StackApp app : StackApp.values()) {
            services.put(app, rig.stack.url(app));
        }
        try (ChatTraffic chat = new ChatTraffic(FaultRig.runId(), pairs, List.of(), rig.clients, rig.tokens,
                dev.mentra.bench.live.ChatListener.NONE);
             ServiceProbes probes = ServiceProbes.ofStack(rig.http(), rig.stack.gatewayUrl(), services, prober,
                     rig.tokens)) {
            rig.startingSeqs(chat, pairs);
            chat.connect(a -> rig.gateway(), a -> rig.gateway(), 100);
            rig.say("%d sockets ready; chat at %d msg/s and a request to each service every 250 ms; PostgreSQL "
                    + "down from %d s for %d s …", chat.sockets(), rate, lead.toSeconds(), down.toSeconds());
            chat.startSending(rate);
            probes.start(250);
            Thread.sleep(lead.toMillis());
            if (!rig.outbox.allListening()) {
                rig.say("before the restart only %s listen for commits", rig.outbox.listening());
            }

            long stopAt = System.nanoTime();
            rig.stack.launcher().stopPostgres();
            rig.say("PostgreSQL stopped (%.1f s to stop)", FaultRig.seconds(System.nanoTime() - stopAt));
            Thread.sleep(down.toMillis());
            rig.stack.launcher().restartPostgres();
            long backAt = System.nanoTime();
            rig.say("PostgreSQL back after %.1f s", FaultRig.seconds(backAt - stopAt));

            RecoveryWatch watch = new RecoveryWatch(backAt);
            for (ServiceProbes.Probe probe : probes.probes()) {
                watch.sign(probe.what, () -> probe.recoveredAfter(backAt).isPresent());
            }
            watch.sign("outbox relays listen for commits again (LISTEN in pg_stat_activity)", rig.outbox::allListening)
                    .sign("chat: every message sent before PostgreSQL returned delivered",
                            () -> chat.deliveredAllSentBefore(backAt));
            var watching = watch.watch(drain);
            Thread.sleep(lead.toMillis());
            chat.stopSending();
            watching.get();
            OptionalLong settled = FaultRig.until(() -> chat.allDelivered() && rig.outbox.totalPending() == 0, drain);
            probes.close();

            var d = chat.deliveries();
            report.tried = d.sent() + probes.tried();
            report.faults = 1;
            report.lost = d.lost();
            report.duplicated = d.duplicated();
            report.recoverySeconds = watch.seconds();
            report.recoveredWhen = "every service answered and was ready again, every relay listened again and every "
                    + "message from before the return arrived, counted from PostgreSQL's return";
            Map<String, Object> probeFigures = new LinkedHashMap<>();
            for (ServiceProbes.Probe probe : probes.probes()) {
                probeFigures.put(probe.what, probe.tried.get() + " tried, " + probe.failed.get() + " failed"
                        + (probe.lastFailure == null ? "" : "; last failure: " + probe.lastFailure));
            }
            report.detail("PostgreSQL down seconds", Math.round(FaultRig.seconds(backAt - stopAt) * 10) / 10.0)
                    .detail("recovery signs (seconds after PostgreSQL returned)", watch.times())
                    .detail("probes", probeFigures)
                    .detail("everything settled after the load stopped",
                            settled.isPresent() ? Format.number(FaultRig.seconds(settled.getAsLong())) + " s" : "no")
                    .detail("messages sent / acked / delivered", d.sent() + " / " + chat.acked() + " / " + d.delivered())
                    .detail("messages lost / duplicated", d.lost() + " / " + d.duplicated())
                    .detail("messages resent (no ack in " + ChatTraffic.RESEND_AFTER.toSeconds() + " s)", chat.resends())
                    .detail("error frames", chat.errorFrames())
                    .detail("sockets dropped / reopened", chat.dropped() + " / " + chat.reconnects().count())
                    .detail("outbox rows waiting at the end", rig.outbox.pending());
            double seconds = FaultRig.seconds(System.nanoTime() - stopAt);
            report.figures.add(new Stats("postgres: post → mentor's socket", d.postToReceive().summary(),
                    d.delivered() / seconds, chat.errorFrames().values().stream().mapToLong(Integer::longValue).sum(),
                    d.lost(), d.duplicated()));
            report.figures.add(Stats.of("postgres: send → ack", chat.sendToAck().summary(), chat.acked() / seconds,
                    d.sent() - chat.acked()));
            return report;
        }
    }
}
