package dev.mentra.mentor.ai.service;

/** A piece of an answer as it is produced: more text ({@code delta}), or the complete reply at the end. */
public record ReplyPart(String delta, MentorReply reply) {

    public static ReplyPart delta(String text) {
        return new ReplyPart(text, null);
    }

    public static ReplyPart done(MentorReply reply) {
        return new ReplyPart(null, reply);
    }

    public boolean isDone() {
        return reply != null;
    }
}
