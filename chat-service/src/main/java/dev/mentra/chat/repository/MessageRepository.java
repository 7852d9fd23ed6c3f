package dev.mentra.chat.repository;

import dev.mentra.chat.Message;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
@WithSession
public class MessageRepository implements PanacheRepositoryBase<Message, String> {

    public Uni<Message> findByClientId(String conversationId, String clientId) {
        return find("conversationId = ?1 and clientId = ?2", conversationId, clientId).firstResult();
    }

    /** Messages with {@code after < seq < before}, oldest first, at most {@code limit}. */
    public Uni<List<Message>> between(String conversationId, long after, long before, int limit) {
        return find("conversationId = ?1 and seq > ?2 and seq < ?3 order by seq", conversationId, after, before)
                .page(0, limit).list();
    }

    /** The newest {@code limit} messages before {@code before}, oldest first. */
    public Uni<List<Message>> latestBefore(String conversationId, long before, int limit) {
        return find("conversationId = ?1 and seq < ?2 order by seq desc", conversationId, before)
                .page(0, limit).list()
                .map(newestFirst -> {
                    List<Message> oldestFirst = new ArrayList<>(newestFirst);
                    Collections.reverse(oldestFirst);
                    return oldestFirst;
                });
    }

    /** The newest message of each conversation. */
    public Uni<List<Message>> lastOf(Collection<String> conversationIds) {
        return list("from Message m where m.conversationId in ?1 and m.seq = "
                + "(select c.lastSeq from Conversation c where c.id = m.conversationId)", conversationIds);
    }

    /** Per conversation of {@code userId}: how many messages others wrote after what they have read. */
    public Uni<Map<String, Long>> unreadCounts(String userId) {
        return find("select m.conversationId, count(m) from Message m, Participant p "
                + "where p.userId = ?1 and m.conversationId = p.conversationId and m.seq > p.lastReadSeq "
                + "and (m.authorId is null or m.authorId <> ?1) group by m.conversationId", userId)
                .project(Object[].class).list()
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue())));
    }
}
