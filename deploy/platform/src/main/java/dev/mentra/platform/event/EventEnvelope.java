package dev.mentra.platform.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every event travels in (architecture contract): the Kafka key is {@code subject}, the value this
 * record as JSON. Consumers keep their own types for {@code data} and ignore fields they do not know.
 *
 * @param id         unique per event; consumers deduplicate on it
 * @param type       e.g. {@code booking.confirmed}
 * @param version    schema version of {@code data} for this type
 * @param occurredAt when the state change happened, UTC
 * @param subject    the aggregate id; also the Kafka key, so one aggregate's events stay in order
 * @param data       the event's payload
 */
@RegisterForReflection
public record EventEnvelope(UUID id, String type, int version, OffsetDateTime occurredAt, String subject,
                            JsonNode data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(subject, "subject");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /** A new version-1 event that happens now by the system clock. */
    public static EventEnvelope of(String type, String subject, JsonNode data) {
        return of(type, subject, data, Clock.systemUTC());
    }

    /** A new version-1 event that happens now by {@code clock} (stored to PostgreSQL's microseconds). */
    public static EventEnvelope of(String type, String subject, JsonNode data, Clock clock) {
        return new EventEnvelope(UUID.randomUUID(), type, 1,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), subject, data);
    }
}
