package dev.mentra.mentor.catalog.messaging;

import dev.mentra.local.testing.InboxRecords;
import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TestEvents;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.mentra.mentor.catalog.service.MentorJourneyTest.apply;
import static dev.mentra.mentor.catalog.service.MentorJourneyTest.approve;
import static dev.mentra.mentor.catalog.service.MentorJourneyTest.newUserId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** mentor-service's consumers never stall on an event they cannot apply: it is parked and the partition goes on. */
@QuarkusTest
class ParkedEventsTest {

    private final TestDatabase db = TestDatabase.of("mentor");
    private final InboxRecords inbox = InboxRecords.of("mentor");

    @Test
    void aGuestsCompletedSessionUnlocksNoReviewAndHoldsUpNothingBehindIt() {
        String mentorId = approve(apply(TestTokens.forUser(newUserId()).sign()));
        String guestBooking = "bkg_" + UUID.randomUUID();
        String guest = completed(guestBooking, mentorId, null);
        String menteeId = newUserId();
        String nextBooking = "bkg_" + UUID.randomUUID();
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("bookings.v1", 0, guestBooking, guest);
            writer.send("bookings.v1", 0, nextBooking, completed(nextBooking, mentorId, menteeId));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                db.count("SELECT count(*) FROM completed_session WHERE booking_id = ?", nextBooking) == 1);
        // the guest (no Mentra account) is skipped cleanly: applied, nothing parked, no session to review
        assertThat(inbox.isApplied("mentor-service.bookings", guest)).isTrue();
        assertThat(inbox.isParked(guest)).isFalse();
        assertThat(db.count("SELECT count(*) FROM completed_session WHERE booking_id = ?", guestBooking)).isZero();
        given().auth().oauth2(TestTokens.forUser(menteeId).sign()).contentType(ContentType.JSON)
                .body(Map.of("rating", 4)).post("/api/mentors/" + mentorId + "/reviews").then().statusCode(201);
    }

    @Test
    void aBookingEventThatBreaksAConstraintIsParkedAndTheNextOneOfItsPartitionApplied() {
        String poisonBooking = "bkg_" + UUID.randomUUID();
        String poison = completed(poisonBooking, null, newUserId()); // completed_session.mentor_id is NOT NULL
        String nextBooking = "bkg_" + UUID.randomUUID();
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("bookings.v1", 1, poisonBooking, poison);
            writer.send("bookings.v1", 1, nextBooking, completed(nextBooking, "mtr_any", newUserId()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                db.count("SELECT count(*) FROM completed_session WHERE booking_id = ?", nextBooking) == 1);
        Map<String, Object> parked = inbox.awaitParked("mentor-service.bookings", poison);
        assertThat((String) parked.get("error")).contains("23502");
        assertThat(parked).containsEntry("transient", false).containsEntry("topic", "bookings.v1");
        assertThat(db.count("SELECT count(*) FROM completed_session WHERE booking_id = ?", poisonBooking)).isZero();
    }

    @Test
    void aUserEventThatCannotBeReadIsParkedAndTheNextOneOfItsPartitionApplied() {
        String userId = newUserId();
        String mentorId = approve(apply(TestTokens.forUser(userId).sign()));
        String poison = TestEvents.envelope("user.created", "user_poison",
                Map.of("userId", "user_poison", "displayName", List.of("not", "a", "name")));
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("identity.users.v1", 2, "user_poison", poison);
            writer.send("identity.users.v1", 2, userId, TestEvents.envelope("user.deleted", userId,
                    Map.of("userId", userId)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/mentors/" + mentorId).then().statusCode(404));
        Map<String, Object> parked = inbox.awaitParked("mentor-service.users", poison);
        assertThat((String) parked.get("error")).contains("MalformedEventException");
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static String completed(String bookingId, String mentorId, String menteeId) {
        Map<String, Object> data = new HashMap<>();
        data.put("bookingId", bookingId);
        data.put("mentorId", mentorId);
        data.put("mentorUserId", "user_mentor");
        data.put("menteeId", menteeId);
        data.put("startsAt", "2026-11-24T10:00:00Z");
        data.put("endsAt", "2026-11-24T10:45:00Z");
        data.put("source", "acuity");
        return TestEvents.envelope("booking.completed", bookingId, data);
    }
}
