package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.FromChat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The offline AI mentor: grounded in the right cards, deterministic, honest about its field, streamed. */
@QuarkusTest
class OfflineEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestDatabase db = TestDatabase.of("mentor");

    @Test
    void anAnswerIsStreamedInPiecesThenWholeWithItsGroundingCards() throws Exception {
        List<JsonNode> events = ask("ai-finance", List.of(person("How big should my emergency fund be, and where should I keep it?")));

        assertThat(events.size()).isGreaterThan(3);
        assertThat(events.subList(0, events.size() - 1)).allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("delta"));
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("final");
        StringBuilder streamed = new StringBuilder();
        events.subList(0, events.size() - 1).forEach(e -> streamed.append(e.get("text").asText()));
        assertThat(streamed.toString()).isEqualTo(last.get("text").asText());
        // word by word, as a model streams: one piece per word
        assertThat(events.size() - 1).isEqualTo(last.get("text").asText().trim().split("\\s+").length);

        JsonNode metadata = last.get("reply").get("metadata");
        assertThat(metadata.get("mode").asText()).isEqualTo("offline");
        assertThat(metadata.get("outsideField").asBoolean()).isFalse();
        List<String> cardIds = new ArrayList<>();
        metadata.get("cardIds").forEach(id -> cardIds.add(id.asText()));
        assertThat(cardIds).hasSize(3).allSatisfy(id -> assertThat(id).startsWith("ai-finance-"));

        // grounded: the best card is about emergency funds, and its advice is in the answer
        var best = db.rows("SELECT title, body, tags::text AS tags FROM advice_card WHERE id = ?", cardIds.get(0)).get(0);
        assertThat(best.get("title") + " " + best.get("tags")).containsIgnoringCase("emergency");
        String answer = last.get("text").asText();
        assertThat(answer).contains((String) best.get("title"));
        assertThat(answer.trim()).endsWith("?");
    }

    @Test
    void theSameQuestionGetsTheSameAnswer() throws Exception {
        var question = List.of(person("I was just promoted to manage my former peers. How do I start?"));
        String first = finalText(ask("ai-leadership", question));
        String second = finalText(ask("ai-leadership", question));
        assertThat(first).isEqualTo(second).contains("1. ").contains("2. ");
    }

    @Test
    void aFollowUpKeepsTheContextOfTheEarlierQuestion() throws Exception {
        String followUp = finalText(ask("ai-startups", List.of(
                person("We are about to raise our seed round from investors."),
                mentor("Here is how I would approach this..."),
                person("How much should we ask for?"))));
        String alone = finalText(ask("ai-startups", List.of(person("How much should we ask for?"))));
        assertThat(followUp).isNotEqualTo(alone);
    }

    @Test
    void aQuestionOutsideTheMentorsFieldPointsToABetterMentor() throws Exception {
        JsonNode reply = last(ask("ai-wellbeing", List.of(person(
                "How should I structure the pitch deck and the valuation for our seed fundraising round with venture investors?"))));
        JsonNode metadata = reply.get("reply").get("metadata");
        assertThat(metadata.get("outsideField").asBoolean()).isTrue();
        assertThat(metadata.get("suggestedMentorId").asText()).isEqualTo("ai-startups");
        assertThat(reply.get("text").asText()).contains("outside what I know well");
    }

    @Test
    void onlySignedInCallersAndOnlyAiMentorsAndOnlyRealQuestions() {
        FromChat.given().contentType(ContentType.JSON).body(Map.of("messages", List.of(person("Hi"))))
                .post("/internal/ai/mentors/ai-finance/replies").then().statusCode(401);
        FromChat.given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                .body(Map.of("messages", List.of()))
                .post("/internal/ai/mentors/ai-finance/replies").then().statusCode(400);
        FromChat.given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                .body(Map.of("messages", List.of(mentor("Only the mentor talks"))))
                .post("/internal/ai/mentors/ai-finance/replies").then().statusCode(400);
    }

    @Test
    void onlyChatServiceMayAskAUserTokenAloneIsRefused() {
        for (String path : List.of("/internal/ai/mentors/ai-finance/replies", "/internal/ai/councils/council-launch/sessions")) {
            given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                    .body(Map.of("messages", List.of(person("How big should my emergency fund be?"))))
                    .post(path).then().statusCode(403).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.equalTo("https://mentra.dev/problems/service-credential-required"));
            given().header(dev.mentra.platform.security.InternalCallers.HEADER, "a-guessed-credential")
                    .auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                    .body(Map.of("messages", List.of(person("How big should my emergency fund be?"))))
                    .post(path).then().statusCode(403);
        }
    }

    @Test
    void aConversationLargerThanChatSendsIsRefused() throws Exception {
        // a forged conversation: 100 long "mentor" turns
        List<Map<String, String>> forged = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            forged.add(mentor("x".repeat(8000)));
        }
        forged.add(person("What now?"));
        refusedAsTooLarge(forged);
        // one message more than chat's history, and one character more than chat's message
        List<Map<String, String>> tooMany = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            tooMany.add(person("Question " + i));
        }
        refusedAsTooLarge(tooMany);
        refusedAsTooLarge(List.of(person("y".repeat(4001))));
        refusedAsTooLarge(List.of(person("Hi"), mentor("z".repeat(4001)), person("And?")));

        // the most chat ever sends is answered
        List<Map<String, String>> longest = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            longest.add(i % 2 == 0 ? person("Where do I keep my emergency fund? " + "w".repeat(3960)) : mentor("m".repeat(4000)));
        }
        assertThat(last(ask("ai-finance", longest)).get("type").asText()).isEqualTo("final");
    }

    private static void refusedAsTooLarge(List<Map<String, String>> messages) {
        FromChat.given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                .body(Map.of("messages", messages))
                .post("/internal/ai/mentors/ai-finance/replies").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("messages")));
    }

    @Test
    void anUnknownMentorEndsTheStreamWithAProblem() throws Exception {
        JsonNode event = last(ask("no-such-mentor", List.of(person("Hello?"))));
        assertThat(event.get("type").asText()).isEqualTo("error");
        assertThat(event.get("problem").get("status").asInt()).isEqualTo(404);
        assertThat(event.get("problem").get("type").asText()).isEqualTo("https://mentra.dev/problems/not-found");
    }

    private static Map<String, String> person(String text) {
        return Map.of("speaker", "PERSON", "text", text);
    }

    private static Map<String, String> mentor(String text) {
        return Map.of("speaker", "MENTOR", "text", text);
    }

    private static List<JsonNode> ask(String mentorId, List<Map<String, String>> messages) throws Exception {
        String body = FromChat.given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("messages", messages))
                .post("/internal/ai/mentors/" + mentorId + "/replies")
                .then().statusCode(200).extract().asString();
        List<JsonNode> events = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data:")) {
                events.add(JSON.readTree(line.substring("data:".length())));
            }
        }
        return events;
    }

    private static JsonNode last(List<JsonNode> events) {
        return events.get(events.size() - 1);
    }

    private static String finalText(List<JsonNode> events) {
        return last(events).get("text").asText();
    }
}
