package dev.mentra.chat.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.chat.Conversation;
import dev.mentra.chat.Message;
import dev.mentra.chat.MessageView;
import dev.mentra.chat.Participant;
import dev.mentra.chat.config.ChatConfig;
import dev.mentra.chat.messaging.ChatEvents;
import dev.mentra.chat.repository.ConversationRepository;
import dev.mentra.chat.repository.MessageRepository;
import dev.mentra.chat.repository.ParticipantRepository;
import dev.mentra.platform.input.StorableText;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Posting, reading and marking messages. Each message gets the next {@code seq} of its conversation from the
 * database in the posting transaction, and leaves on {@code chat.messages.v1} through the outbox in that same
 * transaction: stored and delivered, or neither.
 */
@ApplicationScoped
public class MessageService {

    /** A posted message; {@code duplicate} when its client id had been posted before (nothing new was stored). */
    public record Posted(MessageView message, boolean duplicate, Conversation conversation) {
    }

    /** The AI mentor an answer (or a council stage) is stored under, and the name shown with it. */
    public record AiAuthor(String mentorId, String name) {
    }

    private final ConversationRepository conversations;
    private final ParticipantRepository participants;
    private final MessageRepository messages;
    private final ChatEvents events;
    private final ChatConfig config;
    private final ObjectMapper json;
    private final ChatMetrics metrics;
    private final Clock clock;

    public MessageService(ConversationRepository conversations, ParticipantRepository participants,
                          MessageRepository messages, ChatEvents events, ChatConfig config, ObjectMapper json,
                          ChatMetrics metrics, Clock clock) {
        this.conversations = conversations;
        this.participants = participants;
        this.messages = messages;
        this.events = events;
        this.config = config;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A participant posts; the same {@code clientId} twice is one message. */
    @WithTransaction
    public Uni<Posted> post(String conversationId, String userId, String userName, String text, String clientId) {
        return Uni.createFrom().item(() -> new String[]{cleanText(text), cleanClientId(clientId)})
                .flatMap(input -> postClean(conversationId, userId, userName, input[0], input[1]));
    }

    private Uni<Posted> postClean(String conversationId, String userId, String userName, String clean, String client) {
        return participantOrNotFound(conversationId, userId)
                // the row lock first: two sends with one client id queue here, and the second finds the first
                .flatMap(p -> conversations.lockForPosting(conversationId))
                .flatMap(conversation -> (client == null ? Uni.createFrom().<Message>nullItem()
                        : messages.findByClientId(conversationId, client))
                        .flatMap(existing -> existing != null
                                ? Uni.createFrom().item(new Posted(MessageView.of(existing, json), true, conversation))
                                : append(conversation.id, draft(Message.AuthorKind.USER, userId, userName, clean, client, null))
                                .map(view -> new Posted(view, false, conversation))));
    }

    /** An AI mentor's answer (or a council stage) joins the conversation. */
    @WithTransaction
    public Uni<MessageView> postAi(String conversationId, AiAuthor author, String text, Object metadata) {
        String clean = StorableText.clean(text);
        return append(conversationId, draft(Message.AuthorKind.AI, author.mentorId(), author.name(),
                clean == null || clean.isBlank() ? "…" : clean.strip(), null, write(metadata)));
    }

    /** A notice from the service itself (a session moved, an AI answer failed). */
    @WithTransaction
    public Uni<MessageView> postSystem(String conversationId, String text, Object metadata) {
        return append(conversationId, draft(Message.AuthorKind.SYSTEM, null, null, text, null, write(metadata)));
    }

    /**
     * Messages of a conversation for a participant, by seq: after {@code after} (oldest first, for catching up), or
     * else the newest before {@code before} (for scrolling back).
     */
    @WithSession
    public Uni<List<MessageView>> history(String conversationId, String userId, Long after, Long before, int limit) {
        int size = Math.max(1, Math.min(limit, config.pageLimit()));
        long upper = before == null ? Long.MAX_VALUE : before;
        return participantOrNotFound(conversationId, userId)
                .flatMap(p -> after != null
                        ? messages.between(conversationId, after, upper, size)
                        : messages.latestBefore(conversationId, upper, size))
                .map(list -> list.stream().map(m -> MessageView.of(m, json)).toList());
    }

    /** For live delivery to a socket already known to be a participant's: messages after {@code after}, up to before. */
    @WithSession
    public Uni<List<MessageView>> catchUp(String conversationId, long after, long before) {
        return messages.between(conversationId, after, before, config.pageLimit())
                .map(list -> list.stream().map(m -> MessageView.of(m, json)).toList());
    }

    /** Moves the participant's read mark forward to {@code seq} (never back); tells the others. */
    @WithTransaction
    public Uni<Long> markRead(String conversationId, String userId, long seq) {
        return participantOrNotFound(conversationId, userId)
                .flatMap(p -> conversations.findById(conversationId).flatMap(c -> {
                    long target = Math.min(seq, c.lastSeq);
                    if (target <= p.lastReadSeq) {
                        return Uni.createFrom().item(p.lastReadSeq);
                    }
                    p.lastReadSeq = target;
                    return recipients(conversationId)
                            .flatMap(to -> events.read(conversationId, userId, target, to))
                            .replaceWith(target);
                }));
    }

    @WithSession
    public Uni<Participant> participantOrNotFound(String conversationId, String userId) {
        // not a participant and no such conversation look the same: ids cannot be probed
        return participants.membership(conversationId, userId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Conversation " + conversationId));
    }

    @WithSession
    public Uni<List<String>> recipients(String conversationId) {
        return participants.of(conversationId).map(list -> list.stream().map(p -> p.userId).toList());
    }

    /** Stores {@code draft} as the conversation's next message and publishes it; inside the caller's transaction. */
    Uni<MessageView> append(String conversationId, Message draft) {
        return conversations.nextSeq(conversationId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Conversation " + conversationId))
                .flatMap(seq -> {
                    draft.conversationId = conversationId;
                    draft.seq = seq;
                    return messages.persist(draft);
                })
                .flatMap(stored -> recipients(conversationId).flatMap(to -> {
                    MessageView view = MessageView.of(stored, json);
                    return events.posted(view, to).replaceWith(view);
                }))
                .invoke(() -> metrics.posted(draft.authorKind));
    }

    /** A notice from the service, to {@link #append} inside the caller's transaction. */
    Message systemDraft(String text) {
        return draft(Message.AuthorKind.SYSTEM, null, null, text, null, null);
    }

    private Message draft(Message.AuthorKind kind, String authorId, String authorName, String text,
                                 String clientId, String metadata) {
        Message m = new Message();
        m.id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        m.authorKind = kind;
        m.authorId = authorId;
        m.authorName = authorName;
        m.text = text;
        m.clientId = clientId;
        m.metadata = metadata;
        m.createdAt = Timestamps.now(clock);
        return m;
    }

    /**
     * Trimmed plain text without control characters (line breaks and tabs stay) and without unpaired surrogates
     * (which have no UTF-8 form to store); empty or too long is refused.
     */
    String cleanText(String text) {
        String clean = text == null ? "" : StorableText.clean(text).replace("\r\n", "\n")
                .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
        if (clean.isEmpty()) {
            throw ProblemException.badRequest("empty-message", "A message needs some text");
        }
        if (clean.length() > config.maxTextLength()) {
            throw ProblemException.badRequest("message-too-long",
                    "A message may have at most " + config.maxTextLength() + " characters");
        }
        return clean;
    }

    private static String cleanClientId(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            return null;
        }
        if (clientId.length() > 100) {
            throw ProblemException.badRequest("client-id-too-long", "A client id may have at most 100 characters");
        }
        return clientId;
    }

    private String write(Object metadata) {
        if (metadata == null) {
            return null;
        }
        try {
            return json.writeValueAsString(metadata);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("metadata cannot be written as JSON", e);
        }
    }
}
