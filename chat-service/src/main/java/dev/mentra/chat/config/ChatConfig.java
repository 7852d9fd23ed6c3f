package dev.mentra.chat.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** chat-service's limits and timings ({@code mentra.chat.*}). */
@ConfigMapping(prefix = "mentra.chat")
public interface ChatConfig {

    /** This replica's name: its fan-out consumer group is {@code chat-service-<instance id>}. */
    String instanceId();

    /** Longest message text, in characters, after trimming. */
    @WithDefault("4000")
    int maxTextLength();

    /** Most messages one history page or one replay batch holds. */
    @WithDefault("200")
    int pageLimit();

    Socket socket();

    Ai ai();

    interface Socket {

        /** Sustained frames per second one connection may send; more are answered with an error frame. */
        @WithDefault("20")
        int framesPerSecond();

        /** Frames one connection may send in a burst above the sustained rate. */
        @WithDefault("40")
        int burst();

        /**
         * Frames queued to one connection and not yet written: a client that falls this far behind is closed (it
         * reconnects and catches up with {@code afterSeq}) so that it cannot hold memory or slow anyone else.
         */
        @WithDefault("2000")
        int maxPendingFrames();

        /** How long a socket opened without a token has to send its {@code auth} frame. */
        @WithDefault("10s")
        Duration authTimeout();
    }

    interface Ai {

        /** Longest an AI answer (or a whole council session) may take. */
        @WithDefault("120s")
        Duration timeout();

        /** Longest silence between two streamed events of an answer. */
        @WithDefault("45s")
        Duration idleTimeout();

        /**
         * How many earlier messages of the conversation the engine is given (multi-turn); mentor-service takes at
         * most 40, each at most 4000 characters (longer AI answers are clipped to {@code max-text-length}).
         */
        @WithDefault("40")
        int historyMessages();
    }
}
