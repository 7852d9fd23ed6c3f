package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.ai.AdviceCard;
import dev.mentra.mentor.ai.repository.AdviceCardRepository;
import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.repository.MentorRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.quarkus.runtime.StartupEvent;
import dev.mentra.platform.concurrent.Detached;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The embedded cards, and the AI mentors they belong to (so answering needs no database round trip). */
    private record Index(List<Entry> entries, Map<String, Mentor> mentors) {
    }

    private static final Logger LOG = Logger.getLogger(KnowledgeIndex.class);

    private final AdviceCardRepository cards;
    private final SentenceEmbeddings embeddings;
    private final MentorRepository mentors;
    private final AtomicReference<Uni<Index>> index = new AtomicReference<>();

    public KnowledgeIndex(AdviceCardRepository cards, MentorRepository mentors, SentenceEmbeddings embeddings) {
        this.cards = cards;
        this.mentors = mentors;
        this.embeddings = embeddings;
    }

    /** An active AI mentor as of the last index build. */
    public Uni<Optional<Mentor>> mentor(String id) {
        return index().map(i -> Optional.ofNullable(i.mentors().get(id)));
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

    /** Builds the index in the background after start-up, so the first question does not pay for it. */
    void warmUp(@Observes StartupEvent startup, Vertx vertx,
                @ConfigProperty(name = "mentra.ai.warm-up", defaultValue = "true") boolean enabled) {
        if (enabled) {
            // the database session needs a Vert.x context of its own
            Detached.run(vertx, this::index).subscribe()
                    .with(i -> LOG.infof("Knowledge index ready: %d advice cards", i.entries().size()),
                            e -> LOG.warnf("Knowledge index not built yet (%s); the first question builds it", e.toString()));
        }
    }

    private Uni<List<Match>> ranked(String question, java.util.function.Predicate<Entry> filter) {
        return index().flatMap(i -> embeddings.embed(question).map(q -> i.entries().stream()
                .filter(filter)
                .map(e -> new Match(e.card(), SentenceEmbeddings.similarity(q, e.vector())))
                .sorted(Comparator.comparingDouble(Match::score).reversed()
                        .thenComparing(m -> m.card().mentorId).thenComparingInt(m -> m.card().position))
                .toList()));
    }

    private Uni<Index> index() {
        Uni<Index> current = index.get();
        if (current != null) {
            return current;
        }
        Uni<Index> building = Panache.withSession(() -> cards.listOfActiveAiMentors()
                        .flatMap(list -> mentors.list("kind = ?1 and active = true", Mentor.Kind.AI)
                                .map(ai -> Map.entry(list, ai))))
                .flatMap(loaded -> embeddings.embedAll(loaded.getKey().stream().map(c -> c.title + ". " + c.body).toList())
                        .map(vectors -> {
                            List<Entry> entries = new java.util.ArrayList<>(loaded.getKey().size());
                            for (int i = 0; i < loaded.getKey().size(); i++) {
                                entries.add(new Entry(loaded.getKey().get(i), vectors.get(i)));
                            }
                            return new Index(List.copyOf(entries), loaded.getValue().stream()
                                    .collect(Collectors.toUnmodifiableMap(m -> m.id, m -> m)));
                        }))
                .memoize().indefinitely();
        // a failed build is not kept: the next question tries again
        return index.compareAndSet(null, building)
                ? building.onFailure().invoke(e -> index.compareAndSet(building, null))
                : index.get();
    }
}
