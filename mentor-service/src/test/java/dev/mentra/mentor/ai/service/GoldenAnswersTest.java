package dev.mentra.mentor.ai.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.mentor.FromChat;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline engine's answers and a whole council session, word for word as they were before the engine's
 * retrieval (an embedding store) and the council's orchestration (typed rounds, prompt templates) were rebuilt:
 * the same cards ground the same answers, the same rankings lead to the same synthesis. The transcripts are
 * under {@code src/test/resources/golden}; each run also writes what it saw to {@code target/golden}.
 */
@QuarkusTest
class GoldenAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A question per starter persona, a follow-up, and one far outside its persona's field (a referral). */
    private static final List<List<String>> QUESTIONS = List.of(
            List.of("ai-engineering-career", "How do I get promoted to senior engineer?"),
            List.of("ai-startups", "How do I raise a seed round from investors?"),
            List.of("ai-product", "How should I prioritise the product roadmap?"),
            List.of("ai-finance", "How big should my emergency fund be, and where should I keep it?"),
            List.of("ai-leadership", "I was just promoted to manage my former peers. How do I start?"),
            List.of("ai-wellbeing", "I feel burnt out. How do I set boundaries at work?"),
            List.of("ai-career-change", "I want to move from teaching into software. Where do I begin?"),
            List.of("ai-finance", "Should I pay off my debt first?", "And what about the second point?"),
            List.of("ai-wellbeing", "How do I raise a seed round and negotiate the term sheet with investors?"));

    @Test
    void offlineAnswersAreGroundedInTheSameCardsWithTheSameWords() throws Exception {
        StringBuilder seen = new StringBuilder();
        for (List<String> q : QUESTIONS) {
            List<Map<String, String>> messages = new ArrayList<>();
            for (String text : q.subList(1, q.size())) {
                if (!messages.isEmpty()) {
                    messages.add(Map.of("speaker", "MENTOR", "text", "Let me think about that."));
                }
                messages.add(Map.of("speaker", "PERSON", "text", text));
            }
            JsonNode last = null;
            for (JsonNode event : events("/internal/ai/mentors/" + q.get(0) + "/replies", messages)) {
                last = event;
            }
            seen.append("## ").append(String.join(" | ", q)).append("\n")
                    .append(last.get("reply").get("metadata")).append("\n")
                    .append(last.get("text").asText()).append("\n\n");
        }
        GoldenTranscript.assertSameAs("offline-answers.txt", seen.toString());
    }

    @Test
    void anOfflineCouncilRanksAndSynthesisesAsBefore() throws Exception {
        List<Map<String, String>> question = List.of(Map.of("speaker", "PERSON",
                "text", "Should I quit my job to launch my product now, or validate it on the side first?"));
        StringBuilder seen = new StringBuilder();
        for (JsonNode event : events("/internal/ai/councils/council-launch/sessions", question)) {
            JsonNode step = event.get("step");
            if (step != null && !step.isNull() && !"answer.delta".equals(step.get("stage").asText())) {
                seen.append("## ").append(step.get("stage").asText()).append(" ").append(step.get("mentorId").asText())
                        .append(" ").append(step.get("ranking")).append("\n")
                        .append(step.get("text").asText()).append("\n\n");
            }
        }
        GoldenTranscript.assertSameAs("council-launch-offline.txt", seen.toString());
    }

    private static List<JsonNode> events(String path, List<Map<String, String>> messages) throws IOException {
        String body = FromChat.given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                .accept("text/event-stream").body(Map.of("messages", messages)).post(path)
                .then().statusCode(200).extract().asString();
        List<JsonNode> events = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data:")) {
                events.add(JSON.readTree(line.substring(5)));
            }
        }
        return events;
    }
}
