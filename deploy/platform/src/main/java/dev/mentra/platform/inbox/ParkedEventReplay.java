package dev.mentra.platform.inbox;

import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.event.MalformedEventException;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.arc.All;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Replays parked events through the {@link Inbox} once their cause is fixed: an event applied in the meantime (or
 * by a concurrent replay) is recognised and not applied again. A replay that fails leaves the event parked with
 * the new error.
 */
@ApplicationScoped
public class ParkedEventReplay {

    private static final Logger LOG = Logger.getLogger(ParkedEventReplay.class);

    /** What a replay did: {@code APPLIED}, {@code ALREADY_APPLIED} or {@code PARKED_AGAIN} (with the error). */
    public record ReplayedEvent(long id, String consumer, UUID eventId, String outcome, String error) {
    }

    /** A replay of many: how many of each outcome, and each one. */
    public record ReplaySummary(int replayed, long applied, long alreadyApplied, long parkedAgain,
                                List<ReplayedEvent> results) {

        static ReplaySummary of(List<ReplayedEvent> results) {
            Map<String, Long> counts = results.stream()
                    .collect(Collectors.groupingBy(ReplayedEvent::outcome, Collectors.counting()));
            return new ReplaySummary(results.size(), counts.getOrDefault("APPLIED", 0L),
                    counts.getOrDefault("ALREADY_APPLIED", 0L), counts.getOrDefault("PARKED_AGAIN", 0L), results);
        }
    }

    private final Inbox inbox;
    private final ParkedEvents parked;
    private final EventCodec codec;
    private final Map<String, InboxConsumer> consumers;

    public ParkedEventReplay(Inbox inbox, ParkedEvents parked, EventCodec codec, @All List<InboxConsumer> consumers) {
        this.inbox = inbox;
        this.parked = parked;
        this.codec = codec;
        this.consumers = consumers.stream().collect(Collectors.toMap(InboxConsumer::consumerName, Function.identity()));
    }

    void start(@Observes StartupEvent startup) {
        consumers.keySet().forEach(parked::track);
    }

    /** Replays one parked event; 404 if there is none with this id. */
    public Uni<ReplayedEvent> replay(long id) {
        return parked.find(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Parked event " + id))
                .flatMap(this::replay);
    }

    /** Replays the waiting events of {@code consumer} (all consumers if null), oldest first, at most {@code limit}. */
    public Uni<ReplaySummary> replayWaiting(String consumer, int limit) {
        return parked.waitingIds(consumer, limit)
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(this::replay)
                .collect().asList()
                .map(ReplaySummary::of);
    }

    private Uni<ReplayedEvent> replay(ParkedEvent p) {
        InboxConsumer consumer = consumers.get(p.consumer());
        if (consumer == null) {
            return Uni.createFrom().failure(ProblemException.conflict("unknown-consumer", "No consumer named "
                    + p.consumer() + " runs in this service: it cannot replay parked event " + p.id()));
        }
        EventEnvelope event;
        try {
            event = codec.read(p.payload());
        } catch (MalformedEventException e) {
            return failedAgain(p, new Inbox.Outcome(Inbox.Status.FAILED, 1, e, Failure.DETERMINISTIC));
        }
        return inbox.attempt(consumer, event).flatMap(outcome -> outcome.status() == Inbox.Status.FAILED
                ? failedAgain(p, outcome)
                : parked.settled(p.id(), outcome.status()).map(x -> {
                    LOG.infof("%s: parked event %d (%s) replayed: %s", p.consumer(), p.id(), p.eventId(),
                            outcome.status());
                    return new ReplayedEvent(p.id(), p.consumer(), p.eventId(), outcome.status().name(), null);
                }));
    }

    private Uni<ReplayedEvent> failedAgain(ParkedEvent p, Inbox.Outcome outcome) {
        LOG.warnf("%s: parked event %d (%s) failed again: %s", p.consumer(), p.id(), p.eventId(), outcome.failure());
        return parked.failedAgain(p.id(), outcome.failure(), outcome.attempts(), outcome.kind())
                .replaceWith(new ReplayedEvent(p.id(), p.consumer(), p.eventId(), "PARKED_AGAIN",
                        ParkedEvents.describe(outcome.failure())));
    }
}
