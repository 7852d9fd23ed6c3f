package dev.mentra.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mentra.platform.input.StrictJson;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests are read strictly (StrictJson); events, written by other services, keep Jackson's leniency: a number
 * for a time or for text does not make an event unreadable (a consumer would otherwise fail on it for good).
 */
class EventLenienceTest {

    record Payload(String mentorId, OffsetDateTime startsAt) {
    }

    private final ObjectMapper requests = strict();
    private final EventCodec events = new EventCodec(requests);

    @Test
    void anEventMayCarryTimesAndTextAsNumbers() {
        EventEnvelope envelope = events.read("""
                {"id": "7b0c2f9e-1c1a-4d36-9d6f-2f1f5a0c9e11", "type": "booking.confirmed", "version": 1,
                 "occurredAt": 1700000000, "subject": "bkg_1", "data": {"mentorId": 42, "startsAt": 1700000000}}""");

        assertThat(envelope.occurredAt().toInstant()).isEqualTo(OffsetDateTime.of(2023, 11, 14, 22, 13, 20, 0,
                ZoneOffset.UTC).toInstant());
        Payload data = events.data(envelope, Payload.class);
        assertThat(data.mentorId()).isEqualTo("42");
        assertThat(data.startsAt().toEpochSecond()).isEqualTo(1_700_000_000L);
    }

    @Test
    void aRequestMayNotCarryATimeAsANumber() {
        assertThatThrownBy(() -> requests.readValue("{\"mentorId\": \"m\", \"startsAt\": 1700000000}", Payload.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }
}
