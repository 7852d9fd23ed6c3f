package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.FromChat;
import dev.mentra.local.testing.MetricsScrape;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** What operators see on /q/metrics when the AI engine answers: replies by engine mode and kind, with latency. */
@QuarkusTest
class AiReplyMetricsTest {

    private static final Map<String, Object> QUESTION = Map.of("messages", List.of(Map.of("speaker", "PERSON",
            "text", "How big should my emergency fund be?")));

    @Test
    void aMentorsAnswerAndACouncilSessionAreTimedByEngineMode() {
        MetricsScrape before = MetricsScrape.now();

        FromChat.given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                .accept("text/event-stream").body(QUESTION).post("/internal/ai/mentors/ai-finance/replies")
                .then().statusCode(200).body(containsString("\"final\""));
        FromChat.given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON)
                .accept("text/event-stream").body(QUESTION).post("/internal/ai/councils/council-launch/sessions")
                .then().statusCode(200).body(containsString("synthesis"));

        MetricsScrape after = MetricsScrape.now();
        assertThat(change(before, after, "mentra_ai_replies_seconds_count",
                "engine", "offline", "kind", "mentor", "outcome", "answered")).isEqualTo(1);
        assertThat(change(before, after, "mentra_ai_replies_seconds_count",
                "engine", "offline", "kind", "council", "outcome", "answered")).isEqualTo(1);
        assertThat(change(before, after, "mentra_ai_replies_seconds_sum", "kind", "council")).isPositive();
        assertThat(change(before, after, "mentra_ai_replies_seconds_count", "outcome", "failed")).isZero();
        // only the mode this replica answers in, with a histogram for percentiles
        assertThat(after.labelValues("mentra_ai_replies_seconds_count", "engine")).containsExactly("offline");
        assertThat(after.has("mentra_ai_replies_seconds_bucket", "kind", "mentor")).isTrue();
    }

    private static double change(MetricsScrape before, MetricsScrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
