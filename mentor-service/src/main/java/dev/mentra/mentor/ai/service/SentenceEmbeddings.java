package dev.mentra.mentor.ai.service;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.mentra.platform.concurrent.Offload;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings from the model {@code client/LanguageModels} chose: all-MiniLM-L6-v2 in-process, or the
 * provider's embedding model. Both block (CPU work or a call), so they run on worker threads. Vectors from the two
 * are never mixed: the choice is made once, and the index is built with it.
 *
 * <p>Vectors are compared by their full cosine similarity (langchain4j's {@code CosineSimilarity}, which the
 * embedding store uses too), never by a bare dot product: the in-process model's vectors are normalised, but a
 * provider's need not be.
 */
@ApplicationScoped
public class SentenceEmbeddings {

    /** Texts per call of a remote model: providers cap a request's inputs (OpenAI: 2048) and its tokens. */
    static final int BATCH = 64;

    private final EmbeddingModel model;

    public SentenceEmbeddings(EmbeddingModel model) {
        this.model = model;
    }

    public Uni<Embedding> embed(String text) {
        return Offload.blocking(() -> model.embed(text).content());
    }

    /**
     * Each distinct text's embedding, in batches: one {@code embedAll} call per {@value #BATCH} texts rather than
     * one call per text. Keyed by the text, so callers look vectors up by what they embedded, never by position.
     */
    public Uni<Map<String, Embedding>> embedAll(Collection<String> texts) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(texts));
        return Offload.blocking(() -> {
            Map<String, Embedding> vectors = new LinkedHashMap<>();
            for (int from = 0; from < distinct.size(); from += BATCH) {
                List<String> batch = distinct.subList(from, Math.min(distinct.size(), from + BATCH));
                List<Embedding> embedded = model.embedAll(batch.stream().map(TextSegment::from).toList()).content();
                Iterator<Embedding> vector = embedded.iterator();
                batch.forEach(text -> vectors.put(text, vector.next()));
            }
            return vectors;
        });
    }
}
