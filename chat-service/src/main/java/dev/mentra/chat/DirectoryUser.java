package dev.mentra.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** What chat knows of a user, from {@code identity.users.v1}: the name shown next to their messages. */
@Entity
@Table(name = "directory_user")
public class DirectoryUser {

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(name = "display_name")
    public String displayName;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
