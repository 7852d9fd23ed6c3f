package dev.mentra.chat.repository;

import dev.mentra.chat.DirectoryMentor;
import dev.mentra.chat.DirectoryUser;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The local directories of mentors and users, kept from their services' events. */
@ApplicationScoped
@WithSession
public class DirectoryRepository {

    public Uni<DirectoryMentor> mentor(String mentorId) {
        return Panache.getSession().flatMap(s -> s.find(DirectoryMentor.class, mentorId));
    }

    public Uni<DirectoryUser> user(String userId) {
        return Panache.getSession().flatMap(s -> s.find(DirectoryUser.class, userId));
    }

    public Uni<DirectoryMentor> save(DirectoryMentor mentor) {
        return Panache.getSession().flatMap(s -> s.merge(mentor));
    }

    public Uni<DirectoryUser> save(DirectoryUser user) {
        return Panache.getSession().flatMap(s -> s.merge(user));
    }
}
