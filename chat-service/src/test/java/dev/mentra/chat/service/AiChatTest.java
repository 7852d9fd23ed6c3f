package dev.mentra.chat.service;

import dev.mentra.chat.testing.ChatClient;
import dev.mentra.chat.testing.Conversations;
import dev.mentra.chat.testing.Fixtures;
import dev.mentra.chat.testing.MentorServiceStub;
import static dev.mentra.chat.testing.EngineEvents.stubReply;
import static dev.mentra.chat.testing.EngineEvents.sse;
import static dev.mentra.chat.testing.EngineEvents.event;
import static dev.mentra.chat.testing.EngineEvents.delta;
import static dev.mentra.chat.testing.EngineEvents.finalReply;
import static dev.mentra.chat.testing.EngineEvents.step;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.mentra.chat.testing.Fixtures.Person;
import dev.mentra.platform.security.InternalCallers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

/**
 * AI mentors and councils answering in chat, against a stand-in for mentor-service's streaming API that answers
 * exactly as ReplyResource and CouncilSessionResource do (server-sent events of JSON).
 */
@QuarkusTest
class AiChatTest {

    private static final WireMock MENTOR_SERVICE = new WireMock(MentorServiceStub.shared().port());

    @TestHTTPResource("/")
    URL base;

    @Test
    void anAiMentorsAnswerStreamsAsDeltasThenIsStoredAndFollowUpsCarryTheHistory() throws Exception {
        Person mentee = Person.any("Ana");
        String mentorId = Fixtures.mentor("AI", null, "Penny Pricing");
        stubReply(mentorId, sse(
                delta("Start "), delta("with "), delta("value."),
                finalReply(mentorId, "Start with value.")));
        String conversation = Conversations.open(mentee, Map.of("kind", "AI_MENTOR", "mentorId", mentorId))
                .statusCode(201).extract().jsonPath().getString("id");

        try (ChatClient c = ChatClient.ready(base.toString(), mentee.token())) {
            c.send(Map.of("type", "send", "conversationId", conversation, "clientId", "q-1", "text", "How do I price my course?"));
            String questionId = c.await("ack", f -> f.path("clientId").asText().equals("q-1")).path("id").asText();

            List<JsonNode> deltas = c.awaitAll(3, f -> f.path("type").asText().equals("ai.delta")
                    && f.path("conversationId").asText().equals(conversation), Duration.ofSeconds(20));
            assertThat(deltas).extracting(f -> f.path("text").asText()).containsExactly("Start ", "with ", "value.");
            assertThat(deltas).allSatisfy(f -> {
                assertThat(f.path("replyTo").asText()).isEqualTo(questionId);
                assertThat(f.path("mentorId").asText()).isEqualTo(mentorId);
                assertThat(f.path("stage").asText()).isEqualTo("answer");
            });
            JsonNode answer = c.await("message", f -> f.path("conversationId").asText().equals(conversation)
                    && f.path("author").path("kind").asText().equals("AI"));
            assertThat(answer.path("seq").asLong()).isEqualTo(2);
            assertThat(answer.path("text").asText()).isEqualTo("Start with value.");
            assertThat(answer.path("author").path("id").asText()).isEqualTo(mentorId);
            assertThat(answer.path("author").path("name").asText()).isEqualTo("Penny Pricing");
            assertThat(answer.path("metadata").path("mode").asText()).isEqualTo("offline");
            assertThat(answer.path("metadata").path("replyTo").asText()).isEqualTo(questionId);

            // chat-service's own credential went along (mentor-service's internal routes answer only to it), the
            // person's token (who is asking), and the question
            LoggedRequest first = requests(mentorId).get(0);
            assertThat(first.getHeader(InternalCallers.HEADER)).isEqualTo("test-chat-service-credential");
            assertThat(first.getHeader("Authorization")).isEqualTo("Bearer " + mentee.token());
            JsonNode body = Fixtures.JSON.readTree(first.getBodyAsString());
            assertThat(body.path("messages")).hasSize(1);
            assertThat(body.path("messages").get(0).path("speaker").asText()).isEqualTo("PERSON");

            // a follow-up question is asked with the conversation so far
            c.send(Map.of("type", "send", "conversationId", conversation, "clientId", "q-2", "text", "And for teams?"));
            c.awaitAll(2, f -> f.path("type").asText().equals("message") && f.path("author").path("kind").asText().equals("AI"),
                    Duration.ofSeconds(20));
            JsonNode followUp = Fixtures.JSON.readTree(requests(mentorId).get(1).getBodyAsString());
            assertThat(followUp.path("messages")).extracting(m -> m.path("speaker").asText() + ":" + m.path("text").asText())
                    .containsExactly("PERSON:How do I price my course?", "MENTOR:Start with value.", "PERSON:And for teams?");
        }
        given().auth().oauth2(mentee.token()).queryParam("after", 0).get("/api/conversations/" + conversation + "/messages")
                .then().body("author.kind", contains("USER", "AI", "USER", "AI"));
    }

    @Test
    void aCouncilStreamsEveryMembersAnswerTheRankingAndTheSynthesisAndStoresThem() {
        Person mentee = Person.any("Cy");
        String a = Fixtures.mentor("AI", null, "Alma Startups");
        String b = Fixtures.mentor("AI", null, "Bert Finance");
        String councilId = Fixtures.newId("council");
        MENTOR_SERVICE.register(post(urlEqualTo("/internal/ai/councils/" + councilId + "/sessions"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(sse(
                        // the members write at once: their pieces interleave
                        step("answer.delta", a, "Validate ", null, null),
                        step("answer.delta", b, "Keep six months ", null, null),
                        step("answer.delta", a, "first.", null, null),
                        step("answer.delta", b, "of runway.", null, null),
                        step("answer", a, "Validate first.", Map.of("mentorId", a, "text", "Validate first.",
                                "metadata", Map.of("mode", "offline")), null),
                        step("answer", b, "Keep six months of runway.", Map.of("mentorId", b, "text", "Keep six months of runway.",
                                "metadata", Map.of("mode", "offline")), null),
                        step("ranking", a, "1. Response B\n2. Response A", null, List.of("Response B", "Response A")),
                        step("ranking", b, "1. Response A\n2. Response B", null, List.of("Response A", "Response B")),
                        step("aggregate", a, "1. Response A\n2. Response B", null, List.of(a, b)),
                        step("synthesis", a, "Validate on the side while you build runway.", null, List.of(a, b))))));
        String conversation = Conversations.open(mentee, Map.of("kind", "COUNCIL", "councilId", councilId))
                .statusCode(201).extract().jsonPath().getString("id");

        try (ChatClient c = ChatClient.ready(base.toString(), mentee.token())) {
            c.send(Map.of("type", "send", "conversationId", conversation, "clientId", "q-1", "text", "Quit my job now?"));
            List<JsonNode> deltas = c.awaitAll(8, f -> f.path("type").asText().equals("ai.delta")
                    && f.path("conversationId").asText().equals(conversation), Duration.ofSeconds(20));
            // each answer streams as it is written and is not repeated whole; the later stages come whole
            assertThat(deltas).extracting(f -> f.path("stage").asText() + "@" + f.path("mentorId").asText() + ":" + f.path("text").asText())
                    .containsExactly("answer@" + a + ":Validate ", "answer@" + b + ":Keep six months ",
                            "answer@" + a + ":first.", "answer@" + b + ":of runway.",
                            "ranking@" + a + ":1. Response B\n2. Response A", "ranking@" + b + ":1. Response A\n2. Response B",
                            "aggregate@" + a + ":1. Response A\n2. Response B",
                            "synthesis@" + a + ":Validate on the side while you build runway.");
            List<JsonNode> stored = c.awaitAll(6, f -> f.path("type").asText().equals("message")
                    && f.path("author").path("kind").asText().equals("AI"), Duration.ofSeconds(20));
            assertThat(stored).extracting(f -> f.path("metadata").path("stage").asText())
                    .containsExactly("answer", "answer", "ranking", "ranking", "aggregate", "synthesis");
            assertThat(stored.get(1).path("author").path("name").asText()).isEqualTo("Bert Finance");
            assertThat(stored.get(5).path("text").asText()).isEqualTo("Validate on the side while you build runway.");
            assertThat(stored.get(5).path("metadata").path("ranking")).extracting(JsonNode::asText).containsExactly(a, b);
        }
        MENTOR_SERVICE.verifyThat(postRequestedFor(urlEqualTo("/internal/ai/councils/" + councilId + "/sessions"))
                .withHeader(InternalCallers.HEADER, WireMock.equalTo("test-chat-service-credential"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + mentee.token())));
    }

    @Test
    void theHistoryGivenToTheEngineStaysWithinWhatMentorServiceTakes() throws Exception {
        Person mentee = Person.any("Lou");
        String mentorId = Fixtures.mentor("AI", null, "Long Lena");
        String longAnswer = "word ".repeat(1500).trim(); // 7499 characters: longer than any message a person may send
        stubReply(mentorId, sse(finalReply(mentorId, longAnswer)));
        String conversation = Conversations.open(mentee, Map.of("kind", "AI_MENTOR", "mentorId", mentorId))
                .statusCode(201).extract().jsonPath().getString("id");
        try (ChatClient c = ChatClient.ready(base.toString(), mentee.token())) {
            for (int i = 1; i <= 22; i++) {
                c.send(Map.of("type", "send", "conversationId", conversation, "clientId", "q-" + i, "text", "Question " + i));
                int asked = i;
                c.await("message", f -> f.path("conversationId").asText().equals(conversation)
                        && f.path("author").path("kind").asText().equals("AI") && f.path("seq").asLong() == 2L * asked);
            }
        }
        JsonNode last = Fixtures.JSON.readTree(requests(mentorId).get(21).getBodyAsString());
        assertThat(last.path("messages")).hasSize(40); // mentra.chat.ai.history-messages: mentor-service takes 40
        assertThat(last.path("messages")).allSatisfy(m -> assertThat(m.path("text").asText().length()).isLessThanOrEqualTo(4000));
        // the oldest message given is an earlier answer, given by its beginning
        assertThat(last.path("messages").get(0).path("speaker").asText()).isEqualTo("MENTOR");
        assertThat(last.path("messages").get(0).path("text").asText()).isEqualTo(longAnswer.substring(0, 4000));
    }

    @Test
    void anAiAnswerWithNulAndLoneSurrogatesIsStoredCleanedNotFailed() {
        Person mentee = Person.any("Ivo");
        String mentorId = Fixtures.mentor("AI", null, "Garbled Gil");
        // as JSON escapes: a model's output cut inside a surrogate pair, and a NUL
        String dirty = "Start \\u0000with \\ud800value.\\udc00";
        stubReply(mentorId, "data:{\"type\":\"delta\",\"text\":\"" + dirty + "\",\"reply\":null,\"problem\":null}\n\n"
                + "data:{\"type\":\"final\",\"text\":\"" + dirty + "\",\"reply\":{\"mentorId\":\"" + mentorId
                + "\",\"text\":\"" + dirty + "\",\"metadata\":{\"mode\":\"offline\"}},\"problem\":null}\n\n");
        String conversation = Conversations.open(mentee, Map.of("kind", "AI_MENTOR", "mentorId", mentorId))
                .statusCode(201).extract().jsonPath().getString("id");

        Conversations.send(mentee, conversation, "Where do I start?", null).statusCode(201);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(mentee.token()).queryParam("after", 1).get("/api/conversations/" + conversation + "/messages")
                        .then().body("author.kind", contains("AI")).body("text", contains("Start with value.")));
    }

    @Test
    void whenTheEngineFailsTheConversationSaysSoAndSendingAgainRetries() {
        Person mentee = Person.any("Eve");
        String mentorId = Fixtures.mentor("AI", null, "Flaky Fran");
        stubReply(mentorId, sse(delta("Let me "), event(Map.of("type", "error", "text", "The answer could not be produced right now; please try again",
                "problem", Map.of("type", "https://mentra.dev/problems/ai-engine-failed", "title", "The mentor could not answer",
                        "status", 503, "detail", "The answer could not be produced right now; please try again")))));
        String conversation = Conversations.open(mentee, Map.of("kind", "AI_MENTOR", "mentorId", mentorId))
                .statusCode(201).extract().jsonPath().getString("id");

        try (ChatClient c = ChatClient.ready(base.toString(), mentee.token())) {
            c.send(Map.of("type", "send", "conversationId", conversation, "clientId", "q-1", "text", "Hello?"));
            JsonNode notice = c.await("message", f -> f.path("conversationId").asText().equals(conversation)
                    && f.path("author").path("kind").asText().equals("SYSTEM"));
            assertThat(notice.path("text").asText())
                    .contains("could not answer").contains("please try again").contains("Send your message again to retry");

            stubReply(mentorId, sse(delta("Hi!"), finalReply(mentorId, "Hi!")));
            c.send(Map.of("type", "send", "conversationId", conversation, "clientId", "q-2", "text", "Hello?"));
            assertThat(c.await("message", f -> f.path("conversationId").asText().equals(conversation)
                    && f.path("author").path("kind").asText().equals("AI")).path("text").asText()).isEqualTo("Hi!");
        }

        // refused before the stream begins (e.g. a council that is not yours: 404 problem+json)
        String councilId = Fixtures.newId("council");
        MENTOR_SERVICE.register(post(urlEqualTo("/internal/ai/councils/" + councilId + "/sessions"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://mentra.dev/problems/not-found\",\"status\":404}")));
        String council = Conversations.open(mentee, Map.of("kind", "COUNCIL", "councilId", councilId))
                .statusCode(201).extract().jsonPath().getString("id");
        Conversations.send(mentee, council, "Anyone?", null).statusCode(201);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(mentee.token()).queryParam("after", 1).get("/api/conversations/" + council + "/messages")
                        .then().body("text[0]", containsString("not available to you")));
    }

    private static List<LoggedRequest> requests(String mentorId) {
        return MENTOR_SERVICE.find(postRequestedFor(urlEqualTo("/internal/ai/mentors/" + mentorId + "/replies")));
    }
}
