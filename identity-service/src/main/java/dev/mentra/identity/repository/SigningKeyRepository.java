package dev.mentra.identity.repository;

import dev.mentra.identity.SigningKey;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
@WithSession
public class SigningKeyRepository implements PanacheRepositoryBase<SigningKey, String> {

    /** The key that signs new tokens: the newest one not retired. */
    public Uni<SigningKey> findCurrent() {
        return find("retiredAt is null order by createdAt desc").firstResult();
    }

    /** Keys whose tokens may still be alive: current ones and those retired after {@code retiredAfter}. */
    public Uni<List<SigningKey>> findPublished(OffsetDateTime retiredAfter) {
        return list("retiredAt is null or retiredAt > ?1 order by createdAt desc", retiredAfter);
    }
}
