package dev.mentra.mentor.ai.service;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.mentra.platform.concurrent.Offload;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * all-MiniLM-L6-v2 sentence embeddings (384 dimensions), computed in-process from the model packaged in the jar:
 * no network, no API key. Inference is CPU work, so it runs on worker threads.
 */
@ApplicationScoped
public class SentenceEmbeddings {

    private volatile EmbeddingModel model;

    public Uni<float[]> embed(String text) {
        return Offload.blocking(() -> model().embed(text).content().vector());
    }

    public Uni<List<float[]>> embedAll(List<String> texts) {
        return Offload.blocking(() -> texts.stream().map(t -> model().embed(t).content().vector()).toList());
    }

    /** Cosine similarity; the model's vectors are normalised, so it is their dot product. */
    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / (Math.sqrt(na) * Math.sqrt(nb) + 1e-12);
    }

    /** Loaded on first use (a couple of seconds), not at start-up. */
    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2EmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }
}
