package dev.mentra.mentor.ai.repository;

import dev.mentra.mentor.ai.AdviceCard;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class AdviceCardRepository implements PanacheRepositoryBase<AdviceCard, String> {

    /** The knowledge of every active AI mentor, in a stable order. */
    public Uni<List<AdviceCard>> listOfActiveAiMentors() {
        return list("mentorId in (select m.id from Mentor m where m.kind = ?1 and m.active = true) order by mentorId, position",
                dev.mentra.mentor.catalog.Mentor.Kind.AI);
    }
}
