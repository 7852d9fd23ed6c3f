package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.config.LlmConfig;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/** LLM mode when a model is configured ({@code mentra.ai.llm.base-url}), the offline engine otherwise. */
@ApplicationScoped
public class MentorEngines {

    private static final Logger LOG = Logger.getLogger(MentorEngines.class);

    @Produces
    @ApplicationScoped
    @DefaultBean
    MentorEngine engine(LlmConfig config, Instance<LlmMentorEngine> llm, Instance<OfflineMentorEngine> offline) {
        MentorEngine chosen = choose(config, llm, offline);
        LOG.infof(chosen instanceof LlmMentorEngine
                ? "AI mentors answer with the model " + config.model() + " at " + config.baseUrl().orElse("")
                : "AI mentors answer offline (no mentra.ai.llm.base-url): retrieval over their advice cards");
        return chosen;
    }

    public static MentorEngine choose(LlmConfig config, Instance<LlmMentorEngine> llm,
                                      Instance<OfflineMentorEngine> offline) {
        return config.baseUrl().isPresent() ? llm.get() : offline.get();
    }

    /** The mode {@link #choose} picks, as metrics name it: {@code llm} or {@code offline}. */
    public static String mode(LlmConfig config) {
        return config.baseUrl().isPresent() ? "llm" : ReplyMetadata.OFFLINE;
    }
}
