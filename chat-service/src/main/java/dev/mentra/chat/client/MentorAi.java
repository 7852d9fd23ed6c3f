package dev.mentra.chat.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.mentra.chat.config.ChatConfig;
import dev.mentra.platform.input.StrictJson;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;

/**
 * The AI engine in mentor-service, streaming: an AI mentor's reply, or a council session's stages. The call carries
 * chat-service's credential (mentor-service's internal routes answer only to it) and the person's token (who is
 * asking; mentor-service verifies it as every service does). A stream that stalls longer than the idle
 * timeout, or fails before it starts, ends in an {@link AiUnavailable} failure carrying a sentence for the person.
 */
@ApplicationScoped
public class MentorAi {

    /** One message of the history given to the engine; speaker {@code PERSON} or {@code MENTOR} (mentor-service's Turn.Speaker). */
    public record Turn(String speaker, String text) {
    }

    public record History(List<Turn> messages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String type, String title, int status, String detail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reply(String mentorId, @JsonDeserialize(using = StrictJson.Cleaned.class) String text,
                        JsonNode metadata) {
    }

    /**
     * ReplyResource's event: {@code delta} (text grows), {@code final} (the whole reply) or {@code error}. Texts are
     * chat text, cleaned rather than refused: a model's output split inside a surrogate pair loses that character.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReplyEvent(String type, @JsonDeserialize(using = StrictJson.Cleaned.class) String text, Reply reply,
                             Problem problem) {
    }

    /** A council stage: answer, missing, ranking, aggregate, synthesis (CouncilEvent). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String stage, String mentorId, @JsonDeserialize(using = StrictJson.Cleaned.class) String text,
                       Reply answer, List<String> ranking) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SessionEvent(Step step, Problem problem) {
    }

    /** The engine could not answer; {@code detail} is fit to show the person. */
    public static class AiUnavailable extends RuntimeException {
        public AiUnavailable(String detail) {
            super(detail);
        }
    }

    private final MentorAiApi api;
    private final ChatConfig config;

    public MentorAi(@RestClient MentorAiApi api, ChatConfig config) {
        this.api = api;
        this.config = config;
    }

    public Multi<ReplyEvent> reply(String mentorId, List<Turn> history, String token) {
        return guarded(api.reply(mentorId, "Bearer " + token, new History(history)));
    }

    public Multi<SessionEvent> council(String councilId, List<Turn> history, String token) {
        return guarded(api.council(councilId, "Bearer " + token, new History(history)));
    }

    private <T> Multi<T> guarded(Multi<T> stream) {
        return stream
                .ifNoItem().after(config.ai().idleTimeout()).failWith(() -> new AiUnavailable("The answer took too long"))
                .onFailure(e -> !(e instanceof AiUnavailable)).transform(MentorAi::explain);
    }

    private static Throwable explain(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return new AiUnavailable(switch (status) {
                case 401, 403 -> "Your session could not be confirmed with the AI engine; sign in again and retry";
                case 404 -> "This mentor or council is not available to you";
                case 400 -> "The AI engine could not take this question";
                default -> "The AI engine is not available right now";
            });
        }
        return new AiUnavailable("The AI engine is not available right now");
    }
}
