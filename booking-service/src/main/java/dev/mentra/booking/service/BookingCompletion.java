package dev.mentra.booking.service;

import dev.mentra.booking.Booking;
import dev.mentra.booking.messaging.BookingEvents;
import dev.mentra.booking.repository.BookingRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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

    public BookingCompletion(BookingRepository bookings, BookingEvents events) {
        this.bookings = bookings;
        this.events = events;
    }

    @Scheduled(every = "${mentra.booking.completion-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> completeEnded() {
        return Panache.withTransaction(() -> bookings.endedForUpdate(OffsetDateTime.now(ZoneOffset.UTC), BATCH)
                .onItem().transformToMulti(ended -> Multi.createFrom().iterable(ended))
                .onItem().transformToUniAndConcatenate(this::complete)
                .collect().asList())
                .flatMap(done -> done.size() == BATCH ? completeEnded() : Uni.createFrom().voidItem());
    }

    private Uni<Booking> complete(Booking b) {
        b.status = Booking.Status.COMPLETED;
        b.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return events.completed(b).replaceWith(b);
    }

}
