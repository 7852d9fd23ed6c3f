package dev.mentra.booking.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.mentra.booking.service.DirectoryService;
import dev.mentra.platform.event.EventCodec;
import dev.mentra.platform.event.EventEnvelope;
import dev.mentra.platform.inbox.Inbox;
import dev.mentra.platform.inbox.InboxConsumer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code mentors.v1}: who can be booked, their user id, zone, session length and Acuity ids. */
@ApplicationScoped
public class MentorEventsConsumer implements InboxConsumer {

    private final Inbox inbox;
    private final EventCodec codec;
    private final DirectoryService directory;

    public MentorEventsConsumer(Inbox inbox, EventCodec codec, DirectoryService directory) {
        this.inbox = inbox;
        this.codec = codec;
        this.directory = directory;
    }

    /** What booking-service reads of a mentor event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record MentorData(String mentorId, String kind, String userId, String displayName, String timeZone,
                             Integer sessionMinutes, String acuityCalendarId, String acuityAppointmentTypeId,
                             Boolean active) {
    }

    @Override
    public String consumerName() {
        return "booking-service.mentors";
    }

    @Incoming("mentors")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.handle(this, record);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        if (!event.type().startsWith("mentor.")) {
            return Uni.createFrom().voidItem();
        }
        MentorData mentor = codec.data(event, MentorData.class);
        boolean active = !"mentor.retired".equals(event.type()) && !Boolean.FALSE.equals(mentor.active());
        return directory.mentorChanged(new DirectoryService.MentorChange(
                mentor.mentorId() != null ? mentor.mentorId() : event.subject(), mentor.kind(), mentor.userId(),
                mentor.displayName(), mentor.timeZone(), mentor.sessionMinutes(), mentor.acuityCalendarId(),
                mentor.acuityAppointmentTypeId(), active));
    }
}
