package dev.mentra.mentor.ai.service;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.config.AiConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 2 of a council session: every member who answered ranks the others' answers, anonymised. First by meaning
 * (how well an answer addresses the question, mostly, and the ranker's own field, a little); with a language model
 * the ranker then reads the answers and orders them itself, labels it leaves out (or a failed call) falling back to
 * the order by meaning. The aggregate ranking sums each answer's places (first of n: 1, last: 1/n).
 */
@ApplicationScoped
class CouncilRanking {

    /** One member's order of the others' answers, best first. */
    record MemberRanking(Mentor ranker, List<CouncilAnswer> order) {

        List<String> labels() {
            return order.stream().map(CouncilAnswer::label).toList();
        }
    }

    /** Every member's ranking, in the council's order, and the aggregate of them all. */
    record Rankings(List<MemberRanking> byMember, List<CouncilAnswer> aggregate) {
    }

    private static final Logger LOG = Logger.getLogger(CouncilRanking.class);
    private static final Pattern LABEL = Pattern.compile("Response [A-Z]");

    private final MentorEngine engine;
    private final SentenceEmbeddings embeddings;
    private final Duration memberTimeout;

    CouncilRanking(MentorEngine engine, SentenceEmbeddings embeddings, AiConfig config) {
        this.engine = engine;
        this.embeddings = embeddings;
        this.memberTimeout = config.council().memberTimeout();
    }

    Uni<Rankings> rank(CouncilRound round) {
        List<String> texts = new ArrayList<>(List.of(round.question()));
        round.answers().forEach(a -> texts.addAll(List.of(a.text(), field(a.author()))));
        return embeddings.embedAll(texts).flatMap(meaning -> {
            Embedding question = meaning.get(round.question());
            List<Uni<MemberRanking>> rankings = round.rankers().stream().map(ranker -> {
                Embedding field = meaning.get(field(ranker));
                List<CouncilAnswer> byMeaning = round.answers().stream().filter(a -> !a.isBy(ranker))
                        .sorted(Comparator.comparingDouble((CouncilAnswer a) ->
                                        -score(meaning.get(a.text()), question, field))
                                .thenComparing(CouncilAnswer::label))
                        .toList();
                return modelRanking(ranker, round.question(), byMeaning).map(order -> new MemberRanking(ranker, order));
            }).toList();
            return Uni.join().all(rankings).andFailFast()
                    .map(byMember -> new Rankings(byMember, aggregate(round, byMember)));
        });
    }

    private static List<CouncilAnswer> aggregate(CouncilRound round, List<MemberRanking> byMember) {
        Map<CouncilAnswer, Double> points = new HashMap<>();
        for (MemberRanking ranking : byMember) {
            List<CouncilAnswer> order = ranking.order();
            for (int place = 0; place < order.size(); place++) {
                points.merge(order.get(place), (double) (order.size() - place) / order.size(), Double::sum);
            }
        }
        return round.answers().stream()
                .sorted(Comparator.comparingDouble((CouncilAnswer a) -> -points.getOrDefault(a, 0.0))
                        .thenComparing(CouncilAnswer::label))
                .toList();
    }

    private Uni<List<CouncilAnswer>> modelRanking(Mentor ranker, String question, List<CouncilAnswer> byMeaning) {
        if (byMeaning.isEmpty()) {
            return Uni.createFrom().item(byMeaning); // the only member who answered: nothing to rank
        }
        return engine.complete(ranker, CouncilPrompts.ranking(question, byMeaning))
                .map(call -> call.map(text -> parse(text, byMeaning))
                        .ifNoItem().after(memberTimeout).fail()
                        .onFailure().recoverWithItem(e -> {
                            LOG.warnf("%s could not rank (%s); ranking by meaning", ranker.id, e.toString());
                            return byMeaning;
                        }))
                .orElseGet(() -> Uni.createFrom().item(byMeaning));
    }

    /** The labels the model named, in its order, each once; the answers it left out follow in the order by meaning. */
    static List<CouncilAnswer> parse(String text, List<CouncilAnswer> byMeaning) {
        List<CouncilAnswer> order = new ArrayList<>();
        Matcher labels = LABEL.matcher(text);
        while (labels.find()) {
            String label = labels.group();
            byMeaning.stream().filter(a -> a.label().equals(label) && !order.contains(a)).findFirst()
                    .ifPresent(order::add);
        }
        byMeaning.stream().filter(a -> !order.contains(a)).forEach(order::add);
        return order;
    }

    /** How well an answer addresses the question (mostly) and the ranker's own field (a little). */
    private static double score(Embedding answer, Embedding question, Embedding field) {
        return 0.7 * CosineSimilarity.between(answer, question) + 0.3 * CosineSimilarity.between(answer, field);
    }

    /** What a member's field is, as embedded. */
    private static String field(Mentor member) {
        return member.headline + ". " + String.join(", ", member.expertise);
    }
}
