package dev.mentra.local.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * What a service's inbox did with an event, read from the platform's tables: applied ({@code mentra_inbox}) or
 * parked ({@code mentra_inbox_parked}). Events are named by the envelopes {@link TestEvents} made.
 */
public final class InboxRecords {

    private final TestDatabase db;

    private InboxRecords(TestDatabase db) {
        this.db = db;
    }

    public static InboxRecords of(String database) {
        return new InboxRecords(TestDatabase.of(database));
    }

    /** Waits until {@code consumer} parked the event, and returns its row. */
    public Map<String, Object> awaitParked(String consumer, String envelope) {
        String id = TestEvents.id(envelope);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM mentra_inbox_parked WHERE consumer = ? AND event_id = ?::uuid", consumer, id) == 1);
        return db.rows("SELECT * FROM mentra_inbox_parked WHERE consumer = ? AND event_id = ?::uuid", consumer, id)
                .get(0);
    }

    /** Whether any consumer of the service parked the event. */
    public boolean isParked(String envelope) {
        return db.count("SELECT count(*) FROM mentra_inbox_parked WHERE event_id = ?::uuid",
                TestEvents.id(envelope)) > 0;
    }

    /** Whether {@code consumer} recorded the event as applied (its effect committed). */
    public boolean isApplied(String consumer, String envelope) {
        return db.count("SELECT count(*) FROM mentra_inbox WHERE consumer = ? AND event_id = ?::uuid", consumer,
                TestEvents.id(envelope)) == 1;
    }

    /** The consumers that parked events, for a readable failure message. */
    public List<Map<String, Object>> parkedRows(String envelope) {
        return db.rows("SELECT consumer, error FROM mentra_inbox_parked WHERE event_id = ?::uuid",
                TestEvents.id(envelope));
    }
}
