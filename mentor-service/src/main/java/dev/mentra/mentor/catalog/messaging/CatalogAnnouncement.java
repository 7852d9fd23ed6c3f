package dev.mentra.mentor.catalog.messaging;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.repository.MentorRepository;
import dev.mentra.platform.concurrent.Detached;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Publishes {@code mentor.published} for mentors that migrations wrote (the starter catalog's AI mentors), once:
 * chat-service and booking-service learn mentors only from {@code mentors.v1}. Rows are locked, so replicas starting
 * together announce each mentor once.
 */
@ApplicationScoped
public class CatalogAnnouncement {

    private static final Logger LOG = Logger.getLogger(CatalogAnnouncement.class);

    private final MentorRepository mentors;
    private final MentorEvents events;

    public CatalogAnnouncement(MentorRepository mentors, MentorEvents events) {
        this.mentors = mentors;
        this.events = events;
    }

    void onStart(@Observes StartupEvent startup, Vertx vertx) {
        Detached.run(vertx, this::announceUnannounced).subscribe().with(
                count -> {
                    if (count > 0) {
                        LOG.infof("Announced %d mentors on %s", count, MentorEvents.TOPIC);
                    }
                },
                e -> LOG.errorf(e, "Mentors not announced; the next start retries"));
    }

    public Uni<Integer> announceUnannounced() {
        return Panache.withTransaction(() -> mentors.find("announced = false")
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .flatMap(list -> Multi.createFrom().iterable(list)
                        .onItem().transformToUniAndConcatenate(this::announce)
                        .collect().asList())
                .map(List::size));
    }

    private Uni<Mentor> announce(Mentor mentor) {
        mentor.announced = true;
        return (mentor.active ? events.published(mentor) : events.retired(mentor)).replaceWith(mentor);
    }
}
