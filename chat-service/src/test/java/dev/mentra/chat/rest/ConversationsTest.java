package dev.mentra.chat.rest;

import dev.mentra.chat.testing.Fixtures;
import static dev.mentra.chat.testing.Conversations.direct;
import static dev.mentra.chat.testing.Conversations.open;
import static dev.mentra.chat.testing.Conversations.read;
import static dev.mentra.chat.testing.Conversations.send;
import static dev.mentra.chat.testing.Conversations.anyConversation;
import dev.mentra.chat.testing.Fixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import dev.mentra.local.testing.TopicWriter;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Conversations and messages over HTTP: opening, sending, history by seq, read marks, and who may see what. */
@QuarkusTest
class ConversationsTest {

    @Test
    void aMenteeOpensOneDirectConversationWithAHumanMentorAndBothTalk() {
        Person mentee = Person.any("Mia Mentee");
        Person mentorUser = Person.any("Max Mentor");
        Fixtures.user(mentorUser.id(), "Max Mentor");
        String mentorId = Fixtures.mentor("HUMAN", mentorUser.id(), "Max Mentor");

        String id = given().auth().oauth2(mentee.token()).contentType(ContentType.JSON)
                .body(Map.of("kind", "DIRECT", "mentorId", mentorId))
                .post("/api/conversations").then().statusCode(201)
                .body("kind", equalTo("DIRECT"))
                .body("title", equalTo("Max Mentor"))
                .body("participants.userId", hasItem(mentorUser.id()))
                .body("participants.find { it.userId == '" + mentorUser.id() + "' }.name", equalTo("Max Mentor"))
                .extract().jsonPath().getString("id");
        // the same pair again: the same conversation
        given().auth().oauth2(mentee.token()).contentType(ContentType.JSON)
                .body(Map.of("kind", "DIRECT", "mentorId", mentorId))
                .post("/api/conversations").then().statusCode(200).body("id", equalTo(id));

        send(mentee, id, "  Hello <b>Max</b>  ", null).statusCode(201)
                .body("seq", equalTo(1)).body("text", equalTo("Hello <b>Max</b>"))
                .body("author.kind", equalTo("USER")).body("author.id", equalTo(mentee.id()));
        send(mentorUser, id, "Hi Mia", null).statusCode(201).body("seq", equalTo(2));

        given().auth().oauth2(mentorUser.token()).get("/api/conversations").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.unread", equalTo(1))
                .body("find { it.id == '" + id + "' }.lastMessage.text", equalTo("Hi Mia"));
        given().auth().oauth2(mentee.token()).get("/api/conversations/" + id).then().statusCode(200)
                .body("lastSeq", equalTo(2)).body("unread", equalTo(1));
    }

    @Test
    void theSameClientIdTwiceIsOneMessage() {
        Person mentee = Person.any("Ida");
        String id = anyConversation(mentee);
        int first = send(mentee, id, "Only once", "c-1").statusCode(201).extract().path("seq");
        int again = send(mentee, id, "Only once", "c-1").statusCode(200).extract().path("seq");
        assertThat(again).isEqualTo(first);
        assertThat(Fixtures.DB.count("SELECT count(*) FROM message WHERE conversation_id = ? AND client_id = 'c-1'", id))
                .isEqualTo(1);
    }

    @Test
    void historyPagesBySeqInBothDirections() {
        Person mentee = Person.any("Hana");
        String id = anyConversation(mentee);
        for (int i = 1; i <= 5; i++) {
            send(mentee, id, "message " + i, "h-" + i).statusCode(201);
        }
        given().auth().oauth2(mentee.token()).queryParam("after", 2).queryParam("limit", 2)
                .get("/api/conversations/" + id + "/messages").then().statusCode(200)
                .body("seq", contains(3, 4));
        given().auth().oauth2(mentee.token()).queryParam("before", 4).queryParam("limit", 2)
                .get("/api/conversations/" + id + "/messages").then().statusCode(200)
                .body("seq", contains(2, 3));
        given().auth().oauth2(mentee.token()).queryParam("limit", 500)
                .get("/api/conversations/" + id + "/messages").then().statusCode(400);
    }

    @Test
    void readMarksMoveForwardOnlyAndClearUnread() {
        Person mentee = Person.any("Rae");
        Person mentorUser = Person.any("Rob");
        String mentorId = Fixtures.mentor("HUMAN", mentorUser.id(), "Rob Mentor");
        String id = direct(mentee, mentorId);
        send(mentorUser, id, "one", null);
        send(mentorUser, id, "two", null);

        read(mentee, id, 2).statusCode(200).body("lastReadSeq", equalTo(2));
        read(mentee, id, 1).statusCode(200).body("lastReadSeq", equalTo(2));
        read(mentee, id, 99).statusCode(200).body("lastReadSeq", equalTo(2));
        given().auth().oauth2(mentee.token()).get("/api/conversations/" + id).then().body("unread", equalTo(0));
    }

    @Test
    void onlyParticipantsSeeReadOrPost() {
        Person mentee = Person.any("Pia");
        Person stranger = Person.any("Sly");
        String id = anyConversation(mentee);
        send(mentee, id, "private", null).statusCode(201);

        given().auth().oauth2(stranger.token()).get("/api/conversations/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(stranger.token()).get("/api/conversations/" + id + "/messages").then().statusCode(404);
        send(stranger, id, "let me in", null).statusCode(404);
        read(stranger, id, 1).statusCode(404);
        given().auth().oauth2(stranger.token()).get("/api/conversations").then().statusCode(200)
                .body("id", not(hasItem(id)));
        given().get("/api/conversations").then().statusCode(401);
        assertThat(Fixtures.DB.count("SELECT count(*) FROM message WHERE conversation_id = ? AND author_id = ?",
                id, stranger.id())).isZero();
    }

    @Test
    void badInputIsA4xx() {
        Person mentee = Person.any("Bo");
        Person mentorUser = Person.any("Ben");
        String human = Fixtures.mentor("HUMAN", mentorUser.id(), "Ben Human");
        String ai = Fixtures.mentor("AI", null, "Ava AI");

        open(mentee, Map.of("kind", "AI_MENTOR", "mentorId", human)).statusCode(400)
                .body("type", equalTo("https://mentra.dev/problems/not-ai"));
        open(mentee, Map.of("kind", "DIRECT", "mentorId", ai)).statusCode(400);
        open(mentee, Map.of("kind", "DIRECT", "mentorId", "mnt_nobody")).statusCode(404);
        open(mentee, Map.of("kind", "SESSION")).statusCode(400);
        open(mentee, Map.of("kind", "COUNCIL")).statusCode(400);
        open(mentee, Map.of("kind", "NONSENSE")).statusCode(400);
        open(mentorUser, Map.of("kind", "DIRECT", "mentorId", human)).statusCode(400)
                .body("type", equalTo("https://mentra.dev/problems/own-profile"));

        String id = direct(mentee, human);
        send(mentee, id, "   ", null).statusCode(400).body("type", equalTo("https://mentra.dev/problems/empty-message"));
        send(mentee, id, "x".repeat(4001), null).statusCode(400)
                .body("type", equalTo("https://mentra.dev/problems/message-too-long"));
        given().auth().oauth2(mentee.token()).get("/api/conversations/" + id + "/messages").then().body("$", hasSize(0));
    }

    @Test
    void aRetiredMentorTakesNoNewConversations() {
        Person mentee = Person.any("Tia");
        Person mentorUser = Person.any("Tom");
        String mentorId = Fixtures.mentor("HUMAN", mentorUser.id(), "Tom Retiring");
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("mentors.v1", mentorId, Fixtures.envelope("mentor.retired", mentorId, Map.of(
                    "mentorId", mentorId, "kind", "HUMAN", "userId", mentorUser.id(), "displayName", "Tom Retiring",
                    "active", false)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.DB.count(
                "SELECT count(*) FROM directory_mentor WHERE mentor_id = ? AND NOT active", mentorId) == 1);
        open(mentee, Map.of("kind", "DIRECT", "mentorId", mentorId)).statusCode(404);
    }
}
