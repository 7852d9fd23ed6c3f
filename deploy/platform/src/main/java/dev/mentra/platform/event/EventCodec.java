package dev.mentra.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.platform.input.StrictJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/** Turns envelopes into the JSON on the wire and back, and payloads into the reader's own types. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;
    private final Clock clock;

    @Inject
    public EventCodec(ObjectMapper mapper, Clock clock) {
        this.clock = clock;
        // readers ignore what they do not know, and take a number for text (and back) as another service wrote it,
        // whatever the application's own mapper is set to for callers' requests
        this.mapper = StrictJson.withScalarCoercion(mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    /** For code outside CDI (tests, tools): events happen on the system clock. */
    public EventCodec(ObjectMapper mapper) {
        this(mapper, Clock.systemUTC());
    }

    public EventEnvelope envelope(String type, String subject, Object data) {
        return EventEnvelope.of(type, subject, mapper.valueToTree(data), clock);
    }

    public String write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + envelope.type() + " cannot be written as JSON", e);
        }
    }

    /** @throws MalformedEventException when the text is not an envelope */
    public EventEnvelope read(String json) {
        try {
            EventEnvelope envelope = mapper.readValue(json, EventEnvelope.class);
            if (envelope == null) {
                throw new MalformedEventException("empty event");
            }
            return envelope;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(e.getMessage());
        }
    }

    public <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return mapper.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id() + ": " + e.getMessage());
        }
    }
}
