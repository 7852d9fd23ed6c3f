package dev.mentra.mentor.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** mentor-service's catalog settings ({@code mentra.mentor.*}). */
@ConfigMapping(prefix = "mentra.mentor")
public interface MentorConfig {

    /**
     * The local run only: the demo mentor account (known by its fixed user id) gets a published human mentor
     * profile when identity-service announces it. Never in production.
     */
    @WithDefault("false")
    boolean demoMentors();
}
