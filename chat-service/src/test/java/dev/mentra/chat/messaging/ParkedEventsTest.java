package dev.mentra.chat.messaging;

import dev.mentra.chat.testing.Fixtures;
import dev.mentra.chat.testing.Fixtures.Person;
import dev.mentra.local.testing.InboxRecords;
import dev.mentra.local.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static dev.mentra.chat.testing.Fixtures.DB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * chat-service's consumers never stall on an event they cannot apply: it is parked and the partition goes on.
 * A guest's booking (no Mentra mentee) opens no session room.
 */
@QuarkusTest
class ParkedEventsTest {

    private final InboxRecords inbox = InboxRecords.of("chat");

    @Test
    void aGuestsBookingOpensNoSessionRoomAndHoldsUpNothingBehindIt() {
        Person mentor = Person.any("Gia");
        String mentorId = Fixtures.mentor("HUMAN", mentor.id(), "Gia Mentor");
        String guestBooking = Fixtures.newId("bkg");
        String confirmed = Fixtures.envelope("booking.confirmed", guestBooking, booking(guestBooking, mentorId,
                mentor.id(), null, null));
        String cancelled = Fixtures.envelope("booking.cancelled", guestBooking, booking(guestBooking, mentorId,
                mentor.id(), null, "Guest cannot come"));
        String next = Fixtures.newId("bkg");
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("bookings.v1", 0, guestBooking, confirmed);
            writer.send("bookings.v1", 0, guestBooking, cancelled);
            writer.send("bookings.v1", 0, next, Fixtures.envelope("booking.confirmed", next, booking(next, mentorId,
                    mentor.id(), Fixtures.newId("user"), null)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> rooms(next) == 1);
        assertThat(rooms(guestBooking)).isZero();
        assertThat(inbox.isApplied("chat-service.bookings", confirmed)).isTrue();
        assertThat(inbox.isApplied("chat-service.bookings", cancelled)).isTrue();
        assertThat(inbox.isParked(confirmed) || inbox.isParked(cancelled)).isFalse();
    }

    @Test
    void aBookingWithTheMentorAsItsOwnMenteeOpensNoRoomAndHoldsUpNothingBehindIt() {
        Person mentor = Person.any("Sol");
        String mentorId = Fixtures.mentor("HUMAN", mentor.id(), "Sol Mentor");
        String selfBooking = Fixtures.newId("bkg");
        // what booking-service announced before it treated an Acuity client with the mentor's own email as a guest
        String self = Fixtures.envelope("booking.confirmed", selfBooking, booking(selfBooking, mentorId, mentor.id(),
                mentor.id(), null));
        String next = Fixtures.newId("bkg");
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("bookings.v1", 1, selfBooking, self);
            writer.send("bookings.v1", 1, next, Fixtures.envelope("booking.confirmed", next, booking(next, mentorId,
                    mentor.id(), Fixtures.newId("user"), null)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> rooms(next) == 1);
        assertThat(rooms(selfBooking)).isZero();
        assertThat(inbox.isApplied("chat-service.bookings", self)).isTrue();
        assertThat(inbox.isParked(self)).isFalse();
    }

    @Test
    void aBookingEventThatCannotBeReadIsParkedAndTheNextOneOfItsPartitionApplied() {
        Person mentor = Person.any("Pia");
        String mentorId = Fixtures.mentor("HUMAN", mentor.id(), "Pia Mentor");
        String poisonBooking = Fixtures.newId("bkg");
        Map<String, Object> bad = booking(poisonBooking, mentorId, mentor.id(), Fixtures.newId("user"), null);
        bad.put("startsAt", "next Tuesday, probably");
        String poison = Fixtures.envelope("booking.confirmed", poisonBooking, bad);
        String next = Fixtures.newId("bkg");
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("bookings.v1", 2, poisonBooking, poison);
            writer.send("bookings.v1", 2, next, Fixtures.envelope("booking.confirmed", next, booking(next, mentorId,
                    mentor.id(), Fixtures.newId("user"), null)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> rooms(next) == 1);
        Map<String, Object> parked = inbox.awaitParked("chat-service.bookings", poison);
        assertThat((String) parked.get("error")).contains("MalformedEventException");
        assertThat(parked).containsEntry("transient", false).containsEntry("kafka_partition", 2);
        assertThat(rooms(poisonBooking)).isZero();
    }

    @Test
    void aMentorEventThatCannotBeReadIsParkedAndTheNextOneOfItsPartitionApplied() {
        String poisonId = Fixtures.newId("mnt");
        String poison = Fixtures.envelope("mentor.published", poisonId, Map.of("mentorId", poisonId, "kind", "HUMAN",
                "displayName", "Maybe Mentor", "active", "maybe"));
        String nextId = Fixtures.newId("mnt");
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("mentors.v1", 0, poisonId, poison);
            writer.send("mentors.v1", 0, nextId, Fixtures.envelope("mentor.published", nextId, Map.of(
                    "mentorId", nextId, "kind", "HUMAN", "userId", Fixtures.newId("user"), "displayName", "Next",
                    "active", true)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                DB.count("SELECT count(*) FROM directory_mentor WHERE mentor_id = ?", nextId) == 1);
        assertThat((String) inbox.awaitParked("chat-service.mentors", poison).get("error"))
                .contains("MalformedEventException");
        assertThat(DB.count("SELECT count(*) FROM directory_mentor WHERE mentor_id = ?", poisonId)).isZero();
    }

    @Test
    void aUserEventThatCannotBeReadIsParkedAndTheNextOneOfItsPartitionApplied() {
        String poisonId = Fixtures.newId("user");
        String poison = Fixtures.envelope("user.created", poisonId, Map.of("userId", poisonId,
                "displayName", Map.of("first", "Ana", "last", "Lyst")));
        String nextId = Fixtures.newId("user");
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("identity.users.v1", 1, poisonId, poison);
            writer.send("identity.users.v1", 1, nextId, Fixtures.envelope("user.created", nextId,
                    Map.of("userId", nextId, "displayName", "Next Person")));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                DB.count("SELECT count(*) FROM directory_user WHERE user_id = ?", nextId) == 1);
        assertThat((String) inbox.awaitParked("chat-service.users", poison).get("error"))
                .contains("MalformedEventException");
        assertThat(DB.count("SELECT count(*) FROM directory_user WHERE user_id = ?", poisonId)).isZero();
    }

    private static long rooms(String bookingId) {
        return DB.count("SELECT count(*) FROM conversation WHERE booking_id = ?", bookingId);
    }

    private static Map<String, Object> booking(String bookingId, String mentorId, String mentorUserId,
                                               String menteeId, String reason) {
        Map<String, Object> data = new HashMap<>();
        data.put("bookingId", bookingId);
        data.put("mentorId", mentorId);
        data.put("mentorUserId", mentorUserId);
        data.put("menteeId", menteeId);
        data.put("startsAt", "2026-12-01T09:00:00Z");
        data.put("endsAt", "2026-12-01T10:00:00Z");
        data.put("timeZone", "Europe/Berlin");
        data.put("status", reason == null ? "CONFIRMED" : "CANCELLED");
        if (reason != null) {
            data.put("reason", reason);
        }
        return data;
    }
}
