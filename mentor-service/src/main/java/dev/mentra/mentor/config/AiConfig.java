package dev.mentra.mentor.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The AI engine's own settings ({@code mentra.ai.*}) beside the language model's ({@link LlmConfig},
 * {@code mentra.ai.llm.*}, a mapping of its own so the engine choice reads only what it needs).
 */
@ConfigMapping(prefix = "mentra.ai")
public interface AiConfig {

    Council council();

    Offline offline();

    /** Build the knowledge index in the background at start-up, so the first question does not pay for it. */
    @WithDefault("true")
    boolean warmUp();

    interface Council {

        /** A member slower than this is reported missing and the session goes on without them. */
        @WithDefault("30s")
        Duration memberTimeout();
    }

    interface Offline {

        /** The offline engine streams its answer word by word at about a model's pace. */
        @WithDefault("20ms")
        Duration wordPace();
    }
}
