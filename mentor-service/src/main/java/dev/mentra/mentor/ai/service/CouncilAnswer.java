package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.catalog.Mentor;

/** A member's complete answer in a council round, and the label ("Response A") the other members see it under. */
record CouncilAnswer(Mentor author, String label, MentorReply reply) {

    String text() {
        return reply.text();
    }

    boolean isBy(Mentor member) {
        return author.id.equals(member.id);
    }
}
