package dev.mentra.mentor.catalog.repository;

import dev.mentra.mentor.catalog.CompletedSession;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CompletedSessionRepository implements PanacheRepositoryBase<CompletedSession, String> {
}
