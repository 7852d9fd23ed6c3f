package dev.mentra.chat.repository;

import dev.mentra.chat.Participant;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
@WithSession
public class ParticipantRepository implements PanacheRepositoryBase<Participant, Participant.Key> {

    public Uni<Participant> membership(String conversationId, String userId) {
        return findById(new Participant.Key(conversationId, userId));
    }

    public Uni<List<Participant>> of(String conversationId) {
        return list("conversationId = ?1 order by joinedAt, userId", conversationId);
    }

    public Uni<List<Participant>> memberships(String userId) {
        return list("userId", userId);
    }

    /** Everyone who shares a conversation with {@code userId}: who hears of their presence. */
    public Uni<List<String>> contactsOf(String userId) {
        return find("select distinct o.userId from Participant o, Participant me "
                + "where me.userId = ?1 and o.conversationId = me.conversationId and o.userId <> ?1", userId)
                .project(String.class).list();
    }
}
