package dev.mentra.booking.repository;

import dev.mentra.booking.Availability;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class AvailabilityRepository implements PanacheRepositoryBase<Availability, String> {
}
