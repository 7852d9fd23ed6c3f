package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.FromChat;
import dev.mentra.mentor.LlmProviderStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.mentra.mentor.LlmProviderStandIn.provider;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** LLM mode against a stand-in that speaks OpenAI's streaming chat-completions protocol. */
@QuarkusTest
@TestProfile(LlmModeTest.WithModel.class)
class LlmModeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static class WithModel implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mentra.ai.llm.model", "mentor-model");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LlmProviderStandIn.class));
        }
    }

    @BeforeEach
    void reset() {
        provider().resetAll();
    }

    @Test
    void theAnswerStreamsFromTheModelGroundedInThePersonaItsCardsAndTheConversation() throws Exception {
        provider().stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(streamed("Build", " six months", " first.")));

        List<JsonNode> events = ask(List.of(
                Map.of("speaker", "PERSON", "text", "How big should my emergency fund be?"),
                Map.of("speaker", "MENTOR", "text", "It depends on your costs."),
                Map.of("speaker", "PERSON", "text", "My costs are stable. How many months then?")));

        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("delta", "delta", "delta", "final");
        JsonNode last = events.get(3);
        assertThat(last.get("text").asText()).isEqualTo("Build six months first.");
        assertThat(last.get("reply").get("metadata").get("mode").asText()).isEqualTo("llm");

        provider().verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer sk-test"))
                .withRequestBody(matchingJsonPath("$.model", com.github.tomakehurst.wiremock.client.WireMock.equalTo("mentor-model")))
                .withRequestBody(matchingJsonPath("$.stream", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", com.github.tomakehurst.wiremock.client.WireMock.equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", com.github.tomakehurst.wiremock.client.WireMock.containing("Advice cards from your knowledge base")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", com.github.tomakehurst.wiremock.client.WireMock.matching("(?is).*emergency.*")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", com.github.tomakehurst.wiremock.client.WireMock.equalTo("How big should my emergency fund be?")))
                .withRequestBody(matchingJsonPath("$.messages[2].role", com.github.tomakehurst.wiremock.client.WireMock.equalTo("assistant")))
                .withRequestBody(matchingJsonPath("$.messages[3].content", com.github.tomakehurst.wiremock.client.WireMock.equalTo("My costs are stable. How many months then?"))));
    }

    @Test
    void aRateLimitedProviderIsAskedAgainAndTheAnswerStillArrives() throws Exception {
        provider().stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("ready")
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}")));
        provider().stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("busy")
                .whenScenarioStateIs("ready").willReturn(streamed("Second", " time lucky.")));

        JsonNode last = last(ask(List.of(Map.of("speaker", "PERSON", "text", "Should I pay off debt first?"))));
        assertThat(last.get("type").asText()).isEqualTo("final");
        assertThat(last.get("text").asText()).isEqualTo("Second time lucky.");
        provider().verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void aProviderThatIsDownGivesAClearErrorNotAnEmptyReply() throws Exception {
        provider().stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"boom\"}}")));

        List<JsonNode> events = ask(List.of(Map.of("speaker", "PERSON", "text", "What is an index fund?")));
        assertThat(events).hasSize(1);
        JsonNode error = events.get(0);
        assertThat(error.get("type").asText()).isEqualTo("error");
        assertThat(error.get("problem").get("type").asText()).isEqualTo("https://mentra.dev/problems/ai-provider-failed");
        assertThat(error.get("problem").get("status").asInt()).isEqualTo(503);
        assertThat(error.get("text").asText()).contains("AI provider did not answer");
        provider().verify(3, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void aCouncilRanksAndSynthesisesWithTheModel() throws Exception {
        provider().stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(5)
                .willReturn(streamed("Validate it on the side", " for eight weeks first.")));
        provider().stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Rank these answers"))
                .willReturn(streamed("Response C\nResponse A\nResponse B")));
        provider().stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("You chair this council"))
                .willReturn(streamed("The council agrees: validate first.", " What would you test first?")));

        String body = FromChat.given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("messages", List.of(Map.of("speaker", "PERSON", "text", "Should I quit my job to launch now?"))))
                .post("/internal/ai/councils/council-launch/sessions").then().statusCode(200).extract().asString();
        List<JsonNode> steps = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data:")) {
                steps.add(JSON.readTree(line.substring(5)).get("step"));
            }
        }
        assertThat(steps).filteredOn(s -> s.get("stage").asText().equals("answer")).hasSize(4)
                .allSatisfy(s -> assertThat(s.get("answer").get("metadata").get("mode").asText()).isEqualTo("llm"));
        assertThat(steps).filteredOn(s -> s.get("stage").asText().equals("ranking")).hasSize(4)
                .allSatisfy(s -> assertThat(s.get("ranking")).hasSize(3));
        JsonNode synthesis = steps.get(steps.size() - 1);
        assertThat(synthesis.get("stage").asText()).isEqualTo("synthesis");
        assertThat(synthesis.get("mentorId").asText()).isEqualTo("ai-startups");
        assertThat(synthesis.get("text").asText()).isEqualTo("The council agrees: validate first. What would you test first?");
        provider().verify(4 + 4 + 1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
        provider().verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("You chair this council"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Validate it on the side")));
    }

    @Test
    void theCouncilsRankingAndChairTasksAreWordedAsBefore() throws Exception {
        provider().stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(5)
                .willReturn(streamed("Validate it on the side", " for eight weeks first.")));
        provider().stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Rank these answers"))
                .willReturn(streamed("Response B\nResponse A")));
        provider().stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("You chair this council"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"no\"}}")));
        // the first question waits for the knowledge index; members must not time out on it here
        ask(List.of(Map.of("speaker", "PERSON", "text", "Should I quit my job to launch now?")));
        provider().resetRequests();

        FromChat.given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("messages", List.of(Map.of("speaker", "PERSON", "text", "Should I quit my job to launch now?"))))
                .post("/internal/ai/councils/council-launch/sessions").then().statusCode(200);

        // the tasks as the members and the chairs (each failing, so the next one steps in) were given them
        List<String> tasks = new ArrayList<>();
        for (var request : provider().findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")))) {
            JsonNode messages = JSON.readTree(request.getBodyAsString()).get("messages");
            JsonNode content = messages.get(messages.size() - 1).get("content");
            StringBuilder task = new StringBuilder(content.isTextual() ? content.asText() : "");
            content.forEach(part -> task.append(part.path("text").asText()));
            if (task.indexOf("Rank these answers") >= 0 || task.indexOf("You chair this council") >= 0) {
                tasks.add(task.toString());
            }
        }
        tasks.sort(null);
        GoldenTranscript.assertSameAs("council-launch-llm-tasks.txt",
                String.join("\n\n----\n\n", tasks) + "\n");
    }

    /** OpenAI's streaming format: one chat.completion.chunk per piece, then [DONE]. */
    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder streamed(String... pieces) {
        StringBuilder body = new StringBuilder();
        for (String piece : pieces) {
            body.append("data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,")
                    .append("\"model\":\"mentor-model\",\"choices\":[{\"index\":0,\"delta\":{\"content\":")
                    .append(quote(piece)).append("},\"finish_reason\":null}]}\n\n");
        }
        body.append("data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,")
                .append("\"model\":\"mentor-model\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n")
                .append("data: [DONE]\n\n");
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body.toString());
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> ask(List<Map<String, String>> messages) throws Exception {
        String body = FromChat.given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                .accept("text/event-stream").body(Map.of("messages", messages))
                .post("/internal/ai/mentors/ai-finance/replies").then().statusCode(200).extract().asString();
        List<JsonNode> events = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data:")) {
                events.add(JSON.readTree(line.substring(5)));
            }
        }
        return events;
    }

    private static JsonNode last(List<JsonNode> events) {
        return events.get(events.size() - 1);
    }
}
