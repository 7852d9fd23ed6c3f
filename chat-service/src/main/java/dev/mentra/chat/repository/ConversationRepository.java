package dev.mentra.chat.repository;

import dev.mentra.chat.Conversation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
@WithSession
public class ConversationRepository implements PanacheRepositoryBase<Conversation, String> {

    public Uni<Conversation> findByBooking(String bookingId) {
        return find("bookingId", bookingId).firstResult();
    }

    public Uni<Conversation> findDirect(String menteeId, String mentorId) {
        return find("kind = ?1 and createdBy = ?2 and mentorId = ?3", Conversation.Kind.DIRECT, menteeId, mentorId)
                .firstResult();
    }

    /** Takes the conversation's row lock for the rest of the transaction: posts to one conversation queue here. */
    public Uni<Conversation> lockForPosting(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The next message number, assigned by the database in the caller's transaction (gap-free). */
    public Uni<Long> nextSeq(String id) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("UPDATE conversation SET last_seq = last_seq + 1 WHERE id = ?1 RETURNING last_seq",
                        Long.class)
                .setParameter(1, id)
                .getSingleResult());
    }
}
