package dev.mentra.booking.repository;

import dev.mentra.booking.Person;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class PersonRepository implements PanacheRepositoryBase<Person, String> {

    public Uni<Person> findByEmail(String email) {
        return find("lower(email) = lower(?1) and deleted = false", email).firstResult();
    }
}
