package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.catalog.Mentor;

import java.util.List;

/**
 * What a council says in its own words, without a language model: a member who did not answer, a council that
 * could not answer at all, the rankings as numbered lists, and the synthesis composed from the ranked answers
 * (offline, or when every chair's model call failed).
 */
final class OfflineCouncilProse {

    private OfflineCouncilProse() {
    }

    static String missing(Mentor member) {
        return member.displayName + " did not answer in time";
    }

    static String nobodyAnswered() {
        return "No member of the council could answer right now; please try again in a moment.";
    }

    /** "1. Response B", one per line. */
    static String numbered(List<String> labels) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            s.append(i + 1).append(". ").append(labels.get(i)).append(i + 1 < labels.size() ? "\n" : "");
        }
        return s.toString();
    }

    /** The best-ranked answer's first point, then each other answer's, naming who is missing, with a question. */
    static String synthesis(CouncilRound round, Mentor synthesiser, List<CouncilAnswer> aggregate) {
        StringBuilder text = new StringBuilder();
        if (!synthesiser.id.equals(round.chair().id)) {
            text.append(round.chair().displayName).append(" could not chair this time, so ")
                    .append(synthesiser.displayName).append(" brings the council's views together.\n\n");
        }
        CouncilAnswer top = aggregate.get(0);
        text.append("The council ranked ").append(top.author().displayName).append("'s answer highest: ")
                .append(firstPoint(top.text())).append("\n");
        for (CouncilAnswer other : aggregate.subList(1, aggregate.size())) {
            text.append("\nFrom ").append(other.author().displayName).append(": ")
                    .append(firstPoint(other.text())).append("\n");
        }
        List<String> missing = round.missingNames();
        if (!missing.isEmpty()) {
            text.append("\nNot included: ").append(String.join(", ", missing))
                    .append(" did not answer in time, so this synthesis is missing that perspective.\n");
        }
        text.append("\nWhere would you like to go deeper first?");
        return text.toString();
    }

    /** The first numbered point of an offline answer (or its first line). */
    static String firstPoint(String answer) {
        for (String line : answer.split("\n")) {
            if (line.startsWith("1. ")) {
                return line.substring(3).trim();
            }
        }
        return answer.lines().findFirst().orElse(answer).trim();
    }
}
