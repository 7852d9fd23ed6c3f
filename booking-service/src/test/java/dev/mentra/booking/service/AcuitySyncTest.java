package dev.mentra.booking.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.mentra.booking.AcuityStandIn;
import dev.mentra.booking.Fixtures;
import dev.mentra.booking.client.AcuityTime;
import dev.mentra.local.testing.InboxRecords;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TopicReader;
import dev.mentra.local.testing.TopicWriter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import static org.hamcrest.Matchers.hasSize;

/**
 * Acuity's state applied here (webhooks, reconciliation), against a stand-in that speaks its API and sends its
 * webhooks. One test per behaviour of {@link AcuitySync}; its length is the number of ways Acuity's state can move.
 */
@QuarkusTest
@WithTestResource(value = AcuityStandIn.class, scope = TestResourceScope.GLOBAL)
class AcuitySyncTest {

    private static final String TYPE = "4321";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Inject
    AcuitySync sync;

    /** Runs a reconciliation round now, as the scheduler would. */
    private void reconcile() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> sync.reconcile());
    }

    @Test
    void acuityDownDuringBookingLeavesNothingHalfDoneAndALateAppointmentIsCancelled() throws Throwable {
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor mentor = Fixtures.humanMentor(calendar, TYPE);
        OffsetDateTime start = lisbon(nextMonday(), "11:00");
        acuity().stubFor(post(urlPathEqualTo("/api/v1/appointments"))
                .withRequestBody(matchingJsonPath("$.calendarID", equalTo(calendar)))
                .willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));
        StubMapping listDown = acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments"))
                .withQueryParam("calendarID", equalTo(calendar))
                .willReturn(aResponse().withStatus(503)));
        String mentee = TestTokens.forUser(newUserId()).email("m@example.com").sign();
        given().auth().oauth2(mentee).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(Fixtures.booking(mentor.mentorId(), start)).post("/api/bookings").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", org.hamcrest.Matchers.equalTo("https://mentra.dev/problems/scheduling-unavailable"));
        // a booking is never retried blindly: Acuity may have acted on it
        acuity().verify(1, postRequestedFor(urlPathEqualTo("/api/v1/appointments"))
                .withRequestBody(matchingJsonPath("$.calendarID", equalTo(calendar))));
        List<Map<String, Object>> rows = DB.rows("SELECT id, status FROM booking WHERE mentor_id = ?", mentor.mentorId());
        assertThat(rows).extracting(r -> r.get("status")).containsExactly("FAILED");
        String failedId = (String) rows.get(0).get("id");

        // Acuity had in fact booked it: reconciliation finds the appointment carrying the failed booking's reference
        long appointmentId = AcuityStandIn.newAppointmentId();
        acuity().removeStub(listDown);
        acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments")).withQueryParam("calendarID", equalTo(calendar))
                .withQueryParam("canceled", absent())
                .willReturn(okJson("[" + AcuityStandIn.appointment(appointmentId, calendar, TYPE, start, "m@example.com",
                        "Booked on Mentra " + AcuityTime.reference(failedId), false) + "]")));
        acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments")).withQueryParam("calendarID", equalTo(calendar))
                .withQueryParam("canceled", equalTo("true")).willReturn(okJson("[]")));
        acuity().stubFor(put(urlPathEqualTo("/api/v1/appointments/" + appointmentId + "/cancel"))
                .willReturn(okJson(AcuityStandIn.appointment(appointmentId, calendar, TYPE, start, "m@example.com",
                        "", true))));
        reconcile();
        acuity().verify(1, putRequestedFor(urlPathEqualTo("/api/v1/appointments/" + appointmentId + "/cancel")));
        assertThat(DB.count("SELECT count(*) FROM booking WHERE mentor_id = ? AND status IN ('PENDING','CONFIRMED')",
                mentor.mentorId())).isZero();
    }

    @Test
    void webhooksAreVerifiedAndDuplicatedOrReorderedOnesConvergeToAcuitysState() throws Exception {
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor mentor = Fixtures.humanMentor(calendar, TYPE);
        String menteeId = newUserId();
        String email = menteeId + "@example.com";
        Fixtures.person(menteeId, email);
        LocalDate monday = nextMonday();
        long id = AcuityStandIn.newAppointmentId();
        StubMapping current = acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments/" + id))
                .willReturn(okJson(AcuityStandIn.appointment(id, calendar, TYPE, lisbon(monday, "15:00"), email,
                        "Booked by phone", false))));

        assertThat(AcuityStandIn.sendWebhook("appointment.scheduled", id, calendar, TYPE, "not-the-key")).isEqualTo(401);
        assertThat(DB.count("SELECT count(*) FROM booking WHERE acuity_appointment_id = ?", id)).isZero();
        acuity().verify(0, getRequestedFor(urlPathEqualTo("/api/v1/appointments/" + id)));

        try (TopicReader reader = TopicReader.of("bookings.v1")) {
            assertThat(AcuityStandIn.sendWebhook("appointment.scheduled", id, calendar, TYPE, AcuityStandIn.API_KEY))
                    .isEqualTo(200);
            assertThat(AcuityStandIn.sendWebhook("appointment.scheduled", id, calendar, TYPE, AcuityStandIn.API_KEY))
                    .isEqualTo(200); // delivered twice
            List<Map<String, Object>> rows = DB.rows(
                    "SELECT id, mentee_id, status FROM booking WHERE acuity_appointment_id = ?", id);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0)).containsEntry("mentee_id", menteeId).containsEntry("status", "CONFIRMED");
            String bookingId = (String) rows.get(0).get("id");
            given().auth().oauth2(TestTokens.forUser(menteeId).sign()).get("/api/bookings/" + bookingId).then()
                    .statusCode(200).body("note", org.hamcrest.Matchers.equalTo("Booked by phone"));

            // moved in Acuity; then the old "scheduled" notice arrives late: Acuity's current state wins
            acuity().removeStub(current);
            current = acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments/" + id))
                    .willReturn(okJson(AcuityStandIn.appointment(id, calendar, TYPE, lisbon(monday, "16:00"), email,
                            "Booked by phone", false))));
            assertThat(AcuityStandIn.sendWebhook("appointment.rescheduled", id, calendar, TYPE, AcuityStandIn.API_KEY))
                    .isEqualTo(200);
            assertThat(AcuityStandIn.sendWebhook("appointment.scheduled", id, calendar, TYPE, AcuityStandIn.API_KEY))
                    .isEqualTo(200);
            assertThat(DB.rows("SELECT starts_at FROM booking WHERE id = ?", bookingId).get(0).get("starts_at").toString())
                    .isEqualTo(java.sql.Timestamp.from(lisbon(monday, "16:00").toInstant()).toString());

            acuity().removeStub(current);
            acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments/" + id))
                    .willReturn(okJson(AcuityStandIn.appointment(id, calendar, TYPE, lisbon(monday, "16:00"), email,
                            "Booked by phone", true))));
            assertThat(AcuityStandIn.sendWebhook("appointment.canceled", id, calendar, TYPE, AcuityStandIn.API_KEY))
                    .isEqualTo(200);
            assertThat(AcuityStandIn.sendWebhook("appointment.rescheduled", id, calendar, TYPE, AcuityStandIn.API_KEY))
                    .isEqualTo(200);
            assertThat(DB.count("SELECT count(*) FROM booking WHERE id = ? AND status = 'CANCELLED'", bookingId))
                    .isEqualTo(1);

            List<ConsumerRecord<String, String>> events = reader.await(3, r -> r.key().equals(bookingId),
                    Duration.ofSeconds(20));
            assertThat(events).extracting(r -> Fixtures.json(r.value()).get("type").asText())
                    .containsExactly("booking.confirmed", "booking.rescheduled", "booking.cancelled");
            JsonNode confirmed = Fixtures.json(events.get(0).value()).get("data");
            assertThat(confirmed.get("source").asText()).isEqualTo("acuity");
            assertThat(confirmed.get("menteeId").asText()).isEqualTo(menteeId);
            assertThat(confirmed.get("mentorUserId").asText()).isEqualTo(mentor.userId());
            assertThat(reader.drain(r -> r.key().equals(bookingId), Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void anAppointmentMadeWithTheMentorsOwnEmailIsAGuestsNeverASelfBooking() throws Exception {
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor mentor = Fixtures.humanMentor(calendar, TYPE);
        String mentorEmail = mentor.userId() + "@mentors.example.com";
        Fixtures.person(mentor.userId(), mentorEmail); // booking-service knows the mentor's own account
        long id = AcuityStandIn.newAppointmentId();
        acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments/" + id))
                .willReturn(okJson(AcuityStandIn.appointment(id, calendar, TYPE, lisbon(nextMonday(), "17:00"),
                        mentorEmail.toUpperCase(), "Blocked for a friend", false))));

        try (TopicReader reader = TopicReader.of("bookings.v1")) {
            assertThat(AcuityStandIn.sendWebhook("appointment.scheduled", id, calendar, TYPE, AcuityStandIn.API_KEY))
                    .isEqualTo(200);
            List<Map<String, Object>> rows = DB.rows(
                    "SELECT id, mentee_id, guest_email, status FROM booking WHERE acuity_appointment_id = ?", id);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("mentee_id")).isNull();
            assertThat(rows.get(0)).containsEntry("guest_email", mentorEmail.toUpperCase())
                    .containsEntry("status", "CONFIRMED");
            String bookingId = (String) rows.get(0).get("id");
            JsonNode confirmed = Fixtures.json(reader.await(1, r -> r.key().equals(bookingId), Duration.ofSeconds(20))
                    .get(0).value()).get("data");
            assertThat(confirmed.get("menteeId").isNull()).isTrue();
            assertThat(confirmed.get("mentorUserId").asText()).isEqualTo(mentor.userId());
        }
    }

    @Test
    void aClosedAccountWhileAcuityIsDownIsCancelledHereAtOnceAndInAcuityOnceItIsBack() throws Exception {
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor mentor = Fixtures.humanMentor(calendar, TYPE);
        String menteeId = newUserId();
        String email = menteeId + "@example.com";
        Fixtures.person(menteeId, email);
        long id = AcuityStandIn.newAppointmentId();
        OffsetDateTime start = lisbon(nextMonday(), "16:00");
        acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments/" + id))
                .willReturn(okJson(AcuityStandIn.appointment(id, calendar, TYPE, start, email, "", false))));
        assertThat(AcuityStandIn.sendWebhook("appointment.scheduled", id, calendar, TYPE, AcuityStandIn.API_KEY))
                .isEqualTo(200);
        String bookingId = (String) DB.rows("SELECT id FROM booking WHERE acuity_appointment_id = ? AND mentee_id = ?",
                id, menteeId).get(0).get("id");

        StubMapping down = acuity().stubFor(put(urlPathEqualTo("/api/v1/appointments/" + id + "/cancel"))
                .willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));
        String deleted = Fixtures.event("user.deleted", menteeId, Map.of("userId", menteeId, "email", email));
        String next = newUserId();
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("identity.users.v1", 0, menteeId, deleted);
            writer.send("identity.users.v1", 0, next, Fixtures.event("user.created", next,
                    Map.of("userId", next, "email", next + "@example.com")));
        }
        // the consumer goes on at once: the booking is cancelled here, Acuity is left to a job
        await().atMost(Duration.ofSeconds(20)).until(() ->
                DB.count("SELECT count(*) FROM person WHERE user_id = ?", next) == 1);
        assertThat(DB.count("SELECT count(*) FROM booking WHERE id = ? AND status = 'CANCELLED'", bookingId)).isEqualTo(1);
        assertThat(InboxRecords.of("booking").isApplied("booking-service.users", deleted)).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> DB.count("""
                SELECT count(*) FROM acuity_cancellation
                WHERE booking_id = ? AND status = 'PENDING' AND attempts >= 1 AND last_error IS NOT NULL""",
                bookingId) == 1);

        acuity().removeStub(down);
        acuity().stubFor(put(urlPathEqualTo("/api/v1/appointments/" + id + "/cancel"))
                .willReturn(okJson(AcuityStandIn.appointment(id, calendar, TYPE, start, email, "", true))));
        await().atMost(Duration.ofSeconds(30)).until(() -> DB.count(
                "SELECT count(*) FROM acuity_cancellation WHERE booking_id = ? AND status = 'DONE'", bookingId) == 1);
        acuity().verify(putRequestedFor(urlPathEqualTo("/api/v1/appointments/" + id + "/cancel"))
                .withHeader("Authorization", equalTo(AcuityStandIn.BASIC))
                .withRequestBody(matchingJsonPath("$.cancelNote", containing("The account was closed"))));
        // cancelled once in Acuity: no further attempt once it is done
        int calls = acuity().findAll(putRequestedFor(urlPathEqualTo("/api/v1/appointments/" + id + "/cancel"))).size();
        Thread.sleep(2_500);
        assertThat(acuity().findAll(putRequestedFor(urlPathEqualTo("/api/v1/appointments/" + id + "/cancel"))))
                .hasSize(calls);
    }

    @Test
    void anAppointmentInAnotherMentorsCalendarCannotCancelOrMoveTheBookingItNames() {
        // a session booked on Mentra with a mentor who schedules on Mentra
        Fixtures.TestMentor victim = Fixtures.humanMentor();
        Fixtures.setHours(victim, Fixtures.weekdayMornings(0, 3));
        OffsetDateTime start = lisbon(nextMonday(), "10:00");
        String mentee = TestTokens.forUser(newUserId()).sign();
        String bookingId = given().auth().oauth2(mentee).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(Fixtures.booking(victim.mentorId(), start)).post("/api/bookings").then().statusCode(201)
                .extract().jsonPath().getString("id");
        // someone books in another mentor's Acuity calendar, naming that session in the notes, and cancels
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor other = Fixtures.humanMentor(calendar, TYPE);
        long cancelled = AcuityStandIn.newAppointmentId();
        acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments/" + cancelled))
                .willReturn(okJson(AcuityStandIn.appointment(cancelled, calendar, TYPE, lisbon(nextMonday(), "15:00"),
                        "someone@example.org", "Please " + AcuityTime.reference(bookingId), true))));
        assertThat(AcuityStandIn.sendWebhook("appointment.canceled", cancelled, calendar, TYPE, AcuityStandIn.API_KEY))
                .isEqualTo(200);
        // ... or moves one to another time
        long moved = AcuityStandIn.newAppointmentId();
        acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments/" + moved))
                .willReturn(okJson(AcuityStandIn.appointment(moved, calendar, TYPE, lisbon(nextMonday(), "16:00"),
                        "someone@example.org", AcuityTime.reference(bookingId), false))));
        assertThat(AcuityStandIn.sendWebhook("appointment.rescheduled", moved, calendar, TYPE, AcuityStandIn.API_KEY))
                .isEqualTo(200);

        Map<String, Object> session = DB.rows("SELECT status, starts_at, acuity_appointment_id FROM booking WHERE id = ?",
                bookingId).get(0);
        assertThat(session).containsEntry("status", "CONFIRMED");
        assertThat(session.get("acuity_appointment_id")).isNull();
        assertThat(session.get("starts_at").toString()).isEqualTo(java.sql.Timestamp.from(start.toInstant()).toString());
        // the moved appointment is simply one made in the other mentor's calendar
        assertThat(DB.rows("SELECT mentor_id FROM booking WHERE acuity_appointment_id = ?", moved))
                .extracting(r -> r.get("mentor_id")).containsExactly(other.mentorId());
        assertThat(DB.count("SELECT count(*) FROM booking WHERE acuity_appointment_id = ?", cancelled)).isZero();
    }

    @Test
    void anAppointmentNamingABookingThatHasItsAppointmentDoesNotTakeItOver() {
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor mentor = Fixtures.humanMentor(calendar, TYPE);
        OffsetDateTime start = lisbon(nextMonday(), "09:00");
        long booked = AcuityStandIn.newAppointmentId();
        acuity().stubFor(post(urlPathEqualTo("/api/v1/appointments"))
                .withRequestBody(matchingJsonPath("$.calendarID", equalTo(calendar)))
                .willReturn(okJson(AcuityStandIn.appointment(booked, calendar, TYPE, start, "m@example.com",
                        "Booked on Mentra", false))));
        String bookingId = given().auth().oauth2(TestTokens.forUser(newUserId()).email("m@example.com").sign())
                .header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(Fixtures.booking(mentor.mentorId(), start)).post("/api/bookings").then().statusCode(201)
                .extract().jsonPath().getString("id");

        // a second appointment in the same calendar naming the same booking, cancelled
        long intruder = AcuityStandIn.newAppointmentId();
        acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments/" + intruder))
                .willReturn(okJson(AcuityStandIn.appointment(intruder, calendar, TYPE, start, "x@example.org",
                        AcuityTime.reference(bookingId), true))));
        assertThat(AcuityStandIn.sendWebhook("appointment.canceled", intruder, calendar, TYPE, AcuityStandIn.API_KEY))
                .isEqualTo(200);

        assertThat(DB.rows("SELECT status, acuity_appointment_id FROM booking WHERE id = ?", bookingId).get(0))
                .containsEntry("status", "CONFIRMED").containsEntry("acuity_appointment_id", booked);
        acuity().verify(0, putRequestedFor(urlPathEqualTo("/api/v1/appointments/" + booked + "/cancel")));
    }

    @Test
    void anAppointmentInACalendarTwoMentorsNameIsImportedForNeither() {
        // mentor-service gives a calendar to one active mentor; while a change of hands travels, two may name it here
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor before = Fixtures.humanMentor(calendar, TYPE);
        Fixtures.TestMentor after = Fixtures.humanMentor(calendar, TYPE);
        long id = AcuityStandIn.newAppointmentId();
        acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments/" + id))
                .willReturn(okJson(AcuityStandIn.appointment(id, calendar, TYPE, lisbon(nextMonday(), "17:00"),
                        "client@example.org", "", false))));
        assertThat(AcuityStandIn.sendWebhook("appointment.scheduled", id, calendar, TYPE, AcuityStandIn.API_KEY))
                .isEqualTo(200);
        assertThat(DB.count("SELECT count(*) FROM booking WHERE acuity_appointment_id = ?", id)).isZero();
        assertThat(DB.count("SELECT count(*) FROM booking WHERE mentor_id IN (?, ?)", before.mentorId(), after.mentorId()))
                .isZero();
    }

    @Test
    void reconciliationHealsDroppedWebhooks() throws Throwable {
        String calendar = AcuityStandIn.newCalendarId();
        Fixtures.TestMentor mentor = Fixtures.humanMentor(calendar, TYPE);
        OffsetDateTime start = OffsetDateTime.now(NEW_YORK).plusDays(3).withHour(13).withMinute(0).withSecond(0).withNano(0);
        long id = AcuityStandIn.newAppointmentId();
        StubMapping active = acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments"))
                .withQueryParam("calendarID", equalTo(calendar)).withQueryParam("canceled", absent())
                .withHeader("Authorization", equalTo(AcuityStandIn.BASIC))
                .willReturn(okJson("[" + AcuityStandIn.appointment(id, calendar, TYPE, start, "guest@example.org", "", false) + "]")));
        StubMapping cancelled = acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments"))
                .withQueryParam("calendarID", equalTo(calendar)).withQueryParam("canceled", equalTo("true"))
                .willReturn(okJson("[]")));

        reconcile();
        List<Map<String, Object>> rows = DB.rows(
                "SELECT id, mentee_id, guest_email, status FROM booking WHERE acuity_appointment_id = ?", id);
        assertThat(rows).hasSize(1);
        // a client Mentra does not know stays a guest of the mentor
        assertThat(rows.get(0)).containsEntry("guest_email", "guest@example.org").containsEntry("status", "CONFIRMED");
        assertThat(rows.get(0).get("mentee_id")).isNull();
        given().auth().oauth2(mentor.token()).get("/api/bookings/" + rows.get(0).get("id")).then().statusCode(200)
                .body("guestEmail", org.hamcrest.Matchers.equalTo("guest@example.org"));

        // cancelled in Acuity, and that webhook was lost
        acuity().removeStub(active);
        acuity().removeStub(cancelled);
        acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments")).withQueryParam("calendarID", equalTo(calendar))
                .withQueryParam("canceled", absent()).willReturn(okJson("[]")));
        acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments")).withQueryParam("calendarID", equalTo(calendar))
                .withQueryParam("canceled", equalTo("true"))
                .willReturn(okJson("[" + AcuityStandIn.appointment(id, calendar, TYPE, start, "guest@example.org", "", true) + "]")));
        reconcile();
        await().atMost(Duration.ofSeconds(5)).until(() -> DB.count(
                "SELECT count(*) FROM booking WHERE acuity_appointment_id = ? AND status = 'CANCELLED'", id) == 1);
    }


}
