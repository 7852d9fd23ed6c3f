package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.ai.AdviceCard;
import dev.mentra.mentor.ai.repository.AdviceCardRepository;
import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.repository.MentorRepository;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Admins curate an AI mentor's knowledge one advice card at a time: add, edit, retire (kept, no longer used to
 * answer), restore, and search. Every change rebuilds the retrieval index once it is committed, so the persona's
 * next answer already uses it. Cards carry nothing other services read, so no event announces them.
 */
@ApplicationScoped
public class AdviceCards {

    /** The most cards a persona holds, retired ones included (the same bound as a whole persona's document). */
    public static final int MAX_CARDS = 200;

    /** Which cards a search looks at. */
    public enum Status { ACTIVE, RETIRED, ALL }

    private final AdviceCardRepository cards;
    private final MentorRepository mentors;
    private final KnowledgeIndex knowledge;

    private final Clock clock;

    public AdviceCards(AdviceCardRepository cards, MentorRepository mentors, KnowledgeIndex knowledge, Clock clock) {
        this.cards = cards;
        this.mentors = mentors;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /**
     * The persona's cards in their order, those of {@code status} whose title, advice or tags contain every word of
     * {@code query} (any case); a blank query matches every card. At most {@value #MAX_CARDS}, so filtered here.
     */
    @WithSession
    public Uni<List<AdviceCard>> search(String mentorId, String query, Status status) {
        List<String> words = query == null ? List.of()
                : Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank()).toList();
        return persona(mentorId).flatMap(m -> cards.listOf(mentorId)).map(list -> list.stream()
                .filter(c -> status == Status.ALL || (status == Status.RETIRED) == c.isRetired())
                .filter(c -> {
                    String text = (c.title + " " + c.body + " " + String.join(" ", c.tags)).toLowerCase(Locale.ROOT);
                    return words.stream().allMatch(text::contains);
                })
                .toList());
    }

    /** A new card after the persona's last one. */
    public Uni<AdviceCard> add(String mentorId, PersonaService.Card content) {
        return changed(() -> persona(mentorId)
                .flatMap(m -> cards.count("mentorId", mentorId))
                .flatMap(count -> {
                    if (count >= MAX_CARDS) {
                        return Uni.createFrom().failure(ProblemException.conflict("too-many-cards",
                                "A persona holds at most " + MAX_CARDS + " advice cards, retired ones included"));
                    }
                    return cards.nextPosition(mentorId);
                })
                .flatMap(position -> {
                    AdviceCard card = new AdviceCard();
                    card.id = PersonaService.cardId(mentorId, position);
                    card.mentorId = mentorId;
                    card.position = position;
                    write(card, content);
                    return cards.persist(card);
                }))
                // two admins adding at once drew the same position: the second is told to try again, not a 500
                .onFailure(AdviceCards::isUniqueViolation).transform(e -> ProblemException.conflict("card-added-concurrently",
                        "Another card was added to this persona at the same moment; add yours again"));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg) {
                return "23505".equals(pg.getSqlState());
            }
        }
        return false;
    }

    public Uni<AdviceCard> edit(String mentorId, String cardId, PersonaService.Card content) {
        return changed(() -> card(mentorId, cardId).invoke(card -> write(card, content)));
    }

    /** Takes the card out of the persona's answers; retiring a retired card changes nothing. */
    public Uni<AdviceCard> retire(String mentorId, String cardId) {
        return changed(() -> card(mentorId, cardId).invoke(card -> {
            if (card.retiredAt == null) {
                card.retiredAt = now();
                card.updatedAt = card.retiredAt;
            }
        }));
    }

    /** Puts a retired card back into the persona's answers. */
    public Uni<AdviceCard> restore(String mentorId, String cardId) {
        return changed(() -> card(mentorId, cardId).invoke(card -> {
            if (card.retiredAt != null) {
                card.retiredAt = null;
                card.updatedAt = now();
            }
        }));
    }

    /** Runs a change in its own transaction and rebuilds the index after the commit (never from uncommitted data). */
    private Uni<AdviceCard> changed(java.util.function.Supplier<Uni<AdviceCard>> change) {
        return Panache.withTransaction(change).invoke(knowledge::invalidate);
    }

    private Uni<Mentor> persona(String mentorId) {
        return mentors.findById(mentorId).invoke(m -> {
            if (m == null || m.kind != Mentor.Kind.AI) {
                throw ProblemException.notFound("AI mentor " + mentorId);
            }
        });
    }

    private Uni<AdviceCard> card(String mentorId, String cardId) {
        return persona(mentorId).flatMap(m -> cards.findOf(mentorId, cardId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Advice card " + cardId));
    }

    private void write(AdviceCard card, PersonaService.Card content) {
        card.title = content.title().trim();
        card.body = content.body().trim();
        card.tags = PersonaService.clean(content.tags() == null ? List.of() : content.tags());
        card.updatedAt = now();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
