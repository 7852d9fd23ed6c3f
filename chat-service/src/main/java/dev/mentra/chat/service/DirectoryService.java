package dev.mentra.chat.service;

import dev.mentra.chat.DirectoryMentor;
import dev.mentra.chat.DirectoryUser;
import dev.mentra.chat.repository.DirectoryRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the local mentor and user directories as their owners' events tell. */
@ApplicationScoped
public class DirectoryService {

    private final DirectoryRepository directory;

    public DirectoryService(DirectoryRepository directory) {
        this.directory = directory;
    }

    @WithTransaction
    public Uni<Void> mentor(String mentorId, String kind, String userId, String displayName, boolean active) {
        DirectoryMentor m = new DirectoryMentor();
        m.mentorId = mentorId;
        m.kind = kind == null ? DirectoryMentor.HUMAN : kind;
        m.userId = userId;
        m.displayName = displayName == null ? mentorId : displayName;
        m.active = active;
        m.updatedAt = ConversationService.now();
        return directory.save(m).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Void> user(String userId, String displayName, boolean deleted) {
        DirectoryUser u = new DirectoryUser();
        u.userId = userId;
        u.displayName = displayName;
        u.deleted = deleted;
        u.updatedAt = ConversationService.now();
        return directory.save(u).replaceWithVoid();
    }
}
