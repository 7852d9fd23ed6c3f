package dev.mentra.bench.faults;

import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.Format;
import dev.mentra.bench.core.Stats;
import dev.mentra.bench.live.ChatLoad;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The broker stopped while people book sessions and chat: bookings and messages are committed with their outbox rows
 * meanwhile (Kafka is not on the path of a request), and once the broker is back every booking's room must appear
 * in chat exactly once, every message must reach its receiver exactly once, and every outbox must drain.
 */
final class KafkaOutage implements FaultScenario {

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public ScenarioReport run(FaultRig rig) throws Exception {
        int rate = rig.options().integer("bench.faults.messages-per-second", 20);
        int bookings = rig.options().integer("bench.faults.bookings", 50);
        Duration down = rig.options().duration("bench.faults.kafka-down", Duration.ofSeconds(10));
        Duration lead = rig.options().duration("bench.faults.lead", Duration.ofSeconds(5));
        Duration drain = rig.options().duration("bench.faults.drain", Duration.ofSeconds(120));
        ScenarioReport report = new ScenarioReport("kafka", "Kafka broker stopped for " + down.toSeconds() + " s");

        List<ChatLoad.Pair> pairs = rig.pairs(FaultsBenchmark.pairCount(rig, rate));
        SessionBookings sessions = new SessionBookings(rig.http(), rig.stack.gatewayUrl(), rig.tokens);
        List<Account> mentees = rig.population.mentees();
        sessions.plan(mentees.subList(0, Math.min(bookings, mentees.size())), rig.population.mentors(), bookings);
        List<Account> everyone = new ArrayList<>(FaultRig.people(pairs));
        sessions.mentees().stream().filter(a -> !everyone.contains(a)).forEach(everyone::add);
        rig.tokens.prefetch(everyone);
        String run = FaultRig.runId();
        try (ChatTraffic chat = new ChatTraffic(run, pairs, sessions.mentees(), rig.clients, rig.tokens, sessions)) {
            rig.startingSeqs(chat, pairs);
            chat.connect(a -> rig.gateway(), a -> rig.gateway(), 100);
            Duration window = lead.plus(down).plus(lead);
            rig.say("%d sockets ready through the gateway; chat at %d msg/s, %d bookings over %d s, broker down "
                    + "from %d s for %d s …", chat.sockets(), rate, bookings, window.toSeconds(), lead.toSeconds(),
                    down.toSeconds());
            long loadStart = System.nanoTime();
            chat.startSending(rate);
            Thread booker = new Thread(() -> {
                try {
                    sessions.book(window);
                } catch (Exception e) {
                    rig.say("bookings stopped: %s", e);
                }
            }, "faults-bookings");
            booker.start();

            Thread.sleep(lead.toMillis());
            long stopAt = System.nanoTime();
            chat.phase("while the broker was down");
            rig.stack.launcher().stopKafka();
            rig.say("broker stopped (%.1f s to stop)", FaultRig.seconds(System.nanoTime() - stopAt));
            Thread.sleep(down.toMillis());
            Object pendingByService = rig.outbox.pending();
            var writtenDuringOutage = rig.outbox.newestRows();
            rig.stack.launcher().restartKafka();
            long backAt = System.nanoTime();
            chat.phase("after the broker returned");
            rig.say("broker back after %.1f s; outbox rows waiting: %s", FaultRig.seconds(backAt - stopAt),
                    pendingByService);

            RecoveryWatch watch = new RecoveryWatch(backAt)
                    .sign("chat: every message sent before the broker returned delivered",
                            () -> chat.deliveredAllSentBefore(backAt))
                    .sign("bookings: every room of a booking made before the broker returned seen",
                            () -> sessions.roomsSeenForBookedBefore(backAt))
                    .sign("outboxes: every row written before the broker returned published",
                            () -> rig.outbox.pendingUpTo(writtenDuringOutage) == 0);
            var watching = watch.watch(drain);
            // the load ends with its window: recovery is watched under the load and after it, never under a load
            // that outlives the run
            Thread.sleep(Math.max(0, (loadStart + window.toNanos() - System.nanoTime()) / 1_000_000));
            chat.stopSending();
            booker.join(drain.toMillis());
            watching.get();
            OptionalLong settled = FaultRig.until(() -> chat.allDelivered() && sessions.allRoomsSeen()
                    && rig.outbox.totalPending() == 0, drain);
            SessionBookings.RoomCount rooms = sessions.listedRooms();

            var d = chat.deliveries();
            report.tried = d.sent() + sessions.tried();
            report.faults = 1;
            report.lost = d.lost() + rooms.missing();
            report.duplicated = d.duplicated() + rooms.duplicated();
            report.recoverySeconds = watch.seconds();
            report.recoveredWhen = "every message, room and outbox row from before the broker's return arrived "
                    + "(published), counted from the broker's return";
            report.detail("broker down seconds", Math.round(FaultRig.seconds(backAt - stopAt) * 10) / 10.0)
                    .detail("outbox rows waiting when the broker returned", pendingByService)
                    .detail("recovery signs (seconds after the broker returned)", watch.times())
                    .detail("everything settled after the load stopped",
                            settled.isPresent() ? Format.number(FaultRig.seconds(settled.getAsLong())) + " s" : "no")
                    .detail("messages sent / acked / delivered", d.sent() + " / " + chat.acked() + " / " + d.delivered())
                    .detail("messages lost / duplicated", d.lost() + " / " + d.duplicated())
                    .detail("messages resent (no ack in " + ChatTraffic.RESEND_AFTER.toSeconds() + " s)", chat.resends())
                    .detail("error frames", chat.errorFrames())
                    .detail("sockets dropped / reopened", chat.dropped() + " / " + chat.reconnects().count())
                    .detail("bookings tried / 201 / unanswered", sessions.tried() + " / " + sessions.booked() + " / "
                            + sessions.unanswered())
                    .detail("bookings refused", sessions.refused())
                    .detail("rooms seen on sockets", sessions.roomsSeen())
                    .detail("rooms listed by chat-service / missing / more than once", rooms.listed() + " / "
                            + rooms.missing() + " / " + rooms.duplicated())
                    .detail("rooms announced twice on a socket", sessions.roomsAnnouncedTwice());
            double seconds = FaultRig.seconds(System.nanoTime() - stopAt);
            report.figures.add(new Stats("kafka: post → mentor's socket", d.postToReceive().summary(),
                    d.delivered() / seconds, chat.errorFrames().values().stream().mapToLong(Integer::longValue).sum(),
                    d.lost(), d.duplicated()));
            report.figures.add(Stats.of("kafka: send → ack", chat.sendToAck().summary(), chat.acked() / seconds,
                    d.sent() - chat.acked()));
            for (String phase : List.of("before the fault", "while the broker was down", "after the broker returned")) {
                var byPhase = chat.sendToAckByPhase().get(phase);
                if (byPhase != null) {
                    report.figures.add(Stats.of("kafka: send → ack, sent " + phase, byPhase.summary(), Double.NaN, 0));
                }
            }
            report.figures.add(new Stats("kafka: booking 201 → room on the mentee's socket",
                    sessions.toRoom().summary(), sessions.roomsSeen() / seconds, sessions.tried() - sessions.booked(),
                    rooms.missing(), rooms.duplicated()));
            report.figures.add(Stats.of("kafka: POST /api/bookings", sessions.bookingCalls().summary(),
                    sessions.tried() / window.toSeconds(), sessions.tried() - sessions.booked()));
            report.notes.add("kafka: a message or room from the outage waits for the broker, so its latency includes "
                    + "the outage; the figures that matter are lost, duplicated and the recovery signs");
            return report;
        }
    }
}
