package dev.mentra.booking.repository;

import dev.mentra.booking.AcuitySyncState;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class AcuitySyncStateRepository implements PanacheRepositoryBase<AcuitySyncState, String> {
}
