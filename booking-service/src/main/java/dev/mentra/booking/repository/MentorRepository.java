package dev.mentra.booking.repository;

import dev.mentra.booking.BookableMentor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
@WithSession
public class MentorRepository implements PanacheRepositoryBase<BookableMentor, String> {

    /** The human mentor profile of a user, if they have one. */
    public Uni<BookableMentor> findByUserId(String userId) {
        return find("userId = ?1 and kind = 'HUMAN' and active = true", userId).firstResult();
    }

    /**
     * The active mentor whose Acuity calendar this is. mentor-service lets one active mentor hold a calendar; while
     * a change of hands is on its way here two may name it, and then it is no one's until the events agree.
     */
    public Uni<BookableMentor> findByAcuityCalendar(String calendarId) {
        return list("acuityCalendarId = ?1 and active = true", calendarId)
                .map(found -> found.size() == 1 ? found.get(0) : null);
    }

    public Uni<List<BookableMentor>> connectedToAcuity() {
        return list("active = true and acuityCalendarId is not null and acuityAppointmentTypeId is not null");
    }
}
