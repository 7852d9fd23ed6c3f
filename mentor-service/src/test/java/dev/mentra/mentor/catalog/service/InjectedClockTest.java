package dev.mentra.mentor.catalog.service;

import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.mentor.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** "Now" comes from the injected {@link java.time.Clock}: a test that sets the time sees it in what is stored. */
@QuarkusTest
class InjectedClockTest {

    private static final Instant THEN = Instant.parse("2031-02-03T04:05:06Z");
    private static final String ADMIN = TestTokens.anyUser().roles("mentee", "admin").sign();

    @Inject
    TestClock clock;

    private final TestDatabase db = TestDatabase.of("mentor");

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void aMentorRetiredByAnAdminIsStampedWithTheClocksTime() {
        String id = "clock-" + UUID.randomUUID().toString().substring(0, 8);
        db.update("INSERT INTO mentor (id, kind, display_name, headline, bio) VALUES (?, 'AI', 'Clara Clock', 'On time', 'Punctual')", id);
        clock.set(THEN);

        given().auth().oauth2(ADMIN).post("/api/mentors/" + id + "/retire").then().statusCode(204);

        assertThat(stamp("SELECT updated_at FROM mentor WHERE id = ?", id)).isEqualTo(THEN);
    }

    @Test
    void anAdviceCardRetiredByAnAdminIsStampedWithTheClocksTime() {
        String id = "clock-" + UUID.randomUUID().toString().substring(0, 8);
        db.update("INSERT INTO mentor (id, kind, display_name, headline, bio) VALUES (?, 'AI', 'Clara Clock', 'On time', 'Punctual')", id);
        db.update("INSERT INTO advice_card (id, mentor_id, position, title, body) VALUES (?, ?, 1, 'Be on time', 'Arrive five minutes early.')",
                id + "-01", id);
        clock.set(THEN);

        given().auth().oauth2(ADMIN).post("/api/mentors/ai/" + id + "/cards/" + id + "-01/retire").then().statusCode(200);

        assertThat(stamp("SELECT retired_at FROM advice_card WHERE id = ?", id + "-01")).isEqualTo(THEN);
        assertThat(stamp("SELECT updated_at FROM advice_card WHERE id = ?", id + "-01")).isEqualTo(THEN);
    }

    private Instant stamp(String sql, String id) {
        Object value = db.rows(sql, id).get(0).values().iterator().next();
        return value instanceof OffsetDateTime t ? t.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }
}
