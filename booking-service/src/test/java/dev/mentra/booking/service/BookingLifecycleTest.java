package dev.mentra.booking.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mentra.booking.Fixtures;
import dev.mentra.booking.MovableClock;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static dev.mentra.booking.Fixtures.DB;
import static dev.mentra.booking.Fixtures.booking;
import static dev.mentra.booking.Fixtures.key;
import static dev.mentra.booking.Fixtures.lisbon;
import static dev.mentra.booking.Fixtures.newUserId;
import static dev.mentra.booking.Fixtures.nextMonday;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Moving, cancelling, completing sessions; and no double booking whatever arrives at once. One test per behaviour
 * of {@link BookingLifecycle}, sharing its fixtures: long because the lifecycle has that many rules, not two jobs.
 */
@QuarkusTest
class BookingLifecycleTest {

    @Inject
    MovableClock clock;

    @Test
    void fiftyMenteesRacingForOneSlotGetExactlyOneBooking() throws Exception {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(0, 8));
        Map<String, Object> body = booking(mentor.mentorId(), lisbon(nextMonday(), "09:00"));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tokens.add(TestTokens.forUser(newUserId()).sign());
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<Integer>> requests = tokens.stream().<Callable<Integer>>map(token -> () -> given()
                    .auth().oauth2(token).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                    .body(body).post("/api/bookings").statusCode()).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(requests)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(49);
        } finally {
            pool.shutdownNow();
        }
        assertThat(DB.count("SELECT count(*) FROM booking WHERE mentor_id = ? AND status IN ('PENDING','CONFIRMED')",
                mentor.mentorId())).isEqualTo(1);
    }

    @Test
    void menteesBookingDifferentSlotsOfOneMentorAtOnceAllGetTheirs() throws Exception {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(0, 3));
        // three mornings, three slots each: nine bookings, each its own slot, none waiting for another's answer
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            for (String time : List.of("09:00", "10:00", "11:00")) {
                bodies.add(booking(mentor.mentorId(), lisbon(nextMonday().plusDays(day), time)));
            }
        }
        assertThat(raceFor(bodies)).containsOnly(201);
        assertThat(DB.count("SELECT count(*) FROM booking WHERE mentor_id = ? AND status = 'CONFIRMED'",
                mentor.mentorId())).isEqualTo(9);
    }

    @Test
    void theDaysCapHoldsWhenItsLastPlacesAreTakenAtOnce() throws Exception {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(0, 2));
        // three free slots, two places: the slot checks all pass at once, only the day's lock can say no
        List<Map<String, Object>> bodies = List.of("09:00", "10:00", "11:00").stream()
                .map(time -> booking(mentor.mentorId(), lisbon(nextMonday(), time))).toList();
        for (int round = 0; round < 3; round++) {
            List<Integer> statuses = raceFor(bodies);
            if (round == 0) {
                assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
                assertThat(statuses).filteredOn(s -> s == 422).hasSize(1);
            } else {
                assertThat(statuses).containsOnly(409, 422);
            }
        }
        assertThat(DB.count("SELECT count(*) FROM booking WHERE mentor_id = ? AND status = 'CONFIRMED'",
                mentor.mentorId())).isEqualTo(2);
    }

    /** Each request by its own mentee, all sent at once; the statuses in the order of the requests. */
    private static List<Integer> raceFor(List<Map<String, Object>> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Callable<Integer>> requests = bodies.stream().<Callable<Integer>>map(body -> {
                String token = TestTokens.forUser(newUserId()).sign();
                return () -> given().auth().oauth2(token).header("Idempotency-Key", key())
                        .contentType(ContentType.JSON).body(body).post("/api/bookings").statusCode();
            }).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(requests)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDoubleClickSendingTheSameKeyAtOnceBooksOnceAndAnswersBothWithThatBooking() throws Exception {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(0, 8));
        Map<String, Object> body = booking(mentor.mentorId(), lisbon(nextMonday(), "10:00"));
        String token = TestTokens.forUser(newUserId()).sign();
        String sameKey = key();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> requests = java.util.stream.IntStream.range(0, 8).<Callable<String>>mapToObj(i -> () -> {
                var response = given().auth().oauth2(token).header("Idempotency-Key", sameKey)
                        .contentType(ContentType.JSON).body(body).post("/api/bookings");
                return response.statusCode() + " " + response.jsonPath().getString("id");
            }).toList();
            List<String> answers = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(requests)) {
                answers.add(f.get());
            }
            // every click answered with the one booking (the later ones as replays), none with "slot taken"
            assertThat(answers).allSatisfy(a -> assertThat(a).startsWith("201 bkg_"));
            assertThat(answers.stream().distinct()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(DB.count("SELECT count(*) FROM booking WHERE mentor_id = ?", mentor.mentorId())).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesOverlappingHeldTime() {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        OffsetDateTime start = lisbon(nextMonday(), "09:00").withOffsetSameInstant(ZoneOffset.UTC);
        String insert = """
                INSERT INTO booking (id, mentor_id, mentor_user_id, mentee_id, starts_at, ends_at, blocked_from,
                  blocked_until, time_zone, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?::timestamptz, ?::timestamptz, 'UTC', ?, now(), now())""";
        DB.update(insert, "bkg_a_" + mentor.mentorId(), mentor.mentorId(), mentor.userId(), newUserId(),
                start.toString(), start.plusHours(1).toString(), start.toString(), start.plusMinutes(75).toString(),
                "CONFIRMED");
        // starts in the first one's buffer: refused by the exclusion constraint, not by any application check
        assertThatThrownBy(() -> DB.update(insert, "bkg_b_" + mentor.mentorId(), mentor.mentorId(), mentor.userId(),
                newUserId(), start.plusMinutes(70).toString(), start.plusMinutes(130).toString(),
                start.plusMinutes(70).toString(), start.plusMinutes(130).toString(), "PENDING"))
                .hasMessageContaining("booking_no_overlap");
        // a cancelled session holds nothing
        DB.update(insert, "bkg_c_" + mentor.mentorId(), mentor.mentorId(), mentor.userId(), newUserId(),
                start.toString(), start.plusHours(1).toString(), start.toString(), start.plusHours(1).toString(),
                "CANCELLED");
    }

    @Test
    void aSessionIsMovedCancelledAndEachChangeIsAnnounced() throws Exception {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(0, 8));
        LocalDate monday = nextMonday();
        String menteeId = newUserId();
        String mentee = TestTokens.forUser(menteeId).sign();
        try (TopicReader reader = TopicReader.of("bookings.v1")) {
            String id = given().auth().oauth2(mentee).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                    .body(booking(mentor.mentorId(), lisbon(monday, "09:00"))).post("/api/bookings").then()
                    .statusCode(201).extract().jsonPath().getString("id");

            given().auth().oauth2(mentee).contentType(ContentType.JSON)
                    .body(Map.of("startsAt", lisbon(monday, "09:30").toString()))
                    .post("/api/bookings/" + id + "/reschedule").then().statusCode(422)
                    .body("type", equalTo("https://mentra.dev/problems/slot-not-offered"));
            given().auth().oauth2(mentee).contentType(ContentType.JSON)
                    .body(Map.of("startsAt", "tomorrow at nine"))
                    .post("/api/bookings/" + id + "/reschedule").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("startsAt"));
            given().auth().oauth2(mentee).contentType(ContentType.JSON)
                    .body(Map.of("startsAt", lisbon(monday.plusDays(1), "11:00").toString()))
                    .post("/api/bookings/" + id + "/reschedule").then().statusCode(200)
                    .body("previousStartsAt", equalTo(lisbon(monday, "09:00")
                            .atZoneSameInstant(java.time.ZoneId.of("America/New_York")).toOffsetDateTime()
                            .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
            // the old slot is free again
            given().auth().oauth2(mentee).queryParam("mentorId", mentor.mentorId())
                    .queryParam("from", monday.toString()).queryParam("to", monday.toString())
                    .get("/api/bookings/slots").then().body("slots", hasSize(3));

            // the mentor cancels, with a reason the mentee will see
            given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(Map.of("reason", "I am ill"))
                    .post("/api/bookings/" + id + "/cancel").then().statusCode(200)
                    .body("status", equalTo("CANCELLED"))
                    .body("statusReason", equalTo("Cancelled by the mentor: I am ill"));
            given().auth().oauth2(mentee).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/bookings/" + id + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
            given().auth().oauth2(mentee).contentType(ContentType.JSON)
                    .body(Map.of("startsAt", lisbon(monday, "10:00").toString()))
                    .post("/api/bookings/" + id + "/reschedule").then().statusCode(409);
            given().auth().oauth2(mentee).queryParam("status", "CANCELLED").get("/api/bookings").then()
                    .body("id", hasSize(1));
            given().auth().oauth2(mentee).queryParam("from", monday.plusDays(2).toString()).get("/api/bookings").then()
                    .statusCode(200).body("id", hasSize(0));
            given().auth().oauth2(mentee).queryParam("from", "next week").get("/api/bookings").then()
                    .statusCode(400).body("errors[0].field", equalTo("from"));
            given().auth().oauth2(mentee).queryParam("status", "LOST").get("/api/bookings").then()
                    .statusCode(400).contentType("application/problem+json");

            List<ConsumerRecord<String, String>> events = reader.await(3, r -> r.key().equals(id), Duration.ofSeconds(20));
            assertThat(events).extracting(r -> Fixtures.json(r.value()).get("type").asText())
                    .containsExactly("booking.confirmed", "booking.rescheduled", "booking.cancelled");
            JsonNode moved = Fixtures.json(events.get(1).value()).get("data");
            assertThat(OffsetDateTime.parse(moved.get("startsAt").asText()).toInstant())
                    .isEqualTo(lisbon(monday.plusDays(1), "11:00").toInstant());
            assertThat(OffsetDateTime.parse(moved.get("previousStartsAt").asText()).toInstant())
                    .isEqualTo(lisbon(monday, "09:00").toInstant());
            JsonNode cancelled = Fixtures.json(events.get(2).value()).get("data");
            assertThat(cancelled.get("reason").asText()).isEqualTo("Cancelled by the mentor: I am ill");
            assertThat(cancelled.get("menteeId").asText()).isEqualTo(menteeId);
            assertThat(reader.drain(r -> r.key().equals(id), Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void anEndedSessionIsCompletedOnceAndOnlyItsMentorMarksANoShow() throws Exception {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(0, 8));
        LocalDate monday = nextMonday();
        String mentee = TestTokens.forUser(newUserId()).sign();
        String ended = book(mentee, mentor, lisbon(monday, "09:00"));
        String started = book(mentee, mentor, lisbon(monday, "10:00"));
        given().auth().oauth2(mentor.token()).post("/api/bookings/" + started + "/no-show").then().statusCode(409)
                .body("type", equalTo("https://mentra.dev/problems/not-markable"));

        try (TopicReader reader = TopicReader.of("bookings.v1")) {
            // time passes: one session is over, the other under way
            place(ended, Duration.ofHours(-3));
            place(started, Duration.ofMinutes(-30));
            await().atMost(Duration.ofSeconds(20)).until(() -> DB.count(
                    "SELECT count(*) FROM booking WHERE id = ? AND status = 'COMPLETED'", ended) == 1);
            List<ConsumerRecord<String, String>> completed = reader.await(1, r -> r.key().equals(ended)
                    && r.value().contains("booking.completed"), Duration.ofSeconds(20));
            assertThat(Fixtures.json(completed.get(0).value()).get("data").get("status").asText()).isEqualTo("COMPLETED");
            assertThat(DB.count("SELECT count(*) FROM booking WHERE id = ? AND status = 'CONFIRMED'", started)).isEqualTo(1);

            given().auth().oauth2(mentee).post("/api/bookings/" + started + "/no-show").then().statusCode(403);
            given().auth().oauth2(TestTokens.forUser(newUserId()).sign()).post("/api/bookings/" + started + "/no-show")
                    .then().statusCode(404);
            given().auth().oauth2(mentor.token()).post("/api/bookings/" + started + "/no-show").then().statusCode(200)
                    .body("status", equalTo("NO_SHOW"));
            given().auth().oauth2(mentee).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/bookings/" + ended + "/cancel").then().statusCode(409);
            reader.await(1, r -> r.key().equals(started) && r.value().contains("booking.no-show"), Duration.ofSeconds(20));
            // completed once, however many rounds the job ran
            Thread.sleep(2500);
            assertThat(reader.drain(r -> r.key().equals(ended), Duration.ofSeconds(1))).isEmpty();
        }
    }

    @Test
    void theMentorMarksAStartedSessionCompletedOnceAndNobodyElseCan() throws Exception {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(0, 8));
        LocalDate monday = nextMonday();
        String mentee = TestTokens.forUser(newUserId()).sign();
        String stranger = TestTokens.forUser(newUserId()).sign();
        String id = book(mentee, mentor, lisbon(monday, "09:00"));
        String cancelled = book(mentee, mentor, lisbon(monday, "11:00"));

        // not before it starts
        given().auth().oauth2(mentor.token()).post("/api/bookings/" + id + "/complete").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentra.dev/problems/not-completable"));

        try (TopicReader reader = TopicReader.of("bookings.v1")) {
            // under way (the job completes only ended sessions)
            place(id, Duration.ofMinutes(-20));
            given().auth().oauth2(mentee).post("/api/bookings/" + id + "/complete").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(stranger).post("/api/bookings/" + id + "/complete").then().statusCode(404);
            given().auth().oauth2(mentor.token()).post("/api/bookings/nope/complete").then().statusCode(404);
            assertThat(DB.count("SELECT count(*) FROM booking WHERE id = ? AND status = 'CONFIRMED'", id)).isEqualTo(1);

            given().auth().oauth2(mentor.token()).post("/api/bookings/" + id + "/complete").then().statusCode(200)
                    .body("status", equalTo("COMPLETED")).body("role", equalTo("MENTOR"));
            given().auth().oauth2(mentor.token()).post("/api/bookings/" + id + "/complete").then().statusCode(200)
                    .body("status", equalTo("COMPLETED"));
            given().auth().oauth2(mentee).get("/api/bookings/" + id).then().body("status", equalTo("COMPLETED"));

            List<ConsumerRecord<String, String>> completed = reader.await(1, r -> r.key().equals(id)
                    && r.value().contains("booking.completed"), Duration.ofSeconds(20));
            assertThat(Fixtures.json(completed.get(0).value()).get("data").get("status").asText()).isEqualTo("COMPLETED");
            Thread.sleep(1500);
            assertThat(reader.drain(r -> r.key().equals(id), Duration.ofSeconds(1))).as("announced once").isEmpty();

            // a cancelled session is not completed
            given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(Map.of("reason", "Travelling"))
                    .post("/api/bookings/" + cancelled + "/cancel").then().statusCode(200);
            place(cancelled, Duration.ofMinutes(-10));
            given().auth().oauth2(mentor.token()).post("/api/bookings/" + cancelled + "/complete").then().statusCode(409);
        }
    }

    @Test
    void aSessionIsCompletableOnceTheClockReachesItsStart() {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(0, 8));
        OffsetDateTime start = lisbon(nextMonday(), "09:00");
        String mentee = TestTokens.forUser(newUserId()).sign();
        String id = book(mentee, mentor, start);
        given().auth().oauth2(mentor.token()).post("/api/bookings/" + id + "/complete").then().statusCode(409)
                .body("type", equalTo("https://mentra.dev/problems/not-completable"));
        try {
            // time moves, not the session: twenty minutes into it
            clock.moveTo(start.toInstant().plus(Duration.ofMinutes(20)));
            given().auth().oauth2(mentor.token()).post("/api/bookings/" + id + "/complete").then().statusCode(200)
                    .body("status", equalTo("COMPLETED"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aClosedAccountsUpcomingSessionsAreCancelled() throws Exception {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(0, 8));
        String menteeId = newUserId();
        Fixtures.person(menteeId, menteeId + "@example.com");
        String id = book(TestTokens.forUser(menteeId).sign(), mentor, lisbon(nextMonday(), "11:00"));
        Fixtures.send("identity.users.v1", menteeId, Fixtures.event("user.deleted", menteeId,
                Map.of("userId", menteeId, "email", menteeId + "@example.com")));
        await().atMost(Duration.ofSeconds(20)).until(() -> DB.count(
                "SELECT count(*) FROM booking WHERE id = ? AND status = 'CANCELLED'", id) == 1);
        given().auth().oauth2(mentor.token()).get("/api/bookings/" + id).then()
                .body("statusReason", equalTo("Cancelled by the mentee: The account was closed".replace(
                        "Cancelled by the mentee: ", "")));
    }

    private static String book(String token, Fixtures.TestMentor mentor, OffsetDateTime start) {
        return given().auth().oauth2(token).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(booking(mentor.mentorId(), start)).post("/api/bookings").then().statusCode(201)
                .extract().jsonPath().getString("id");
    }

    /** Puts an hour-long session at now + {@code fromNow}, as if time had gone by. */
    private static void place(String bookingId, Duration fromNow) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plus(fromNow);
        DB.update("""
                UPDATE booking SET starts_at = ?::timestamptz, ends_at = ?::timestamptz, blocked_from = ?::timestamptz,
                  blocked_until = ?::timestamptz WHERE id = ?""", start.toString(), start.plusHours(1).toString(),
                start.toString(), start.plusHours(1).toString(), bookingId);
    }
}
