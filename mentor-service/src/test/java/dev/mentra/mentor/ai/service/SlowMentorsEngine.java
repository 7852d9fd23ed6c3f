package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.config.LlmConfig;
import io.smallrye.mutiny.Multi;
import dev.mentra.mentor.catalog.Mentor;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;

import java.time.Duration;
import java.util.List;

/** The engine the configuration chooses, except that mentors whose id starts with {@code slow-} take far too long. */
@Alternative
@Priority(1)
@ApplicationScoped
public class SlowMentorsEngine implements MentorEngine {

    private final MentorEngine engine;

    public SlowMentorsEngine(LlmConfig config, Instance<LlmMentorEngine> llm, Instance<OfflineMentorEngine> offline) {
        this.engine = MentorEngines.choose(config, llm, offline);
    }

    @Override
    public java.util.Optional<Uni<String>> complete(Mentor persona, String instruction) {
        return engine.complete(persona, instruction);
    }

    @Override
    public Multi<ReplyPart> stream(Mentor persona, List<Turn> conversation) {
        Multi<ReplyPart> parts = engine.stream(persona, conversation);
        return persona.id.startsWith("slow-")
                ? Multi.createFrom().uni(Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofSeconds(30)))
                        .onItem().transformToMultiAndConcatenate(v -> parts)
                : parts;
    }
}
