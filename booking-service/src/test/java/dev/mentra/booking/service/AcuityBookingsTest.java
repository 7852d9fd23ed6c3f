package dev.mentra.booking.service;

import dev.mentra.booking.AcuityStandIn;
import dev.mentra.booking.Fixtures;
import dev.mentra.booking.client.AcuityTime;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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

/** Acuity is asked between database transactions: a slow Acuity holds no lock of Mentra's. */
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
}
