package dev.mentra.chat.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.mentra.chat.config.ChatConfig;
import dev.mentra.platform.input.StrictJson;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The AI engine in mentor-service, streaming: an AI mentor's reply, or a council session's stages. The call carries
 * chat-service's credential (mentor-service's internal routes answer only to it) and the person's token (who is
 * asking; mentor-service verifies it as every service does).
 *
 * <p>Fault tolerance, as every client's: until its first event a stream is guarded by a timeout and by a circuit
 * breaker (one per call, the two configured alike: values here, overridden by the MicroProfile keys
 * {@code dev.mentra.chat.client.MentorAi/Timeout/*} and {@code .../CircuitBreaker/*}). A refusal for this person
 * (4xx) is mentor-service answering and does not count against it. Once started, a stream that stalls longer than
 * the idle timeout fails. Every failure ends in an {@link AiUnavailable} carrying a sentence for the person.
 */
@ApplicationScoped
@Timeout(value = 30, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
        skipOn = MentorAi.AiRefused.class)
public class MentorAi {

    /** The circuit breakers of the two calls (SmallRye FT has one per method). */
    public static final String REPLIES = "mentor-service-replies";
    public static final String COUNCILS = "mentor-service-councils";

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

    /** mentor-service answered, refusing this question or person (4xx): no sign that it is unavailable. */
    public static class AiRefused extends AiUnavailable {
        public AiRefused(String detail) {
            super(detail);
        }
    }

    private final MentorAiApi api;
    private final ChatConfig config;

    public MentorAi(@RestClient MentorAiApi api, ChatConfig config) {
        this.api = api;
        this.config = config;
    }

    /** An AI mentor's answer; the item comes once the stream has started. */
    @CircuitBreakerName(REPLIES)
    @Fallback(fallbackMethod = "replyFailed")
    public Uni<Multi<ReplyEvent>> reply(String mentorId, List<Turn> history, String token) {
        return started(api.reply(mentorId, "Bearer " + token, new History(history)));
    }

    /** A council session's stages; the item comes once the stream has started. */
    @CircuitBreakerName(COUNCILS)
    @Fallback(fallbackMethod = "councilFailed")
    public Uni<Multi<SessionEvent>> council(String councilId, List<Turn> history, String token) {
        return started(api.council(councilId, "Bearer " + token, new History(history)));
    }

    Uni<Multi<ReplyEvent>> replyFailed(String mentorId, List<Turn> history, String token, Throwable failure) {
        return Uni.createFrom().failure(explain(failure));
    }

    Uni<Multi<SessionEvent>> councilFailed(String councilId, List<Turn> history, String token, Throwable failure) {
        return Uni.createFrom().failure(explain(failure));
    }

    private <T> Uni<Multi<T>> started(Multi<T> call) {
        return AiStreams.started(call)
                .onFailure(e -> !(e instanceof AiUnavailable)).transform(MentorAi::explain)
                .map(stream -> stream
                        .ifNoItem().after(config.ai().idleTimeout()).failWith(() -> new AiUnavailable("The answer took too long"))
                        .onFailure(e -> !(e instanceof AiUnavailable)).transform(MentorAi::explain));
    }

    private static Throwable explain(Throwable failure) {
        if (failure instanceof AiUnavailable known) {
            return known;
        }
        if (failure instanceof TimeoutException) {
            return new AiUnavailable("The AI engine did not answer in time");
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new AiUnavailable("The AI engine is not available right now");
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return switch (status) {
                case 401, 403 -> new AiRefused("Your session could not be confirmed with the AI engine; sign in again and retry");
                case 404 -> new AiRefused("This mentor or council is not available to you");
                case 400 -> new AiRefused("The AI engine could not take this question");
                default -> new AiUnavailable("The AI engine is not available right now");
            };
        }
        return new AiUnavailable("The AI engine is not available right now");
    }
}
