package dev.mentra.mentor.catalog.messaging;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.platform.outbox.Outbox;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * {@code mentors.v1}: {@code mentor.published}, {@code mentor.updated}, {@code mentor.retired}, keyed by mentor id,
 * with what identity (roles), booking (Acuity ids, session length) and chat (names) need.
 */
@ApplicationScoped
public class MentorEvents {

    public static final String TOPIC = "mentors.v1";

    private final Outbox outbox;

    public MentorEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The {@code data} of every mentor event. */
    @RegisterForReflection
    public record MentorData(String mentorId, String kind, String userId, String displayName, String headline,
                             List<String> expertise, String timeZone, Integer sessionMinutes,
                             String acuityCalendarId, String acuityAppointmentTypeId, boolean active) {
        static MentorData of(Mentor m) {
            return new MentorData(m.id, m.kind.name(), m.userId, m.displayName, m.headline, List.of(m.expertise),
                    m.timeZone, m.sessionMinutes, m.acuityCalendarId, m.acuityAppointmentTypeId, m.active);
        }
    }

    public Uni<Void> published(Mentor mentor) {
        return publish("mentor.published", mentor);
    }

    public Uni<Void> updated(Mentor mentor) {
        return publish("mentor.updated", mentor);
    }

    public Uni<Void> retired(Mentor mentor) {
        return publish("mentor.retired", mentor);
    }

    private Uni<Void> publish(String type, Mentor mentor) {
        return outbox.publish(TOPIC, type, mentor.id, MentorData.of(mentor)).replaceWithVoid();
    }
}
