package dev.mentra.chat.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TestEvents;
import dev.mentra.local.testing.TestTokens;
import dev.mentra.local.testing.TopicWriter;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Test data as the other services would publish it: mentors, users, bookings, in the contract envelope. */
public final class Fixtures {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final TestDatabase DB = TestDatabase.of("chat");

    private Fixtures() {
    }

    public static String newId(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** A person: id and a signed token. */
    public record Person(String id, String token) {
        public static Person any(String name) {
            String id = newId("user");
            return new Person(id, TestTokens.forUser(id).name(name).sign());
        }
    }

    public static String envelope(String type, String subject, Map<String, ?> data) {
        return TestEvents.envelope(type, subject, data);
    }

    /** Publishes a mentor on mentors.v1 and waits until chat's directory knows it. */
    public static String mentor(String kind, String userId, String displayName) {
        String mentorId = newId(kind.equals("AI") ? "ai" : "mnt");
        Map<String, Object> data = new HashMap<>();
        data.put("mentorId", mentorId);
        data.put("kind", kind);
        data.put("userId", userId);
        data.put("displayName", displayName);
        data.put("headline", "Helps with things");
        data.put("active", true);
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("mentors.v1", mentorId, envelope("mentor.published", mentorId, data));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                DB.count("SELECT count(*) FROM directory_mentor WHERE mentor_id = ?", mentorId) == 1);
        return mentorId;
    }

    public static void user(String userId, String displayName) {
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send("identity.users.v1", userId, envelope("user.created", userId,
                    Map.of("userId", userId, "email", userId + "@mentra.test", "displayName", displayName)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                DB.count("SELECT count(*) FROM directory_user WHERE user_id = ?", userId) == 1);
    }
}
