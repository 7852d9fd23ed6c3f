package dev.mentra.chat.service;

import dev.mentra.chat.testing.Conversations;
import dev.mentra.chat.testing.Fixtures.Person;
import dev.mentra.chat.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Conversations and messages are stamped by the application's Clock, in UTC, to the microsecond. */
@QuarkusTest
class MessageTimesTest {

    private static final Instant PINNED = Instant.parse("2031-02-03T04:05:06.123456789Z");

    @AfterEach
    void releaseTheClock() {
        TestClock.release();
    }

    @Test
    void aMessageIsStampedWithTheClocksTimeToTheMicrosecond() {
        Person mentee = Person.any("Tim");
        String conversation = Conversations.anyConversation(mentee);
        TestClock.pin(PINNED);
        String createdAt = Conversations.send(mentee, conversation, "What time is it?", null).statusCode(201)
                .extract().jsonPath().getString("createdAt");
        assertThat(OffsetDateTime.parse(createdAt).toInstant()).isEqualTo(Instant.parse("2031-02-03T04:05:06.123456Z"));
    }

    @Test
    void aConversationIsStampedWithTheClocksTime() {
        Person mentee = Person.any("Tia");
        String mentorId = dev.mentra.chat.testing.Fixtures.mentor("AI", null, "Clock Clara");
        TestClock.pin(PINNED);
        String createdAt = Conversations.open(mentee, Map.of("kind", "AI_MENTOR", "mentorId", mentorId)).statusCode(201)
                .extract().jsonPath().getString("createdAt");
        assertThat(OffsetDateTime.parse(createdAt).toInstant()).isEqualTo(Instant.parse("2031-02-03T04:05:06.123456Z"));
    }
}
