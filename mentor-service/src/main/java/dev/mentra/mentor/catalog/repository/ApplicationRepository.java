package dev.mentra.mentor.catalog.repository;

import dev.mentra.mentor.catalog.MentorApplication;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<MentorApplication, String> {
}
