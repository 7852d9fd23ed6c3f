package dev.mentra.mentor.catalog.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static dev.mentra.mentor.catalog.service.MentorJourneyTest.apply;
import static dev.mentra.mentor.catalog.service.MentorJourneyTest.approve;
import static dev.mentra.mentor.catalog.service.MentorJourneyTest.newUserId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * An Acuity calendar belongs to one mentor: only an admin connects one, and a calendar or appointment type an
 * active mentor holds cannot be given to another (bookings would land in their calendar, sync would import their
 * clients).
 */
@QuarkusTest
public class AcuityCalendarTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = TestTokens.anyUser().roles("mentee", "admin").sign();
    private final TestDatabase db = TestDatabase.of("mentor");

    @Test
    void aMentorCannotSetAnAcuityCalendarOnTheirOwnProfile() {
        String token = TestTokens.forUser(newUserId()).sign();
        String mentorId = approve(apply(token));
        String calendar = newAcuityId();

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("headline", "Staff engineer helping seniors grow", "acuityCalendarId", calendar,
                        "acuityAppointmentTypeId", newAcuityId()))
                .put("/api/mentors/me").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://mentra.dev/problems/acuity-admin-only"));
        assertThat(db.count("SELECT count(*) FROM mentor WHERE id = ? AND acuity_calendar_id IS NULL", mentorId))
                .isEqualTo(1);

        // once an admin connected it, sending the same ids back (a form saving the whole profile) is fine
        String type = newAcuityId();
        connect(mentorId, calendar, type).statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("headline", "Staff engineer helping seniors grow", "acuityCalendarId", calendar,
                        "acuityAppointmentTypeId", type))
                .put("/api/mentors/me").then().statusCode(200)
                .body("profile.headline", equalTo("Staff engineer helping seniors grow"))
                .body("acuityCalendarId", equalTo(calendar));
        // but neither another calendar nor disconnecting
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("acuityCalendarId", newAcuityId()))
                .put("/api/mentors/me").then().statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("acuityAppointmentTypeId", ""))
                .put("/api/mentors/me").then().statusCode(403);
    }

    @Test
    void anAdminConnectsAMentorsCalendarAndBookingServiceIsTold() throws Exception {
        String token = TestTokens.forUser(newUserId()).sign();
        String mentorId = approve(apply(token));
        String calendar = newAcuityId();
        String type = newAcuityId();

        connect(mentorId, calendar, type).statusCode(200)
                .body("profile.id", equalTo(mentorId))
                .body("acuityCalendarId", equalTo(calendar))
                .body("acuityAppointmentTypeId", equalTo(type));
        given().auth().oauth2(token).get("/api/mentors/me").then().body("acuityCalendarId", equalTo(calendar));
        try (TopicReader reader = TopicReader.of("mentors.v1")) {
            JsonNode updated = JSON.readTree(reader.await(2, r -> r.key().equals(mentorId), Duration.ofSeconds(20))
                    .get(1).value());
            assertThat(updated.get("type").asText()).isEqualTo("mentor.updated");
            assertThat(updated.get("data").get("acuityCalendarId").asText()).isEqualTo(calendar);
            assertThat(updated.get("data").get("acuityAppointmentTypeId").asText()).isEqualTo(type);
        }

        // only admins
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("calendarId", newAcuityId(), "appointmentTypeId", newAcuityId()))
                .put("/api/mentors/" + mentorId + "/acuity").then().statusCode(403);
        // both ids or neither; Acuity's ids are numbers
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("calendarId", newAcuityId()))
                .put("/api/mentors/" + mentorId + "/acuity").then().statusCode(400)
                .body("errors.field", hasItem("appointmentTypeId"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("calendarId", "12 OR 1=1", "appointmentTypeId", newAcuityId()))
                .put("/api/mentors/" + mentorId + "/acuity").then().statusCode(400)
                .body("errors.field", hasItem("calendarId"));
        // an AI mentor is not booked
        connect("ai-finance", newAcuityId(), newAcuityId()).statusCode(400)
                .body("type", equalTo("https://mentra.dev/problems/not-human"));

        // disconnecting: neither id
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of())
                .put("/api/mentors/" + mentorId + "/acuity").then().statusCode(200)
                .body("acuityCalendarId", nullValue()).body("acuityAppointmentTypeId", nullValue());
    }

    @Test
    void aCalendarOrAppointmentTypeAnotherActiveMentorHoldsIsRefused() {
        String first = approve(apply(TestTokens.forUser(newUserId()).sign()));
        String second = approve(apply(TestTokens.forUser(newUserId()).sign()));
        String calendar = newAcuityId();
        String type = newAcuityId();
        connect(first, calendar, type).statusCode(200);

        taken(connect(second, calendar, newAcuityId()), first);
        taken(connect(second, newAcuityId(), type), first);
        assertThat(db.count("SELECT count(*) FROM mentor WHERE id = ? AND acuity_calendar_id IS NULL", second))
                .isEqualTo(1);
        // the holder itself may be connected again to the same calendar
        connect(first, calendar, type).statusCode(200);

        // the database holds the rule too, whatever writes the row
        assertThat(catchSql(() -> db.update("UPDATE mentor SET acuity_calendar_id = ? WHERE id = ?", calendar, second)))
                .contains("mentor_acuity_calendar");
        assertThat(catchSql(() -> db.update("UPDATE mentor SET acuity_appointment_type_id = ? WHERE id = ?", type, second)))
                .contains("mentor_acuity_appointment_type");

        // a retired mentor's calendar is free again
        given().auth().oauth2(ADMIN).post("/api/mentors/" + first + "/retire").then().statusCode(204);
        connect(second, calendar, type).statusCode(200).body("acuityCalendarId", equalTo(calendar));
    }

    private static ValidatableResponse connect(String mentorId, String calendarId, String typeId) {
        Map<String, String> body = new HashMap<>();
        body.put("calendarId", calendarId);
        body.put("appointmentTypeId", typeId);
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .put("/api/mentors/" + mentorId + "/acuity").then();
    }

    private static void taken(ValidatableResponse response, String holder) {
        response.statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://mentra.dev/problems/acuity-calendar-taken"))
                .body("mentorId", equalTo(holder));
    }

    private static String catchSql(Runnable statement) {
        try {
            statement.run();
            return "no error";
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage()) + " " + e.getCause();
        }
    }

    public static String newAcuityId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000L, 999_999_999L));
    }
}
