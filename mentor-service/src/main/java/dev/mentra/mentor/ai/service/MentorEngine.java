package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.catalog.Mentor;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.Optional;

/** Something that answers as an AI mentor: the offline engine, or a language model when one is configured. */
public interface MentorEngine {

    /** The answer as it is produced: text pieces, then the complete reply. */
    Multi<ReplyPart> stream(Mentor persona, List<Turn> conversation);

    /**
     * A free-form task in the persona's voice (a council ranking or synthesis), when the engine has a language
     * model; empty for engines that only answer questions (offline), whose callers then use their own method.
     */
    default Optional<Uni<String>> complete(Mentor persona, String instruction) {
        return Optional.empty();
    }

    /** The complete answer only (council members answer this way). */
    default Uni<MentorReply> reply(Mentor persona, List<Turn> conversation) {
        return stream(persona, conversation).filter(ReplyPart::isDone).map(ReplyPart::reply)
                .toUni();
    }
}
