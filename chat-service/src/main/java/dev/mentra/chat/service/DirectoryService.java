package dev.mentra.chat.service;

import dev.mentra.chat.DirectoryMentor;
import dev.mentra.chat.DirectoryUser;
import dev.mentra.chat.repository.DirectoryRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Keeps the local mentor and user directories as their owners' events tell. */
@ApplicationScoped
public class DirectoryService {

    private final DirectoryRepository directory;
    private final Clock clock;

    public DirectoryService(DirectoryRepository directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Void> mentor(String mentorId, String kind, String userId, String displayName, boolean active) {
        DirectoryMentor m = new DirectoryMentor();
        m.mentorId = mentorId;
        m.kind = kind == null ? DirectoryMentor.HUMAN : kind;
        m.userId = userId;
        m.displayName = displayName == null ? mentorId : displayName;
        m.active = active;
        m.updatedAt = Timestamps.now(clock);
        return directory.save(m).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Void> user(String userId, String displayName, boolean deleted) {
        DirectoryUser u = new DirectoryUser();
        u.userId = userId;
        u.displayName = displayName;
        u.deleted = deleted;
        u.updatedAt = Timestamps.now(clock);
        return directory.save(u).replaceWithVoid();
    }
}
