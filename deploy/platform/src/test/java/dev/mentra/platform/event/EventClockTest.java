package dev.mentra.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventClockTest {

    @Test
    void anEventHappensAtTheApplicationsClocksNowInUtcToTheMicrosecond() {
        Clock fixed = Clock.fixed(Instant.parse("2026-12-07T09:00:00.123456789Z"), ZoneId.of("Asia/Tokyo"));
        EventEnvelope event = new EventCodec(new ObjectMapper(), fixed).envelope("thing.happened", "t-1", Map.of("n", 1));
        assertThat(event.occurredAt().toInstant()).isEqualTo(Instant.parse("2026-12-07T09:00:00.123456Z"));
        assertThat(event.occurredAt().getOffset().getTotalSeconds()).isZero();
    }
}
