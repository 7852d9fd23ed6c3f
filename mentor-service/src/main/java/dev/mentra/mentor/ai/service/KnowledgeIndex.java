package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.ai.AdviceCard;
import dev.mentra.mentor.ai.repository.AdviceCardRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Semantic retrieval over every AI mentor's advice cards. The cards are embedded once (title and body together)
 * and kept in memory: a few hundred vectors of 384 floats. {@link #invalidate()} rebuilds after knowledge changes.
 */
@ApplicationScoped
public class KnowledgeIndex {

    /** A card and how close it is to a question (cosine similarity). */
    public record Match(AdviceCard card, double score) {
    }

    private record Entry(AdviceCard card, float[] vector) {
    }

    private final AdviceCardRepository cards;
    private final SentenceEmbeddings embeddings;
    private final AtomicReference<Uni<List<Entry>>> index = new AtomicReference<>();

    public KnowledgeIndex(AdviceCardRepository cards, SentenceEmbeddings embeddings) {
        this.cards = cards;
        this.embeddings = embeddings;
    }

    /** The {@code limit} cards of this mentor closest to the question, best first; ties by card order. */
    public Uni<List<Match>> search(String mentorId, String question, int limit) {
        return ranked(question, e -> e.card().mentorId.equals(mentorId))
                .map(matches -> matches.stream().limit(limit).toList());
    }

    /** For each AI mentor, the similarity of their best card to the question: who knows this best. */
    public Uni<Map<String, Double>> bestScorePerMentor(String question) {
        return ranked(question, e -> true).map(matches -> matches.stream().collect(Collectors.toMap(
                m -> m.card().mentorId, Match::score, Math::max)));
    }

    public void invalidate() {
        index.set(null);
    }

    private Uni<List<Match>> ranked(String question, java.util.function.Predicate<Entry> filter) {
        return entries().flatMap(all -> embeddings.embed(question).map(q -> all.stream()
                .filter(filter)
                .map(e -> new Match(e.card(), SentenceEmbeddings.similarity(q, e.vector())))
                .sorted(Comparator.comparingDouble(Match::score).reversed()
                        .thenComparing(m -> m.card().mentorId).thenComparingInt(m -> m.card().position))
                .toList()));
    }

    private Uni<List<Entry>> entries() {
        Uni<List<Entry>> current = index.get();
        if (current != null) {
            return current;
        }
        Uni<List<Entry>> building = Panache.withSession(cards::listOfActiveAiMentors)
                .flatMap(list -> embeddings.embedAll(list.stream().map(c -> c.title + ". " + c.body).toList())
                        .map(vectors -> {
                            List<Entry> entries = new java.util.ArrayList<>(list.size());
                            for (int i = 0; i < list.size(); i++) {
                                entries.add(new Entry(list.get(i), vectors.get(i)));
                            }
                            return List.copyOf(entries);
                        }))
                .memoize().indefinitely();
        // a failed build is not kept: the next question tries again
        return index.compareAndSet(null, building)
                ? building.onFailure().invoke(e -> index.compareAndSet(building, null))
                : index.get();
    }
}
