package dev.mentra.mentor.client;

import dev.mentra.mentor.FromChat;
import dev.mentra.mentor.LlmProviderStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.mentra.mentor.LlmProviderStandIn.provider;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * LLM mode with the provider's embedding model (what a native image uses instead of ONNX Runtime): the advice cards
 * and the question are embedded through OpenAI's {@code /embeddings} protocol, and those vectors choose the cards
 * that ground the answer. The stand-in embeds by words (a hashed bag of words), so the cards that share the
 * question's words must win — which the in-process model would not guarantee.
 */
@QuarkusTest
@TestProfile(RemoteEmbeddingsTest.WithEmbeddingModel.class)
class RemoteEmbeddingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static class WithEmbeddingModel implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mentra.ai.llm.model", "mentor-model",
                    "mentra.ai.llm.embedding-model", "embedder-small");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddingProvider.class));
        }
    }

    /** The provider, embedding by words from its start (the cards are embedded as the application starts). */
    public static class EmbeddingProvider extends LlmProviderStandIn {
        @Override
        protected WireMockConfiguration options() {
            return super.options().extensions(new BagOfWordsEmbeddings());
        }

        @Override
        protected void stubs(WireMockServer provider) {
            provider.stubFor(post(urlEqualTo("/v1/embeddings"))
                    .willReturn(aResponse().withTransformers(BagOfWordsEmbeddings.NAME)));
            provider.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                            + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Noted.\"},\"finish_reason\":null}]}\n\n"
                            + "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                            + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n")));
        }
    }

    @Test
    void theCardsAreEmbeddedInBatchesByTheProviderAndItsVectorsChooseTheGroundingCards() throws Exception {
        String question = "How many months of costs belong in an emergency fund?";
        String reply = FromChat.given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("messages", List.of(Map.of("speaker", "PERSON", "text", question))))
                .post("/internal/ai/mentors/ai-finance/replies").then().statusCode(200).extract().asString();
        assertThat(reply).contains("Noted.");

        // the cards went in batches (not one call per card), the question alone, all to the configured model
        List<LoggedRequest> calls = provider().findAll(postRequestedFor(urlEqualTo("/v1/embeddings")));
        List<JsonNode> inputs = calls.stream().map(c -> read(c.getBodyAsString()).get("input")).toList();
        assertThat(calls).allSatisfy(c -> {
            assertThat(read(c.getBodyAsString()).get("model").asText()).isEqualTo("embedder-small");
            assertThat(c.getHeader("Authorization")).isEqualTo("Bearer sk-test");
        });
        assertThat(inputs).anySatisfy(batch -> assertThat(batch.size()).isGreaterThan(10));
        assertThat(inputs).anySatisfy(batch -> assertThat(batch.toString()).contains(question));

        // the grounding card is the one whose words the question shares most, by the provider's vectors
        provider().verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing("emergency fund"))));
        provider().verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("mentor-model"))));
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers OpenAI's embeddings request with a 256-dimension hashed bag of words per input. */
    static final class BagOfWordsEmbeddings implements ResponseDefinitionTransformerV2 {

        static final String NAME = "bag-of-words-embeddings";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            JsonNode request = read(event.getRequest().getBodyAsString());
            JsonNode input = request.get("input");
            List<String> texts = input.isArray()
                    ? java.util.stream.StreamSupport.stream(input.spliterator(), false).map(JsonNode::asText).toList()
                    : List.of(input.asText());
            ObjectNode body = JSON.createObjectNode().put("object", "list").put("model", request.get("model").asText());
            ArrayNode data = body.putArray("data");
            for (int i = 0; i < texts.size(); i++) {
                ArrayNode vector = data.addObject().put("object", "embedding").put("index", i).putArray("embedding");
                for (float value : vector(texts.get(i))) {
                    vector.add(value);
                }
            }
            body.putObject("usage").put("prompt_tokens", 1).put("total_tokens", 1);
            // as text: WireMock's own (shaded) Jackson would not write this Jackson tree as JSON
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(body.toString()).build();
        }

        private static float[] vector(String text) {
            float[] v = new float[256];
            for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (word.length() > 3) { // skip the small words every card has
                    v[Math.floorMod(word.hashCode(), v.length)] += 1;
                }
            }
            return v;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
