package dev.mentra.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The inbox records events by UUID ({@code mentra_inbox.event_id}); a delivery from outside may carry any other
 * key (a Svix message id, {@code msg_…}). Such a key is recorded as its name-based UUID (version 3, as
 * {@link UUID#nameUUIDFromBytes}), which never equals an event's random (version 4) id; a key that is a UUID stays
 * itself. The database computes the same with {@code mentra_inbox_key(text)} (migration {@code V0_5}).
 */
public final class InboxKey {

    private InboxKey() {
    }

    public static UUID of(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an inbox key may not be blank");
        }
        try {
            UUID uuid = UUID.fromString(key);
            if (uuid.toString().equals(key.toLowerCase(java.util.Locale.ROOT))) {
                return uuid;
            }
        } catch (IllegalArgumentException notAUuid) {
            // any other key: name-based below
        }
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
