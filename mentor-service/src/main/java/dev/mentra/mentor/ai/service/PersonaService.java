package dev.mentra.mentor.ai.service;

import dev.mentra.mentor.ai.AdviceCard;
import dev.mentra.mentor.ai.repository.AdviceCardRepository;
import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.messaging.MentorEvents;
import dev.mentra.mentor.catalog.repository.MentorRepository;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Admins create and revise AI personas and their knowledge. Saving a persona replaces its advice cards and
 * rebuilds the retrieval index, so the next answer already uses the new knowledge.
 */
@ApplicationScoped
public class PersonaService {

    private final MentorRepository mentors;
    private final AdviceCardRepository cards;
    private final MentorEvents events;
    private final KnowledgeIndex knowledge;

    public PersonaService(MentorRepository mentors, AdviceCardRepository cards, MentorEvents events,
                          KnowledgeIndex knowledge) {
        this.mentors = mentors;
        this.cards = cards;
        this.events = events;
        this.knowledge = knowledge;
    }

    /** A persona as an admin writes it. */
    public record Persona(String displayName, String headline, String bio, List<String> expertise,
                          List<String> languages, String voice, String systemPrompt, List<Card> cards) {
    }

    public record Card(String title, String body, List<String> tags) {
    }

    /** Creates the persona with this id, or revises it; publishes {@code mentor.published} or {@code .updated}. */
    @WithTransaction
    public Uni<Mentor> save(String id, Persona persona) {
        return mentors.findById(id).flatMap(existing -> {
            if (existing != null && existing.kind != Mentor.Kind.AI) {
                return Uni.createFrom().failure(ProblemException.conflict("not-ai", id + " is a human mentor"));
            }
            boolean created = existing == null;
            Mentor m = created ? new Mentor() : existing;
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
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
            return (created ? mentors.persist(m) : Uni.createFrom().item(m))
                    .call(() -> cards.delete("mentorId", id))
                    .call(() -> cards.getSession().flatMap(s -> s.flush()))
                    .call(() -> cards.persist(toCards(id, persona.cards())))
                    .call(saved -> created ? events.published(saved) : events.updated(saved))
                    .invoke(knowledge::invalidate);
        });
    }

    private static List<AdviceCard> toCards(String mentorId, List<Card> cards) {
        return java.util.stream.IntStream.range(0, cards.size()).mapToObj(i -> {
            AdviceCard card = new AdviceCard();
            card.id = mentorId + "-" + String.format("%02d", i + 1);
            card.mentorId = mentorId;
            card.position = i + 1;
            card.title = cards.get(i).title().trim();
            card.body = cards.get(i).body().trim();
            card.tags = clean(cards.get(i).tags() == null ? List.of() : cards.get(i).tags());
            return card;
        }).toList();
    }

    private static String[] clean(List<String> words) {
        return new LinkedHashSet<>(words.stream().filter(w -> w != null && !w.isBlank())
                .map(w -> w.trim().toLowerCase()).toList()).toArray(String[]::new);
    }
}
