package dev.mentra.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TestEvents;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TopicWriter;
import io.restassured.http.ContentType;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Mentors and people as the other services announce them, and a mentor's hours set through the API. */
public final class Fixtures {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final TestDatabase DB = TestDatabase.of("booking");

    private Fixtures() {
    }

    /** A human mentor published by mentor-service, with a token for their user. */
    public record TestMentor(String mentorId, String userId, String token) {
    }

    public static String newUserId() {
        return "user_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    public static TestMentor humanMentor(String calendarId, String appointmentTypeId) {
        String userId = newUserId();
        String mentorId = "mtr_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, Object> data = new HashMap<>();
        data.put("mentorId", mentorId);
        data.put("kind", "HUMAN");
        data.put("userId", userId);
        data.put("displayName", "Mentor " + mentorId);
        data.put("timeZone", "Europe/Lisbon");
        data.put("sessionMinutes", 60);
        data.put("acuityCalendarId", calendarId);
        data.put("acuityAppointmentTypeId", appointmentTypeId);
        data.put("active", true);
        data.put("futureField", "ignored");
        send("mentors.v1", mentorId, event("mentor.published", mentorId, data));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> DB.count("SELECT count(*) FROM mentor WHERE mentor_id = ?", mentorId) == 1);
        return new TestMentor(mentorId, userId, TestTokens.forUser(userId).roles("mentee", "mentor").sign());
    }

    public static TestMentor humanMentor() {
        return humanMentor(null, null);
    }

    public static String aiMentor() {
        String mentorId = "mtr_ai_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        send("mentors.v1", mentorId, event("mentor.published", mentorId, Map.of("mentorId", mentorId, "kind", "AI",
                "displayName", "Ada", "active", true)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> DB.count("SELECT count(*) FROM mentor WHERE mentor_id = ?", mentorId) == 1);
        return mentorId;
    }

    /** A user identity-service announced (booking-service matches Acuity's clients by email). */
    public static void person(String userId, String email) {
        send("identity.users.v1", userId, event("user.created", userId,
                Map.of("userId", userId, "email", email, "displayName", "Pat Person")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> DB.count("SELECT count(*) FROM person WHERE user_id = ?", userId) == 1);
    }

    public static String event(String type, String subject, Map<String, Object> data) {
        return TestEvents.envelope(type, subject, data);
    }

    public static void send(String topic, String key, String value) {
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send(topic, key, value);
        }
    }

    /** Weekdays 09:00-12:00 in Lisbon, hour-long sessions on the hour, no buffers, one hour notice. */
    public static Map<String, Object> weekdayMornings(int bufferMinutes, int maxPerDay) {
        Map<String, Object> weekly = new HashMap<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekly.put(day.name(), List.of(Map.of("start", "09:00", "end", "12:00")));
        }
        return Map.of("timeZone", "Europe/Lisbon", "weekly", weekly, "overrides", List.of(),
                "rules", Map.of("sessionMinutes", 60, "bufferBeforeMinutes", bufferMinutes,
                        "bufferAfterMinutes", bufferMinutes, "minimumNoticeMinutes", 60, "horizonDays", 120,
                        "maxPerDay", maxPerDay, "slotStepMinutes", 60));
    }

    public static void setHours(TestMentor mentor, Map<String, Object> availability) {
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(availability)
                .put("/api/availability").then().statusCode(200);
    }

    /** A Monday at least a week ahead, in Lisbon. */
    public static LocalDate nextMonday() {
        return LocalDate.now(ZoneId.of("Europe/Lisbon")).plusDays(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    public static OffsetDateTime lisbon(LocalDate date, String time) {
        return date.atTime(java.time.LocalTime.parse(time)).atZone(ZoneId.of("Europe/Lisbon")).toOffsetDateTime();
    }

    public static Map<String, Object> booking(String mentorId, OffsetDateTime start) {
        return Map.of("mentorId", mentorId, "startsAt", start.toString(), "timeZone", "America/New_York",
                "note", "Career change into data engineering");
    }

    public static String key() {
        return "key-" + UUID.randomUUID();
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
