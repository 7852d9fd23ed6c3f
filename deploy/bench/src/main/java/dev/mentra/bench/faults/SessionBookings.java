package dev.mentra.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.Http;
import dev.mentra.bench.core.Json;
import dev.mentra.bench.core.Latencies;
import dev.mentra.bench.live.ChatConnection;
import dev.mentra.bench.live.ChatListener;
import dev.mentra.bench.live.EventsBenchmark;
import dev.mentra.bench.live.MentraCalls;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sessions booked through the gateway at an even pace while a fault happens, and what became of each: its
 * {@code 201}, its session room announced on the mentee's socket ({@code conversation.created}, timed from the
 * {@code 201}), and in the end the rooms chat-service lists to each mentee ({@code GET /api/conversations}), which
 * must hold every booking exactly once.
 */
final class SessionBookings implements ChatListener {

    /** Days ahead the benchmark books on: clear of the other benchmarks' sessions, which start from today. */
    private static final int FIRST_DAY = 180;
    /**
     * At most this many sessions per mentor and day in one run: the daily cap is 48, and six runs fill a day exactly
     * (a day at the cap is no longer offered).
     */
    private static final int PER_DAY = 8;

    /** One booking to make: who, with whom, when. */
    private record Planned(Account mentee, Account mentor, OffsetDateTime startsAt) {
    }

    /** The rooms chat-service lists for the bookings: how many are missing, how many are there more than once. */
    record RoomCount(int listed, int missing, int duplicated) {
    }

    private final Http http;
    private final String gateway;
    private final FreshTokens tokens;
    private final List<Planned> plan = new ArrayList<>();
    private final Map<String, Account> menteeOf = new ConcurrentHashMap<>();
    private final Map<String, Long> bookedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> roomSeenAt = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> roomFrames = new ConcurrentHashMap<>();
    private final Map<String, Integer> refused = new TreeMap<>();
    private final Latencies bookingCalls = new Latencies();
    private final Latencies toRoom = new Latencies();
    private final AtomicInteger tried = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final List<CompletableFuture<?>> calls = Collections.synchronizedList(new ArrayList<>());

    SessionBookings(Http http, String gateway, FreshTokens tokens) {
        this.http = http;
        this.gateway = gateway;
        this.tokens = tokens;
    }

    /**
     * Opens the mentors' hours (every day, all day, 15-minute sessions) and plans {@code count} bookings, mentees
     * and mentors round robin, on slots the mentors offer now, at most {@link #PER_DAY} per mentor and day.
     */
    void plan(List<Account> mentees, List<Account> mentors, int count) {
        MentraCalls calls = new MentraCalls(http, gateway);
        Account asker = mentees.get(0);
        List<List<OffsetDateTime>> slots = new ArrayList<>();
        for (Account mentor : mentors) {
            calls.call(Http.Request.put(gateway + "/api/availability", Json.write(EventsBenchmark.ALWAYS_OPEN))
                    .bearer(tokens.of(mentor)).from(mentor.address()), "publish a mentor's hours");
            slots.add(freeSlots(calls, mentor, asker, count / mentors.size() + 1));
        }
        for (int i = 0; i < count; i++) {
            List<OffsetDateTime> free = slots.get(i % mentors.size());
            if (free.isEmpty()) {
                throw new IllegalStateException("Not enough free slots for " + count + " bookings");
            }
            plan.add(new Planned(mentees.get(i % mentees.size()), mentors.get(i % mentors.size()), free.remove(0)));
        }
    }

    private List<OffsetDateTime> freeSlots(MentraCalls calls, Account mentor, Account asker, int wanted) {
        List<OffsetDateTime> free = new ArrayList<>();
        LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(FIRST_DAY);
        for (int window = 0; window < 3 && free.size() < wanted; window++) {
            LocalDate start = from.plusDays(window * 60L);
            JsonNode offer = calls.call(Http.Request.get(gateway + "/api/bookings/slots?mentorId=" + mentor.mentorId()
                    + "&from=" + start + "&to=" + start.plusDays(59) + "&timeZone=UTC")
                    .bearer(tokens.of(asker)).from(asker.address()), "list a mentor's slots");
            Map<LocalDate, Integer> perDay = new TreeMap<>();
            for (JsonNode slot : offer.path("slots")) {
                OffsetDateTime at = OffsetDateTime.parse(slot.path("startsAt").asText());
                if (free.size() < wanted && perDay.merge(at.toLocalDate(), 1, Integer::sum) <= PER_DAY) {
                    free.add(at);
                }
            }
        }
        return free;
    }

    /** The mentees who book (their sockets are where the rooms appear). */
    List<Account> mentees() {
        return plan.stream().map(Planned::mentee).distinct().toList();
    }

    /** Makes the planned bookings evenly over {@code over}, without waiting for answers; returns when all are sent. */
    void book(Duration over) throws Exception {
        long begin = System.nanoTime();
        for (int i = 0; i < plan.size(); i++) {
            long due = begin + over.toNanos() * i / plan.size();
            TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
            Planned p = plan.get(i);
            tried.incrementAndGet();
            long sent = System.nanoTime();
            calls.add(http.send(Http.Request.post(gateway + "/api/bookings", Json.write(Map.of(
                            "mentorId", p.mentor().mentorId(), "startsAt", p.startsAt().toString(), "timeZone", "UTC",
                            "note", "faults benchmark")))
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .bearer(tokens.of(p.mentee())).from(p.mentee().address())).whenComplete((answer, failure) -> {
                        long answered = System.nanoTime();
                        if (answer == null) {
                            unanswered.incrementAndGet();
                            return;
                        }
                        bookingCalls.record(answered - sent);
                        if (answer.status() == 201) {
                            String id = Json.read(answer.body()).path("id").asText();
                            menteeOf.put(id, p.mentee());
                            bookedAt.put(id, answered);
                            Long seen = roomSeenAt.get(id);
                            if (seen != null) {
                                toRoom.record(Math.max(1_000, seen - answered));
                            }
                        } else {
                            synchronized (refused) {
                                refused.merge(problemType(answer), 1, Integer::sum);
                            }
                        }
                    }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).handle((v, e) -> null)
                .get(2, TimeUnit.MINUTES);
    }

    /** {@code 409 slot-unavailable}: the status and the problem's type, as far as the answer tells. */
    private static String problemType(Http.Response answer) {
        try {
            return (answer.status() + " " + Json.read(answer.body()).path("type").asText().replaceFirst(".*/", "")).trim();
        } catch (RuntimeException notJson) {
            return Integer.toString(answer.status());
        }
    }

    /** The session room reached the mentee's socket (chat-service announces it on {@code conversation.created}). */
    @Override
    public void conversationCreated(ChatConnection socket, JsonObject conversation, long receivedNanos) {
        String bookingId = conversation.getString("bookingId");
        if (bookingId == null || !"SESSION".equals(conversation.getString("kind"))
                || !isMentee(socket.userId(), conversation)) {
            return;
        }
        roomFrames.computeIfAbsent(bookingId, id -> new AtomicInteger()).incrementAndGet();
        if (roomSeenAt.putIfAbsent(bookingId, receivedNanos) == null) {
            Long booked = bookedAt.get(bookingId);
            if (booked != null) {
                toRoom.record(Math.max(1_000, receivedNanos - booked));
            }
        }
    }

    private static boolean isMentee(String userId, JsonObject conversation) {
        return conversation.getJsonArray("participants").stream().map(JsonObject.class::cast)
                .anyMatch(p -> userId.equals(p.getString("userId")) && "MENTEE".equals(p.getString("role")));
    }

    /** Every booking that got its 201 has had its room announced on the mentee's socket. */
    boolean allRoomsSeen() {
        return bookedAt.keySet().stream().allMatch(roomSeenAt::containsKey);
    }

    /** Every booking answered {@code 201} before {@code nanos} has had its room announced on the mentee's socket. */
    boolean roomsSeenForBookedBefore(long nanos) {
        return bookedAt.entrySet().stream().filter(e -> e.getValue() < nanos)
                .allMatch(e -> roomSeenAt.containsKey(e.getKey()));
    }

    /** Rooms announced more than once to the same mentee's socket. */
    long roomsAnnouncedTwice() {
        return roomFrames.entrySet().stream().filter(e -> bookedAt.containsKey(e.getKey()))
                .filter(e -> e.getValue().get() > 1).count();
    }

    /** Asks chat-service, through the gateway, for each booking mentee's rooms and counts this run's bookings. */
    RoomCount listedRooms() {
        Map<String, Integer> listed = new ConcurrentHashMap<>();
        MentraCalls calls = new MentraCalls(http, gateway);
        for (Account mentee : menteeOf.values().stream().distinct().toList()) {
            JsonNode mine = calls.call(Http.Request.get(gateway + "/api/conversations").bearer(tokens.of(mentee))
                    .from(mentee.address()), "list a mentee's conversations");
            for (JsonNode conversation : mine) {
                String bookingId = conversation.path("bookingId").asText(null);
                if (bookingId != null && bookedAt.containsKey(bookingId)) {
                    listed.merge(bookingId, 1, Integer::sum);
                }
            }
        }
        int missing = (int) bookedAt.keySet().stream().filter(id -> !listed.containsKey(id)).count();
        int duplicated = listed.values().stream().mapToInt(n -> n - 1).sum();
        return new RoomCount(listed.size(), missing, duplicated);
    }

    int tried() {
        return tried.get();
    }

    int booked() {
        return bookedAt.size();
    }

    int unanswered() {
        return unanswered.get();
    }

    Map<String, Integer> refused() {
        synchronized (refused) {
            return Map.copyOf(refused);
        }
    }

    int roomsSeen() {
        return (int) bookedAt.keySet().stream().filter(roomSeenAt::containsKey).count();
    }

    Latencies bookingCalls() {
        return bookingCalls;
    }

    /** From the booking's 201 to its room on the mentee's socket. */
    Latencies toRoom() {
        return toRoom;
    }
}
