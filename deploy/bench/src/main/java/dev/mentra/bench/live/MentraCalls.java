package dev.mentra.bench.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.Http;
import dev.mentra.bench.core.Json;

import java.util.Map;

/**
 * The few calls through the gateway the live benchmarks set up with, as the web client makes them: opening
 * conversations, publishing a mentor's hours, finding an AI mentor. Each throws with the answer when it fails.
 */
public final class MentraCalls {

    private final Http http;
    private final String gateway;

    public MentraCalls(Http http, String gatewayUrl) {
        this.http = http;
        this.gateway = gatewayUrl;
    }

    /** The mentee's DIRECT conversation with a human mentor (opened, or the existing one). */
    public String directConversation(Account mentee, String menteeToken, String mentorId) {
        return conversation(mentee, menteeToken, Map.of("kind", "DIRECT", "mentorId", mentorId));
    }

    /** A new AI_MENTOR conversation of the mentee's with an AI mentor. */
    public String aiConversation(Account mentee, String menteeToken, String aiMentorId) {
        return conversation(mentee, menteeToken, Map.of("kind", "AI_MENTOR", "mentorId", aiMentorId));
    }

    private String conversation(Account mentee, String token, Map<String, String> body) {
        return ok(http.call(Http.Request.post(gateway + "/api/conversations", Json.write(body)).bearer(token)
                .from(mentee.address())), "open a conversation").path("id").asText();
    }

    /** The first AI mentor of the public catalog. */
    public String firstAiMentor() {
        JsonNode page = ok(http.call(Http.Request.get(gateway + "/api/mentors?kind=AI&size=5")), "list AI mentors");
        JsonNode items = page.isArray() ? page : page.path("items");
        if (!items.isArray() || items.isEmpty()) {
            throw new IllegalStateException("No AI mentor in the catalog: " + page);
        }
        return items.get(0).path("id").asText();
    }

    public JsonNode call(Http.Request request, String what) {
        return ok(http.call(request), what);
    }

    public String gateway() {
        return gateway;
    }

    static JsonNode ok(Http.Response answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException("Could not " + what + ": " + answer);
        }
        return answer.body().isBlank() ? Json.read("{}") : Json.read(answer.body());
    }
}
