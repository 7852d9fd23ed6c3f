package dev.mentra.platform.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event a consumer could not apply, as kept in {@code mentra_inbox_parked} and shown to operators.
 *
 * @param eventId       null when the record was not a readable event
 * @param subject       the envelope's subject, else the record's Kafka key
 * @param payload       the record's value, as received
 * @param transientFailure true when retries of a transient failure ran out
 * @param replayOutcome {@code APPLIED} or {@code ALREADY_APPLIED} once a replay settled it, else null
 */
public record ParkedEvent(long id, String consumer, UUID eventId, String eventType, String subject, String topic,
                          Integer partition, Long offset, String payload, String error, boolean transientFailure,
                          int attempts, OffsetDateTime firstFailedAt, OffsetDateTime lastFailedAt,
                          OffsetDateTime replayedAt, String replayOutcome) {
}
