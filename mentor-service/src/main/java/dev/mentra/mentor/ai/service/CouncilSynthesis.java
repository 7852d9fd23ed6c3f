package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.config.AiConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage 3 of a council session: the chair's synthesis. With a language model the chair writes it; if the chair did
 * not answer, or its call fails, the next best-ranked member stands in, and so on. Offline, or when every call
 * failed, it is composed from the ranked answers ({@link OfflineCouncilProse}).
 */
@ApplicationScoped
class CouncilSynthesis {

    /** Who brought the council's views together, and what they wrote. */
    record Synthesis(Mentor author, String text) {
    }

    private static final Logger LOG = Logger.getLogger(CouncilSynthesis.class);

    private final MentorEngine engine;
    private final Duration memberTimeout;

    CouncilSynthesis(MentorEngine engine, AiConfig config) {
        this.engine = engine;
        this.memberTimeout = config.council().memberTimeout();
    }

    /** {@code aggregate}: the answers, best-ranked first (at least one). */
    Uni<Synthesis> synthesise(CouncilRound round, List<CouncilAnswer> aggregate) {
        List<Mentor> chairs = new ArrayList<>();
        round.answerOf(round.chair()).ifPresent(a -> chairs.add(round.chair()));
        aggregate.stream().map(CouncilAnswer::author).filter(m -> !m.id.equals(round.chair().id)).forEach(chairs::add);
        return synthesise(round, aggregate, chairs);
    }

    private Uni<Synthesis> synthesise(CouncilRound round, List<CouncilAnswer> aggregate, List<Mentor> chairs) {
        Mentor synthesiser = chairs.get(0);
        Synthesis composed = new Synthesis(synthesiser, OfflineCouncilProse.synthesis(round, synthesiser, aggregate));
        Optional<Uni<String>> written = engine.complete(synthesiser,
                CouncilPrompts.synthesis(round, synthesiser, aggregate));
        if (written.isEmpty()) {
            return Uni.createFrom().item(composed);
        }
        return written.get().ifNoItem().after(memberTimeout).fail()
                .map(text -> new Synthesis(synthesiser, text))
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("%s could not synthesise (%s); the next member takes the chair", synthesiser.id, e.toString());
                    return chairs.size() > 1
                            ? synthesise(round, aggregate, chairs.subList(1, chairs.size()))
                            : Uni.createFrom().item(composed);
                });
    }
}
