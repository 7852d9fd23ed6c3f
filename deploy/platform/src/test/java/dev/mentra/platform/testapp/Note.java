package dev.mentra.platform.testapp;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

/** A stand-in aggregate: its creation is the state change the outbox event describes. */
@Entity
public class Note extends PanacheEntityBase {
    @Id
    public UUID id;
    public String text;
}
