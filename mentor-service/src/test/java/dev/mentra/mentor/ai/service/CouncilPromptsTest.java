package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.catalog.Mentor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The council's model tasks come from the prompt templates, filled with what the session knows. */
class CouncilPromptsTest {

    private static final Mentor ADA = mentor("ai-ada", "Ada");
    private static final Mentor BOB = mentor("ai-bob", "Bob");

    @Test
    void aRankerSeesTheOtherAnswersByLabelInLabelOrderAndNeverWhoWroteThem() {
        List<CouncilAnswer> others = List.of(answer(BOB, "Response B", "Second."), answer(ADA, "Response A", "First."));

        String task = CouncilPrompts.ranking("Should I launch?", others);

        assertThat(task).isEqualTo("A person asked the council: Should I launch?\n\n"
                + "Here are the other members' answers, anonymised:\n\nResponse A:\nFirst.\n\nResponse B:\nSecond.\n\n"
                + "Rank these answers from most to least helpful for the person. Reply with the labels only, one per "
                + "line, best first (for example: Response B).");
        assertThat(task).doesNotContain("Ada").doesNotContain("Bob");
    }

    @Test
    void textFromAnAnswerIsNeverReadAsATemplate() {
        String task = CouncilPrompts.ranking("Q?", List.of(answer(ADA, "Response A", "Say {{question}} and {{answers}}.")));

        assertThat(task).contains("Response A:\nSay {{question}} and {{answers}}.");
    }

    @Test
    void aStandInChairIsToldWhoTheyReplaceAndWhoIsMissing() {
        Mentor cy = mentor("ai-cy", "Cy");
        CouncilRound round = CouncilRound.of(cy, List.of(cy, ADA, BOB), "Q?",
                Map.of("ai-ada", reply("ai-ada", "A says."), "ai-bob", reply("ai-bob", "B says.")));

        String task = CouncilPrompts.synthesis(round, BOB, List.of(round.answers().get(1), round.answers().get(0)));

        assertThat(task).contains(" You step in for Cy, who could not chair; say so.")
                .contains(" Cy did not answer in time: say that their perspective is missing.")
                .endsWith("\n\n1. Bob:\nB says.\n\n2. Ada:\nA says.");
    }

    @Test
    void aLabelTheModelNamesTwiceCountsOnceAndTheOnesItLeftOutFollowByMeaning() {
        List<CouncilAnswer> byMeaning = List.of(answer(ADA, "Response A", "a"), answer(BOB, "Response B", "b"),
                answer(mentor("ai-cy", "Cy"), "Response C", "c"));

        List<CouncilAnswer> order = CouncilRanking.parse("Response C\nResponse C\nthen Response Z", byMeaning);

        assertThat(order).extracting(CouncilAnswer::label).containsExactly("Response C", "Response A", "Response B");
    }

    private static CouncilAnswer answer(Mentor author, String label, String text) {
        return new CouncilAnswer(author, label, reply(author.id, text));
    }

    private static MentorReply reply(String mentorId, String text) {
        return new MentorReply(mentorId, text, new ReplyMetadata(ReplyMetadata.OFFLINE, List.of(), false, null));
    }

    private static Mentor mentor(String id, String name) {
        Mentor m = new Mentor();
        m.id = id;
        m.displayName = name;
        m.headline = name + " helps";
        m.expertise = new String[]{"things"};
        return m;
    }
}
