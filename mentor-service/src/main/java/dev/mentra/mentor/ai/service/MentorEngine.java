package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.catalog.Mentor;
import io.smallrye.mutiny.Uni;

import java.util.List;

/** Something that answers as an AI mentor: the offline engine today, a language model when one is configured. */
public interface MentorEngine {

    Uni<MentorReply> reply(Mentor persona, List<Turn> conversation);
}
