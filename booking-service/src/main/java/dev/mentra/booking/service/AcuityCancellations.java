package dev.mentra.booking.service;

import dev.mentra.booking.AcuityCancellation;
import dev.mentra.booking.client.AcuityAccount;
import dev.mentra.booking.client.AcuityException;
import dev.mentra.booking.client.AcuityScheduling;
import dev.mentra.booking.config.BookingConfig;
import dev.mentra.booking.repository.AcuityCancellationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Cancels in Acuity the appointments of bookings that events cancelled here (a retired mentor, a closed account).
 * The event's transaction only records the intent ({@link #record}); this job carries it out, retrying with
 * back-off while Acuity is down, so a consumer never waits for Acuity.
 *
 * <p>Safe with several replicas: a round claims due rows with {@code FOR UPDATE SKIP LOCKED} and moves their next
 * attempt a lease ahead before it calls Acuity outside the transaction, so no other replica takes them meanwhile
 * (and a replica that dies mid-call leaves them due again once the lease ends).
 */
@ApplicationScoped
public class AcuityCancellations {

    private static final Logger LOG = Logger.getLogger(AcuityCancellations.class);
    static final int BATCH = 50;

    private final AcuityCancellationRepository cancellations;
    private final AcuityScheduling acuity;
    private final AcuityAccount account;
    private final BookingConfig.Acuity config;
    private final Clock clock;

    public AcuityCancellations(AcuityCancellationRepository cancellations, AcuityScheduling acuity,
                               AcuityAccount account, BookingConfig config, Clock clock) {
        this.cancellations = cancellations;
        this.acuity = acuity;
        this.account = account;
        this.config = config.acuity();
        this.clock = clock;
    }

    /** In the caller's transaction: the appointment will be cancelled in Acuity (nothing is asked of Acuity now). */
    Uni<Void> record(String bookingId, Long appointmentId, String why) {
        if (appointmentId == null || !account.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return cancellations.record(bookingId, appointmentId, why, now());
    }

    @Scheduled(every = "${mentra.booking.acuity.cancel-every:10s}", delayed = "${mentra.booking.acuity.cancel-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledCarryOut() {
        return account.enabled() ? carryOutDue() : Uni.createFrom().voidItem();
    }

    /** One round: claims what is due and asks Acuity to cancel each; returns once every claimed one is settled. */
    public Uni<Void> carryOutDue() {
        return claimDue()
                .onItem().transformToMulti(due -> Multi.createFrom().iterable(due))
                .onItem().transformToUniAndConcatenate(this::carryOut)
                .collect().asList()
                .flatMap(done -> done.size() == BATCH ? carryOutDue() : Uni.createFrom().voidItem());
    }

    /** In one transaction: the due rows, leased to this replica (their next attempt a lease ahead). */
    @WithTransaction
    Uni<List<AcuityCancellation>> claimDue() {
        OffsetDateTime now = now();
        return cancellations.dueForUpdate(now, BATCH)
                .invoke(due -> due.forEach(c -> c.nextAttemptAt = now.plus(config.cancelLease())));
    }

    private Uni<AcuityCancellation.Status> carryOut(AcuityCancellation c) {
        return acuity.cancel(c.appointmentId, c.reason).replaceWith(AcuityCancellation.Status.DONE)
                // refused: perhaps it is cancelled there already, which is what we want
                .onFailure(AcuityException.Refused.class).recoverWithUni(refusal -> acuity.appointment(c.appointmentId)
                        .map(a -> a.canceled() ? AcuityCancellation.Status.DONE : AcuityCancellation.Status.REFUSED)
                        .invoke(status -> {
                            if (status == AcuityCancellation.Status.REFUSED) {
                                LOG.errorf("Acuity refused to cancel appointment %d of booking %s (%s); it stays in the"
                                        + " mentor's calendar until cancelled there", c.appointmentId, c.bookingId,
                                        refusal.getMessage());
                            }
                        }))
                .flatMap(status -> settle(c.bookingId, status, null))
                .onFailure().recoverWithUni(down -> retryLater(c, down));
    }

    @WithTransaction
    Uni<AcuityCancellation.Status> settle(String bookingId, AcuityCancellation.Status status, String error) {
        return cancellations.findById(bookingId).invoke(c -> {
            c.status = status;
            c.attempts += 1;
            c.lastError = error;
            c.doneAt = now();
        }).replaceWith(status);
    }

    private Uni<AcuityCancellation.Status> retryLater(AcuityCancellation claimed, Throwable down) {
        int attempts = claimed.attempts + 1;
        Duration wait = backoff(attempts);
        LOG.warnf("Cancelling Acuity appointment %d of booking %s failed (attempt %d: %s); next try in %s",
                claimed.appointmentId, claimed.bookingId, attempts, down.getMessage(), wait);
        return postpone(claimed.bookingId, attempts, String.valueOf(down.getMessage()), wait)
                .replaceWith(AcuityCancellation.Status.PENDING)
                // the database failed too: the lease runs out and the next round tries again
                .onFailure().recoverWithItem(AcuityCancellation.Status.PENDING);
    }

    @WithTransaction
    Uni<Void> postpone(String bookingId, int attempts, String error, Duration wait) {
        return cancellations.findById(bookingId).invoke(c -> {
            c.attempts = attempts;
            c.lastError = error;
            c.nextAttemptAt = now().plus(wait);
        }).replaceWithVoid();
    }

    /** The wait after {@code attempts} failed attempts: doubling from {@code cancel-backoff}, at most {@code cancel-max-backoff}. */
    Duration backoff(int attempts) {
        Duration wait = config.cancelBackoff();
        for (int i = 1; i < attempts && wait.compareTo(config.cancelMaxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.cancelMaxBackoff()) > 0 ? config.cancelMaxBackoff() : wait;
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }
}
