package dev.mentra.mentor.ai.service;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.mentra.mentor.ai.AdviceCard;
import dev.mentra.mentor.ai.repository.AdviceCardRepository;
import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.repository.MentorRepository;
import dev.mentra.mentor.config.AiConfig;
import dev.mentra.platform.concurrent.Detached;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

/**
 * Semantic retrieval over every AI mentor's advice cards: the cards (title and body together) are embedded once, in
 * batches, into langchain4j's {@link InMemoryEmbeddingStore}, each tagged with its mentor, and a question is
 * answered by the store's search, filtered by metadata to one mentor's cards when it asks for them. A few hundred
 * vectors of 384 floats. {@link #invalidate()} rebuilds after knowledge changes.
 */
@ApplicationScoped
public class KnowledgeIndex {

    /** A card and how close it is to a question (cosine similarity). */
    public record Match(AdviceCard card, double score) {
    }

    /** The metadata key of a card's mentor in the store. */
    static final String MENTOR_ID = "mentorId";

    private static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble(Match::score).reversed()
            .thenComparing(m -> m.card().mentorId).thenComparingInt(m -> m.card().position);

    /** The embedded cards (by id), and the AI mentors they belong to (so answering needs no database round trip). */
    private record Index(InMemoryEmbeddingStore<TextSegment> store, Map<String, AdviceCard> cards,
                         Map<String, Mentor> mentors) {
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
        return ranked(question, metadataKey(MENTOR_ID).isEqualTo(mentorId))
                .map(matches -> matches.stream().limit(limit).toList());
    }

    /** For each AI mentor, the similarity of their best card to the question: who knows this best. */
    public Uni<Map<String, Double>> bestScorePerMentor(String question) {
        return ranked(question, null).map(matches -> matches.stream().collect(Collectors.toMap(
                m -> m.card().mentorId, Match::score, Math::max)));
    }

    public void invalidate() {
        index.set(null);
    }

    /** Builds the index in the background after start-up, so the first question does not pay for it. */
    void warmUp(@Observes StartupEvent startup, Vertx vertx, AiConfig config) {
        if (config.warmUp()) {
            // the database session needs a Vert.x context of its own
            Detached.run(vertx, this::index).subscribe()
                    .with(i -> LOG.infof("Knowledge index ready: %d advice cards", i.cards().size()),
                            e -> LOG.warnf("Knowledge index not built yet (%s); the first question builds it", e.toString()));
        }
    }

    /**
     * Every card the filter lets through, best first. The store is asked for all of them (a few hundred at most),
     * so cards scoring the same are ordered by mentor and card order here, never by the store's queue.
     */
    private Uni<List<Match>> ranked(String question, Filter filter) {
        return index().flatMap(i -> i.cards().isEmpty() ? Uni.createFrom().item(List.<Match>of())
                : embeddings.embed(question).map(q -> i.store().search(EmbeddingSearchRequest.builder()
                                .queryEmbedding(q).filter(filter).maxResults(i.cards().size()).minScore(0.0).build())
                        .matches().stream()
                        .map(match -> new Match(i.cards().get(match.embeddingId()), cosine(match)))
                        .sorted(BEST_FIRST)
                        .toList()));
    }

    /** The store scores relevance as {@code (cosine + 1) / 2}; the engine's thresholds are cosines. */
    private static double cosine(EmbeddingMatch<TextSegment> match) {
        return 2 * match.score() - 1;
    }

    private Uni<Index> index() {
        Uni<Index> current = index.get();
        if (current != null) {
            return current;
        }
        Uni<Index> building = Panache.withSession(() -> cards.listOfActiveAiMentors()
                        .flatMap(list -> mentors.listActive(Mentor.Kind.AI).map(ai -> Map.entry(list, ai))))
                .flatMap(loaded -> embeddings.embedAll(loaded.getKey().stream().map(KnowledgeIndex::text).toList())
                        .map(vectors -> build(loaded.getKey(), vectors, loaded.getValue())))
                .memoize().indefinitely();
        // a failed build is not kept: the next question tries again
        return index.compareAndSet(null, building)
                ? building.onFailure().invoke(e -> index.compareAndSet(building, null))
                : index.get();
    }

    private static Index build(List<AdviceCard> list, Map<String, Embedding> vectors, List<Mentor> ai) {
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        store.addAll(list.stream().map(c -> c.id).toList(),
                list.stream().map(c -> vectors.get(text(c))).toList(),
                list.stream().map(c -> TextSegment.from(text(c), new Metadata().put(MENTOR_ID, c.mentorId))).toList());
        return new Index(store,
                list.stream().collect(Collectors.toUnmodifiableMap(c -> c.id, Function.identity())),
                ai.stream().collect(Collectors.toUnmodifiableMap(m -> m.id, Function.identity())));
    }

    /** What a card is embedded as. */
    private static String text(AdviceCard card) {
        return card.title + ". " + card.body;
    }
}
