package dev.mentra.bench.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.BenchContext;
import dev.mentra.bench.core.BenchResult;
import dev.mentra.bench.core.BenchStack;
import dev.mentra.bench.core.Benchmark;
import dev.mentra.bench.core.Http;
import dev.mentra.bench.core.Json;
import dev.mentra.bench.core.Latencies;
import dev.mentra.bench.core.Population;
import dev.mentra.bench.core.Stats;
import dev.mentra.bench.core.Target;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code events}: mentees book sessions with the population's mentors through the gateway, one at a time at a
 * steady pace, with both people's sockets open; each booking is timed from its {@code 201} (the booking and its
 * {@code booking.confirmed} outbox row are committed) to the session room's {@code conversation.created} frame
 * on the mentee's socket (and on the mentor's). The path: booking-service's outbox relay → Kafka
 * {@code bookings.v1} → chat-service's consumer → the room, announced through {@code chat.events.v1}.
 */
public final class EventsBenchmark implements Benchmark {

    /**
     * Mentors' hours for the benchmark: every day, all day, fifteen-minute sessions, nothing in between (the faults
     * benchmark books on them too).
     */
    public static final Map<String, Object> ALWAYS_OPEN = availability();

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String description() {
        return "booking.confirmed committed → the session room on both people's sockets";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        int bookings = context.options().integer("bench.bookings", 100);
        int perSecond = context.options().integer("bench.bookings-per-second", 5);
        Duration wait = context.options().duration("bench.drain", Duration.ofSeconds(10));
        BenchStack stack = context.stack();
        Population population = context.population();
        List<Account> mentors = population.mentors();
        List<Account> mentees = population.mentees().subList(0, Math.min(bookings, population.mentees().size()));
        MentraCalls calls = new MentraCalls(context.http(), stack.gatewayUrl());
        List<Account> people = new ArrayList<>(mentees);
        people.addAll(mentors);
        Map<String, String> tokens = ChatBenchmark.tokensByUser(population, people);

        Map<String, Deque<OffsetDateTime>> slots = new LinkedHashMap<>();
        for (Account mentor : mentors) {
            calls.call(Http.Request.put(stack.gatewayUrl() + "/api/availability", Json.write(ALWAYS_OPEN))
                    .bearer(tokens.get(mentor.userId())).from(mentor.address()), "publish a mentor's hours");
            slots.put(mentor.mentorId(), freeSlots(calls, mentor, tokens.get(mentees.get(0).userId()), mentees.get(0),
                    bookings / mentors.size() + 1));
        }

        Map<String, Long> bookedAt = new ConcurrentHashMap<>();
        Map<String, Long> requestedAt = new ConcurrentHashMap<>();
        Latencies toMentee = new Latencies();
        Latencies toMentor = new Latencies();
        Latencies fromRequest = new Latencies();
        Map<String, Boolean> seenByMentee = new ConcurrentHashMap<>();
        Map<String, Boolean> seenByMentor = new ConcurrentHashMap<>();
        ChatListener rooms = new ChatListener() {
            @Override
            public void conversationCreated(ChatConnection socket, JsonObject conversation, long receivedNanos) {
                String bookingId = conversation.getString("bookingId");
                Long committed = bookingId == null ? null : bookedAt.get(bookingId);
                if (committed == null) {
                    return;
                }
                boolean mentorSide = conversation.getJsonArray("participants").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(p -> socket.userId().equals(p.getString("userId")) && "MENTOR".equals(p.getString("role")));
                if (mentorSide) {
                    if (seenByMentor.putIfAbsent(bookingId, true) == null) {
                        toMentor.record(Math.max(1_000, receivedNanos - committed));
                    }
                } else if (seenByMentee.putIfAbsent(bookingId, true) == null) {
                    toMentee.record(Math.max(1_000, receivedNanos - committed));
                    fromRequest.record(receivedNanos - requestedAt.get(bookingId));
                }
            }
        };
        LiveClients clients = context.closeAtEnd(new LiveClients(2, Duration.ofSeconds(30)));
        SocketWave wave = SocketWave.open(clients, SocketTarget.of("gateway", stack.gatewayUrl()), people.size(), 100,
                i -> new SocketWave.Opener(people.get(i).userId(), people.get(i).address(),
                        tokens.get(people.get(i).userId())), rooms);
        context.out().printf("%d sockets ready; booking %d sessions at %d/s …%n", wave.outcome().ready(), bookings,
                perSecond);

        Latencies bookingCalls = new Latencies();
        int refused = 0;
        long begin = System.nanoTime();
        for (int i = 0; i < bookings; i++) {
            long due = begin + TimeUnit.SECONDS.toNanos(i) / perSecond;
            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            Account mentee = mentees.get(i % mentees.size());
            Account mentor = mentors.get(i % mentors.size());
            OffsetDateTime slot = slots.get(mentor.mentorId()).poll();
            if (slot == null) {
                refused++;
                continue;
            }
            long sent = System.nanoTime();
            Http.Response answer = context.http().call(Http.Request.post(stack.gatewayUrl() + "/api/bookings",
                            Json.write(Map.of("mentorId", mentor.mentorId(), "startsAt", slot.toString(),
                                    "timeZone", "UTC", "note", "benchmark")))
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .bearer(tokens.get(mentee.userId())).from(mentee.address()));
            long answered = System.nanoTime();
            bookingCalls.record(answered - sent);
            if (answer.status() != 201) {
                refused++;
                context.out().println("  booking refused: " + answer);
                continue;
            }
            String id = Json.read(answer.body()).path("id").asText();
            requestedAt.put(id, sent);
            bookedAt.put(id, answered);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while ((seenByMentee.size() < bookedAt.size() || seenByMentor.size() < bookedAt.size())
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        wave.closeAll(Duration.ofSeconds(1));

        long booked = bookedAt.size();
        double seconds = (System.nanoTime() - begin) / 1e9;
        BenchResult.Builder result = BenchResult.builder(name())
                .size("bookings", bookings).size("booked (201)", booked).size("refused", refused)
                .size("bookings per second", perSecond).size("mentors", mentors.size())
                .size("sockets ready", wave.outcome().ready() + " of " + wave.outcome().asked())
                .figure(dev.mentra.bench.core.Figure.alone(new Stats("booking 201 → room on the mentee's socket",
                        toMentee.summary(), toMentee.count() / seconds, 0, booked - seenByMentee.size(), -1)))
                .figure(dev.mentra.bench.core.Figure.alone(new Stats("booking 201 → room on the mentor's socket",
                        toMentor.summary(), toMentor.count() / seconds, 0, booked - seenByMentor.size(), -1)))
                .figure(dev.mentra.bench.core.Figure.alone(new Stats("booking request sent → room (mentee)",
                        fromRequest.summary(), fromRequest.count() / seconds, 0, -1, -1)))
                .figure(dev.mentra.bench.core.Figure.alone(Stats.of("POST /api/bookings through the gateway",
                        bookingCalls.summary(), bookingCalls.count() / seconds, refused)))
                .target(Target.atMost("booking.confirmed → room p99 (mentee)", toMentee.summary().p99(), "ms", 100))
                .target(Target.exactly("rooms missing", booked - seenByMentee.size(), "", 0))
                .note("The commit is before the 201 leaves booking-service: timing from the 201's arrival at the "
                        + "client slightly understates the path, timing from the request (third line) overstates it "
                        + "by the booking call itself")
                .note("Bookings one at a time (open loop), mentees round robin over the mentors, on free 15-minute "
                        + "slots the benchmark opens (every day, all day); no baseline: the figure is the event path");
        context.report(result.build());
    }

    /** The mentor's next free slots from an hour from now, as a mentee sees them. */
    private static Deque<OffsetDateTime> freeSlots(MentraCalls calls, Account mentor, String menteeToken,
                                                   Account mentee, int wanted) {
        Deque<OffsetDateTime> free = new ArrayDeque<>();
        LocalDate from = LocalDate.now(ZoneOffset.UTC);
        OffsetDateTime notBefore = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1);
        for (int week = 0; week < 52 && free.size() < wanted; week++) {
            LocalDate start = from.plusWeeks(week);
            JsonNode offer = calls.call(Http.Request.get(calls.gateway() + "/api/bookings/slots?mentorId="
                            + mentor.mentorId() + "&from=" + start + "&to=" + start.plusDays(6) + "&timeZone=UTC")
                    .bearer(menteeToken).from(mentee.address()), "list a mentor's slots");
            for (JsonNode slot : offer.path("slots")) {
                OffsetDateTime at = OffsetDateTime.parse(slot.path("startsAt").asText());
                if (at.isAfter(notBefore) && free.size() < wanted) {
                    free.add(at);
                }
            }
        }
        return free;
    }

    private static Map<String, Object> availability() {
        Map<String, Object> weekly = new LinkedHashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            weekly.put(day, List.of(Map.of("start", "00:00", "end", "23:45")));
        }
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("sessionMinutes", 15);
        rules.put("bufferBeforeMinutes", 0);
        rules.put("bufferAfterMinutes", 0);
        rules.put("minimumNoticeMinutes", 0);
        rules.put("horizonDays", 365);
        rules.put("maxPerDay", 48);
        rules.put("slotStepMinutes", 15);
        return Map.of("timeZone", "UTC", "weekly", weekly, "overrides", List.of(), "rules", rules);
    }
}
