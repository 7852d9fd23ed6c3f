package dev.mentra.platform.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A production log line (JSON, as quarkus-logging-json writes it; here to a file) says which request, trace and user
 * it belongs to, and never carries the caller's token or email.
 */
@QuarkusTest
class JsonLogTest {

    private static final Path LOG = Path.of("target/json-log/platform-test.log");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLineOfASignedInRequestCarriesRequestTraceAndUserButNoToken() {
        String userId = "user_" + UUID.randomUUID().toString().replace("-", "");
        String email = userId + "@mentra.test";
        String token = TestTokens.forUser(userId).email(email).sign();
        String requestId = UUID.randomUUID().toString();
        String marker = "marker-" + UUID.randomUUID();

        given().auth().oauth2(token).header("X-Request-Id", requestId).queryParam("marker", marker)
                .get("/logged").then().statusCode(200);

        JsonNode line = await().atMost(Duration.ofSeconds(10)).until(() -> lineWith(marker), l -> l != null);
        JsonNode mdc = line.get("mdc");
        assertThat(mdc.path(RequestLogContext.REQUEST_ID).asText()).isEqualTo(requestId);
        assertThat(mdc.path(CallerLogContext.USER_ID).asText()).isEqualTo(userId);
        assertThat(mdc.path("traceId").asText()).matches("[0-9a-f]{32}");
        assertThat(mdc.path("spanId").asText()).matches("[0-9a-f]{16}");
        assertThat(line.toString()).doesNotContain(token).doesNotContain(email)
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }

    @Test
    void aRequestWithoutAUsableRequestIdGetsOneOfItsOwn() {
        String token = TestTokens.anyUser().sign();
        String marker = "marker-" + UUID.randomUUID();
        given().auth().oauth2(token).header("X-Request-Id", "forged\nline").queryParam("marker", marker)
                .get("/logged").then().statusCode(200);

        JsonNode line = await().atMost(Duration.ofSeconds(10)).until(() -> lineWith(marker), l -> l != null);
        assertThat(line.get("mdc").path(RequestLogContext.REQUEST_ID).asText()).matches("[0-9a-f-]{36}");
    }

    private static JsonNode lineWith(String marker) throws IOException {
        if (!Files.exists(LOG)) {
            return null;
        }
        List<String> lines = Files.readAllLines(LOG);
        for (String text : lines) {
            if (text.contains(marker)) {
                return JSON.readTree(text);
            }
        }
        return null;
    }
}
