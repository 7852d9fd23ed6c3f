package dev.mentra.mentor.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * LLM mode: any OpenAI-compatible chat-completions server with streaming. Without a base URL the offline engine
 * answers.
 */
@ConfigMapping(prefix = "mentra.ai.llm")
public interface LlmConfig {

    /** e.g. {@code https://api.openai.com/v1}, {@code http://localhost:11434/v1} (Ollama). */
    Optional<String> baseUrl();

    /** Local servers usually need none. */
    @WithDefault("none")
    String apiKey();

    @WithDefault("gpt-4o-mini")
    String model();

    @WithDefault("60s")
    Duration timeout();

    /** Retries on 429 and 5xx before the first word arrives (after it, a retry would repeat words). */
    @WithDefault("2")
    int maxRetries();

    @WithDefault("0.4")
    double temperature();

    /**
     * An embedding model of the same provider ({@code /embeddings}, e.g. {@code text-embedding-3-small}): the
     * advice cards and questions are then embedded there instead of by the in-process ONNX model. Unset: in-process.
     * Needed where ONNX Runtime's native libraries cannot load (a native image), and it saves the model's memory.
     */
    Optional<String> embeddingModel();

    /** How many advice cards ground each answer. */
    @WithDefault("4")
    int groundingCards();
}
