package dev.mentra.mentor;

import dev.mentra.mentor.ai.service.MentorEngine;
import dev.mentra.mentor.ai.service.MentorReply;
import dev.mentra.mentor.ai.service.OfflineMentorEngine;
import dev.mentra.mentor.ai.service.Turn;
import dev.mentra.mentor.catalog.Mentor;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Duration;
import java.util.List;

/** The real offline engine, except that mentors whose id starts with {@code slow-} take far too long. */
@Alternative
@Priority(1)
@ApplicationScoped
public class SlowMentorsEngine implements MentorEngine {

    private final OfflineMentorEngine offline;

    public SlowMentorsEngine(OfflineMentorEngine offline) {
        this.offline = offline;
    }

    @Override
    public Uni<MentorReply> reply(Mentor persona, List<Turn> conversation) {
        Uni<MentorReply> reply = offline.reply(persona, conversation);
        return persona.id.startsWith("slow-")
                ? reply.onItem().delayIt().by(Duration.ofSeconds(30))
                : reply;
    }
}
