package dev.mentra.booking.service;

import dev.mentra.booking.AcuityStandIn;
import dev.mentra.booking.Fixtures;
import dev.mentra.local.testing.MetricsScrape;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static dev.mentra.booking.Fixtures.booking;
import static dev.mentra.booking.Fixtures.key;
import static dev.mentra.booking.Fixtures.lisbon;
import static dev.mentra.booking.Fixtures.newUserId;
import static dev.mentra.booking.Fixtures.nextMonday;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What operators see on /q/metrics when people book, are refused, cancel, and when Acuity calls. */
@QuarkusTest
class BookingMetricsTest {

    @Test
    void bookingsMadeRefusedByReasonAndCancelledAreCounted() {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(0, 8));
        LocalDate monday = nextMonday();
        String mentee = TestTokens.forUser(newUserId()).sign();
        MetricsScrape before = MetricsScrape.now();

        String id = given().auth().oauth2(mentee).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(booking(mentor.mentorId(), lisbon(monday, "10:00"))).post("/api/bookings").then()
                .statusCode(201).extract().jsonPath().getString("id");
        String other = TestTokens.forUser(newUserId()).sign();
        given().auth().oauth2(other).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(booking(mentor.mentorId(), lisbon(monday, "10:00"))).post("/api/bookings").then()
                .statusCode(409);
        given().auth().oauth2(other).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(booking(mentor.mentorId(), lisbon(monday, "03:00"))).post("/api/bookings").then()
                .statusCode(422);
        given().auth().oauth2(mentee).contentType(ContentType.JSON).body(Map.of("reason", "cannot make it"))
                .post("/api/bookings/" + id + "/cancel").then().statusCode(200);

        MetricsScrape after = MetricsScrape.now();
        assertThat(delta(before, after, "mentra_bookings_made_total", "source", "mentra")).isEqualTo(1);
        assertThat(delta(before, after, "mentra_bookings_refused_total", "reason", "slot-unavailable")).isEqualTo(1);
        assertThat(delta(before, after, "mentra_bookings_refused_total", "reason", "slot-not-offered")).isEqualTo(1);
        assertThat(delta(before, after, "mentra_bookings_refused_total")).isEqualTo(2);
        assertThat(delta(before, after, "mentra_bookings_cancelled_total", "source", "mentra")).isEqualTo(1);
        // a bounded set of reasons, present from the start
        assertThat(after.labelValues("mentra_bookings_refused_total", "reason"))
                .containsAll(java.util.List.of("slot-refused", "scheduling-unavailable", "other"));
    }

    @Test
    void acuityWebhookDeliveriesAreCountedAcceptedOrRefused() {
        MetricsScrape before = MetricsScrape.now();

        assertThat(AcuityStandIn.sendWebhook("appointment.scheduled", 1L, "1", "1", "not-the-key")).isEqualTo(401);
        assertThat(AcuityStandIn.sendWebhook("order.completed", 1L, "1", "1", AcuityStandIn.API_KEY)).isEqualTo(200);

        MetricsScrape after = MetricsScrape.now();
        assertThat(delta(before, after, "mentra_webhook_deliveries_total", "webhook", "acuity", "outcome", "refused"))
                .isEqualTo(1);
        assertThat(delta(before, after, "mentra_webhook_deliveries_total", "webhook", "acuity", "outcome", "accepted"))
                .isEqualTo(1);
    }

    private static double delta(MetricsScrape before, MetricsScrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
