package dev.mentra.booking.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mentra.booking.Fixtures;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Availability, slots and bookings on Mentra's own scheduling, through the API. */
@QuarkusTest
class BookingApiTest {

    @Test
    void aMentorSetsOnlyTheirOwnHoursAndBadHoursAreNamed() {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        given().auth().oauth2(mentor.token()).get("/api/availability").then().statusCode(200)
                .body("configured", equalTo(false)).body("timeZone", equalTo("Europe/Lisbon"))
                .body("rules.sessionMinutes", equalTo(60));
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(15, 3));
        given().auth().oauth2(mentor.token()).get("/api/availability").then().statusCode(200)
                .body("configured", equalTo(true))
                .body("weekly.MONDAY[0].start", equalTo("09:00"))
                .body("rules.bufferAfterMinutes", equalTo(15));

        // a mentee has no availability to see or set
        String mentee = TestTokens.forUser(newUserId()).sign();
        given().auth().oauth2(mentee).get("/api/availability").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(mentee).contentType(ContentType.JSON).body(Fixtures.weekdayMornings(0, 3))
                .put("/api/availability").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Fixtures.weekdayMornings(0, 3))
                .put("/api/availability").then().statusCode(401);

        Map<String, Object> bad = Map.of("timeZone", "Mars/Olympus",
                "weekly", Map.of("MONDAY", List.of(Map.of("start", "09:00", "end", "11:00"),
                                Map.of("start", "10:00", "end", "12:00")),
                        "TUESDAY", List.of(Map.of("start", "14:00", "end", "13:00"))),
                "rules", Map.of("sessionMinutes", 5, "horizonDays", 30, "maxPerDay", 3));
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(bad)
                .put("/api/availability").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("timeZone", "rules.sessionMinutes"));
        Map<String, Object> overlapping = Map.of("timeZone", "Europe/Lisbon",
                "weekly", Map.of("MONDAY", List.of(Map.of("start", "09:00", "end", "11:00"),
                                Map.of("start", "10:00", "end", "12:00")),
                        "TUESDAY", List.of(Map.of("start", "14:00", "end", "13:00"))),
                "rules", Map.of("sessionMinutes", 60, "horizonDays", 30, "maxPerDay", 3));
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(overlapping)
                .put("/api/availability").then().statusCode(400)
                .body("errors.field", hasItem("weekly.TUESDAY[0].end"));
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON)
                .body(Map.of("timeZone", "Europe/Lisbon", "weekly", Map.of("MONDAY", List.of(
                                Map.of("start", "09:00", "end", "11:00"), Map.of("start", "10:00", "end", "12:00"))),
                        "rules", Map.of("sessionMinutes", 60, "horizonDays", 30, "maxPerDay", 3)))
                .put("/api/availability").then().statusCode(400)
                .body("errors.field", hasItem("weekly.MONDAY"));
        // the saved hours are untouched by the refused changes
        given().auth().oauth2(mentor.token()).get("/api/availability").then()
                .body("rules.bufferAfterMinutes", equalTo(15));
    }

    @Test
    void slotsAreShownInTheAskersZoneAndFollowTheMentorsHours() {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(0, 8));
        LocalDate monday = nextMonday();
        String mentee = TestTokens.forUser(newUserId()).sign();

        Response slots = given().auth().oauth2(mentee)
                .queryParam("mentorId", mentor.mentorId()).queryParam("from", monday.toString())
                .queryParam("to", monday.toString()).queryParam("timeZone", "America/New_York")
                .get("/api/bookings/slots");
        slots.then().statusCode(200)
                .body("timeZone", equalTo("America/New_York"))
                .body("mentorTimeZone", equalTo("Europe/Lisbon"))
                .body("source", equalTo("mentra"))
                .body("slots", hasSize(3));
        // 09:00, 10:00, 11:00 in Lisbon are 5 (or 4) hours earlier in New York, with New York's offset
        JsonNode first = Fixtures.json(slots.asString()).get("slots").get(0);
        OffsetDateTime start = OffsetDateTime.parse(first.get("startsAt").asText());
        assertThat(start.toInstant()).isEqualTo(lisbon(monday, "09:00").toInstant());
        assertThat(start.getOffset().getTotalSeconds()).isIn(-5 * 3600, -4 * 3600);
        assertThat(first.get("time").asText()).isIn("04:00", "05:00");

        // a weekend day offers nothing; a bad range is named
        given().auth().oauth2(mentee).queryParam("mentorId", mentor.mentorId())
                .queryParam("from", monday.minusDays(2).toString()).queryParam("to", monday.minusDays(1).toString())
                .get("/api/bookings/slots").then().statusCode(200).body("slots", hasSize(0));
        given().auth().oauth2(mentee).queryParam("mentorId", mentor.mentorId())
                .queryParam("from", monday.toString()).queryParam("to", monday.minusDays(3).toString())
                .queryParam("timeZone", "Nowhere/Land")
                .get("/api/bookings/slots").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(mentee).queryParam("mentorId", mentor.mentorId())
                .queryParam("from", "yesterday").get("/api/bookings/slots").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        given().auth().oauth2(mentee).queryParam("mentorId", "mtr_nobody")
                .get("/api/bookings/slots").then().statusCode(404);
        given().auth().oauth2(mentee).queryParam("mentorId", Fixtures.aiMentor())
                .get("/api/bookings/slots").then().statusCode(400)
                .body("type", equalTo("https://mentra.dev/problems/not-bookable"));
        given().queryParam("mentorId", mentor.mentorId()).get("/api/bookings/slots").then().statusCode(401);
    }

    @Test
    void aBookingIsIdempotentPerKeyPrivateToItsPeopleAndTakesItsSlot() throws Exception {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(30, 8));
        LocalDate monday = nextMonday();
        String menteeId = newUserId();
        String mentee = TestTokens.forUser(menteeId).sign();
        String key = key();
        Map<String, Object> body = booking(mentor.mentorId(), lisbon(monday, "10:00"));

        try (TopicReader reader = TopicReader.of("bookings.v1")) {
            String id = given().auth().oauth2(mentee).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(body).post("/api/bookings").then().statusCode(201)
                    .header("Location", startsWith("/api/bookings/bkg_"))
                    .header("Idempotent-Replayed", "false")
                    .body("status", equalTo("CONFIRMED"))
                    .body("role", equalTo("MENTEE"))
                    .body("timeZone", equalTo("America/New_York"))
                    .body("mentorUserId", equalTo(mentor.userId()))
                    .extract().jsonPath().getString("id");

            // the same request again (a retry after a lost answer): the same booking, nothing new
            given().auth().oauth2(mentee).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(body).post("/api/bookings").then().statusCode(201)
                    .header("Idempotent-Replayed", "true").body("id", equalTo(id));
            // the same key for another request is a mistake
            given().auth().oauth2(mentee).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(booking(mentor.mentorId(), lisbon(monday, "11:00"))).post("/api/bookings").then()
                    .statusCode(409).body("type", equalTo("https://mentra.dev/problems/idempotency-key-reused"));
            given().auth().oauth2(mentee).contentType(ContentType.JSON).body(body).post("/api/bookings").then()
                    .statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
            assertThat(DB.count("SELECT count(*) FROM booking WHERE mentor_id = ?", mentor.mentorId())).isEqualTo(1);

            // the mentor sees it as theirs; anyone else cannot see or touch it
            given().auth().oauth2(mentor.token()).get("/api/bookings").then().statusCode(200)
                    .body("id", contains(id)).body("[0].role", equalTo("MENTOR"));
            given().auth().oauth2(mentor.token()).get("/api/bookings/" + id).then().statusCode(200);
            String stranger = TestTokens.forUser(newUserId()).sign();
            given().auth().oauth2(stranger).get("/api/bookings/" + id).then().statusCode(404);
            given().auth().oauth2(stranger).get("/api/bookings").then().statusCode(200).body("id", not(hasItem(id)));
            given().auth().oauth2(stranger).contentType(ContentType.JSON).body(Map.of("reason", "mine now"))
                    .post("/api/bookings/" + id + "/cancel").then().statusCode(404);
            given().auth().oauth2(stranger).contentType(ContentType.JSON)
                    .body(Map.of("startsAt", lisbon(monday, "11:00").toString()))
                    .post("/api/bookings/" + id + "/reschedule").then().statusCode(404);
            given().auth().oauth2(TestTokens.anyUser().roles("mentee", "admin").sign())
                    .get("/api/bookings/" + id).then().statusCode(200);

            // the slot and its buffers are taken: another mentee is told which session is in the way
            String other = TestTokens.forUser(newUserId()).sign();
            given().auth().oauth2(other).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                    .body(booking(mentor.mentorId(), lisbon(monday, "11:00"))).post("/api/bookings").then()
                    .statusCode(409)
                    .body("type", equalTo("https://mentra.dev/problems/slot-unavailable"))
                    .body("conflict.startsAt", equalTo(lisbon(monday, "10:00").toInstant().toString()));
            given().auth().oauth2(other).queryParam("mentorId", mentor.mentorId())
                    .queryParam("from", monday.toString()).queryParam("to", monday.toString())
                    .queryParam("timeZone", "Europe/Lisbon").get("/api/bookings/slots").then()
                    .body("slots", hasSize(0)); // 09:00 and 11:00 would cut into the buffers of 10:00

            List<ConsumerRecord<String, String>> events = reader.await(1, r -> r.key().equals(id), Duration.ofSeconds(20));
            JsonNode event = Fixtures.json(events.get(0).value());
            assertThat(event.get("type").asText()).isEqualTo("booking.confirmed");
            JsonNode data = event.get("data");
            assertThat(data.get("bookingId").asText()).isEqualTo(id);
            assertThat(data.get("mentorId").asText()).isEqualTo(mentor.mentorId());
            assertThat(data.get("mentorUserId").asText()).isEqualTo(mentor.userId());
            assertThat(data.get("menteeId").asText()).isEqualTo(menteeId);
            assertThat(OffsetDateTime.parse(data.get("startsAt").asText()).toInstant())
                    .isEqualTo(lisbon(monday, "10:00").toInstant());
            assertThat(OffsetDateTime.parse(data.get("endsAt").asText()).toInstant())
                    .isEqualTo(lisbon(monday, "11:00").toInstant());
            assertThat(data.get("timeZone").asText()).isEqualTo("America/New_York");
            assertThat(reader.drain(r -> r.key().equals(id), Duration.ofSeconds(2))).isEmpty();
        }
    }
}
