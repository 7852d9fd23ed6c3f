package dev.mentra.mentor.ai.rest;

import dev.mentra.mentor.ai.service.MentorReply;
import dev.mentra.mentor.ai.service.Replies;
import dev.mentra.mentor.ai.service.ReplyPart;
import dev.mentra.mentor.ai.service.Turn;
import dev.mentra.platform.problem.Problem;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The AI engine's internal streaming API, for chat-service (not routed by the gateway): given an AI mentor and
 * the conversation so far, a stream of {@code delta} events as the answer is produced, then one {@code final}
 * event with the full text and its metadata. Only chat-service may call it (its service credential is checked by
 * the platform's {@code InternalRouteGuard}); the person's token is forwarded and verified as everywhere.
 */
@Path("/internal/ai/mentors/{mentorId}/replies")
@Authenticated
public class ReplyResource {

    private static final Logger LOG = Logger.getLogger(ReplyResource.class);

    private final Replies replies;

    public ReplyResource(Replies replies) {
        this.replies = replies;
    }

    /**
     * The limits chat-service works within (a message is at most 4000 characters, the history it sends at most
     * {@code mentra.chat.ai.history-messages} = 40 messages, earlier answers clipped to 4000), so no caller can
     * hand the engine more than a real conversation holds.
     */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_MESSAGES = 40;

    public record Message(@NotNull Turn.Speaker speaker, @NotBlank @Size(max = MAX_TEXT) String text) {
    }

    public record Conversation(@NotEmpty @Size(max = MAX_MESSAGES) List<@Valid @NotNull Message> messages) {
        List<Turn> turns() {
            return messages.stream().map(m -> new Turn(m.speaker(), m.text())).toList();
        }
    }

    /**
     * One server-sent event: {@code delta} (the answer grows by {@code text}), {@code final} (the whole answer),
     * or {@code error} (the answer failed once the stream had begun; {@code problem} says why).
     */
    public record ReplyEvent(String type, String text, MentorReply reply, Problem problem) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<ReplyEvent> reply(@PathParam("mentorId") String mentorId, @Valid @NotNull Conversation conversation) {
        return events(replies.stream(mentorId, conversation.turns()));
    }

    /** An answer as server-sent events; a failure after the response has begun cannot change its status: it ends the stream as an error event. */
    static Multi<ReplyEvent> events(Multi<ReplyPart> answer) {
        return answer.map(part -> part.isDone()
                        ? new ReplyEvent("final", part.reply().text(), part.reply(), null)
                        : new ReplyEvent("delta", part.delta(), null, null))
                .onFailure().recoverWithItem(ReplyResource::error);
    }

    private static ReplyEvent error(Throwable failure) {
        Problem problem = failure instanceof ProblemException known
                ? known.toProblem()
                : Problem.of("ai-engine-failed", "The mentor could not answer", 503,
                "The answer could not be produced right now; please try again");
        if (!(failure instanceof ProblemException)) {
            LOG.errorf(failure, "AI reply failed");
        }
        return new ReplyEvent("error", problem.detail(), null, problem);
    }
}
