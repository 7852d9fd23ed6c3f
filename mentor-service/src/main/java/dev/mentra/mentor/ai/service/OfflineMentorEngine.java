package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.config.AiConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AI mentor without a language model: it retrieves the persona's advice cards closest to the conversation
 * (sentence embeddings) and composes the answer from them, ending with a follow-up question. Deterministic: the
 * same conversation gets the same answer. A question outside the persona's field is said to be so, with the
 * catalog's better-suited mentor named.
 */
@ApplicationScoped
@Typed(OfflineMentorEngine.class)
public class OfflineMentorEngine implements MentorEngine {

    /** How many cards ground one answer. */
    static final int CARDS_PER_ANSWER = 3;
    /** Below this similarity the persona's best card is not really about the question... */
    static final double IN_FIELD = 0.35;
    /** ...and another mentor must beat it by this much to be recommended instead. */
    static final double CLEARLY_BETTER = 0.08;

    private final KnowledgeIndex knowledge;
    private final Duration wordPace;

    public OfflineMentorEngine(KnowledgeIndex knowledge, AiConfig config) {
        this.knowledge = knowledge;
        this.wordPace = config.offline().wordPace();
    }

    /**
     * The whole answer is known at once; it is still streamed word by word at a model's pace
     * ({@code mentra.ai.offline.word-pace}), so a person reads it as it comes rather than waiting for a wall of text.
     */
    @Override
    public Multi<ReplyPart> stream(Mentor persona, List<Turn> conversation) {
        return reply(persona, conversation).onItem().transformToMulti(reply -> {
            List<ReplyPart> parts = new ArrayList<>();
            for (String piece : words(reply.text())) {
                parts.add(ReplyPart.delta(piece));
            }
            Multi<ReplyPart> words = Multi.createFrom().iterable(parts);
            if (!wordPace.isZero()) {
                words = words.onItem().call(part -> Uni.createFrom().voidItem().onItem().delayIt().by(wordPace));
            }
            return Multi.createBy().concatenating().streams(words, Multi.createFrom().item(ReplyPart.done(reply)));
        });
    }

    /** Each word with the white space after it, so the pieces join back into the exact text. */
    static List<String> words(String text) {
        List<String> pieces = new ArrayList<>();
        for (String piece : text.split("(?<=\\s)(?=\\S)")) {
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    @Override
    public Uni<MentorReply> reply(Mentor persona, List<Turn> conversation) {
        String query = retrievalQuery(conversation);
        return knowledge.bestScorePerMentor(query).flatMap(best -> {
            double mine = best.getOrDefault(persona.id, 0.0);
            Optional<Map.Entry<String, Double>> better = best.entrySet().stream()
                    .filter(e -> !e.getKey().equals(persona.id))
                    .max(Map.Entry.comparingByValue())
                    .filter(e -> mine < IN_FIELD && e.getValue() > mine + CLEARLY_BETTER);
            if (better.isPresent()) {
                return knowledge.mentor(better.get().getKey())
                        .map(other -> other.map(o -> outsideField(persona, o)).orElseThrow());
            }
            return knowledge.search(persona.id, query, CARDS_PER_ANSWER).map(matches -> grounded(persona, matches));
        });
    }

    /** The last question, with the one before it: follow-ups ("and the second point?") keep their context. */
    static String retrievalQuery(List<Turn> conversation) {
        List<String> questions = conversation.stream().filter(Turn::fromPerson).map(Turn::text).toList();
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("The conversation has no question");
        }
        String last = questions.get(questions.size() - 1);
        return questions.size() > 1 ? questions.get(questions.size() - 2) + "\n" + last : last;
    }

    private static MentorReply grounded(Mentor persona, List<KnowledgeIndex.Match> matches) {
        StringBuilder text = new StringBuilder("Here is how I would approach this.\n");
        for (int i = 0; i < matches.size(); i++) {
            var card = matches.get(i).card();
            text.append("\n").append(i + 1).append(". ").append(card.title).append(". ").append(summary(card.body))
                    .append("\n");
        }
        text.append("\n").append(followUp(matches));
        return new MentorReply(persona.id, text.toString(), new ReplyMetadata(ReplyMetadata.OFFLINE,
                matches.stream().map(m -> m.card().id).toList(), false, null));
    }

    private static MentorReply outsideField(Mentor persona, Mentor other) {
        // headlines describe the mentor in the third person ("Helps founders…"): quoted as they are, not woven in
        String text = "That question is outside what I know well. What I do: "
                + persona.headline.replaceAll("\\.$", "") + ". "
                + other.displayName + " (" + other.headline.replaceAll("\\.$", "")
                + ") is a much better fit for it; you can start a conversation with them from the catalog.\n\n"
                + "Is there a part of your situation that touches on "
                + String.join(" or ", List.of(persona.expertise).subList(0, Math.min(2, persona.expertise.length)))
                + " that I can help with?";
        return new MentorReply(persona.id, text, new ReplyMetadata(ReplyMetadata.OFFLINE, List.of(), true, other.id));
    }

    /** The first two sentences of a card: the gist, leaving the person room to ask for more. */
    static String summary(String body) {
        String[] sentences = body.trim().split("(?<=[.!?])\\s+");
        return sentences.length <= 2 ? body.trim() : sentences[0] + " " + sentences[1];
    }

    private static String followUp(List<KnowledgeIndex.Match> matches) {
        if (matches.size() < 2) {
            return "What have you already tried, and what happened?";
        }
        return "Which of these is closest to where you are right now: " + matches.get(0).card().title.toLowerCase()
                + ", or " + matches.get(1).card().title.toLowerCase() + "?";
    }
}
