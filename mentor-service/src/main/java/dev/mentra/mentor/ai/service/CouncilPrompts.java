package dev.mentra.mentor.ai.service;

import dev.langchain4j.model.input.PromptTemplate;
import dev.mentra.mentor.catalog.Mentor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The tasks a council gives its members' language model, worded in the templates under
 * {@code src/main/resources/prompts} (langchain4j {@link PromptTemplate}s: {@code {{name}}} is replaced by what the
 * session knows, and text that is replaced in is never read as a template again).
 */
final class CouncilPrompts {

    private static final PromptTemplate RANKING = template("council-ranking.txt");
    private static final PromptTemplate SYNTHESIS = template("council-synthesis.txt");
    private static final PromptTemplate STAND_IN = template("council-synthesis-stand-in.txt");
    private static final PromptTemplate MISSING = template("council-synthesis-missing.txt");

    private CouncilPrompts() {
    }

    /** A member ranks the others' answers, which it sees by their labels only, in label order. */
    static String ranking(String question, List<CouncilAnswer> others) {
        List<String> answers = others.stream().sorted(Comparator.comparing(CouncilAnswer::label))
                .map(a -> a.label() + ":\n" + a.text()).toList();
        return RANKING.apply(Map.of("question", question, "answers", String.join("\n\n", answers))).text();
    }

    /** The chair (or whoever stands in) writes the synthesis from the answers, best-ranked first. */
    static String synthesis(CouncilRound round, Mentor synthesiser, List<CouncilAnswer> aggregate) {
        String standIn = synthesiser.id.equals(round.chair().id) ? ""
                : " " + STAND_IN.apply(Map.of("chair", round.chair().displayName)).text();
        List<String> missingNames = round.missingNames();
        String missing = missingNames.isEmpty() ? ""
                : " " + MISSING.apply(Map.of("names", String.join(", ", missingNames))).text();
        List<String> answers = new ArrayList<>();
        for (CouncilAnswer answer : aggregate) {
            answers.add((answers.size() + 1) + ". " + answer.author().displayName + ":\n" + answer.text());
        }
        return SYNTHESIS.apply(Map.of("standIn", standIn, "missing", missing, "answers", String.join("\n\n", answers)))
                .text();
    }

    /** A template resource, without the line end its file closes with. */
    private static PromptTemplate template(String name) {
        try (InputStream in = CouncilPrompts.class.getResourceAsStream("/prompts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("prompts/" + name + " is not on the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return PromptTemplate.from(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
