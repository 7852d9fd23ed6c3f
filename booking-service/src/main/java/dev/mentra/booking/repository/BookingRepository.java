package dev.mentra.booking.repository;

import dev.mentra.booking.Booking;
import dev.mentra.booking.BookingQuery;
import dev.mentra.platform.validation.Paging;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
@WithSession
public class BookingRepository implements PanacheRepositoryBase<Booking, String> {

    /** The mentor's bookings that hold time overlapping {@code [from, to)}. */
    public Uni<List<Booking>> holding(String mentorId, OffsetDateTime from, OffsetDateTime to) {
        return list("""
                mentorId = ?1 and status in ?2 and blockedFrom < ?4 and blockedUntil > ?3
                order by startsAt""", mentorId, List.of(Booking.Status.PENDING, Booking.Status.CONFIRMED), from, to);
    }

    public Uni<List<Booking>> involving(BookingQuery query) {
        List<String> where = new ArrayList<>(List.of("(menteeId = :user or mentorUserId = :user)",
                "status not in (:hidden)"));
        Parameters params = Parameters.with("user", query.userId())
                .and("hidden", List.of(Booking.Status.PENDING, Booking.Status.FAILED));
        if (query.status() != null) {
            where.add("status = :status");
            params.and("status", query.status());
        }
        if (query.from() != null) {
            where.add("endsAt > :from");
            params.and("from", query.from());
        }
        if (query.to() != null) {
            where.add("startsAt < :to");
            params.and("to", query.to());
        }
        int first = Paging.firstRow(query.page(), query.size());
        return find(String.join(" and ", where) + " order by startsAt, id", params)
                .range(first, first + query.size() - 1).list();
    }

    public Uni<Booking> findByAcuityId(long appointmentId) {
        return find("acuityAppointmentId", appointmentId).firstResult();
    }

    /**
     * Serialises, for the rest of the transaction, the writes that count one mentor's sessions of one local day
     * (the daily cap). Bookings of other days, and the slot itself (the exclusion constraint), need no lock.
     */
    public Uni<Void> lockMentorDay(String mentorId, LocalDate day) {
        return getSession().flatMap(session -> session
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS locked", Integer.class)
                .setParameter(1, "booking:" + mentorId + ":" + day)
                .getSingleResult())
                .replaceWithVoid();
    }

    /** Confirmed sessions that have ended, locked so that only one replica completes each. */
    public Uni<List<Booking>> endedForUpdate(OffsetDateTime now, int limit) {
        return getSession().flatMap(session -> session
                .createNativeQuery("""
                        SELECT * FROM booking WHERE status = 'CONFIRMED' AND ends_at <= ?1
                        ORDER BY ends_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", Booking.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList());
    }

    public Uni<List<Booking>> stalePending(OffsetDateTime before) {
        return list("status = ?1 and updatedAt < ?2", Booking.Status.PENDING, before);
    }

    public Uni<List<Booking>> acuityBookings(String mentorId, OffsetDateTime from, OffsetDateTime to) {
        return list("mentorId = ?1 and acuityAppointmentId is not null and startsAt >= ?2 and startsAt < ?3",
                mentorId, from, to);
    }

    public Uni<Booking> lockById(String id) {
        return findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

}
