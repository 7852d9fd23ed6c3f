package dev.mentra.local.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Events in the contract's envelope, as another service's outbox would write them: for tests of consumers. */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    /** {@code {id, type, version: 1, occurredAt: now, subject, data}} with a fresh id. */
    public static String envelope(String type, String subject, Map<String, ?> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("version", 1);
        event.put("occurredAt", Instant.now().toString());
        event.put("subject", subject);
        event.put("data", data);
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code id} of an envelope made by {@link #envelope}: how tests find what the inbox did with it. */
    public static String id(String envelope) {
        try {
            return JSON.readTree(envelope).get("id").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an envelope: " + envelope, e);
        }
    }

    /** Sends an event to {@code topic} of the test JVM's broker, keyed by its subject, and waits for the ack. */
    public static void publish(String topic, String type, String subject, Map<String, ?> data) {
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send(topic, subject, envelope(type, subject, data));
        }
    }
}
