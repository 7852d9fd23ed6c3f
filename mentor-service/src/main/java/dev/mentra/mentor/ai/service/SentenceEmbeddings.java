package dev.mentra.mentor.ai.service;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.mentra.platform.concurrent.Offload;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * all-MiniLM-L6-v2 sentence embeddings (384 dimensions), computed in-process from the model packaged in the jar:
 * no network, no API key. Inference is CPU work, so it runs on worker threads.
 *
 * <p>The model (90 MB) is copied from the jar to a temporary file and ONNX Runtime reads it from there: the
 * library's own loader reads it into the Java heap first, and the heap it grew for those copies (≈ 300 MB)
 * stayed committed for the life of the process.
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
                    model = load();
                }
                m = model;
            }
        }
        return m;
    }

    private static EmbeddingModel load() {
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
