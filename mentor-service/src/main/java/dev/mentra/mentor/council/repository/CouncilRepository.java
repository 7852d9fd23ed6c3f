package dev.mentra.mentor.council.repository;

import dev.mentra.mentor.council.Council;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
@WithSession
public class CouncilRepository implements PanacheRepositoryBase<Council, String> {

    private static final String WITH_MEMBERS = "select distinct c from Council c left join fetch c.members ";

    /** Public councils, and the caller's own private ones. */
    public Uni<List<Council>> listVisibleTo(String userId) {
        return userId == null
                ? list(WITH_MEMBERS + "where c.ownerUserId is null order by c.name")
                : list(WITH_MEMBERS + "where c.ownerUserId is null or c.ownerUserId = ?1 order by c.name", userId);
    }

    public Uni<Council> findWithMembers(String id) {
        return find(WITH_MEMBERS + "where c.id = ?1", id).firstResult();
    }
}
