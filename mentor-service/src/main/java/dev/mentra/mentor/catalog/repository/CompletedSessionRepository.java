package dev.mentra.mentor.catalog.repository;

import dev.mentra.mentor.catalog.CompletedSession;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class CompletedSessionRepository implements PanacheRepositoryBase<CompletedSession, String> {
}
