package dev.mentra.booking.rest;

import dev.mentra.booking.AcuityStandIn;
import dev.mentra.booking.Fixtures;
import dev.mentra.booking.client.AcuitySignature;
import dev.mentra.local.testing.HostileInputContract;
import dev.mentra.local.testing.HostileRoute;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.platform.validation.Paging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.mentra.booking.AcuityStandIn.acuity;
import static dev.mentra.booking.Fixtures.lisbon;
import static io.restassured.RestAssured.given;

/**
 * The hostile-input table against every write and paging route of booking-service: availability, slots, booking
 * (with its Idempotency-Key), one's bookings (paged), cancel, reschedule, no-show, and Acuity's signed webhook form.
 */
@QuarkusTest
class BookingHostileInputTest extends HostileInputContract {

    @Override
    protected List<HostileRoute> routes() {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(0, 4));
        LocalDate monday = Fixtures.nextMonday();
        LocalDate tuesday = monday.plusDays(1);
        String mentee = Fixtures.newUserId();
        String toCancel = book(mentor.mentorId(), lisbon(monday, "10:00"));
        String toReschedule = book(mentor.mentorId(), lisbon(monday, "11:00"));
        String notYetHeld = book(mentor.mentorId(), lisbon(tuesday, "10:00"));
        long appointmentId = AcuityStandIn.newAppointmentId();
        acuity().stubFor(get(urlPathEqualTo("/api/v1/appointments/" + appointmentId)).willReturn(okJson(
                AcuityStandIn.appointment(appointmentId, "424242", "4321", lisbon(tuesday, "11:00"),
                        "guest@example.org", "", true))));

        return List.of(
                HostileRoute.put("/api/availability").authorization(bearer(mentor.userId(), "mentee", "mentor"))
                        .json(write(Fixtures.weekdayMornings(0, 4))),
                HostileRoute.get("/api/bookings/slots").authorization(bearer(mentee, "mentee"))
                        .query("mentorId", mentor.mentorId()).query("from", monday.toString())
                        .query("to", monday.plusDays(6).toString()).query("timeZone", "America/New_York"),
                HostileRoute.post("/api/bookings").authorization(bearer(mentee, "mentee"))
                        .header("Idempotency-Key", Fixtures::key)
                        .json(write(Fixtures.booking(mentor.mentorId(), lisbon(monday, "09:00")))),
                HostileRoute.get("/api/bookings").authorization(bearer(mentee, "mentee"))
                        .query("status", "CONFIRMED").query("from", "2026-01-01").query("to", "2030-01-01")
                        .page("page", Paging.MAX_PAGE).size("size", 200),
                HostileRoute.post("/api/bookings/{id}/cancel").pathParam("id", toCancel)
                        .authorization(bearer(mentor.userId(), "mentee", "mentor"))
                        .json("{\"reason\": \"Plans changed\"}").optionalBody(),
                HostileRoute.post("/api/bookings/{id}/reschedule").pathParam("id", toReschedule)
                        .authorization(bearer(mentor.userId(), "mentee", "mentor"))
                        .json("{\"startsAt\": \"" + lisbon(tuesday, "09:00") + "\"}"),
                // the session has not begun: the valid request is refused by the rule, not at the door
                HostileRoute.post("/api/bookings/{id}/no-show").pathParam("id", notYetHeld)
                        .authorization(bearer(mentor.userId(), "mentee", "mentor")).sampleAnswers(409),
                HostileRoute.post("/webhooks/acuity")
                        .signedBy(body -> Map.of("x-acuity-signature", AcuitySignature.sign(body, AcuityStandIn.API_KEY)))
                        .form("action=appointment.canceled&id=" + appointmentId + "&calendarID=424242&appointmentTypeID=4321"));
    }

    /** A token signed for each request: the run can outlast one token's five minutes. */
    private static Supplier<String> bearer(String userId, String... roles) {
        return () -> "Bearer " + TestTokens.forUser(userId).roles(roles).sign();
    }

    /** A booking by a mentee of its own, so each route starts from a booking of its own. */
    private static String book(String mentorId, OffsetDateTime start) {
        return given().auth().oauth2(TestTokens.forUser(Fixtures.newUserId()).sign())
                .header("Idempotency-Key", "key-" + UUID.randomUUID()).contentType(ContentType.JSON)
                .body(Fixtures.booking(mentorId, start)).post("/api/bookings")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static String write(Object body) {
        try {
            return Fixtures.JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
