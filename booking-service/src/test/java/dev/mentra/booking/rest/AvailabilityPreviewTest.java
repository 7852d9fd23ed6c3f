package dev.mentra.booking.rest;

import dev.mentra.booking.Fixtures;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static dev.mentra.booking.Fixtures.key;
import static dev.mentra.booking.Fixtures.lisbon;
import static dev.mentra.booking.Fixtures.newUserId;
import static dev.mentra.booking.Fixtures.nextMonday;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** The mentor's live preview: the slots unsaved hours would give, computed as mentees' are, and refused alike. */
@QuarkusTest
class AvailabilityPreviewTest {

    /** Mondays 14:00-16:00 in Lisbon, an extra Tuesday morning on {@code tuesday}, hour-long sessions. */
    private static Map<String, Object> afternoons(LocalDate tuesday) {
        Map<String, Object> body = new HashMap<>();
        body.put("timeZone", "Europe/Lisbon");
        body.put("weekly", Map.of("MONDAY", List.of(Map.of("start", "14:00", "end", "16:00"))));
        body.put("overrides", List.of(Map.of("date", tuesday.toString(),
                "hours", List.of(Map.of("start", "10:00", "end", "11:00")))));
        body.put("rules", Map.of("sessionMinutes", 60, "bufferBeforeMinutes", 0, "bufferAfterMinutes", 0,
                "minimumNoticeMinutes", 60, "horizonDays", 120, "maxPerDay", 8, "slotStepMinutes", 60));
        return body;
    }

    private static List<String> previewStarts(Fixtures.TestMentor mentor, Map<String, Object> body, LocalDate from,
                                              LocalDate to, String zone) {
        return given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(body)
                .queryParam("from", from.toString()).queryParam("to", to.toString()).queryParam("timeZone", zone)
                .post("/api/availability/preview").then().statusCode(200)
                .body("source", equalTo("mentra")).body("mentorTimeZone", equalTo("Europe/Lisbon"))
                .extract().jsonPath().getList("slots.startsAt", String.class);
    }

    private static List<String> menteeStarts(String mentee, Fixtures.TestMentor mentor, LocalDate from, LocalDate to,
                                             String zone) {
        return given().auth().oauth2(mentee).queryParam("mentorId", mentor.mentorId())
                .queryParam("from", from.toString()).queryParam("to", to.toString()).queryParam("timeZone", zone)
                .get("/api/bookings/slots").then().statusCode(200)
                .extract().jsonPath().getList("slots.startsAt", String.class);
    }

    private static List<Instant> instants(List<String> starts) {
        return starts.stream().map(s -> OffsetDateTime.parse(s).toInstant()).toList();
    }

    @Test
    void thePreviewShowsWhatMenteesWillSeeOnceSavedAndChangesNothingBefore() {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Fixtures.setHours(mentor, Fixtures.weekdayMornings(0, 8));
        LocalDate monday = nextMonday();
        LocalDate tuesday = monday.plusDays(1);
        String mentee = TestTokens.forUser(newUserId()).sign();
        List<String> before = menteeStarts(mentee, mentor, monday, tuesday, "America/New_York");
        assertThat(before).hasSize(6);

        Map<String, Object> draft = afternoons(tuesday);
        List<String> preview = previewStarts(mentor, draft, monday, tuesday, "America/New_York");
        assertThat(instants(preview)).containsExactly(lisbon(monday, "14:00").toInstant(),
                lisbon(monday, "15:00").toInstant(), lisbon(tuesday, "10:00").toInstant());
        // shown in the zone asked for
        assertThat(preview).allMatch(start -> start.endsWith("-05:00") || start.endsWith("-04:00"));
        // nothing saved: the mentor's hours and what mentees see are as before
        given().auth().oauth2(mentor.token()).get("/api/availability").then()
                .body("weekly.MONDAY[0].start", equalTo("09:00"));
        assertThat(menteeStarts(mentee, mentor, monday, tuesday, "America/New_York")).isEqualTo(before);

        // saved, mentees see exactly the previewed slots
        Fixtures.setHours(mentor, draft);
        assertThat(menteeStarts(mentee, mentor, monday, tuesday, "America/New_York")).isEqualTo(preview);

        // time a session holds is left out of the preview, as it is for mentees
        given().auth().oauth2(mentee).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(Fixtures.booking(mentor.mentorId(), lisbon(monday, "14:00"))).post("/api/bookings").then()
                .statusCode(201);
        List<String> held = previewStarts(mentor, draft, monday, tuesday, "Europe/Lisbon");
        assertThat(instants(held)).containsExactly(lisbon(monday, "15:00").toInstant(), lisbon(tuesday, "10:00").toInstant());
        assertThat(menteeStarts(mentee, mentor, monday, tuesday, "Europe/Lisbon")).isEqualTo(held);
    }

    @Test
    void byDefaultThePreviewCoversTheNextTwoWeeksInTheMentorsZone() {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        Map<String, Object> body = new HashMap<>(afternoons(nextMonday().plusDays(1)));
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(body)
                .post("/api/availability/preview").then().statusCode(200)
                .body("timeZone", equalTo("Europe/Lisbon"))
                .body("sessionMinutes", equalTo(60))
                // two Mondays at most in 14 days (2 slots each), and the overridden Tuesday if it is within them
                .body("slots.size()", org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                        .and(org.hamcrest.Matchers.lessThanOrEqualTo(5)));
    }

    @Test
    void badHoursAreNamedAtTheirFieldsAndHostileInputStaysA4xx() {
        Fixtures.TestMentor mentor = Fixtures.humanMentor();
        LocalDate tuesday = nextMonday().plusDays(1);

        Map<String, Object> bad = new HashMap<>(afternoons(tuesday));
        bad.put("weekly", Map.of(
                "MONDAY", List.of(Map.of("start", "09:00", "end", "11:00"), Map.of("start", "10:00", "end", "12:00")),
                "TUESDAY", List.of(Map.of("start", "14:00", "end", "13:00"))));
        bad.put("overrides", List.of(
                Map.of("date", tuesday.toString(), "hours", List.of(Map.of("start", "10:00", "end", "12:00"),
                        Map.of("start", "11:00", "end", "13:00"))),
                Map.of("date", tuesday.toString(), "hours", List.of())));
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(bad)
                .post("/api/availability/preview").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("weekly.MONDAY", "weekly.TUESDAY[0].end", "overrides[0].hours",
                        "overrides[1].date"));
        // the same errors from saving: one set of rules
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(bad)
                .put("/api/availability").then().statusCode(400)
                .body("errors.field", hasItems("weekly.MONDAY", "weekly.TUESDAY[0].end", "overrides[0].hours",
                        "overrides[1].date"));

        Map<String, Object> rules = new HashMap<>(afternoons(tuesday));
        rules.put("timeZone", "Mars/Olympus");
        rules.put("rules", Map.of("sessionMinutes", 5, "bufferBeforeMinutes", -1, "bufferAfterMinutes", 100_000,
                "minimumNoticeMinutes", Integer.MAX_VALUE, "horizonDays", 0, "maxPerDay", 0, "slotStepMinutes", 1));
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(rules)
                .post("/api/availability/preview").then().statusCode(400)
                .body("errors.field", hasItems("timeZone", "rules.sessionMinutes", "rules.bufferBeforeMinutes",
                        "rules.bufferAfterMinutes", "rules.minimumNoticeMinutes", "rules.horizonDays",
                        "rules.maxPerDay", "rules.slotStepMinutes"));

        // too many ranges, too many overrides, times that are not times, a body that is not JSON or not there
        Map<String, Object> many = new HashMap<>(afternoons(tuesday));
        many.put("weekly", Map.of("MONDAY", Collections.nCopies(13, Map.of("start", "09:00", "end", "10:00"))));
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(many)
                .post("/api/availability/preview").then().statusCode(400);
        List<Map<String, Object>> overrides = new ArrayList<>();
        for (int i = 0; i < 367; i++) {
            overrides.add(Map.of("date", tuesday.plusDays(i).toString(), "hours", List.of()));
        }
        Map<String, Object> tooMany = new HashMap<>(afternoons(tuesday));
        tooMany.put("overrides", overrides);
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(tooMany)
                .post("/api/availability/preview").then().statusCode(400).body("errors.field", hasItem("overrides"));
        Map<String, Object> notTimes = new HashMap<>(afternoons(tuesday));
        notTimes.put("weekly", Map.of("MONDAY", List.of(Map.of("start", "25:00", "end", "<script>"))));
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(notTimes)
                .post("/api/availability/preview").then().statusCode(400);
        Map<String, Object> notADay = new HashMap<>(afternoons(tuesday));
        notADay.put("weekly", Map.of("FUNDAY", List.of()));
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(notADay)
                .post("/api/availability/preview").then().statusCode(400);
        Map<String, Object> notADate = new HashMap<>(afternoons(tuesday));
        notADate.put("overrides", List.of(Map.of("date", "2026-02-30", "hours", List.of())));
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(notADate)
                .post("/api/availability/preview").then().statusCode(400);
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body("{\"timeZone\": ")
                .post("/api/availability/preview").then().statusCode(400);
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON)
                .post("/api/availability/preview").then().statusCode(400);

        // a window that is not one, or too long
        Map<String, Object> good = afternoons(tuesday);
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(good).queryParam("from", "soon")
                .post("/api/availability/preview").then().statusCode(400).body("errors.field", hasItem("from"));
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(good)
                .queryParam("from", tuesday.toString()).queryParam("to", tuesday.plusDays(100).toString())
                .post("/api/availability/preview").then().statusCode(400).body("errors.field", contains("to"));
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(good)
                .queryParam("timeZone", "Nowhere/Land")
                .post("/api/availability/preview").then().statusCode(400);
    }

    @Test
    void onlyAMentorPreviewsAvailability() {
        Map<String, Object> body = afternoons(nextMonday().plusDays(1));
        given().auth().oauth2(TestTokens.forUser(newUserId()).sign()).contentType(ContentType.JSON).body(body)
                .post("/api/availability/preview").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).post("/api/availability/preview").then().statusCode(401);
    }

}
