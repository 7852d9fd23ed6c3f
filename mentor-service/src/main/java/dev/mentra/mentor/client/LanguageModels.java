package dev.mentra.mentor.client;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.mentra.mentor.config.LlmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The language model clients, built here from {@link LlmConfig} and nowhere else: the OpenAI-compatible streaming
 * chat model (LLM mode), and the embedding model: the provider's {@code /embeddings} when
 * {@code mentra.ai.llm.embedding-model} is set in LLM mode, the in-process all-MiniLM-L6-v2 otherwise. Both are
 * application-scoped proxies, so a client is built on its first call, not at start-up: offline mode never builds
 * the chat model, and the in-process model (a couple of seconds to load) waits for the first embedding.
 */
@ApplicationScoped
public class LanguageModels {

    @Produces
    @ApplicationScoped
    StreamingChatModel chatModel(LlmConfig llm) {
        return OpenAiStreamingChatModel.builder()
                .baseUrl(llm.baseUrl().orElseThrow(() -> new IllegalStateException(
                        "No language model: mentra.ai.llm.base-url (MENTRA_LLM_BASE_URL) is not set")))
                .apiKey(llm.apiKey())
                .modelName(llm.model())
                .temperature(llm.temperature())
                .timeout(llm.timeout())
                .build();
    }

    @Produces
    @ApplicationScoped
    EmbeddingModel embeddingModel(LlmConfig llm) {
        if (usesProviderEmbeddings(llm)) {
            return OpenAiEmbeddingModel.builder()
                    .baseUrl(llm.baseUrl().get())
                    .apiKey(llm.apiKey())
                    .modelName(llm.embeddingModel().get())
                    .timeout(llm.timeout())
                    .maxRetries(llm.maxRetries())
                    .build();
        }
        return InProcessEmbeddingModel.load();
    }

    /** Whether cards and questions are embedded by the provider rather than in-process. */
    public static boolean usesProviderEmbeddings(LlmConfig llm) {
        return llm.baseUrl().isPresent() && llm.embeddingModel().isPresent();
    }
}
