package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.catalog.Mentor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What stage 1 left for the rest of a session: the question, the council (chair and members in their order), and
 * the answers of the members who answered in time, labelled "Response A", "Response B", ... in the council's order.
 */
record CouncilRound(Mentor chair, List<Mentor> members, String question, List<CouncilAnswer> answers) {

    /** Labels the finished answers (by member id) in the council's order; members who did not finish have none. */
    static CouncilRound of(Mentor chair, List<Mentor> members, String question, Map<String, MentorReply> finished) {
        List<CouncilAnswer> answers = new ArrayList<>();
        for (Mentor member : members) {
            MentorReply reply = finished.get(member.id);
            if (reply != null) {
                answers.add(new CouncilAnswer(member, "Response " + (char) ('A' + answers.size()), reply));
            }
        }
        return new CouncilRound(chair, List.copyOf(members), question, List.copyOf(answers));
    }

    Optional<CouncilAnswer> answerOf(Mentor member) {
        return answers.stream().filter(a -> a.isBy(member)).findFirst();
    }

    /** The members who answered: each of them ranks the others' answers. */
    List<Mentor> rankers() {
        return answers.stream().map(CouncilAnswer::author).toList();
    }

    /** The names of the members who did not answer in time. */
    List<String> missingNames() {
        return members.stream().filter(m -> answerOf(m).isEmpty()).map(m -> m.displayName).toList();
    }
}
