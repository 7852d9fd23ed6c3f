package dev.mentra.mentor.ai.rest;

import dev.mentra.mentor.ai.service.CouncilEvent;
import dev.mentra.mentor.ai.service.CouncilSessions;
import dev.mentra.mentor.ai.service.Turn;
import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.council.service.CouncilService;
import dev.mentra.platform.problem.Problem;
import dev.mentra.platform.problem.ProblemException;
import dev.mentra.platform.security.Caller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.util.List;

/**
 * The council engine's internal streaming API, for chat-service: each member's answer (or absence), each member's
 * ranking of the others, the aggregate ranking and the synthesis, as server-sent events, every stage as soon as it
 * is done. Only chat-service may call it (as {@link ReplyResource}, with the same limits); private councils answer
 * only their owner, known by the person's forwarded token.
 */
@Path("/internal/ai/councils/{councilId}/sessions")
@Authenticated
public class CouncilSessionResource {

    private final CouncilService councils;
    private final CouncilSessions sessions;
    private final Caller caller;

    public CouncilSessionResource(CouncilService councils, CouncilSessions sessions, Caller caller) {
        this.councils = councils;
        this.sessions = sessions;
        this.caller = caller;
    }

    /** One event: a council step, or an error that ended the stream after it began. */
    public record SessionEvent(CouncilEvent step, Problem problem) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<SessionEvent> run(@PathParam("councilId") String councilId,
                                   @Valid @NotNull ReplyResource.Conversation conversation) {
        List<Turn> turns = conversation.messages().stream().map(m -> new Turn(m.speaker(), m.text())).toList();
        if (turns.stream().noneMatch(Turn::fromPerson)) {
            throw ProblemException.badRequest("no-question", "The conversation has no message from the person");
        }
        String callerId = caller.id();
        return councils.find(councilId, callerId).onItem().transformToMulti(seated -> {
                    Mentor chair = seated.members().stream().filter(m -> m.id.equals(seated.council().chairMentorId))
                            .findFirst().orElse(seated.members().get(0));
                    return sessions.run(chair, seated.members(), turns);
                })
                .map(step -> new SessionEvent(step, null))
                .onFailure().recoverWithItem(e -> new SessionEvent(null, e instanceof ProblemException p
                        ? p.toProblem()
                        : Problem.of("ai-engine-failed", "The council could not answer", 503,
                        "The council could not answer right now; please try again")));
    }
}
