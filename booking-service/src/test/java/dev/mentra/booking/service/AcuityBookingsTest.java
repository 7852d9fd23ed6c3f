package dev.mentra.booking.service;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.mentra.booking.AcuityStandIn;
import dev.mentra.booking.Fixtures;
import dev.mentra.booking.client.AcuityTime;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TopicReader;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.mentra.booking.AcuityStandIn.acuity;
import static dev.mentra.booking.Fixtures.DB;
import static dev.mentra.booking.Fixtures.key;
import static dev.mentra.booking.Fixtures.lisbon;
import static dev.mentra.booking.Fixtures.newUserId;
import static dev.mentra.booking.Fixtures.nextMonday;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

/** Booking, moving and cancelling with a mentor on Acuity: Acuity first, between transactions, nothing half-done. */
@QuarkusTest
@WithTestResource(value = AcuityStandIn.class, scope = TestResourceScope.GLOBAL)
class AcuityBookingsTest {

    private static final String TYPE = "4321";

    @Test
    void theBookingsRowIsNotLockedWhileAcuityIsAskedToMoveIt() {
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor mentor = Fixtures.humanMentor(calendar, TYPE);
        LocalDate monday = nextMonday();
        long appointmentId = AcuityStandIn.newAppointmentId();
        acuity().stubFor(post(urlPathEqualTo("/api/v1/appointments"))
                .withRequestBody(matchingJsonPath("$.calendarID", equalTo(calendar)))
                .willReturn(okJson(AcuityStandIn.appointment(appointmentId, calendar, TYPE, lisbon(monday, "10:00"),
                        "m@example.com", "", false))));
        String mentee = TestTokens.forUser(newUserId()).email("m@example.com").sign();
        String id = given().auth().oauth2(mentee).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(Fixtures.booking(mentor.mentorId(), lisbon(monday, "10:00"))).post("/api/bookings").then()
                .statusCode(201).extract().jsonPath().getString("id");
        // Acuity takes its time to move it
        String movePath = "/api/v1/appointments/" + appointmentId + "/reschedule";
        acuity().stubFor(put(urlPathEqualTo(movePath))
                .willReturn(okJson(AcuityStandIn.appointment(appointmentId, calendar, TYPE, lisbon(monday, "15:00"),
                        "m@example.com", AcuityTime.reference(id), false)).withFixedDelay(1_500)));

        CompletableFuture<Response> moving = CompletableFuture.supplyAsync(() -> given().auth().oauth2(mentee)
                .contentType(ContentType.JSON).body(Map.of("startsAt", lisbon(monday, "15:00").toString()))
                .post("/api/bookings/" + id + "/reschedule"));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> acuity().findAll(putRequestedFor(urlPathEqualTo(movePath))).size() == 1);
        // Acuity is answering now: the row is free (NOWAIT fails at once on a row a transaction holds)
        assertThat(DB.rows("SELECT id FROM booking WHERE id = ? FOR UPDATE NOWAIT", id)).hasSize(1);

        assertThat(moving.join().statusCode()).isEqualTo(200);
        assertThat(DB.rows("SELECT starts_at FROM booking WHERE id = ?", id).get(0).get("starts_at").toString())
                .isEqualTo(java.sql.Timestamp.from(lisbon(monday, "15:00").toInstant()).toString());
    }

    @Test
    void aMentorOnAcuityOffersAcuitysTimesAndIsBookedMovedAndCancelledThere() throws Exception {
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor mentor = Fixtures.humanMentor(calendar, TYPE);
        LocalDate monday = nextMonday();
        acuity().stubFor(get(urlPathEqualTo("/api/v1/availability/times"))
                .withQueryParam("calendarID", equalTo(calendar))
                .withQueryParam("appointmentTypeID", equalTo(TYPE))
                .withQueryParam("date", equalTo(monday.toString()))
                .withHeader("Authorization", equalTo(AcuityStandIn.BASIC))
                .willReturn(okJson("[{\"time\":\"%s\",\"slotsAvailable\":1},{\"time\":\"%s\",\"slotsAvailable\":1}]"
                        .formatted(AcuityTime.format(lisbon(monday, "09:00")), AcuityTime.format(lisbon(monday, "14:00"))))));
        long appointmentId = AcuityStandIn.newAppointmentId();
        // Acuity answers a booking with the appointment it made (echoing the time and notes it was sent)
        acuity().stubFor(post(urlPathEqualTo("/api/v1/appointments"))
                .withRequestBody(matchingJsonPath("$.calendarID", equalTo(calendar)))
                .willReturn(okJson(AcuityStandIn.appointment(appointmentId, calendar, TYPE, lisbon(monday, "14:00"),
                        "mentee@example.com", "Booked on Mentra", false)
                        .replace(AcuityTime.format(lisbon(monday, "14:00")), "{{jsonPath request.body '$.datetime'}}"))));
        String mentee = TestTokens.forUser(newUserId()).email("mentee@example.com").name("Maya Mentee").sign();

        given().auth().oauth2(mentee).queryParam("mentorId", mentor.mentorId())
                .queryParam("from", monday.toString()).queryParam("to", monday.toString())
                .queryParam("timeZone", "Europe/Lisbon").get("/api/bookings/slots").then().statusCode(200)
                .body("source", org.hamcrest.Matchers.equalTo("acuity"))
                .body("slots.time", org.hamcrest.Matchers.contains("09:00", "14:00"));

        try (TopicReader reader = TopicReader.of("bookings.v1")) {
            String id = given().auth().oauth2(mentee).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                    .body(Fixtures.booking(mentor.mentorId(), lisbon(monday, "14:00"))).post("/api/bookings").then()
                    .statusCode(201)
                    .body("status", org.hamcrest.Matchers.equalTo("CONFIRMED"))
                    .body("syncedWithAcuity", org.hamcrest.Matchers.equalTo(true))
                    .extract().jsonPath().getString("id");
            acuity().verify(postRequestedFor(urlPathEqualTo("/api/v1/appointments"))
                    .withHeader("Authorization", equalTo(AcuityStandIn.BASIC))
                    .withRequestBody(matchingJsonPath("$.appointmentTypeID", equalTo(TYPE)))
                    .withRequestBody(matchingJsonPath("$.datetime", equalTo("%sT09:00:00-0500".formatted(monday))))
                    .withRequestBody(matchingJsonPath("$.email", equalTo("mentee@example.com")))
                    .withRequestBody(matchingJsonPath("$.firstName", equalTo("Maya")))
                    .withRequestBody(matchingJsonPath("$.notes", containing("[mentra:" + id + "]"))));
            assertThat(DB.rows("SELECT acuity_appointment_id FROM booking WHERE id = ?", id).get(0)
                    .get("acuity_appointment_id")).isEqualTo(appointmentId);
            // Acuity still offers 14:00 from its (cached) answer; Mentra's own booking takes it out
            given().auth().oauth2(mentee).queryParam("mentorId", mentor.mentorId())
                    .queryParam("from", monday.toString()).queryParam("to", monday.toString())
                    .queryParam("timeZone", "Europe/Lisbon").get("/api/bookings/slots").then()
                    .body("slots.time", org.hamcrest.Matchers.contains("09:00"));

            acuity().stubFor(put(urlPathEqualTo("/api/v1/appointments/" + appointmentId + "/reschedule"))
                    .willReturn(okJson(AcuityStandIn.appointment(appointmentId, calendar, TYPE, lisbon(monday, "09:00"),
                            "mentee@example.com", AcuityTime.reference(id), false))));
            given().auth().oauth2(mentee).contentType(ContentType.JSON)
                    .body(Map.of("startsAt", lisbon(monday, "09:00").toString()))
                    .post("/api/bookings/" + id + "/reschedule").then().statusCode(200);
            acuity().verify(putRequestedFor(urlPathEqualTo("/api/v1/appointments/" + appointmentId + "/reschedule"))
                    .withRequestBody(equalToJson("{\"datetime\":\"%sT09:00:00+0000\"}".formatted(monday))));

            acuity().stubFor(put(urlPathEqualTo("/api/v1/appointments/" + appointmentId + "/cancel"))
                    .willReturn(okJson(AcuityStandIn.appointment(appointmentId, calendar, TYPE, lisbon(monday, "09:00"),
                            "mentee@example.com", AcuityTime.reference(id), true))));
            given().auth().oauth2(mentee).contentType(ContentType.JSON).body(Map.of("reason", "Found a job"))
                    .post("/api/bookings/" + id + "/cancel").then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("CANCELLED"));
            acuity().verify(putRequestedFor(urlPathEqualTo("/api/v1/appointments/" + appointmentId + "/cancel"))
                    .withRequestBody(matchingJsonPath("$.cancelNote", containing("Found a job"))));

            List<ConsumerRecord<String, String>> events = reader.await(3, r -> r.key().equals(id), Duration.ofSeconds(20));
            assertThat(events).extracting(r -> Fixtures.json(r.value()).get("type").asText())
                    .containsExactly("booking.confirmed", "booking.rescheduled", "booking.cancelled");
        }
    }

    @Test
    void aSlotAcuityRefusesIsNotBookedAndTheSameKeyMayTryAgain() {
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor mentor = Fixtures.humanMentor(calendar, TYPE);
        OffsetDateTime start = lisbon(nextMonday(), "10:00");
        StubMapping refusal = acuity().stubFor(post(urlPathEqualTo("/api/v1/appointments"))
                .withRequestBody(matchingJsonPath("$.calendarID", equalTo(calendar)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody(AcuityStandIn.error(400, "not_available",
                                "The time 10:00am is not available for this appointment type."))));
        String mentee = TestTokens.forUser(newUserId()).email("m@example.com").sign();
        String key = key();
        given().auth().oauth2(mentee).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Fixtures.booking(mentor.mentorId(), start)).post("/api/bookings").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://mentra.dev/problems/slot-refused"))
                .body("detail", containsString("is not available"));
        assertThat(DB.count("SELECT count(*) FROM booking WHERE mentor_id = ? AND status IN ('PENDING','CONFIRMED')",
                mentor.mentorId())).isZero();
        given().auth().oauth2(mentee).get("/api/bookings").then().body("findAll { it.mentorId == '%s' }"
                .formatted(mentor.mentorId()), hasSize(0));

        acuity().removeStub(refusal);
        acuity().stubFor(post(urlPathEqualTo("/api/v1/appointments"))
                .withRequestBody(matchingJsonPath("$.calendarID", equalTo(calendar)))
                .willReturn(okJson(AcuityStandIn.appointment(AcuityStandIn.newAppointmentId(), calendar, TYPE, start,
                        "m@example.com", "", false))));
        given().auth().oauth2(mentee).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Fixtures.booking(mentor.mentorId(), start)).post("/api/bookings").then().statusCode(201)
                .header("Idempotent-Replayed", "false");
    }

    @Test
    void aMenteesNoteCannotCarryAMentraReference() {
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor mentor = Fixtures.humanMentor(calendar, TYPE);
        String mentee = TestTokens.forUser(newUserId()).email("n@example.com").sign();
        for (String note : List.of("Same as [mentra:bkg_0123456789abcdef]", "see [MENTRA:bkg_x] please")) {
            given().auth().oauth2(mentee).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                    .body(Map.of("mentorId", mentor.mentorId(), "startsAt", lisbon(nextMonday(), "13:00").toString(),
                            "timeZone", "Europe/Lisbon", "note", note))
                    .post("/api/bookings").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.hasItem("note"));
        }
        assertThat(DB.count("SELECT count(*) FROM booking WHERE mentor_id = ?", mentor.mentorId())).isZero();
        acuity().verify(0, postRequestedFor(urlPathEqualTo("/api/v1/appointments"))
                .withRequestBody(matchingJsonPath("$.calendarID", equalTo(calendar))));
    }

    @Test
    void acuitysRateLimitIsWaitedOutAndASlowBookingThatWentThroughIsConfirmed() {
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor mentor = Fixtures.humanMentor(calendar, TYPE);
        LocalDate monday = nextMonday();
        // 429 with Retry-After first, then the answer
        acuity().stubFor(get(urlPathEqualTo("/api/v1/availability/times")).withQueryParam("calendarID", equalTo(calendar))
                .inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody(AcuityStandIn.error(429, "too_many_requests", "Too many requests")))
                .willSetStateTo("open"));
        acuity().stubFor(get(urlPathEqualTo("/api/v1/availability/times")).withQueryParam("calendarID", equalTo(calendar))
                .inScenario("limited").whenScenarioStateIs("open")
                .willReturn(okJson("[{\"time\":\"%s\",\"slotsAvailable\":1}]"
                        .formatted(AcuityTime.format(lisbon(monday, "12:00"))))));
        String mentee = TestTokens.forUser(newUserId()).email("slow@example.com").sign();
        given().auth().oauth2(mentee).queryParam("mentorId", mentor.mentorId())
                .queryParam("from", monday.toString()).queryParam("to", monday.toString())
                .queryParam("timeZone", "Europe/Lisbon").get("/api/bookings/slots").then().statusCode(200)
                .body("slots.time", org.hamcrest.Matchers.contains("12:00"));

        // Acuity books but answers after Mentra stopped waiting; Mentra looks for its reference and confirms
        long appointmentId = AcuityStandIn.newAppointmentId();
        acuity().stubFor(post(urlPathEqualTo("/api/v1/appointments"))
                .withRequestBody(matchingJsonPath("$.calendarID", equalTo(calendar)))
                .willReturn(okJson("{}").withFixedDelay(3_500)));
        CompletableFuture<io.restassured.response.Response> booking = CompletableFuture.supplyAsync(() -> given()
                .auth().oauth2(mentee).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(Fixtures.booking(mentor.mentorId(), lisbon(monday, "12:00"))).post("/api/bookings"));
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).until(() -> DB.count(
                "SELECT count(*) FROM booking WHERE mentor_id = ? AND status = 'PENDING'", mentor.mentorId()) == 1);
        String pendingId = (String) DB.rows("SELECT id FROM booking WHERE mentor_id = ?", mentor.mentorId()).get(0).get("id");
        acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments")).withQueryParam("calendarID", equalTo(calendar))
                .willReturn(okJson("[" + AcuityStandIn.appointment(appointmentId, calendar, TYPE, lisbon(monday, "12:00"),
                        "slow@example.com", "Booked on Mentra " + AcuityTime.reference(pendingId), false) + "]")));
        booking.join().then().statusCode(201).body("id", org.hamcrest.Matchers.equalTo(pendingId))
                .body("status", org.hamcrest.Matchers.equalTo("CONFIRMED"));
        assertThat(DB.rows("SELECT acuity_appointment_id FROM booking WHERE id = ?", pendingId).get(0)
                .get("acuity_appointment_id")).isEqualTo(appointmentId);
    }
}
