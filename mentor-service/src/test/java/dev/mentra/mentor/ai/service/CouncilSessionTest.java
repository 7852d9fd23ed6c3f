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
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A council answers in three stages, every stage kept and streamed; a member too slow is named as missing. */
@QuarkusTest
class CouncilSessionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> QUESTION = Map.of("messages", List.of(Map.of("speaker", "PERSON",
            "text", "Should I quit my job to launch my product now, or validate it on the side first?")));

    @Test
    void everyMemberAnswersRanksTheOthersAndTheChairSynthesises() throws Exception {
        List<JsonNode> steps = run("council-launch", TestTokens.anyUser().sign());
        List<String> members = List.of("ai-startups", "ai-product", "ai-finance", "ai-leadership");

        assertThat(stage(steps, "answer")).extracting(s -> s.get("mentorId").asText())
                .containsExactlyElementsOf(members);
        assertThat(stage(steps, "answer")).allSatisfy(s ->
                assertThat(s.get("answer").get("metadata").get("mode").asText()).isEqualTo("offline"));
        // each answer was streamed first, piece by piece, and the pieces make up the answer exactly
        for (JsonNode answer : stage(steps, "answer")) {
            String mentorId = answer.get("mentorId").asText();
            List<JsonNode> pieces = stage(steps, "answer.delta").stream()
                    .filter(d -> d.get("mentorId").asText().equals(mentorId)).toList();
            assertThat(pieces).hasSizeGreaterThan(5);
            assertThat(pieces.stream().map(d -> d.get("text").asText()).reduce("", String::concat))
                    .isEqualTo(answer.get("text").asText());
            assertThat(steps.indexOf(pieces.get(pieces.size() - 1))).isLessThan(steps.indexOf(answer));
        }
        List<JsonNode> rankings = stage(steps, "ranking");
        assertThat(rankings).hasSize(4).allSatisfy(r -> {
            assertThat(r.get("ranking")).hasSize(3);
            // anonymised: a ranking names responses, never mentors
            assertThat(r.get("text").asText()).contains("Response ").doesNotContain("ai-");
        });
        JsonNode aggregate = stage(steps, "aggregate").get(0);
        assertThat(aggregate.get("ranking")).hasSize(4);
        JsonNode synthesis = stage(steps, "synthesis").get(0);
        assertThat(synthesis.get("mentorId").asText()).isEqualTo("ai-startups");
        assertThat(synthesis.get("text").asText()).contains("ranked").endsWith("?").doesNotContain("Not included");
        // the stages arrive in order
        assertThat(steps.get(steps.size() - 1).get("stage").asText()).isEqualTo("synthesis");
    }

    @Test
    void aMemberWhoTimesOutIsReportedMissingAndAnotherChairs() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String slow = "slow-" + run;
        TestDatabase db = TestDatabase.of("mentor");
        db.update("INSERT INTO mentor (id, kind, display_name, headline, bio) VALUES (?, 'AI', 'Sloane Slow', 'Always late', 'Slow')", slow);
        String owner = TestTokens.anyUser().sign();
        String councilId = given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("name", "Late council", "memberIds", List.of(slow, "ai-startups", "ai-product"), "chairId", slow))
                .post("/api/councils").then().statusCode(201).extract().jsonPath().getString("id");

        List<JsonNode> steps = run(councilId, owner);

        assertThat(stage(steps, "missing")).extracting(s -> s.get("mentorId").asText()).containsExactly(slow);
        assertThat(stage(steps, "answer")).hasSize(2);
        JsonNode synthesis = stage(steps, "synthesis").get(0);
        assertThat(synthesis.get("mentorId").asText()).isNotEqualTo(slow);
        assertThat(synthesis.get("text").asText())
                .contains("Sloane Slow could not chair")
                .contains("Not included: Sloane Slow did not answer in time");
    }

    @Test
    void aPrivateCouncilSitsOnlyForItsOwner() throws Exception {
        String owner = TestTokens.anyUser().sign();
        String councilId = given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("name", "My council", "memberIds", List.of("ai-startups", "ai-product")))
                .post("/api/councils").then().statusCode(201).extract().jsonPath().getString("id");

        List<JsonNode> stranger = run(councilId, TestTokens.anyUser().sign());
        assertThat(stranger).hasSize(1);
        assertThat(stranger.get(0).get("problem").get("status").asInt()).isEqualTo(404);
    }

    private static List<JsonNode> stage(List<JsonNode> steps, String stage) {
        return steps.stream().filter(s -> s.get("stage").asText().equals(stage)).toList();
    }

    private static List<JsonNode> run(String councilId, String token) throws Exception {
        String body = FromChat.given().auth().oauth2(token).contentType(ContentType.JSON).accept("text/event-stream")
                .body(QUESTION).post("/internal/ai/councils/" + councilId + "/sessions")
                .then().statusCode(200).extract().asString();
        List<JsonNode> steps = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data:")) {
                JsonNode event = JSON.readTree(line.substring(5));
                steps.add(event.get("step").isNull() ? event : event.get("step"));
            }
        }
        return steps;
    }
}
