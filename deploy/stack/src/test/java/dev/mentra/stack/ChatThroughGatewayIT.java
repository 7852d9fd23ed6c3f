package dev.mentra.stack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mentra.local.stack.DemoAccount;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Live chat through the gateway with real sockets, across the services: a booking opens a session room (booking
 * → Kafka → chat), two people talk in it, and an AI mentor answers in chat (chat → mentor-service's engine).
 * Shares the stack of {@link StackIT} ({@link SharedStack}).
 */
class ChatThroughGatewayIT {

    @BeforeAll
    static void startStack() throws Exception {
        SharedStack.get();
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aBookedSessionOpensARoomWhereMenteeAndMentorTalkLive() throws Exception {
        String mentee = SharedStack.signIn(DemoAccount.MENTEE);
        String mentor = SharedStack.signIn(DemoAccount.MENTOR);
        String mentorUserId = given().auth().oauth2(mentor).get("/api/me").jsonPath().getString("id");
        String menteeUserId = given().auth().oauth2(mentee).get("/api/me").jsonPath().getString("id");
        String bookingId = StackIT.bookDemoMentor(mentee, "Let's talk about my promotion");

        // bookings.v1 → chat-service: the room exists for both of them
        String conversationId = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(mentor)
                .get("/api/conversations").jsonPath()
                .getString("find { it.bookingId == '%s' }.id".formatted(bookingId)), Objects::nonNull);
        given().auth().oauth2(mentee).get("/api/conversations/" + conversationId).then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.equalTo("SESSION"));
        given().auth().oauth2(SharedStack.signIn(DemoAccount.ADMIN)).get("/api/conversations/" + conversationId)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(403), org.hamcrest.Matchers.is(404)));

        try (LiveClient menteeSocket = LiveClient.connect(SharedStack.gateway(), mentee);
             LiveClient mentorSocket = LiveClient.connect(SharedStack.gateway(), mentor)) {
            menteeSocket.await("ready", WAIT);
            mentorSocket.await("ready", WAIT);
            JsonNode online = menteeSocket.await(f -> "presence".equals(f.path("type").asText())
                    && mentorUserId.equals(f.path("userId").asText()), WAIT);
            assertThat(online.path("online").asBoolean()).isTrue();
            menteeSocket.send(Map.of("type", "subscribe", "conversationId", conversationId, "afterSeq", 0));
            mentorSocket.send(Map.of("type", "subscribe", "conversationId", conversationId, "afterSeq", 0));
            menteeSocket.await("subscribed", WAIT);
            mentorSocket.await("subscribed", WAIT);

            String clientId = UUID.randomUUID().toString();
            menteeSocket.send(Map.of("type", "send", "conversationId", conversationId, "clientId", clientId,
                    "text", "Hello! Shall we start with my goals?"));
            JsonNode ack = menteeSocket.await(f -> "ack".equals(f.path("type").asText())
                    && clientId.equals(f.path("clientId").asText()), WAIT);
            JsonNode received = mentorSocket.await(f -> "message".equals(f.path("type").asText())
                    && "Hello! Shall we start with my goals?".equals(f.path("text").asText()), WAIT);
            assertThat(received.path("seq").asLong()).isEqualTo(ack.path("seq").asLong());
            assertThat(received.path("author").path("id").asText()).isEqualTo(menteeUserId);

            mentorSocket.send(Map.of("type", "typing", "conversationId", conversationId));
            menteeSocket.await(f -> "typing".equals(f.path("type").asText())
                    && mentorUserId.equals(f.path("userId").asText()), WAIT);
            mentorSocket.send(Map.of("type", "read", "conversationId", conversationId, "seq", ack.path("seq").asLong()));
            JsonNode read = menteeSocket.await(f -> "read".equals(f.path("type").asText())
                    && mentorUserId.equals(f.path("userId").asText()), WAIT);
            assertThat(read.path("seq").asLong()).isEqualTo(ack.path("seq").asLong());
        }

        // the gateway refuses a socket without a token before chat-service sees it
        assertThatThrownBy(() -> LiveClient.connect(SharedStack.gateway(), null))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(WebSocketHandshakeException.class);
    }

    @Test
    void anAiMentorAnswersInChatWithItsReplyStreaming() throws Exception {
        String mentee = SharedStack.signIn(DemoAccount.MENTEE);
        String conversationId = given().auth().oauth2(mentee).contentType(ContentType.JSON)
                .body(Map.of("kind", "AI_MENTOR", "mentorId", "ai-wellbeing"))
                .post("/api/conversations").then().statusCode(201).extract().jsonPath().getString("id");
        try (LiveClient socket = LiveClient.connect(SharedStack.gateway(), mentee)) {
            socket.await("ready", WAIT);
            socket.send(Map.of("type", "subscribe", "conversationId", conversationId, "afterSeq", 0));
            socket.await("subscribed", WAIT);
            socket.send(Map.of("type", "send", "conversationId", conversationId, "clientId", "q1",
                    "text", "I am exhausted after work every day. How do I set boundaries with my manager?"));
            socket.await(f -> "ai.delta".equals(f.path("type").asText())
                    && "ai-wellbeing".equals(f.path("mentorId").asText()), Duration.ofSeconds(60));
            JsonNode answer = socket.await(f -> "message".equals(f.path("type").asText())
                    && "AI".equals(f.path("author").path("kind").asText()), Duration.ofSeconds(90));
            assertThat(answer.path("author").path("id").asText()).isEqualTo("ai-wellbeing");
            assertThat(answer.path("text").asText()).hasSizeGreaterThan(40);
        }
        List<Map<String, Object>> stored = given().auth().oauth2(mentee)
                .get("/api/conversations/" + conversationId + "/messages").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(stored).hasSizeGreaterThanOrEqualTo(2);
    }

}
