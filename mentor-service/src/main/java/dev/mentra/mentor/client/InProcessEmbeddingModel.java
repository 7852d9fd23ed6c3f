package dev.mentra.mentor.client;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * all-MiniLM-L6-v2 (384 dimensions, mean pooling, normalised vectors), run in-process by ONNX Runtime from the model
 * packaged in the jar: no network, no API key.
 *
 * <p>The model (90 MB) is copied from the jar to a temporary file and ONNX Runtime reads it from there: the
 * library's own loader reads it into the Java heap first, and the heap it grew for those copies (≈ 300 MB)
 * stayed committed for the life of the process.
 */
final class InProcessEmbeddingModel {

    private InProcessEmbeddingModel() {
    }

    static EmbeddingModel load() {
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
        try (InputStream in = InProcessEmbeddingModel.class.getClassLoader().getResourceAsStream(resource)) {
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
