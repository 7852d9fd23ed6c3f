package dev.mentra.mentor.ai.service;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.config.LlmConfig;
import dev.mentra.platform.concurrent.CallerContext;
import dev.mentra.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;

/**
 * The AI mentor answering with a language model, through langchain4j's OpenAI-compatible streaming client: the
 * persona's system prompt and its most relevant advice cards ground every answer, the conversation so far gives
 * the context, and the answer streams back as the model writes it. 429 and 5xx are retried before the first word;
 * a provider failure becomes a clear error, never a silent empty reply.
 */
@ApplicationScoped
@Typed(LlmMentorEngine.class)
public class LlmMentorEngine implements MentorEngine {

    public static final String LLM = "llm";
    private static final Logger LOG = Logger.getLogger(LlmMentorEngine.class);

    private final KnowledgeIndex knowledge;
    private final LlmConfig config;
    private final StreamingChatModel model;

    /** {@code model}: the OpenAI-compatible client {@code client/LanguageModels} builds (on its first call). */
    public LlmMentorEngine(KnowledgeIndex knowledge, LlmConfig config, StreamingChatModel model) {
        this.knowledge = knowledge;
        this.config = config;
        this.model = model;
    }

    @Override
    public Multi<ReplyPart> stream(Mentor persona, List<Turn> conversation) {
        String query = OfflineMentorEngine.retrievalQuery(conversation);
        return knowledge.search(persona.id, query, config.groundingCards()).onItem().transformToMulti(cards ->
                generate(persona, prompt(persona, cards, conversation), cards.stream().map(m -> m.card().id).toList()));
    }

    /** One streamed model call, retried while nothing has been said yet. */
    private Multi<ReplyPart> generate(Mentor persona, List<ChatMessage> messages, List<String> cardIds) {
        // captured now, not at subscription: a retry resubscribes from the back-off's timer thread
        Executor caller = CallerContext.capture();
        Multi<ReplyPart> answer = Multi.createFrom().<ReplyPart>emitter(emitter -> {
            StringBuilder text = new StringBuilder();
            model.chat(ChatRequest.builder().messages(messages).build(), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    text.append(partial);
                    emitter.emit(ReplyPart.delta(partial));
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    if (text.toString().isBlank()) {
                        emitter.fail(new ProviderFailure("the model returned an empty answer", false));
                        return;
                    }
                    emitter.emit(ReplyPart.done(new MentorReply(persona.id, text.toString(),
                            new ReplyMetadata(LLM, cardIds, false, null))));
                    emitter.complete();
                }

                @Override
                public void onError(Throwable error) {
                    // once words went out, retrying would repeat them
                    emitter.fail(new ProviderFailure(error.toString(), text.isEmpty() && retryable(error), error));
                }
            });
        });
        return answer.emitOn(caller)
                .onFailure(e -> e instanceof ProviderFailure f && f.retryable)
                .retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(5)).atMost(config.maxRetries())
                .onFailure().transform(e -> {
                    LOG.warnf("LLM provider failed for %s: %s", persona.id, e.getMessage());
                    return new ProblemException(503, "ai-provider-failed", "The AI mentor could not answer",
                            "The AI provider did not answer (" + summary(e)
                                    + "). Please try again in a moment.");
                });
    }

    @Override
    public Optional<Uni<String>> complete(Mentor persona, String instruction) {
        List<ChatMessage> messages = List.of(
                SystemMessage.from(persona.systemPrompt == null ? "" : persona.systemPrompt),
                UserMessage.from(instruction));
        return Optional.of(generate(persona, messages, List.of())
                .filter(ReplyPart::isDone).map(p -> p.reply().text()).toUni());
    }

    /** System: the persona and its grounding cards. Then the conversation, oldest first. */
    static List<ChatMessage> prompt(Mentor persona, List<KnowledgeIndex.Match> cards, List<Turn> conversation) {
        StringBuilder system = new StringBuilder(persona.systemPrompt == null ? "" : persona.systemPrompt);
        if (persona.voice != null) {
            system.append("\n\nVoice: ").append(persona.voice);
        }
        system.append("\n\nAdvice cards from your knowledge base, most relevant first; ground your answer in them:");
        for (KnowledgeIndex.Match match : cards) {
            system.append("\n\n### ").append(match.card().title).append("\n").append(match.card().body);
        }
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(system.toString()));
        for (Turn turn : conversation) {
            messages.add(turn.fromPerson() ? UserMessage.from(turn.text()) : AiMessage.from(turn.text()));
        }
        return messages;
    }

    private static boolean retryable(Throwable error) {
        Throwable e = error;
        while (e != null) {
            if (e instanceof HttpException http) {
                return http.statusCode() == 429 || http.statusCode() >= 500;
            }
            if (e instanceof IOException || e instanceof TimeoutException) {
                return true;
            }
            e = e.getCause();
        }
        return false;
    }

    private static String summary(Throwable e) {
        Throwable cause = e instanceof ProviderFailure && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof HttpException http) {
            return "status " + http.statusCode();
        }
        return cause.getClass().getSimpleName();
    }

    /** A provider error, and whether trying again can help. */
    static final class ProviderFailure extends RuntimeException {
        final boolean retryable;

        ProviderFailure(String message, boolean retryable) {
            super(message);
            this.retryable = retryable;
        }

        ProviderFailure(String message, boolean retryable, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
        }
    }
}
