package dev.mentra.chat.testing;

import com.github.tomakehurst.wiremock.client.WireMock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * mentor-service's streamed AI events, shaped exactly like ReplyResource.ReplyEvent and
 * CouncilSessionResource.SessionEvent (server-sent events of JSON), served by the {@link MentorServiceStub}.
 */
public final class EngineEvents {

    private static final WireMock MENTOR_SERVICE = new WireMock(MentorServiceStub.shared().port());

    private EngineEvents() {
    }

    public static void stubReply(String mentorId, String body) {
        MENTOR_SERVICE.register(post(urlEqualTo("/internal/ai/mentors/" + mentorId + "/replies"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body)));
    }

    public static String sse(String... events) {
        return String.join("", events);
    }

    public static String event(Map<String, ?> json) {
        try {
            return "data:" + Fixtures.JSON.writeValueAsString(json) + "\n\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String delta(String text) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "delta");
        e.put("text", text);
        e.put("reply", null);
        e.put("problem", null);
        return event(e);
    }

    public static String finalReply(String mentorId, String text) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("mode", "offline");
        metadata.put("cardIds", List.of(mentorId + "-1"));
        metadata.put("outsideField", false);
        metadata.put("suggestedMentorId", null);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "final");
        e.put("text", text);
        e.put("reply", Map.of("mentorId", mentorId, "text", text, "metadata", metadata));
        e.put("problem", null);
        return event(e);
    }

    public static String step(String stage, String mentorId, String text, Map<String, ?> answer, List<String> ranking) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("stage", stage);
        step.put("mentorId", mentorId);
        step.put("text", text);
        step.put("answer", answer);
        step.put("ranking", ranking == null ? null : new ArrayList<>(ranking));
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("step", step);
        e.put("problem", null);
        return event(e);
    }
}
