package dev.mentra.identity.repository;

import dev.mentra.identity.UserSession;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

@ApplicationScoped
@WithSession
public class SessionRepository implements PanacheRepositoryBase<UserSession, String> {

    /** Ends every open session of a user (account deleted). */
    public Uni<Integer> endAllOf(String userId, OffsetDateTime now) {
        return update("endedAt = ?1 where userId = ?2 and endedAt is null", now, userId);
    }
}
