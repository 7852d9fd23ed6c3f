package dev.mentra.booking.repository;

import dev.mentra.booking.AcuityCancellation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
@WithSession
public class AcuityCancellationRepository implements PanacheRepositoryBase<AcuityCancellation, String> {

    /** Records the cancellation to carry out, once per booking. */
    public Uni<Void> record(String bookingId, long appointmentId, String reason, OffsetDateTime now) {
        return getSession().flatMap(session -> session.createNativeQuery("""
                        INSERT INTO acuity_cancellation (booking_id, appointment_id, reason, next_attempt_at, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT (booking_id) DO NOTHING""")
                        .setParameter(1, bookingId)
                        .setParameter(2, appointmentId)
                        .setParameter(3, reason)
                        .setParameter(4, now)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Pending cancellations due by {@code now}, locked so that each is claimed by one replica only. */
    public Uni<List<AcuityCancellation>> dueForUpdate(OffsetDateTime now, int limit) {
        return getSession().flatMap(session -> session
                .createNativeQuery("""
                        SELECT * FROM acuity_cancellation WHERE status = 'PENDING' AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", AcuityCancellation.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList());
    }
}
