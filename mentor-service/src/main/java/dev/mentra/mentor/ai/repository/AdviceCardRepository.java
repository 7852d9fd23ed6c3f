package dev.mentra.mentor.ai.repository;

import dev.mentra.mentor.ai.AdviceCard;
import dev.mentra.mentor.catalog.Mentor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
@WithSession
public class AdviceCardRepository implements PanacheRepositoryBase<AdviceCard, String> {

    /** The knowledge of every active AI mentor (retired cards left out), in a stable order. */
    public Uni<List<AdviceCard>> listOfActiveAiMentors() {
        return list("retiredAt is null and mentorId in (select m.id from Mentor m where m.kind = ?1 and m.active = true) "
                + "order by mentorId, position", Mentor.Kind.AI);
    }

    /** Every card of one mentor, retired ones included, in their order. */
    public Uni<List<AdviceCard>> listOf(String mentorId) {
        return list("mentorId = ?1 order by position", mentorId);
    }

    public Uni<AdviceCard> findOf(String mentorId, String cardId) {
        return find("mentorId = ?1 and id = ?2", mentorId, cardId).firstResult();
    }

    /** The position after the mentor's last card (retired ones count: positions are never reused). */
    public Uni<Integer> nextPosition(String mentorId) {
        return getSession().flatMap(s -> s.createQuery(
                        "select coalesce(max(c.position), 0) from AdviceCard c where c.mentorId = ?1", Integer.class)
                .setParameter(1, mentorId).getSingleResult()).map(last -> last + 1);
    }

    /** How many cards each mentor has in use and retired: mentor id → {in use, retired}. */
    public Uni<Map<String, long[]>> countsPerMentor() {
        return getSession().flatMap(s -> s.createQuery("select c.mentorId, "
                        + "sum(case when c.retiredAt is null then 1 else 0 end), "
                        + "sum(case when c.retiredAt is null then 0 else 1 end) "
                        + "from AdviceCard c group by c.mentorId", Object[].class).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> (String) r[0],
                        r -> new long[]{((Number) r[1]).longValue(), ((Number) r[2]).longValue()})));
    }
}
