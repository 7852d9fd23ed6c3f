package dev.mentra.chat.service;

import dev.mentra.chat.Conversation;
import dev.mentra.platform.concurrent.Detached;
import dev.mentra.chat.DirectoryMentor;
import dev.mentra.chat.MessageView;
import dev.mentra.chat.client.MentorAi;
import dev.mentra.chat.config.ChatConfig;
import dev.mentra.chat.messaging.ChatEvents;
import dev.mentra.chat.repository.DirectoryRepository;
import dev.mentra.chat.repository.MessageRepository;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AI mentors and councils answering in chat: a person's message in an AI_MENTOR or COUNCIL conversation is sent
 * with the conversation so far (multi-turn) to the engine; what streams back is shown live as {@code ai.delta}
 * frames and each finished answer (or council stage) is stored as a message. When the engine fails, a system
 * message says so; sending the question again retries.
 */
@ApplicationScoped
public class AiReplies {

    private static final Logger LOG = Logger.getLogger(AiReplies.class);
    /** mentor-service's council step carrying a piece of a member's answer while the members write. */
    private static final String ANSWER_DELTA = "answer.delta";

    /** How an AI message was made; stored with it as JSON. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AiMetadata(String mentorId, String stage, String replyTo, String mode, List<String> ranking,
                             JsonNode engine, Boolean failed) {
    }

    private final MentorAi engine;
    private final MessageService messages;
    private final MessageRepository history;
    private final DirectoryRepository directory;
    private final ChatEvents events;
    private final ChatConfig config;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final ChatMetrics metrics;

    public AiReplies(MentorAi engine, MessageService messages, MessageRepository history, DirectoryRepository directory,
                     ChatEvents events, ChatConfig config, Vertx vertx, ObjectMapper json, ChatMetrics metrics) {
        this.json = json;
        this.metrics = metrics;
        this.engine = engine;
        this.messages = messages;
        this.history = history;
        this.directory = directory;
        this.events = events;
        this.config = config;
        this.vertx = vertx;
    }

    /**
     * Starts the answer to a person's new message, if its conversation has an AI in it; returns at once. The
     * token is the sender's: the engine is asked on their behalf, after their request has been answered.
     */
    public void answer(MessageService.Posted posted, String token) {
        MessageView question = posted.message();
        if (posted.duplicate() || !posted.conversation().isAi() || !"USER".equals(question.author().kind())) {
            return;
        }
        Conversation conversation = posted.conversation();
        Detached.run(vertx, () -> respond(conversation, question, token))
                .subscribe().with(done -> {
                }, e -> LOG.errorf(e, "AI answer in %s failed", conversation.id));
    }

    /** What the engine is asked with: the conversation so far, and who sees the answer stream in. */
    private record Question(List<MentorAi.Turn> history, List<String> recipients) {
    }

    Uni<Void> respond(Conversation conversation, MessageView question, String token) {
        long started = System.nanoTime();
        return Panache.withSession(() -> turns(conversation, question)
                        .flatMap(turns -> messages.recipients(conversation.id).map(to -> new Question(turns, to))))
                .flatMap(asked -> (conversation.kind == Conversation.Kind.COUNCIL
                        ? council(conversation, question, asked.history(), asked.recipients(), token)
                        : mentor(conversation, question, asked.history(), asked.recipients(), token))
                        .ifNoItem().after(config.ai().timeout())
                        .failWith(() -> new MentorAi.AiUnavailable("The answer took too long"))
                        .onItemOrFailure().invoke((done, e) -> metrics.aiReplied(conversation.kind, e == null,
                                Duration.ofNanos(System.nanoTime() - started)))
                        .onFailure().recoverWithUni(e -> failed(conversation, question, e)));
    }

    private Uni<Void> mentor(Conversation c, MessageView question, List<MentorAi.Turn> turns, List<String> to,
                             String token) {
        return directory.mentor(c.mentorId).flatMap(mentor -> engine.reply(c.mentorId, turns, token)
                .onItem().transformToMulti(stream -> stream)
                .onItem().transformToUniAndConcatenate(event -> switch (event.type() == null ? "" : event.type()) {
                    case "delta" -> events.aiDelta(new ChatEvents.AiDelta(c.id, question.id(), c.mentorId, "answer",
                            event.text(), to));
                    case "final" -> messages.postAi(c.id, author(c.mentorId, mentor), event.text(),
                            new AiMetadata(c.mentorId, "answer", question.id(), mode(event.reply()), null,
                                    event.reply() == null ? null : event.reply().metadata(), null)).replaceWithVoid();
                    case "error" -> Uni.createFrom().failure(new MentorAi.AiUnavailable(
                            event.problem() != null && event.problem().detail() != null ? event.problem().detail() : event.text()));
                    default -> Uni.createFrom().voidItem();
                })
                .collect().last().replaceWithVoid());
    }

    private Uni<Void> council(Conversation c, MessageView question, List<MentorAi.Turn> turns, List<String> to,
                              String token) {
        Map<String, DirectoryMentor> names = new ConcurrentHashMap<>();
        return engine.council(c.councilId, turns, token)
                .onItem().transformToMulti(stream -> stream)
                .onItem().transformToUniAndConcatenate(event -> {
                    if (event.step() == null) {
                        return Uni.createFrom().failure(new MentorAi.AiUnavailable(event.problem() != null
                                ? event.problem().detail() : "The council could not answer"));
                    }
                    MentorAi.Step step = event.step();
                    if (ANSWER_DELTA.equals(step.stage())) {
                        // a member's answer as it is written, the members writing at once: shown, not stored
                        return events.aiDelta(new ChatEvents.AiDelta(c.id, question.id(), step.mentorId(), "answer",
                                step.text(), to));
                    }
                    AiMetadata metadata = new AiMetadata(step.mentorId(), step.stage(), question.id(), mode(step.answer()),
                            step.ranking(), step.answer() == null ? null : step.answer().metadata(), null);
                    // an answer already streamed piece by piece is not sent again whole
                    Uni<Void> shown = "answer".equals(step.stage())
                            ? Uni.createFrom().voidItem()
                            : events.aiDelta(new ChatEvents.AiDelta(c.id, question.id(), step.mentorId(), step.stage(),
                            step.text(), to));
                    return shown
                            .chain(() -> "missing".equals(step.stage())
                                    ? messages.postSystem(c.id, step.text(), metadata)
                                    : mentorNamed(step.mentorId(), names).flatMap(m ->
                                    messages.postAi(c.id, author(step.mentorId(), m), step.text(), metadata)))
                            .replaceWithVoid();
                })
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> failed(Conversation c, MessageView question, Throwable e) {
        String why = e instanceof MentorAi.AiUnavailable ? e.getMessage() : "The AI engine is not available right now";
        if (!(e instanceof MentorAi.AiUnavailable)) {
            LOG.warnf(e, "AI answer in %s failed", c.id);
        }
        return messages.postSystem(c.id, (c.kind == Conversation.Kind.COUNCIL ? "The council" : "The mentor")
                        + " could not answer: " + why + ". Send your message again to retry.",
                new AiMetadata(c.mentorId, "error", question.id(), null, null, null, true)).replaceWithVoid();
    }

    /** The conversation so far, up to the question: people's messages and the AI's answers (council: syntheses). */
    private Uni<List<MentorAi.Turn>> turns(Conversation c, MessageView question) {
        return history.latestBefore(c.id, question.seq() + 1, config.ai().historyMessages()).map(list -> {
            List<MentorAi.Turn> turns = new ArrayList<>();
            list.forEach(m -> {
                switch (m.authorKind) {
                    case USER -> turns.add(new MentorAi.Turn("PERSON", clip(m.text, config.maxTextLength())));
                    case AI -> {
                        // a council's follow-up builds on its syntheses, not on every member's answer and ranking
                        if (c.kind != Conversation.Kind.COUNCIL || "synthesis".equals(stageOf(m.metadata))) {
                            turns.add(new MentorAi.Turn("MENTOR", clip(m.text, config.maxTextLength())));
                        }
                    }
                    case SYSTEM -> {
                        // notices are not part of what was said
                    }
                }
            });
            return turns;
        });
    }

    private String stageOf(String metadata) {
        try {
            return metadata == null ? null : json.readTree(metadata).path("stage").asText(null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private Uni<DirectoryMentor> mentorNamed(String mentorId, Map<String, DirectoryMentor> seen) {
        if (mentorId == null || seen.containsKey(mentorId)) {
            return Uni.createFrom().item(mentorId == null ? null : seen.get(mentorId));
        }
        return Panache.withSession(() -> directory.mentor(mentorId)).invoke(m -> {
            if (m != null) {
                seen.put(mentorId, m);
            }
        });
    }

    private static MessageService.AiAuthor author(String mentorId, DirectoryMentor mentor) {
        return new MessageService.AiAuthor(mentorId, mentor != null ? mentor.displayName : mentorId);
    }

    private static String mode(MentorAi.Reply reply) {
        return reply == null || reply.metadata() == null || !reply.metadata().hasNonNull("mode")
                ? null : reply.metadata().get("mode").asText();
    }

    /**
     * The engine takes no message longer than a person may write (mentor-service refuses more): a longer AI
     * answer is given to it by its beginning.
     */
    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
