package dev.mentra.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One message of a conversation, numbered by {@code seq} (1, 2, 3, ... per conversation, no gaps). */
@Entity
@Table(name = "message")
public class Message {

    public enum AuthorKind { USER, AI, SYSTEM }

    @Id
    public String id;

    @Column(name = "conversation_id", nullable = false)
    public String conversationId;

    @Column(nullable = false)
    public long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false)
    public AuthorKind authorKind;

    /** USER: the user id; AI: the AI mentor id; SYSTEM: none. */
    @Column(name = "author_id")
    public String authorId;

    @Column(name = "author_name")
    public String authorName;

    /** Plain text: clients render it as text. */
    @Column(nullable = false)
    public String text;

    @Column(name = "client_id")
    public String clientId;

    /** AI messages: how the answer was made, as JSON. */
    public String metadata;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
