package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.ai.AdviceCard;
import dev.mentra.mentor.ai.repository.AdviceCardRepository;
import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.messaging.MentorEvents;
import dev.mentra.mentor.catalog.repository.MentorRepository;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Admins create and revise AI personas and their knowledge. Saving a persona with cards replaces its advice cards;
 * without cards it keeps them (they are then curated one by one, {@link AdviceCards}). The retrieval index is
 * rebuilt after the commit, so the next answer already uses the new knowledge.
 */
@ApplicationScoped
public class PersonaService {

    private final MentorRepository mentors;
    private final AdviceCardRepository cards;
    private final MentorEvents events;
    private final KnowledgeIndex knowledge;

    private final Clock clock;

    public PersonaService(MentorRepository mentors, AdviceCardRepository cards, MentorEvents events,
                          KnowledgeIndex knowledge, Clock clock) {
        this.mentors = mentors;
        this.cards = cards;
        this.events = events;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /** A persona as an admin writes it; {@code cards} null keeps the current cards. */
    public record Persona(String displayName, String headline, String bio, List<String> expertise,
                          List<String> languages, String voice, String systemPrompt, List<Card> cards) {
    }

    public record Card(String title, String body, List<String> tags) {
    }

    /** An AI persona as admins see it, with how many of its cards are in use and retired. */
    public record Summary(Mentor persona, long cards, long retiredCards) {
    }

    /** Every AI persona, retired ones included, by name. */
    @WithSession
    public Uni<List<Summary>> list() {
        return mentors.list("kind = ?1 order by lower(displayName), id", Mentor.Kind.AI)
                .flatMap(ai -> cards.countsPerMentor().map(counts -> ai.stream().map(m -> summary(m, counts)).toList()));
    }

    /** One AI persona, retired or not (admins may bring a retired one back by saving it). */
    @WithSession
    public Uni<Summary> find(String id) {
        return mentors.findById(id)
                .invoke(m -> {
                    if (m == null || m.kind != Mentor.Kind.AI) {
                        throw ProblemException.notFound("AI mentor " + id);
                    }
                })
                .flatMap(m -> cards.countsPerMentor().map(counts -> summary(m, counts)));
    }

    /**
     * Creates the persona with this id, or revises it (a retired one comes back into the catalog); publishes
     * {@code mentor.published} or {@code .updated}.
     */
    public Uni<Mentor> save(String id, Persona persona) {
        return Panache.withTransaction(() -> mentors.findById(id).flatMap(existing -> {
            if (existing != null && existing.kind != Mentor.Kind.AI) {
                return Uni.createFrom().failure(ProblemException.conflict("not-ai", id + " is a human mentor"));
            }
            boolean created = existing == null;
            Mentor m = created ? new Mentor() : existing;
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (created) {
                m.id = id;
                m.kind = Mentor.Kind.AI;
                m.createdAt = now;
            }
            m.displayName = persona.displayName().trim();
            m.headline = persona.headline().trim();
            m.bio = persona.bio().trim();
            m.expertise = clean(persona.expertise());
            m.languages = clean(persona.languages());
            m.voice = persona.voice();
            m.systemPrompt = persona.systemPrompt();
            m.active = true;
            m.updatedAt = now;
            Uni<Mentor> saved = created ? mentors.persist(m) : Uni.createFrom().item(m);
            if (persona.cards() != null) {
                saved = saved.call(() -> cards.delete("mentorId", id))
                        .call(() -> cards.getSession().flatMap(s -> s.flush()))
                        .call(() -> cards.persist(toCards(id, persona.cards())));
            }
            return saved.call(s -> created ? events.published(s) : events.updated(s));
        })).invoke(knowledge::invalidate);
    }

    /** A card's id: its persona's id and its position, e.g. {@code ai-finance-07}. */
    static String cardId(String mentorId, int position) {
        return mentorId + "-" + String.format("%02d", position);
    }

    private static Summary summary(Mentor m, Map<String, long[]> counts) {
        long[] c = counts.getOrDefault(m.id, new long[]{0, 0});
        return new Summary(m, c[0], c[1]);
    }

    private List<AdviceCard> toCards(String mentorId, List<Card> cards) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return java.util.stream.IntStream.range(0, cards.size()).mapToObj(i -> {
            AdviceCard card = new AdviceCard();
            card.id = cardId(mentorId, i + 1);
            card.mentorId = mentorId;
            card.position = i + 1;
            card.title = cards.get(i).title().trim();
            card.body = cards.get(i).body().trim();
            card.tags = clean(cards.get(i).tags() == null ? List.of() : cards.get(i).tags());
            card.updatedAt = now;
            return card;
        }).toList();
    }

    static String[] clean(List<String> words) {
        return new LinkedHashSet<>(words.stream().filter(w -> w != null && !w.isBlank())
                .map(w -> w.trim().toLowerCase()).toList()).toArray(String[]::new);
    }
}
