package dev.mentra.chat.service;

import dev.mentra.chat.Conversation;
import dev.mentra.chat.Message;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Chat's business metrics on {@code /q/metrics}, every series present from the start at zero (the open sockets'
 * gauge {@code mentra.chat.sockets.open} lives with the sockets, in {@code LiveSockets}):
 * <ul>
 *   <li>{@code mentra.chat.messages.posted{author}}: messages stored, by who wrote them ({@code user}, {@code ai},
 *   {@code system}); counted once, on the replica that stored it;</li>
 *   <li>{@code mentra.chat.messages.delivered{author}}: message frames handed to this replica's sockets, live or
 *   catching up (one message reaches every socket of every participant, so this outgrows {@code posted});</li>
 *   <li>{@code mentra.chat.ai.replies{mode, outcome}}: a timer from a person's message to the AI's last stored
 *   answer ({@code mode} {@code single} or {@code council}; {@code outcome} {@code answered} or {@code failed}),
 *   with a histogram for percentiles.</li>
 * </ul>
 */
@Startup // the series exist from the start, at zero, for dashboards and alerts
@ApplicationScoped
public class ChatMetrics {

    private final Map<Message.AuthorKind, Counter> posted = new EnumMap<>(Message.AuthorKind.class);
    private final Map<Message.AuthorKind, Counter> delivered = new EnumMap<>(Message.AuthorKind.class);
    private final Map<String, Timer> aiReplies = new java.util.HashMap<>();

    public ChatMetrics(MeterRegistry registry) {
        for (Message.AuthorKind kind : Message.AuthorKind.values()) {
            String author = kind.name().toLowerCase();
            posted.put(kind, Counter.builder("mentra.chat.messages.posted").description("Messages stored")
                    .tag("author", author).register(registry));
            delivered.put(kind, Counter.builder("mentra.chat.messages.delivered")
                    .description("Message frames sent to this replica's sockets").tag("author", author)
                    .register(registry));
        }
        for (String mode : new String[]{"single", "council"}) {
            for (String outcome : new String[]{"answered", "failed"}) {
                aiReplies.put(mode + outcome, Timer.builder("mentra.chat.ai.replies")
                        .description("From a person's message to the AI's answer stored in the conversation")
                        .tag("mode", mode).tag("outcome", outcome)
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(50))
                        .maximumExpectedValue(Duration.ofMinutes(3))
                        .register(registry));
            }
        }
    }

    public void posted(Message.AuthorKind author) {
        posted.get(author).increment();
    }

    /** A message frame sent to a socket; {@code author} as on the wire ({@code USER}, {@code AI}, {@code SYSTEM}). */
    public void delivered(String author) {
        Counter counter = delivered.get(authorKind(author));
        if (counter != null) {
            counter.increment();
        }
    }

    /** An AI answer in {@code conversation} that took {@code took}. */
    public void aiReplied(Conversation.Kind conversation, boolean answered, Duration took) {
        String mode = conversation == Conversation.Kind.COUNCIL ? "council" : "single";
        aiReplies.get(mode + (answered ? "answered" : "failed")).record(took);
    }

    private static Message.AuthorKind authorKind(String author) {
        try {
            return Message.AuthorKind.valueOf(author);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
