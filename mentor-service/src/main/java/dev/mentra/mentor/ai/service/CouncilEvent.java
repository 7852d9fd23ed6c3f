package dev.mentra.mentor.ai.service;

import java.util.List;

/**
 * One step of a council session, as streamed: a piece of a member's answer as it is written ({@code answer.delta},
 * the members writing at once), a member's complete {@code answer}, a member's {@code ranking} of the others'
 * anonymised answers, the {@code aggregate} ranking, the chair's {@code synthesis}, or a member who is
 * {@code missing} (failed or too slow). Rankings name answers "Response A", "Response B", ... in the order the
 * members answered; the aggregate and the synthesis carry mentor ids.
 */
public record CouncilEvent(String stage, String mentorId, String text, MentorReply answer, List<String> ranking) {

    public static final String ANSWER_DELTA = "answer.delta";
    public static final String ANSWER = "answer";
    public static final String MISSING = "missing";
    public static final String RANKING = "ranking";
    public static final String AGGREGATE = "aggregate";
    public static final String SYNTHESIS = "synthesis";
}
