package dev.mentra.mentor.ai.service;

/** An AI mentor's complete answer and how it was made. */
public record MentorReply(String mentorId, String text, ReplyMetadata metadata) {
}
