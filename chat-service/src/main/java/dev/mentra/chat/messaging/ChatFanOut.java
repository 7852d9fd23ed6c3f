package dev.mentra.chat.messaging;

import dev.mentra.chat.live.LiveSockets;
import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.event.MalformedEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The replica fan-out: every chat-service replica reads {@code chat.messages.v1} and {@code chat.events.v1} in a
 * consumer group of its own (from the latest offset: a replica delivers what happens while it runs; sockets catch
 * up with afterSeq) and delivers to the sockets open on it. No inbox here: nothing is stored, and a message
 * delivered twice is sent to a socket once (its feed drops seqs already sent).
 */
@ApplicationScoped
public class ChatFanOut {

    private static final Logger LOG = Logger.getLogger(ChatFanOut.class);

    private final EventCodec codec;
    private final LiveSockets sockets;

    public ChatFanOut(EventCodec codec, LiveSockets sockets) {
        this.codec = codec;
        this.sockets = sockets;
    }

    @Incoming("chat-messages")
    public Uni<Void> messages(String record) {
        return deliver(record);
    }

    @Incoming("chat-events")
    public Uni<Void> events(String record) {
        return deliver(record);
    }

    private Uni<Void> deliver(String record) {
        try {
            EventEnvelope event = codec.read(record);
            switch (event.type()) {
                case ChatEvents.MESSAGE_POSTED -> {
                    var posted = codec.data(event, ChatEvents.MessagePosted.class);
                    sockets.deliver(posted.message(), posted.recipients());
                }
                case ChatEvents.CONVERSATION_CREATED -> {
                    var created = codec.data(event, ChatEvents.ConversationCreated.class);
                    sockets.conversationCreated(created.conversation(), created.recipients());
                }
                case ChatEvents.CONVERSATION_READ -> {
                    var read = codec.data(event, ChatEvents.Read.class);
                    sockets.read(read.conversationId(), read.userId(), read.seq(), read.recipients());
                }
                case ChatEvents.TYPING -> {
                    var typing = codec.data(event, ChatEvents.Typing.class);
                    sockets.typing(typing.conversationId(), typing.userId(), typing.recipients());
                }
                case ChatEvents.PRESENCE -> {
                    var presence = codec.data(event, ChatEvents.Presence.class);
                    sockets.presence(presence.userId(), presence.online(), presence.recipients());
                }
                case ChatEvents.AI_DELTA -> {
                    var delta = codec.data(event, ChatEvents.AiDelta.class);
                    sockets.aiDelta(delta.conversationId(), delta.replyTo(), delta.mentorId(), delta.stage(),
                            delta.text(), delta.recipients());
                }
                default -> {
                    // a newer event type this replica does not know yet
                }
            }
        } catch (MalformedEventException e) {
            LOG.errorf("Chat fan-out skips a record that is not an event: %s", e.getMessage());
        }
        return Uni.createFrom().voidItem();
    }
}
