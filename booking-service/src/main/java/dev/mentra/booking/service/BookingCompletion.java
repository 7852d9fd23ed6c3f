package dev.mentra.booking.service;

import dev.mentra.booking.Booking;
import dev.mentra.booking.messaging.BookingEvents;
import dev.mentra.booking.repository.BookingRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Closes confirmed sessions once they have ended and announces {@code booking.completed} (which lets the mentee
 * review the mentor). Rows are taken with {@code SKIP LOCKED}, so replicas share the work and none completes a
 * session twice.
 */
@ApplicationScoped
public class BookingCompletion {

    static final int BATCH = 100;

    private final BookingRepository bookings;
    private final BookingEvents events;
    private final Clock clock;

    public BookingCompletion(BookingRepository bookings, BookingEvents events, Clock clock) {
        this.bookings = bookings;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(every = "${mentra.booking.completion-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> completeEnded() {
        return completeBatch().flatMap(done -> done.size() == BATCH ? completeEnded() : Uni.createFrom().voidItem());
    }

    /** One transaction: up to a batch of ended sessions, completed and announced. */
    @WithTransaction
    Uni<List<Booking>> completeBatch() {
        OffsetDateTime now = Instant.now(clock).atOffset(ZoneOffset.UTC);
        return bookings.endedForUpdate(now, BATCH)
                .onItem().transformToMulti(ended -> Multi.createFrom().iterable(ended))
                .onItem().transformToUniAndConcatenate(b -> complete(b, now))
                .collect().asList();
    }

    private Uni<Booking> complete(Booking b, OffsetDateTime now) {
        b.status = Booking.Status.COMPLETED;
        b.updatedAt = now;
        return events.completed(b).replaceWith(b);
    }
}
