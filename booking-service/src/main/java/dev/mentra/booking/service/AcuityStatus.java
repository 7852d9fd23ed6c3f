package dev.mentra.booking.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.booking.AcuitySyncState;
import dev.mentra.booking.BookableMentor;
import dev.mentra.booking.repository.AcuitySyncStateRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The health of each mentor's Acuity connection as reconciliation finds it: when a round last completed, why the
 * last one failed, and which appointments it could not apply. Shown to the mentor, read-only.
 */
@ApplicationScoped
public class AcuityStatus {

    /** A round's outcome, as a mentor reads it. */
    public record State(OffsetDateTime lastAttemptAt, OffsetDateTime lastSyncedAt, String lastError,
                        List<String> problems) {
    }

    /** At most this many appointment problems are kept per round (a calendar could fail wholesale). */
    static final int MAX_PROBLEMS = 20;
    private static final int MAX_TEXT = 500;

    private final AcuitySyncStateRepository states;
    private final ObjectMapper json;
    private final Clock clock;

    public AcuityStatus(AcuitySyncStateRepository states, ObjectMapper json, Clock clock) {
        this.states = states;
        this.json = json;
        this.clock = clock;
    }

    /** The state of the mentor's current calendar, if a round has looked at it. */
    @WithSession
    public Uni<Optional<State>> of(BookableMentor mentor) {
        if (!mentor.usesAcuity()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return states.findById(mentor.mentorId).map(s -> s == null || !s.calendarId.equals(mentor.acuityCalendarId)
                ? Optional.empty()
                : Optional.of(new State(s.lastAttemptAt, s.lastSyncedAt, s.lastError, read(s.problems))));
    }

    /** A round over the mentor's calendar completed; {@code problems}: appointments it could not apply. */
    @WithTransaction
    public Uni<Void> completed(BookableMentor mentor, List<String> problems) {
        OffsetDateTime now = Instant.now(clock).atOffset(ZoneOffset.UTC);
        return upsert(mentor, s -> {
            s.lastAttemptAt = now;
            s.lastSyncedAt = now;
            s.lastError = null;
            s.problems = write(problems.stream().limit(MAX_PROBLEMS).map(AcuityStatus::clip).toList());
        });
    }

    /** A round over the mentor's calendar failed as a whole (Acuity down, refused…); the last success stays. */
    @WithTransaction
    public Uni<Void> failed(BookableMentor mentor, Throwable failure) {
        return upsert(mentor, s -> {
            s.lastAttemptAt = Instant.now(clock).atOffset(ZoneOffset.UTC);
            s.lastError = clip(failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName());
        });
    }

    private Uni<Void> upsert(BookableMentor mentor, java.util.function.Consumer<AcuitySyncState> change) {
        return states.findById(mentor.mentorId).flatMap(existing -> {
            AcuitySyncState s = existing != null ? existing : new AcuitySyncState();
            if (existing == null || !mentor.acuityCalendarId.equals(existing.calendarId)) {
                // a new calendar starts with a clean slate
                s.mentorId = mentor.mentorId;
                s.calendarId = mentor.acuityCalendarId;
                s.lastSyncedAt = null;
                s.lastError = null;
                s.problems = "[]";
            }
            change.accept(s);
            return existing != null ? Uni.createFrom().voidItem() : states.persist(s).replaceWithVoid();
        });
    }

    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }

    private String write(List<String> problems) {
        try {
            return json.writeValueAsString(problems);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
