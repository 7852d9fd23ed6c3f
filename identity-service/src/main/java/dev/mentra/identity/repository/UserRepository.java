package dev.mentra.identity.repository;

import dev.mentra.identity.User;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class UserRepository implements PanacheRepositoryBase<User, String> {

    /** The live account with this email, whatever its case. */
    public Uni<User> findLiveByEmail(String email) {
        return find("lower(email) = lower(?1) and deletedAt is null", email.trim()).firstResult();
    }

    public Uni<User> findLive(String id) {
        return find("id = ?1 and deletedAt is null", id).firstResult();
    }
}
