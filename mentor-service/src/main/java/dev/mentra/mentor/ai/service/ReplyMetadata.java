package dev.mentra.mentor.ai.service;

import java.util.List;

/**
 * How an answer was made: by the offline engine or a language model, grounded in which advice cards, and whether
 * the question was outside the mentor's field (then which mentor was suggested).
 */
public record ReplyMetadata(String mode, List<String> cardIds, boolean outsideField, String suggestedMentorId) {

    public static final String OFFLINE = "offline";
}
