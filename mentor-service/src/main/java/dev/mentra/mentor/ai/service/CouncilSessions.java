package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.catalog.Mentor;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A council session in three stages (after karpathy/llm-council): every member answers in parallel, each with its
 * own time limit; every member ranks the others' answers, anonymised; the chair synthesises from the answers and
 * the aggregate ranking, naming members who did not answer. If the chair did not answer, the best-ranked member
 * who did takes the chair. With a language model the members rank and the chair writes the synthesis through the
 * model; offline, a member ranks by how well an answer addresses the question and its own field, and the synthesis
 * is composed from the ranked answers.
 */
@ApplicationScoped
public class CouncilSessions {

    private static final Logger LOG = Logger.getLogger(CouncilSessions.class);

    private final MentorEngine engine;
    private final SentenceEmbeddings embeddings;
    private final Duration memberTimeout;
    private final AiReplyMetrics metrics;

    public CouncilSessions(MentorEngine engine, SentenceEmbeddings embeddings,
                           @ConfigProperty(name = "mentra.ai.council.member-timeout", defaultValue = "30s")
                           Duration memberTimeout, AiReplyMetrics metrics) {
        this.engine = engine;
        this.metrics = metrics;
        this.embeddings = embeddings;
        this.memberTimeout = memberTimeout;
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
            Map<String, MentorReply> answers = new LinkedHashMap<>();
            members.forEach(m -> {
                if (finished.containsKey(m.id)) {
                    answers.put(m.id, finished.get(m.id));
                }
            });
            List<CouncilEvent> first = new ArrayList<>();
            members.forEach(m -> first.add(answers.containsKey(m.id)
                    ? new CouncilEvent(CouncilEvent.ANSWER, m.id, answers.get(m.id).text(), answers.get(m.id), null)
                    : new CouncilEvent(CouncilEvent.MISSING, m.id, m.displayName + " did not answer in time", null, null)));
            Uni<List<CouncilEvent>> rest = answers.isEmpty()
                    ? Uni.createFrom().item(List.of(new CouncilEvent(CouncilEvent.SYNTHESIS, chair.id,
                    "No member of the council could answer right now; please try again in a moment.", null, null)))
                    : rankAndSynthesise(chair, members, question, answers);
            return Multi.createBy().concatenating().streams(Multi.createFrom().iterable(first),
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

    private Uni<List<CouncilEvent>> rankAndSynthesise(Mentor chair, List<Mentor> members, String question,
                                                      Map<String, MentorReply> answers) {
        List<String> answered = new ArrayList<>(answers.keySet());
        // anonymised: rankers see "Response A", "Response B", ... never who wrote what
        Map<String, String> labelOf = new HashMap<>();
        for (int i = 0; i < answered.size(); i++) {
            labelOf.put(answered.get(i), "Response " + (char) ('A' + i));
        }
        List<Mentor> rankers = members.stream().filter(m -> answers.containsKey(m.id)).toList();
        List<String> texts = new ArrayList<>(answered.stream().map(id -> answers.get(id).text()).toList());
        texts.add(question);
        rankers.forEach(m -> texts.add(lens(m)));
        return embeddings.embedAll(texts).flatMap(vectors -> {
            float[] q = vectors.get(answered.size());
            List<Uni<List<String>>> rankings = new ArrayList<>();
            for (int r = 0; r < rankers.size(); r++) {
                Mentor ranker = rankers.get(r);
                float[] lens = vectors.get(answered.size() + 1 + r);
                List<String> byMeaning = answered.stream().filter(id -> !id.equals(ranker.id))
                        .sorted(Comparator.comparingDouble((String id) -> -score(vectors.get(answered.indexOf(id)), q, lens))
                                .thenComparing(labelOf::get))
                        .toList();
                rankings.add(modelRanking(ranker, question, byMeaning, answers, labelOf));
            }
            return Uni.join().all(rankings).andFailFast().flatMap(orders -> {
                List<CouncilEvent> events = new ArrayList<>();
                Map<String, Double> points = new HashMap<>();
                for (int r = 0; r < rankers.size(); r++) {
                    List<String> order = orders.get(r);
                    for (int i = 0; i < order.size(); i++) {
                        points.merge(order.get(i), (double) (order.size() - i) / order.size(), Double::sum);
                    }
                    List<String> labels = order.stream().map(labelOf::get).toList();
                    events.add(new CouncilEvent(CouncilEvent.RANKING, rankers.get(r).id, numbered(labels), null, labels));
                }
                List<String> aggregate = answered.stream()
                        .sorted(Comparator.comparingDouble((String id) -> -points.getOrDefault(id, 0.0))
                                .thenComparing(labelOf::get))
                        .toList();
                events.add(new CouncilEvent(CouncilEvent.AGGREGATE, chair.id,
                        numbered(aggregate.stream().map(labelOf::get).toList()), null, aggregate));
                List<Mentor> chairs = new ArrayList<>();
                if (answers.containsKey(chair.id)) {
                    chairs.add(chair);
                }
                aggregate.stream().filter(id -> !id.equals(chair.id))
                        .forEach(id -> members.stream().filter(m -> m.id.equals(id)).findFirst().ifPresent(chairs::add));
                return synthesise(chairs, 0, chair, members, answers, aggregate).map(done -> {
                    events.add(new CouncilEvent(CouncilEvent.SYNTHESIS, done.getKey().id, done.getValue(), null, aggregate));
                    return events;
                });
            });
        });
    }

    /**
     * With a language model, the ranker reads the anonymised answers and orders them itself; labels it leaves out
     * (or a failed call) fall back to the order by meaning. Offline, the order by meaning is the ranking.
     */
    private Uni<List<String>> modelRanking(Mentor ranker, String question, List<String> byMeaning,
                                           Map<String, MentorReply> answers, Map<String, String> labelOf) {
        StringBuilder task = new StringBuilder("A person asked the council: ").append(question)
                .append("\n\nHere are the other members' answers, anonymised:");
        byMeaning.stream().sorted(Comparator.comparing(labelOf::get)).forEach(id -> task.append("\n\n")
                .append(labelOf.get(id)).append(":\n").append(answers.get(id).text()));
        task.append("\n\nRank these answers from most to least helpful for the person. Reply with the labels only,")
                .append(" one per line, best first (for example: Response B).");
        return engine.complete(ranker, task.toString())
                .map(call -> call.map(text -> parseRanking(text, byMeaning, labelOf))
                        .ifNoItem().after(memberTimeout).fail()
                        .onFailure().recoverWithItem(e -> {
                            LOG.warnf("%s could not rank (%s); ranking by meaning", ranker.id, e.toString());
                            return byMeaning;
                        }))
                .orElseGet(() -> Uni.createFrom().item(byMeaning));
    }

    static List<String> parseRanking(String text, List<String> byMeaning, Map<String, String> labelOf) {
        List<String> order = new ArrayList<>();
        java.util.regex.Matcher labels = java.util.regex.Pattern.compile("Response [A-Z]").matcher(text);
        while (labels.find()) {
            String label = labels.group();
            byMeaning.stream().filter(id -> labelOf.get(id).equals(label) && !order.contains(id))
                    .findFirst().ifPresent(order::add);
        }
        byMeaning.stream().filter(id -> !order.contains(id)).forEach(order::add);
        return order;
    }

    /**
     * The chair's synthesis: with a language model the chair writes it (the next best-ranked member if the chair
     * fails); offline, or if every model call fails, it is composed from the ranked answers.
     */
    private Uni<Map.Entry<Mentor, String>> synthesise(List<Mentor> candidates, int index, Mentor chair,
                                                     List<Mentor> members, Map<String, MentorReply> answers,
                                                     List<String> aggregate) {
        Mentor synthesiser = index < candidates.size() ? candidates.get(index) : candidates.get(0);
        String composed = synthesis(synthesiser, chair, members, answers, aggregate);
        if (index >= candidates.size()) {
            return Uni.createFrom().item(Map.entry(synthesiser, composed));
        }
        Optional<Uni<String>> written = engine.complete(synthesiser, synthesisTask(synthesiser, chair, members, answers, aggregate));
        if (written.isEmpty()) {
            return Uni.createFrom().item(Map.entry(synthesiser, composed));
        }
        return written.get().ifNoItem().after(memberTimeout).fail()
                .map(text -> Map.entry(synthesiser, text))
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("%s could not synthesise (%s); the next member takes the chair", synthesiser.id, e.toString());
                    return index + 1 < candidates.size()
                            ? synthesise(candidates, index + 1, chair, members, answers, aggregate)
                            : Uni.createFrom().item(Map.entry(synthesiser, composed));
                });
    }

    private static String synthesisTask(Mentor synthesiser, Mentor chair, List<Mentor> members,
                                        Map<String, MentorReply> answers, List<String> aggregate) {
        StringBuilder task = new StringBuilder("You chair this council. Write one synthesis for the person from the")
                .append(" members' answers below, weighing them by the council's ranking (best first). Credit members")
                .append(" by name, and end with one follow-up question.");
        if (!synthesiser.id.equals(chair.id)) {
            task.append(" You step in for ").append(chair.displayName).append(", who could not chair; say so.");
        }
        List<String> missing = members.stream().filter(m -> !answers.containsKey(m.id)).map(m -> m.displayName).toList();
        if (!missing.isEmpty()) {
            task.append(" ").append(String.join(", ", missing))
                    .append(" did not answer in time: say that their perspective is missing.");
        }
        for (int i = 0; i < aggregate.size(); i++) {
            String id = aggregate.get(i);
            String name = members.stream().filter(m -> m.id.equals(id)).map(m -> m.displayName).findFirst().orElse(id);
            task.append("\n\n").append(i + 1).append(". ").append(name).append(":\n").append(answers.get(id).text());
        }
        return task.toString();
    }

    /** How well an answer addresses the question (mostly) and the ranker's own field (a little). */
    private static double score(float[] answer, float[] question, float[] lens) {
        return 0.7 * SentenceEmbeddings.similarity(answer, question) + 0.3 * SentenceEmbeddings.similarity(answer, lens);
    }

    private static String lens(Mentor m) {
        return m.headline + ". " + String.join(", ", m.expertise);
    }

    private static String synthesis(Mentor synthesiser, Mentor chair, List<Mentor> members,
                                    Map<String, MentorReply> answers, List<String> aggregate) {
        Map<String, Mentor> byId = new HashMap<>();
        members.forEach(m -> byId.put(m.id, m));
        StringBuilder text = new StringBuilder();
        if (!synthesiser.id.equals(chair.id)) {
            text.append(chair.displayName).append(" could not chair this time, so ")
                    .append(synthesiser.displayName).append(" brings the council's views together.\n\n");
        }
        Mentor top = byId.get(aggregate.get(0));
        text.append("The council ranked ").append(top.displayName).append("'s answer highest: ")
                .append(firstPoint(answers.get(top.id).text())).append("\n");
        for (String id : aggregate.subList(1, aggregate.size())) {
            text.append("\nFrom ").append(byId.get(id).displayName).append(": ")
                    .append(firstPoint(answers.get(id).text())).append("\n");
        }
        List<String> missing = members.stream().filter(m -> !answers.containsKey(m.id)).map(m -> m.displayName).toList();
        if (!missing.isEmpty()) {
            text.append("\nNot included: ").append(String.join(", ", missing))
                    .append(" did not answer in time, so this synthesis is missing that perspective.\n");
        }
        text.append("\nWhere would you like to go deeper first?");
        return text.toString();
    }

    /** The first numbered point of an offline answer (or its first line). */
    private static String firstPoint(String answer) {
        for (String line : answer.split("\n")) {
            if (line.startsWith("1. ")) {
                return line.substring(3).trim();
            }
        }
        return answer.lines().findFirst().orElse(answer).trim();
    }

    private static String numbered(List<String> labels) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            s.append(i + 1).append(". ").append(labels.get(i)).append(i + 1 < labels.size() ? "\n" : "");
        }
        return s.toString();
    }
}
