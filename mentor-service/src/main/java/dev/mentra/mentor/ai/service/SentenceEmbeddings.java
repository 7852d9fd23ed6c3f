package dev.mentra.mentor.ai.service;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.mentra.platform.concurrent.Offload;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings: all-MiniLM-L6-v2 (384 dimensions), computed in-process from the model packaged in the jar (no
 * network, no API key), or — in LLM mode with {@code mentra.ai.llm.embedding-model} set — the provider's embedding
 * model over its OpenAI-compatible {@code /embeddings} API. Both block (CPU work or a call), so they run on worker
 * threads. Vectors from the two are never mixed: the choice is made once, and the index is built with it.
 *
 * <p>The model (90 MB) is copied from the jar to a temporary file and ONNX Runtime reads it from there: the
 * library's own loader reads it into the Java heap first, and the heap it grew for those copies (≈ 300 MB)
 * stayed committed for the life of the process.
 */
@ApplicationScoped
public class SentenceEmbeddings {

    /** Texts per call of a remote model: providers cap a request's inputs (OpenAI: 2048) and its tokens. */
    private static final int REMOTE_BATCH = 64;

    private final LlmConfig llm;
    private volatile EmbeddingModel model;

    public SentenceEmbeddings(LlmConfig llm) {
        this.llm = llm;
    }

    public Uni<float[]> embed(String text) {
        return Offload.blocking(() -> model().embed(text).content().vector());
    }

    /** In batches: one provider call per {@value #REMOTE_BATCH} texts rather than one per text. */
    public Uni<List<float[]>> embedAll(List<String> texts) {
        return Offload.blocking(() -> {
            List<float[]> vectors = new ArrayList<>(texts.size());
            for (int from = 0; from < texts.size(); from += REMOTE_BATCH) {
                List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + REMOTE_BATCH)).stream()
                        .map(TextSegment::from).toList();
                model().embedAll(batch).content().forEach(e -> vectors.add(e.vector()));
            }
            return vectors;
        });
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

    /** Loaded on first use (a couple of seconds in-process), not at start-up. */
    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = load();
                }
                m = model;
            }
        }
        return m;
    }

    private EmbeddingModel load() {
        if (llm.baseUrl().isPresent() && llm.embeddingModel().isPresent()) {
            return OpenAiEmbeddingModel.builder()
                    .baseUrl(llm.baseUrl().get())
                    .apiKey(llm.apiKey())
                    .modelName(llm.embeddingModel().get())
                    .timeout(llm.timeout())
                    .maxRetries(llm.maxRetries())
                    .build();
        }
        return inProcess();
    }

    private static EmbeddingModel inProcess() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("mentra-embeddings");
            Path weights = extract("all-minilm-l6-v2.onnx", dir);
            Path tokenizer = extract("all-minilm-l6-v2-tokenizer.json", dir);
            return new OnnxEmbeddingModel(weights, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("The sentence embedding model cannot be unpacked", e);
        } finally {
            deleteQuietly(dir); // read in full by now: ONNX Runtime and the tokenizer keep what they need
        }
    }

    private static Path extract(String resource, Path dir) throws IOException {
        try (InputStream in = SentenceEmbeddings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            Path file = dir.resolve(resource);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
