package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.service.CatalogService;
import dev.mentra.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * An active AI mentor answering a conversation, as chat-service asks it and as an admin tries a persona out: the
 * same checks and the same engine for both, so what an admin sees is what a person gets.
 */
@ApplicationScoped
public class Replies {

    private final CatalogService catalog;
    private final MentorEngine engine;
    private final AiReplyMetrics metrics;

    public Replies(CatalogService catalog, MentorEngine engine, AiReplyMetrics metrics) {
        this.catalog = catalog;
        this.engine = engine;
        this.metrics = metrics;
    }

    public Multi<ReplyPart> stream(String mentorId, List<Turn> conversation) {
        if (conversation.stream().noneMatch(Turn::fromPerson)) {
            throw ProblemException.badRequest("no-question", "The conversation has no message from the person");
        }
        Uni<Mentor> mentor = catalog.find(mentorId).invoke(m -> {
            if (m.kind != Mentor.Kind.AI) {
                throw ProblemException.badRequest("not-ai", "Only AI mentors answer here; human mentors answer in person");
            }
        });
        return mentor.onItem().transformToMulti(m -> metrics.mentor(engine.stream(m, conversation)));
    }
}
