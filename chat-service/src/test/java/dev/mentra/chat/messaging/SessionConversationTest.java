package dev.mentra.chat.messaging;

import dev.mentra.chat.testing.ChatClient;
import dev.mentra.chat.testing.Conversations;
import dev.mentra.chat.testing.Fixtures;
import dev.mentra.chat.testing.Fixtures.Person;
import dev.mentra.local.testing.TopicWriter;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** bookings.v1 opens SESSION conversations (one per booking, however often the event comes) and annotates them. */
@QuarkusTest
class SessionConversationTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aConfirmedBookingOpensOneSessionConversationForBothPeopleEvenWhenReplayed() {
        Person mentee = Person.any("Mona");
        Person mentor = Person.any("Milo");
        String mentorId = Fixtures.mentor("HUMAN", mentor.id(), "Milo Mentor");
        String bookingId = Fixtures.newId("bkg");
        String confirmed = Fixtures.envelope("booking.confirmed", bookingId, booking(bookingId, mentorId, mentor.id(), mentee.id(), null));

        try (ChatClient mentorInbox = ChatClient.ready(base.toString(), mentor.token());
             TopicWriter writer = TopicWriter.create()) {
            writer.send("bookings.v1", bookingId, confirmed);
            writer.send("bookings.v1", bookingId, confirmed); // redelivered
            // published again as a new event (e.g. booking-service replayed its outbox): still one conversation
            writer.send("bookings.v1", bookingId, Fixtures.envelope("booking.confirmed", bookingId,
                    booking(bookingId, mentorId, mentor.id(), mentee.id(), null)));

            var created = mentorInbox.await("conversation.created",
                    f -> bookingId.equals(f.path("conversation").path("bookingId").asText()));
            assertThat(created.path("conversation").path("kind").asText()).isEqualTo("SESSION");
            assertThat(created.path("conversation").path("title").asText()).isEqualTo("Session with Milo Mentor");

            String id = given().auth().oauth2(mentee.token()).get("/api/conversations").then().statusCode(200)
                    .body("findAll { it.bookingId == '" + bookingId + "' }.size()", equalTo(1))
                    .extract().jsonPath().getString("find { it.bookingId == '" + bookingId + "' }.id");
            given().auth().oauth2(mentor.token()).get("/api/conversations/" + id).then().statusCode(200)
                    .body("kind", equalTo("SESSION"))
                    .body("participants.role", containsInAnyOrder("MENTEE", "MENTOR"))
                    .body("participants.userId", containsInAnyOrder(mentee.id(), mentor.id()));

            // both can talk there; a reschedule and a cancellation leave system messages
            Conversations.send(mentee, id, "See you then!", null).statusCode(201);
            writer.send("bookings.v1", bookingId, Fixtures.envelope("booking.rescheduled", bookingId,
                    booking(bookingId, mentorId, mentor.id(), mentee.id(), null)));
            writer.send("bookings.v1", bookingId, Fixtures.envelope("booking.cancelled", bookingId,
                    booking(bookingId, mentorId, mentor.id(), mentee.id(), "Mentor is ill")));
            mentorInbox.awaitAll(4, f -> f.path("type").asText().equals("message")
                    && f.path("conversationId").asText().equals(id), Duration.ofSeconds(20));
            given().auth().oauth2(mentor.token()).queryParam("after", 0).get("/api/conversations/" + id + "/messages")
                    .then().statusCode(200)
                    .body("author.kind", org.hamcrest.Matchers.contains("SYSTEM", "USER", "SYSTEM", "SYSTEM"))
                    .body("text", hasItem("Session booked for Tue 1 Dec 2026, 10:00 (Europe/Berlin)."))
                    .body("text", hasItem("The session was cancelled. Reason: Mentor is ill"));
            // the later events share the booking's partition: all three confirmations were handled before them
            assertThat(Fixtures.DB.count("SELECT count(*) FROM conversation WHERE booking_id = ?", bookingId)).isEqualTo(1);
        }
    }

    @Test
    void whatTheMentorMarksReachesTheMenteeLiveInTheRoom() {
        Person mentee = Person.any("Nia");
        Person mentor = Person.any("Noel");
        String mentorId = Fixtures.mentor("HUMAN", mentor.id(), "Noel Mentor");
        String completedId = Fixtures.newId("bkg");
        String missedId = Fixtures.newId("bkg");

        try (ChatClient menteeSocket = ChatClient.ready(base.toString(), mentee.token());
             TopicWriter writer = TopicWriter.create()) {
            for (String bookingId : new String[] {completedId, missedId}) {
                writer.send("bookings.v1", bookingId, Fixtures.envelope("booking.confirmed", bookingId,
                        booking(bookingId, mentorId, mentor.id(), mentee.id(), null)));
            }
            writer.send("bookings.v1", completedId, Fixtures.envelope("booking.completed", completedId,
                    booking(completedId, mentorId, mentor.id(), mentee.id(), null)));
            writer.send("bookings.v1", missedId, Fixtures.envelope("booking.no-show", missedId,
                    booking(missedId, mentorId, mentor.id(), mentee.id(), null)));

            menteeSocket.await("message", f -> f.path("text").asText().equals("The session is complete."));
            var missed = menteeSocket.await("message",
                    f -> f.path("text").asText().equals("The mentor marked this session as missed: the mentee did not come."));
            assertThat(missed.path("author").path("kind").asText()).isEqualTo("SYSTEM");
            String room = given().auth().oauth2(mentor.token()).get("/api/conversations").then().statusCode(200)
                    .extract().jsonPath().getString("find { it.bookingId == '" + missedId + "' }.id");
            assertThat(missed.path("conversationId").asText()).isEqualTo(room);
        }
    }

    private static Map<String, Object> booking(String bookingId, String mentorId, String mentorUserId, String menteeId,
                                               String reason) {
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
