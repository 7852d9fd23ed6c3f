package dev.mentra.chat.messaging;

import dev.mentra.chat.ConversationView;
import dev.mentra.chat.MessageView;
import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.outbox.Outbox;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import dev.mentra.platform.concurrent.CallerContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * What chat-service tells its own replicas (and anyone else listening).
 * <ul>
 *   <li>{@code chat.messages.v1}: {@code message.posted}, keyed by conversation id (so one conversation's messages
 *   stay in seq order), through the outbox in the posting transaction: every replica delivers it to its sockets.</li>
 *   <li>{@code chat.events.v1}: {@code conversation.created} and {@code conversation.read} through the outbox (they
 *   change state); {@code typing}, {@code presence} and {@code ai.delta} sent straight to Kafka through the
 *   {@value #FLEETING_CHANNEL} channel (they are fleeting: a lost one costs nothing, storing each would cost a row per
 *   keystroke or token). Same topic, key and envelope as the outbox's, so the fan-out reads both alike.</li>
 * </ul>
 * Every event names its {@code recipients} (participant user ids), so a replica routes it without a query.
 */
@ApplicationScoped
public class ChatEvents {

    public static final String MESSAGES_TOPIC = "chat.messages.v1";
    public static final String EVENTS_TOPIC = "chat.events.v1";

    public static final String MESSAGE_POSTED = "message.posted";
    public static final String CONVERSATION_CREATED = "conversation.created";
    public static final String CONVERSATION_READ = "conversation.read";
    public static final String TYPING = "typing";
    public static final String PRESENCE = "presence";
    public static final String AI_DELTA = "ai.delta";

    /** The outgoing channel of the fleeting events (configured in application.properties: chat.events.v1). */
    public static final String FLEETING_CHANNEL = "chat-fleeting";

    private static final Logger LOG = Logger.getLogger(ChatEvents.class);

    @RegisterForReflection
    public record MessagePosted(MessageView message, List<String> recipients) {
    }

    @RegisterForReflection
    public record ConversationCreated(ConversationView conversation, List<String> recipients) {
    }

    @RegisterForReflection
    public record Read(String conversationId, String userId, long seq, List<String> recipients) {
    }

    @RegisterForReflection
    public record Typing(String conversationId, String userId, List<String> recipients) {
    }

    @RegisterForReflection
    public record Presence(String userId, boolean online, List<String> recipients) {
    }

    /** A piece of an AI answer being produced in reply to message {@code replyTo}. */
    @RegisterForReflection
    public record AiDelta(String conversationId, String replyTo, String mentorId, String stage, String text,
                          List<String> recipients) {
    }

    private final Outbox outbox;
    private final MutinyEmitter<String> fleeting;
    private final EventCodec codec;

    public ChatEvents(Outbox outbox, @Channel(FLEETING_CHANNEL) MutinyEmitter<String> fleeting, EventCodec codec) {
        this.outbox = outbox;
        this.fleeting = fleeting;
        this.codec = codec;
    }

    /** Inside the posting transaction. */
    public Uni<Void> posted(MessageView message, List<String> recipients) {
        return outbox.publish(MESSAGES_TOPIC, MESSAGE_POSTED, message.conversationId(),
                new MessagePosted(message, recipients)).replaceWithVoid();
    }

    /** Inside the creating transaction. */
    public Uni<Void> created(ConversationView conversation, List<String> recipients) {
        return outbox.publish(EVENTS_TOPIC, CONVERSATION_CREATED, conversation.id(),
                new ConversationCreated(conversation, recipients)).replaceWithVoid();
    }

    /** Inside the transaction that moved the read mark. */
    public Uni<Void> read(String conversationId, String userId, long seq, List<String> recipients) {
        return outbox.publish(EVENTS_TOPIC, CONVERSATION_READ, conversationId,
                new Read(conversationId, userId, seq, recipients)).replaceWithVoid();
    }

    public Uni<Void> typing(String conversationId, String userId, List<String> recipients) {
        return fleeting(TYPING, conversationId, new Typing(conversationId, userId, recipients));
    }

    public Uni<Void> presence(String userId, boolean online, List<String> recipients) {
        return fleeting(PRESENCE, userId, new Presence(userId, online, recipients));
    }

    public Uni<Void> aiDelta(AiDelta delta) {
        return fleeting(AI_DELTA, delta.conversationId(), delta);
    }

    /** Sent and acknowledged (so a stream of them keeps its order); continues on the caller's Vert.x context. */
    private Uni<Void> fleeting(String type, String key, Object data) {
        return CallerContext.resumeOn(Uni.createFrom().deferred(() -> {
            String value = codec.write(codec.envelope(type, key, data));
            // the key as the outbox's: one conversation's (or user's) events stay in order on one partition
            Message<String> record = Message.of(value)
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
            return fleeting.sendMessage(record)
                    .onFailure().recoverWithItem(e -> {
                        LOG.debugf("%s for %s not sent: %s", type, key, e.toString());
                        return null;
                    });
        }));
    }
}
