package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.config.AiConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A council session in three stages (after karpathy/llm-council): every member answers in parallel, each with its
 * own time limit; every member ranks the others' answers, anonymised ({@link CouncilRanking}); the chair
 * synthesises from the answers and the aggregate ranking, naming members who did not answer
 * ({@link CouncilSynthesis}). This class runs the stages and streams what each one found.
 */
@ApplicationScoped
public class CouncilSessions {

    private static final Logger LOG = Logger.getLogger(CouncilSessions.class);

    private final MentorEngine engine;
    private final CouncilRanking ranking;
    private final CouncilSynthesis synthesis;
    private final Duration memberTimeout;
    private final AiReplyMetrics metrics;

    CouncilSessions(MentorEngine engine, CouncilRanking ranking, CouncilSynthesis synthesis, AiConfig config,
                    AiReplyMetrics metrics) {
        this.engine = engine;
        this.ranking = ranking;
        this.synthesis = synthesis;
        this.memberTimeout = config.council().memberTimeout();
        this.metrics = metrics;
    }

    /**
     * Runs a session. Stage 1 streams every member's answer as it is written, the members writing at once; then
     * each member's complete answer (or absence), the rankings and the synthesis, each as soon as it is done.
     */
    public Multi<CouncilEvent> run(Mentor chair, List<Mentor> members, List<Turn> conversation) {
        String question = OfflineMentorEngine.retrievalQuery(conversation);
        Map<String, MentorReply> finished = new ConcurrentHashMap<>();
        Multi<CouncilEvent> writing = Multi.createBy().merging()
                .streams(members.stream().map(m -> answering(m, conversation, finished)).toList());
        Multi<CouncilEvent> stages = Multi.createFrom().deferred(() -> {
            // in the council's order, whoever finished first
            CouncilRound round = CouncilRound.of(chair, members, question, finished);
            Uni<List<CouncilEvent>> rest = round.answers().isEmpty()
                    ? Uni.createFrom().item(List.of(new CouncilEvent(CouncilEvent.SYNTHESIS, chair.id,
                            OfflineCouncilProse.nobodyAnswered(), null, null)))
                    : rankAndSynthesise(round);
            return Multi.createBy().concatenating().streams(Multi.createFrom().iterable(answers(round)),
                    rest.onItem().transformToMulti(list -> Multi.createFrom().iterable(list)));
        });
        return metrics.council(Multi.createBy().concatenating().streams(writing, stages));
    }

    /**
     * Stage 1 for one member, within its own time limit: the pieces of its answer as they come; the complete
     * answer is kept in {@code finished}. A member who fails or runs out of time is simply absent from it.
     */
    private Multi<CouncilEvent> answering(Mentor member, List<Turn> conversation, Map<String, MentorReply> finished) {
        return engine.stream(member, conversation)
                .select().first(memberTimeout)
                .invoke(part -> {
                    if (part.isDone()) {
                        finished.put(member.id, part.reply());
                    }
                })
                .filter(part -> !part.isDone() && part.delta() != null && !part.delta().isEmpty())
                .map(part -> new CouncilEvent(CouncilEvent.ANSWER_DELTA, member.id, part.delta(), null, null))
                .onFailure().recoverWithCompletion()
                .onCompletion().invoke(() -> {
                    if (!finished.containsKey(member.id)) {
                        LOG.warnf("Council member %s did not answer within %s", member.id, memberTimeout);
                    }
                });
    }

    /** Each member's complete answer, or their absence, in the council's order. */
    private static List<CouncilEvent> answers(CouncilRound round) {
        return round.members().stream().map(m -> round.answerOf(m)
                        .map(a -> new CouncilEvent(CouncilEvent.ANSWER, m.id, a.text(), a.reply(), null))
                        .orElseGet(() -> new CouncilEvent(CouncilEvent.MISSING, m.id, OfflineCouncilProse.missing(m),
                                null, null)))
                .toList();
    }

    private Uni<List<CouncilEvent>> rankAndSynthesise(CouncilRound round) {
        return ranking.rank(round).flatMap(rankings -> {
            List<CouncilEvent> events = new ArrayList<>();
            for (CouncilRanking.MemberRanking member : rankings.byMember()) {
                events.add(new CouncilEvent(CouncilEvent.RANKING, member.ranker().id,
                        OfflineCouncilProse.numbered(member.labels()), null, member.labels()));
            }
            List<CouncilAnswer> aggregate = rankings.aggregate();
            List<String> aggregateIds = aggregate.stream().map(a -> a.author().id).toList();
            events.add(new CouncilEvent(CouncilEvent.AGGREGATE, round.chair().id,
                    OfflineCouncilProse.numbered(aggregate.stream().map(CouncilAnswer::label).toList()), null,
                    aggregateIds));
            return synthesis.synthesise(round, aggregate).map(done -> {
                events.add(new CouncilEvent(CouncilEvent.SYNTHESIS, done.author().id, done.text(), null, aggregateIds));
                return events;
            });
        });
    }
}
