package dev.mentra.mentor.catalog.repository;

import dev.mentra.mentor.catalog.Review;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, String> {
}
